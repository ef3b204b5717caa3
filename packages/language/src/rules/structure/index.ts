/** The rules of the structure and names area, in the order of RULES.md. */
import type { Rule } from '../rule.js';
import { syntaxError } from './syntax-error.js';
import { unresolvedReference } from './unresolved-reference.js';
import { duplicateName } from './duplicate-name.js';
import { duplicateField } from './duplicate-field.js';
import { missingField } from './missing-field.js';
import { invalidDate } from './invalid-date.js';
import { reversedPeriod } from './reversed-period.js';
import { roleCycle } from './role-cycle.js';

export const structureRules: readonly Rule[] = [
    syntaxError, unresolvedReference, duplicateName, duplicateField, missingField, invalidDate,
    reversedPeriod, roleCycle
];
