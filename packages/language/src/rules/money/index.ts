/** The rules of the money area (COVENANT.md, budgets and shares). */
import type { Rule } from '../rule.js';
import { budgetShares } from './budget-shares.js';
import { budgetWithoutShares } from './budget-without-shares.js';

export const moneyRules: readonly Rule[] = [budgetShares, budgetWithoutShares];
