/**
 * What a scenario means (CHANGES.md): its findings grouped by meaning (commitments without a
 * mandate, escalation routes without a decider or with a gap, effects nobody measures, …) and
 * the summary that reads like a plan: "Kredietbank leaves: 3 commitments lose their mandate,
 * 1 escalation route loses its decider (6 new errors, 2 new warnings)". The groups are a
 * reading of the rule ids; what a gap is stays in the rules.
 */
import type { Messages, WhatIfGroupName } from '@keten/language';
import type { Scenario, ScenarioProblem } from './scenario.js';
import type { WhatIfFinding, WhatIfResult } from './what-if.js';

export type WhatIfTexts = Messages['changes'];

/** The groups in the order the summary names them. */
export const WHAT_IF_GROUPS: readonly WhatIfGroupName[] = [
    'commitments-without-mandate', 'routes-without-decider', 'routes-with-gap', 'effects-unmeasured', 'conditions-unprovided',
    'governance-gone', 'data-incomplete', 'budgets-unbalanced', 'mandates-unsound', 'powers-without-holder', 'parties', 'other'
];

const GROUP_OF_RULE: Readonly<Record<string, WhatIfGroupName>> = {
    'missing-mandate': 'commitments-without-mandate',
    'mandate-holder-mismatch': 'commitments-without-mandate',
    'power-holder-mismatch': 'commitments-without-mandate',
    'escalation-no-decider': 'routes-without-decider',
    'escalation-final-without-authority': 'routes-without-decider',
    'missing-escalation': 'routes-with-gap',
    'escalation-no-deadline': 'routes-with-gap',
    'escalation-deadline-order': 'routes-with-gap',
    'escalation-unreachable': 'routes-with-gap',
    'escalation-loop': 'routes-with-gap',
    'escalation-downward': 'routes-with-gap',
    'unmeasured-effect': 'effects-unmeasured',
    'effect-without-baseline': 'effects-unmeasured',
    'effect-without-commitment': 'effects-unmeasured',
    'no-effects': 'effects-unmeasured',
    'no-outcome-effect': 'effects-unmeasured',
    'condition-unowned': 'conditions-unprovided',
    'commitment-without-condition': 'conditions-unprovided',
    'condition-late': 'conditions-unprovided',
    'unused-condition': 'conditions-unprovided',
    'no-single-steering': 'governance-gone',
    'no-accountability': 'governance-gone',
    'no-review': 'governance-gone',
    'incomplete-data-sharing': 'data-incomplete',
    'data-without-controller': 'data-incomplete',
    'data-without-retention': 'data-incomplete',
    'budget-shares': 'budgets-unbalanced',
    'budget-without-shares': 'budgets-unbalanced',
    'incomplete-mandate': 'mandates-unsound',
    'submandate-denied': 'mandates-unsound',
    'submandate-exceeds-parent': 'mandates-unsound',
    'mandate-cycle': 'mandates-unsound',
    'mandate-without-validity': 'mandates-unsound',
    'mandate-outside-period': 'mandates-unsound',
    'mandate-power-mismatch': 'mandates-unsound',
    'incomplete-power': 'powers-without-holder',
    'party-without-mandate': 'parties',
    'party-not-in-agreement': 'parties',
    'unused-party': 'parties',
    'party-without-signatory': 'parties'
};

export function groupOfRule(rule: string): WhatIfGroupName {
    return GROUP_OF_RULE[rule] ?? 'other';
}

export interface WhatIfGroup {
    readonly name: WhatIfGroupName;
    readonly added: readonly WhatIfFinding[];
    readonly resolved: readonly WhatIfFinding[];
}

/** The groups that hold a finding, in summary order. */
export function whatIfGroupsOf(result: Pick<WhatIfResult, 'added' | 'resolved'>): WhatIfGroup[] {
    return WHAT_IF_GROUPS
        .map(name => ({
            name,
            added: result.added.filter(finding => groupOfRule(finding.rule) === name),
            resolved: result.resolved.filter(finding => groupOfRule(finding.rule) === name)
        }))
        .filter(group => group.added.length > 0 || group.resolved.length > 0);
}

/** "Kredietbank leaves and mandate Vroeg.Inzet is revoked". */
export function scenarioDescription(scenario: Scenario, texts: WhatIfTexts): string {
    const parts = [
        ...scenario.without.map(party => texts.scenarioWithout({ party })),
        ...scenario.revoke.map(mandate => texts.scenarioRevoke({ mandate })),
        ...scenario.vacant.map(role => texts.scenarioVacant({ role })),
        ...(scenario.expire === null ? [] : [texts.scenarioExpire({ date: scenario.expire })])
    ];
    // A sentence that starts with a name keeps it as written (`regisseur is vacant`).
    const startsWithName = scenario.without.length > 0 || (scenario.revoke.length === 0 && scenario.vacant.length > 0);
    const sentence = texts.joinScenario(parts);
    return startsWithName ? sentence : texts.capitalize(sentence);
}

/** The plan-like summary of a scenario's result. */
export function whatIfSummary(result: WhatIfResult, texts: WhatIfTexts): string {
    const groups = whatIfGroupsOf({ added: result.added, resolved: [] });
    const effects = groups.map(group => texts.whatIfGroup[group.name](elementCount(group)));
    const counts = texts.whatIfCounts({
        errors: result.added.filter(f => f.severity === 'error').length,
        warnings: result.added.filter(f => f.severity === 'warning').length,
        infos: result.added.filter(f => f.severity === 'info').length,
        resolved: result.resolved.length
    });
    return `${scenarioDescription(result.scenario, texts)}: ${effects.length > 0 ? effects.join(', ') : texts.whatIfNothingBreaks()} ${counts}`;
}

/**
 * What a group's words count: the elements its findings are about ("2 data blocks lose a
 * provider, recipient or controller", however many findings each has), and for the groups
 * that name findings ("3 party findings") the findings.
 */
const GROUPS_COUNTING_FINDINGS: ReadonlySet<WhatIfGroupName> = new Set(['parties', 'other']);

function elementCount(group: WhatIfGroup): number {
    if (GROUPS_COUNTING_FINDINGS.has(group.name)) return group.added.length;
    return new Set(group.added.map((finding, index) => finding.element ?? `finding ${index}`)).size;
}

/** Whether the scenario adds an error (exit 1). */
export function addsError(result: WhatIfResult): boolean {
    return result.added.some(finding => finding.severity === 'error');
}

/** Why a scenario cannot be played, in the reader's language (CLI and language server alike). */
export function scenarioProblemText(problem: ScenarioProblem, texts: WhatIfTexts): string {
    switch (problem.kind) {
        case 'unknown-party': return texts.unknownParty(problem);
        case 'unknown-mandate': return texts.unknownMandate(problem);
        case 'ambiguous-mandate': return texts.ambiguousMandate(problem);
        case 'unknown-role': return texts.unknownRole(problem);
        case 'ambiguous-role': return texts.ambiguousRole(problem);
        case 'invalid-date': return texts.invalidExpireDate({ value: problem.name });
    }
}
