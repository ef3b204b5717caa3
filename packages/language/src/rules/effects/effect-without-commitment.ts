import { throughField } from '../../model/effects.js';
import { defineRule } from '../rule.js';

export const effectWithoutCommitment = defineRule({
    meta: {
        id: 'effect-without-commitment',
        severity: 'info',
        area: 'effects',
        description: 'An effect has no `through`: no commitment is meant to bring it about.',
        source: 'Results-Based Accountability links every result to the work that should bring it about ("how much did we do?", "how well did we do it?"); an effect no commitment works towards stays an intention, while effects count, not intentions ("effecten tellen, niet de intenties").'
    },
    checks: {
        Effect: (effect, ctx) => {
            if (throughField(effect)) return;
            ctx.report({
                node: effect,
                property: 'name',
                message: ctx.messages.effectWithoutCommitment({ effect: effect.name })
            });
        }
    }
});
