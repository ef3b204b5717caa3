/** The rules of the conditions area, in the order of RULES.md. */
import type { Rule } from '../rule.js';

export const conditionsRules: readonly Rule[] = [
];
