/**
 * Every rule of RULES.md and COVENANT.md, in the catalogue's order. `keten rules`, `docs/rules.md`, the SARIF
 * driver, configuration checks and the language server all read this list.
 */
import type { Rule } from './rule.js';
import { structureRules } from './structure/index.js';
import { governanceRules } from './governance/index.js';
import { mandatesRules } from './mandates/index.js';
import { conditionsRules } from './conditions/index.js';
import { escalationRules } from './escalation/index.js';
import { effectsRules } from './effects/index.js';
import { covenantRules } from './covenant/index.js';
import { dataRules } from './data/index.js';
import { moneyRules } from './money/index.js';
import { suppressionsRules } from './suppressions/index.js';

export const ALL_RULES: readonly Rule[] = [
    ...structureRules,
    ...governanceRules,
    ...mandatesRules,
    ...conditionsRules,
    ...escalationRules,
    ...effectsRules,
    ...covenantRules,
    ...dataRules,
    ...moneyRules,
    ...suppressionsRules
];

const BY_ID = new Map(ALL_RULES.map(rule => [rule.meta.id, rule]));

export function ruleById(id: string): Rule | undefined {
    return BY_ID.get(id);
}

export const RULE_IDS: readonly string[] = ALL_RULES.map(rule => rule.meta.id);
