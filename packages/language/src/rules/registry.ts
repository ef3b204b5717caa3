/**
 * Every rule of RULES.md, in the catalogue's order. `keten rules`, `docs/rules.md`, the SARIF
 * driver, configuration checks and the language server all read this list.
 */
import type { Rule } from './rule.js';
import { syntaxError } from './structure/syntax-error.js';
import { unresolvedReference } from './structure/unresolved-reference.js';
import { duplicateName } from './structure/duplicate-name.js';
import { duplicateField } from './structure/duplicate-field.js';
import { missingField } from './structure/missing-field.js';
import { invalidDate } from './structure/invalid-date.js';
import { reversedPeriod } from './structure/reversed-period.js';
import { roleCycle } from './structure/role-cycle.js';
import { unusedSuppression } from './suppressions/unused-suppression.js';

export const ALL_RULES: readonly Rule[] = [
    // structure and names
    syntaxError, unresolvedReference, duplicateName, duplicateField, missingField, invalidDate,
    reversedPeriod, roleCycle,
    // chain governance
    // mandates
    // conditions
    // escalation routes
    // effects
    // suppressions
    unusedSuppression
];

const BY_ID = new Map(ALL_RULES.map(rule => [rule.meta.id, rule]));

export function ruleById(id: string): Rule | undefined {
    return BY_ID.get(id);
}

export const RULE_IDS: readonly string[] = ALL_RULES.map(rule => rule.meta.id);
