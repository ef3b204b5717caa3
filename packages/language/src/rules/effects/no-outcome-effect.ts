import { hasOnlyOutputOrQualityEffects } from '../../model/effects.js';
import { defineRule } from '../rule.js';

export const noOutcomeEffect = defineRule({
    meta: {
        id: 'no-outcome-effect',
        severity: 'warning',
        area: 'effects',
        description: 'An agreement has effects, and every one is of kind `output` or `quality`: nobody checks whether anyone is better off.',
        source: 'Results-Based Accountability asks three questions: how much did we do? (output), how well did we do it? (quality), and is anyone better off? (outcome). Only the last is the effect that counts, not the intention ("effecten tellen, niet de intenties").'
    },
    checks: {
        Agreement: (agreement, ctx) => {
            if (!hasOnlyOutputOrQualityEffects(agreement)) return;
            ctx.report({
                node: agreement,
                property: 'name',
                message: ctx.messages.noOutcomeEffect({ agreement: agreement.name })
            });
        }
    }
});
