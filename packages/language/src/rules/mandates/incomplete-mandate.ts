import { missingPartsOf } from '../../model/mandates.js';
import { defineRule } from '../rule.js';

export const incompleteMandate = defineRule({
    meta: {
        id: 'incomplete-mandate',
        severity: 'error',
        area: 'mandates',
        description: 'A mandate lacks `from`, `to` or `scope`; the message lists every missing part.',
        source: 'Awb 10:1: a mandate is the power, granted by someone to someone, to take decisions of a stated kind; without a grantor, a holder or a scope it cannot be checked or used.'
    },
    checks: {
        Mandate: (mandate, ctx) => {
            const missing = missingPartsOf(mandate);
            if (missing.length === 0) return;
            ctx.report({
                node: mandate,
                property: 'name',
                message: ctx.messages.incompleteMandate({ mandate: mandate.name, missing }),
                data: { missing }
            });
        }
    }
});
