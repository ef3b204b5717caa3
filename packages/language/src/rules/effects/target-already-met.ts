import { baselineField, isTargetMetAtBaseline, targetField } from '../../model/effects.js';
import { defineRule } from '../rule.js';

export const targetAlreadyMet = defineRule({
    meta: {
        id: 'target-already-met',
        severity: 'warning',
        area: 'effects',
        description: 'The baseline value already satisfies the target.',
        source: 'Results-Based Accountability: "is anyone better off?" asks for a change from the baseline. A target the baseline already meets asks for no change; effects count, not intentions ("effecten tellen, niet de intenties").'
    },
    checks: {
        Effect: (effect, ctx) => {
            const target = targetField(effect);
            const baseline = baselineField(effect);
            if (!target || !baseline || !isTargetMetAtBaseline(effect)) return;
            ctx.report({
                node: target,
                message: ctx.messages.targetAlreadyMet({
                    effect: effect.name, baseline: baseline.value, op: target.op, target: target.value
                }),
                related: [{ node: baseline, message: ctx.messages.targetAlreadyMetRelated({ effect: effect.name }) }]
            });
        }
    }
});
