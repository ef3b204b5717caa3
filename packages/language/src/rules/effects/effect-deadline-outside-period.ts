import { periodOf } from '../../model/agreements.js';
import { formatDate } from '../../model/dates.js';
import { isTargetDateOutsidePeriod, targetField } from '../../model/effects.js';
import { defineRule } from '../rule.js';

export const effectDeadlineOutsidePeriod = defineRule({
    meta: {
        id: 'effect-deadline-outside-period',
        severity: 'warning',
        area: 'effects',
        description: "The target date lies outside the agreement's `period`.",
        source: 'Results-Based Accountability holds partners to account for effects within the time they work together; a target due after the agreement ends (or before it starts) binds nobody, so the effect is an intention, not an effect that counts ("effecten tellen, niet de intenties").'
    },
    checks: {
        Effect: (effect, ctx) => {
            const target = targetField(effect);
            const agreement = effect.$container;
            const period = periodOf(agreement);
            if (!target || !period || !isTargetDateOutsidePeriod(effect)) return;
            ctx.report({
                node: target,
                property: 'date',
                message: ctx.messages.effectDeadlineOutsidePeriod({
                    effect: effect.name,
                    date: target.date,
                    agreement: agreement.name,
                    start: formatDate(period.start.dayNumber),
                    end: period.end && formatDate(period.end.dayNumber)
                })
            });
        }
    }
});
