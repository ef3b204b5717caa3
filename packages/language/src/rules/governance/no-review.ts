import { reviewField } from '../../model/agreements.js';
import { defineRule } from '../rule.js';

export const noReview = defineRule({
    meta: {
        id: 'no-review',
        severity: 'warning',
        area: 'governance',
        description: 'An agreement has no `review every … by …`: nobody follows the collaboration at set times.',
        source: 'Seed text, "één sturing en verantwoording": the hierarchy has to follow the collaboration actively and regularly, or steering and accountability stay on paper.'
    },
    checks: {
        Agreement: (agreement, ctx) => {
            if (reviewField(agreement)) return;
            ctx.report({
                node: agreement,
                property: 'name',
                message: ctx.messages.noReview({ agreement: agreement.name })
            });
        }
    }
});
