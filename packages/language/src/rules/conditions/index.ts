/** The rules of the conditions area, in the order of RULES.md. */
import type { Rule } from '../rule.js';
import { conditionUnowned } from './condition-unowned.js';
import { commitmentWithoutCondition } from './commitment-without-condition.js';
import { conditionLate } from './condition-late.js';
import { unusedCondition } from './unused-condition.js';

export const conditionsRules: readonly Rule[] = [
    conditionUnowned, commitmentWithoutCondition, conditionLate, unusedCondition
];
