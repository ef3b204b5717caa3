import { effectsOf } from '../../model/agreements.js';
import { defineRule } from '../rule.js';

export const noEffects = defineRule({
    meta: {
        id: 'no-effects',
        severity: 'error',
        area: 'effects',
        description: 'An agreement declares no effect: it states only intentions.',
        source: 'Seed text: "effecten tellen, niet de intenties" (effects count, not intentions). Results-Based Accountability asks of every programme: how much did we do, how well did we do it, and is anyone better off? An agreement without an effect answers none of these.'
    },
    checks: {
        Agreement: (agreement, ctx) => {
            if (effectsOf(agreement).length > 0) return;
            ctx.report({
                node: agreement,
                property: 'name',
                message: ctx.messages.noEffects({ agreement: agreement.name })
            });
        }
    }
});
