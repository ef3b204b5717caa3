/** The rules of the escalation area, in the order of RULES.md. */
import type { Rule } from '../rule.js';

export const escalationRules: readonly Rule[] = [
];
