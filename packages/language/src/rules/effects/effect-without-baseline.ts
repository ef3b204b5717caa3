import { baselineField } from '../../model/effects.js';
import { defineRule } from '../rule.js';

export const effectWithoutBaseline = defineRule({
    meta: {
        id: 'effect-without-baseline',
        severity: 'warning',
        area: 'effects',
        description: 'An effect has no `baseline`.',
        source: 'Results-Based Accountability starts from the baseline: the story behind the curve is told against where things stood. Without a starting value (nulmeting), nobody can say whether anyone is better off, so effects count, not intentions ("effecten tellen, niet de intenties"), cannot be shown.'
    },
    checks: {
        Effect: (effect, ctx) => {
            if (baselineField(effect)) return;
            ctx.report({
                node: effect,
                property: 'name',
                message: ctx.messages.effectWithoutBaseline({ effect: effect.name })
            });
        }
    }
});
