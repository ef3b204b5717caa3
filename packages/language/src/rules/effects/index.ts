/** The rules of the effects area, in the order of RULES.md. */
import type { Rule } from '../rule.js';

export const effectsRules: readonly Rule[] = [
];
