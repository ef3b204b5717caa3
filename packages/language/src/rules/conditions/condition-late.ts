import { beforeField, dueField, neededConditionsOf, needsField } from '../../model/conditions.js';
import { parseDate } from '../../model/dates.js';
import { defineRule } from '../rule.js';

export const conditionLate = defineRule({
    meta: {
        id: 'condition-late',
        severity: 'warning',
        area: 'conditions',
        description: 'A condition\'s `before` date is later than the `due` date of a commitment that needs it.',
        source: 'Seed text, "room to do the work": the time, money and people must be there before the work is due, not after it.'
    },
    checks: {
        Commitment: (commitment, ctx) => {
            const needs = needsField(commitment);
            const dueText = dueField(commitment)?.date;
            const due = parseDate(dueText);
            // Invalid dates are `invalid-date`; they are not compared (broken input does not cascade).
            if (!needs || !dueText || !due) return;
            for (const { condition, index } of neededConditionsOf(commitment)) {
                const before = beforeField(condition);
                const beforeDate = parseDate(before?.date);
                if (!before || !beforeDate || beforeDate.dayNumber <= due.dayNumber) continue;
                ctx.report({
                    node: needs,
                    property: 'conditions',
                    index,
                    message: ctx.messages.conditionLate({
                        condition: condition.name, before: before.date, commitment: commitment.name, due: dueText
                    }),
                    related: [{
                        node: before,
                        message: ctx.messages.conditionLateRelated({ condition: condition.name, before: before.date })
                    }]
                });
            }
        }
    }
});
