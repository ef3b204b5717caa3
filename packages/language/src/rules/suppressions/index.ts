/** The rules of the suppressions area. */
import type { Rule } from '../rule.js';
import { unusedSuppression } from './unused-suppression.js';

export const suppressionsRules: readonly Rule[] = [unusedSuppression];
