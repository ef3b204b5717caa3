import { commitmentsNeeding } from '../../model/conditions.js';
import { defineRule } from '../rule.js';

export const unusedCondition = defineRule({
    meta: {
        id: 'unused-condition',
        severity: 'info',
        area: 'conditions',
        description: 'No commitment needs the condition.',
        source: 'Seed text, "room to do the work": a condition exists to make some work possible; one that no commitment needs is either forgotten in a `needs` or not needed.'
    },
    checks: {
        Condition: (condition, ctx) => {
            if (commitmentsNeeding(condition).length > 0) return;
            ctx.report({
                node: condition,
                property: 'name',
                message: ctx.messages.unusedCondition({ condition: condition.name })
            });
        }
    }
});
