/** The rules of the governance area, in the order of RULES.md. */
import type { Rule } from '../rule.js';

export const governanceRules: readonly Rule[] = [
];
