/** The rules of the effects area, in the order of RULES.md. */
import type { Rule } from '../rule.js';
import { noEffects } from './no-effects.js';
import { unmeasuredEffect } from './unmeasured-effect.js';
import { effectWithoutBaseline } from './effect-without-baseline.js';
import { targetAlreadyMet } from './target-already-met.js';
import { effectDeadlineOutsidePeriod } from './effect-deadline-outside-period.js';
import { effectWithoutCommitment } from './effect-without-commitment.js';
import { noOutcomeEffect } from './no-outcome-effect.js';

export const effectsRules: readonly Rule[] = [
    noEffects, unmeasuredEffect, effectWithoutBaseline, targetAlreadyMet,
    effectDeadlineOutsidePeriod, effectWithoutCommitment, noOutcomeEffect
];
