import { missingDataSharingPartsOf } from '../../model/data-sharing.js';
import { defineRule } from '../rule.js';

export const incompleteDataSharing = defineRule({
    meta: {
        id: 'incomplete-data-sharing',
        severity: 'error',
        area: 'data',
        description: 'A `data` block lacks any of `from`, `to`, `purpose`, `basis`; the message lists every missing part.',
        source: 'AVG (GDPR) art. 5(1)(b) and art. 6: personal data may only be shared for a specified purpose and on a lawful basis, and the agreement must say who provides it and who receives it; without these the sharing is not lawful.'
    },
    checks: {
        DataSharing: (data, ctx) => {
            const missing = missingDataSharingPartsOf(data);
            if (missing.length === 0 || !data.name) return;
            ctx.report({
                node: data,
                property: 'name',
                message: ctx.messages.incompleteDataSharing({ data: data.name, missing }),
                data: { missing }
            });
        }
    }
});
