import { periodField, partiesField } from '../../model/agreements.js';
import { firstOfType } from '../../model/fields.js';
import { defineRule } from '../rule.js';

export const missingField = defineRule({
    meta: {
        id: 'missing-field',
        severity: 'error',
        area: 'structure',
        description: 'An agreement lacks `parties` or `period`, or a commitment lacks `by`.',
        source: 'LANGUAGE.md, Fields at a glance: an agreement binds named parties for a stated time; a commitment is made by one party.'
    },
    checks: {
        Agreement: (agreement, ctx) => {
            const missing: string[] = [];
            if (!partiesField(agreement)) missing.push('parties');
            if (!periodField(agreement)) missing.push('period');
            if (missing.length === 0) return;
            ctx.report({
                node: agreement,
                property: 'name',
                message: ctx.messages.missingFields({ block: `${ctx.messages.kinds.Agreement} '${agreement.name}'`, fields: missing })
            });
        },
        Commitment: (commitment, ctx) => {
            if (firstOfType(commitment.fields, 'ByField')) return;
            ctx.report({
                node: commitment,
                property: 'name',
                message: ctx.messages.missingFields({ block: `${ctx.messages.kinds.Commitment} '${commitment.name}'`, fields: ['by'] })
            });
        }
    }
});
