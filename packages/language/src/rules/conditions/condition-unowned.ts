import { providedByField } from '../../model/conditions.js';
import { defineRule } from '../rule.js';

export const conditionUnowned = defineRule({
    meta: {
        id: 'condition-unowned',
        severity: 'error',
        area: 'conditions',
        description: 'A condition has no `provided by`: nobody makes sure it is in place.',
        source: 'Seed text, "room to do the work": time, money, people and data only appear when one party is named to provide them; a condition that belongs to everyone is provided by no one.'
    },
    checks: {
        Condition: (condition, ctx) => {
            if (providedByField(condition)) return;
            ctx.report({
                node: condition,
                property: 'name',
                message: ctx.messages.conditionUnowned({ condition: condition.name })
            });
        }
    }
});
