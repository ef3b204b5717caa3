/** The rules of the mandates area, in the order of RULES.md. */
import type { Rule } from '../rule.js';

export const mandatesRules: readonly Rule[] = [
];
