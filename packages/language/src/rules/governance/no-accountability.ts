import { accountableField } from '../../model/agreements.js';
import { defineRule } from '../rule.js';

export const noAccountability = defineRule({
    meta: {
        id: 'no-accountability',
        severity: 'warning',
        area: 'governance',
        description: 'An agreement has no `accountable`: nobody answers for the chain\'s results.',
        source: 'Seed text, "één sturing en verantwoording": when everyone shares the results, nobody answers for them; the agreement names who is accountable.'
    },
    checks: {
        Agreement: (agreement, ctx) => {
            if (accountableField(agreement)) return;
            ctx.report({
                node: agreement,
                property: 'name',
                message: ctx.messages.noAccountability({ agreement: agreement.name })
            });
        }
    }
});
