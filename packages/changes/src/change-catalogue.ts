/**
 * The change catalogue (CHANGES.md): every change id `keten diff` reports, its level and the
 * area it belongs to. Its texts (what it means in general, and for one element) are in the
 * message catalogue (`messages/{en,nl}/changes.ts`); the id list is typed against those keys,
 * so neither can name an id the other lacks. docs/changes.md is generated from both.
 */
import type { ChangeAreaName, ChangeIdName, ChangeLevelName } from '@keten/language';

export type ChangeId = ChangeIdName;
export type ChangeLevel = ChangeLevelName;

/** Most severe first. */
export const CHANGE_LEVELS: readonly ChangeLevel[] = ['breaking', 'notable', 'info'];

export function levelRank(level: ChangeLevel): number {
    return CHANGE_LEVELS.indexOf(level);
}

/** Whether `level` is `threshold` or more severe (for `--fail-on`). */
export function isAtLeast(level: ChangeLevel, threshold: ChangeLevel): boolean {
    return levelRank(level) <= levelRank(threshold);
}

export type ChangeArea = ChangeAreaName;

export const CHANGE_AREAS: readonly ChangeArea[] = [
    'parties', 'declarations', 'agreement', 'mandates', 'commitments', 'conditions', 'escalation', 'effects', 'data', 'money', 'wording'
];

export interface ChangeKind {
    readonly level: ChangeLevel;
    readonly area: ChangeArea;
}

const B = 'breaking', N = 'notable', I = 'info';

/** Every change id; the order within an area is the order of docs/changes.md. */
export const CHANGE_KINDS: Readonly<Record<ChangeId, ChangeKind>> = {
    'party-removed': { level: B, area: 'parties' },
    'party-added': { level: N, area: 'parties' },
    'involved-party-removed': { level: B, area: 'parties' },
    'involved-party-added': { level: N, area: 'parties' },
    'party-declaration-removed': { level: I, area: 'parties' },
    'party-declaration-added': { level: I, area: 'parties' },
    'party-type-changed': { level: N, area: 'parties' },

    'role-removed': { level: B, area: 'declarations' },
    'role-added': { level: N, area: 'declarations' },
    'reports-to-changed': { level: N, area: 'declarations' },
    'power-removed': { level: B, area: 'declarations' },
    'power-added': { level: N, area: 'declarations' },
    'power-holder-changed': { level: B, area: 'declarations' },
    'power-basis-changed': { level: N, area: 'declarations' },
    'body-removed': { level: B, area: 'declarations' },
    'body-added': { level: N, area: 'declarations' },
    'body-member-removed': { level: B, area: 'declarations' },
    'body-member-added': { level: N, area: 'declarations' },
    'body-chair-changed': { level: N, area: 'declarations' },

    'agreement-removed': { level: B, area: 'agreement' },
    'agreement-added': { level: N, area: 'agreement' },
    'steering-changed': { level: B, area: 'agreement' },
    'accountable-changed': { level: B, area: 'agreement' },
    'review-changed': { level: N, area: 'agreement' },
    'period-shortened': { level: B, area: 'agreement' },
    'period-extended': { level: N, area: 'agreement' },
    'basis-changed': { level: N, area: 'agreement' },
    'signatory-removed': { level: N, area: 'agreement' },
    'signatory-added': { level: N, area: 'agreement' },
    'signatory-changed': { level: N, area: 'agreement' },
    'term-removed': { level: N, area: 'agreement' },
    'term-added': { level: I, area: 'agreement' },
    'term-changed': { level: N, area: 'agreement' },
    'renewal-changed': { level: N, area: 'agreement' },
    'termination-notice-shortened': { level: B, area: 'agreement' },
    'termination-notice-lengthened': { level: N, area: 'agreement' },
    'termination-changed': { level: N, area: 'agreement' },
    'amendment-changed': { level: N, area: 'agreement' },
    'accession-changed': { level: N, area: 'agreement' },
    'disputes-changed': { level: N, area: 'agreement' },
    'publication-changed': { level: N, area: 'agreement' },

    'mandate-removed': { level: B, area: 'mandates' },
    'mandate-added': { level: N, area: 'mandates' },
    'mandate-grantor-changed': { level: B, area: 'mandates' },
    'mandate-holder-changed': { level: B, area: 'mandates' },
    'mandate-scope-changed': { level: B, area: 'mandates' },
    'mandate-limit-lowered': { level: B, area: 'mandates' },
    'mandate-limit-raised': { level: N, area: 'mandates' },
    'mandate-limit-changed': { level: B, area: 'mandates' },
    'mandate-validity-shortened': { level: B, area: 'mandates' },
    'mandate-validity-extended': { level: N, area: 'mandates' },
    'submandate-withdrawn': { level: B, area: 'mandates' },
    'submandate-granted': { level: N, area: 'mandates' },
    'mandate-basis-changed': { level: N, area: 'mandates' },
    'mandate-power-changed': { level: B, area: 'mandates' },

    'commitment-removed': { level: B, area: 'commitments' },
    'commitment-added': { level: N, area: 'commitments' },
    'commitment-party-removed': { level: B, area: 'commitments' },
    'commitment-party-added': { level: N, area: 'commitments' },
    'commitment-authority-removed': { level: B, area: 'commitments' },
    'commitment-authority-added': { level: N, area: 'commitments' },
    'commitment-decides-changed': { level: N, area: 'commitments' },
    'commitment-due-earlier': { level: B, area: 'commitments' },
    'commitment-due-later': { level: N, area: 'commitments' },
    'commitment-due-changed': { level: N, area: 'commitments' },
    'commitment-obligation-weakened': { level: B, area: 'commitments' },
    'commitment-obligation-strengthened': { level: N, area: 'commitments' },
    'commitment-obligation-changed': { level: N, area: 'commitments' },
    'commitment-condition-removed': { level: B, area: 'commitments' },
    'commitment-condition-added': { level: N, area: 'commitments' },

    'condition-removed': { level: B, area: 'conditions' },
    'condition-added': { level: N, area: 'conditions' },
    'condition-provider-removed': { level: B, area: 'conditions' },
    'condition-provider-added': { level: N, area: 'conditions' },
    'condition-resource-lowered': { level: B, area: 'conditions' },
    'condition-resource-raised': { level: N, area: 'conditions' },
    'condition-resource-changed': { level: B, area: 'conditions' },
    'condition-before-later': { level: B, area: 'conditions' },
    'condition-before-earlier': { level: N, area: 'conditions' },

    'escalation-removed': { level: B, area: 'escalation' },
    'escalation-added': { level: N, area: 'escalation' },
    'escalation-level-removed': { level: B, area: 'escalation' },
    'escalation-level-added': { level: N, area: 'escalation' },
    'escalation-order-changed': { level: B, area: 'escalation' },
    'escalation-decider-changed': { level: B, area: 'escalation' },
    'escalation-decider-removed': { level: B, area: 'escalation' },
    'escalation-decider-added': { level: N, area: 'escalation' },
    'escalation-deadline-lengthened': { level: B, area: 'escalation' },
    'escalation-deadline-shortened': { level: N, area: 'escalation' },

    'effect-removed': { level: B, area: 'effects' },
    'effect-added': { level: N, area: 'effects' },
    'effect-unit-changed': { level: B, area: 'effects' },
    'effect-kind-changed': { level: N, area: 'effects' },
    'indicator-text-changed': { level: I, area: 'effects' },
    'baseline-changed': { level: N, area: 'effects' },
    'target-weakened': { level: B, area: 'effects' },
    'target-strengthened': { level: N, area: 'effects' },
    'target-changed': { level: B, area: 'effects' },
    'target-removed': { level: B, area: 'effects' },
    'target-added': { level: N, area: 'effects' },
    'measurement-changed': { level: N, area: 'effects' },
    'measurement-added': { level: N, area: 'effects' },
    'measurement-removed': { level: B, area: 'effects' },
    'effect-through-changed': { level: N, area: 'effects' },

    'data-removed': { level: N, area: 'data' },
    'data-added': { level: N, area: 'data' },
    'data-purpose-changed': { level: B, area: 'data' },
    'data-recipient-added': { level: B, area: 'data' },
    'data-recipient-removed': { level: N, area: 'data' },
    'data-provider-added': { level: N, area: 'data' },
    'data-provider-removed': { level: N, area: 'data' },
    'data-basis-changed': { level: N, area: 'data' },
    'data-categories-changed': { level: N, area: 'data' },
    'data-special-changed': { level: B, area: 'data' },
    'data-retention-lengthened': { level: B, area: 'data' },
    'data-retention-shortened': { level: N, area: 'data' },
    'data-controller-changed': { level: B, area: 'data' },

    'budget-removed': { level: B, area: 'money' },
    'budget-added': { level: N, area: 'money' },
    'budget-amount-changed': { level: N, area: 'money' },
    'budget-share-changed': { level: B, area: 'money' },

    'title-changed': { level: I, area: 'wording' },
    'goal-changed': { level: I, area: 'wording' },
    'considering-changed': { level: I, area: 'wording' },
    'doc-comment-changed': { level: I, area: 'wording' }
};

export const CHANGE_IDS = Object.keys(CHANGE_KINDS) as ChangeId[];

/**
 * The change that the same edit made backwards is: `diff B A` lists every element of `diff A B`
 * with the opposite change (an id not listed here is its own opposite: `steering-changed`).
 */
const OPPOSITE_PAIRS: ReadonlyArray<readonly [ChangeId, ChangeId]> = [
    ['party-removed', 'party-added'], ['involved-party-removed', 'involved-party-added'],
    ['party-declaration-removed', 'party-declaration-added'], ['role-removed', 'role-added'], ['power-removed', 'power-added'],
    ['body-removed', 'body-added'], ['body-member-removed', 'body-member-added'], ['agreement-removed', 'agreement-added'],
    ['period-shortened', 'period-extended'], ['signatory-removed', 'signatory-added'], ['term-removed', 'term-added'],
    ['termination-notice-shortened', 'termination-notice-lengthened'], ['mandate-removed', 'mandate-added'],
    ['mandate-limit-lowered', 'mandate-limit-raised'], ['mandate-validity-shortened', 'mandate-validity-extended'],
    ['submandate-withdrawn', 'submandate-granted'], ['commitment-removed', 'commitment-added'],
    ['commitment-party-removed', 'commitment-party-added'], ['commitment-authority-removed', 'commitment-authority-added'],
    ['commitment-due-earlier', 'commitment-due-later'], ['commitment-obligation-weakened', 'commitment-obligation-strengthened'],
    ['commitment-condition-removed', 'commitment-condition-added'], ['condition-removed', 'condition-added'],
    ['condition-provider-removed', 'condition-provider-added'], ['condition-resource-lowered', 'condition-resource-raised'],
    ['condition-before-later', 'condition-before-earlier'], ['escalation-removed', 'escalation-added'],
    ['escalation-level-removed', 'escalation-level-added'], ['escalation-decider-removed', 'escalation-decider-added'],
    ['escalation-deadline-lengthened', 'escalation-deadline-shortened'], ['effect-removed', 'effect-added'],
    ['target-weakened', 'target-strengthened'], ['target-removed', 'target-added'], ['measurement-removed', 'measurement-added'],
    ['data-removed', 'data-added'], ['data-recipient-added', 'data-recipient-removed'], ['data-provider-added', 'data-provider-removed'],
    ['data-retention-lengthened', 'data-retention-shortened'], ['budget-removed', 'budget-added']
];

const OPPOSITES = new Map<ChangeId, ChangeId>(OPPOSITE_PAIRS.flatMap(([a, b]) => [[a, b], [b, a]] as const));

export function oppositeOf(id: ChangeId): ChangeId {
    return OPPOSITES.get(id) ?? id;
}

export function levelOf(id: ChangeId): ChangeLevel {
    return CHANGE_KINDS[id].level;
}
