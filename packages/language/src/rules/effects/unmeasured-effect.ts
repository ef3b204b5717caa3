import { effectIdOf, missingMeasurementParts } from '../../model/effects.js';
import { defineRule } from '../rule.js';

export const unmeasuredEffect = defineRule({
    meta: {
        id: 'unmeasured-effect',
        severity: 'error',
        area: 'effects',
        description: 'An effect lacks any of `indicator`, `unit`, `target`, `measured`; the message lists every missing part.',
        source: 'Seed text: "effecten tellen, niet de intenties" (effects count, not intentions). Results-Based Accountability: an effect only counts when it says what is counted, in which unit, what value is aimed for and who measures it; otherwise "is anyone better off?" cannot be answered.'
    },
    checks: {
        Effect: (effect, ctx) => {
            const missing = missingMeasurementParts(effect);
            if (missing.length === 0) return;
            ctx.report({
                node: effect,
                property: 'name',
                message: ctx.messages.unmeasuredEffect({ effect: effect.name, missing }),
                // The quick fix inserts a placeholder line for each missing part.
                data: { missing, effect: effectIdOf(effect) }
            });
        }
    }
});
