/**
 * `keten diff` as a pure comparison of two comparison models (CHANGES.md): elements matched by
 * kind and qualified name (a renamed element is a removal and an addition), values compared by
 * meaning, each difference one change of the catalogue with its level, `old`/`new` as canonical
 * English source text and the place of the new side (of the old side for a removal).
 * An element that is removed or added is one change: its contents are not listed again, and a
 * deleted agreement or party declaration does not list its members.
 */
import { CHANGE_KINDS, levelRank, type ChangeId, type ChangeLevel } from './change-catalogue.js';
import {
    elementKey, type AgreementElement, type BodyElement, type BudgetElement, type CommitmentElement, type ComparedElement,
    type ComparedValue, type ComparisonModel, type ConditionElement, type DataElement, type DueMeaning, type EffectElement,
    type EntryMap, type EscalationElement, type LevelValue, type MandateElement, type PartyElement, type PowerElement,
    type RoleElement, type SourcePlace, type TermElement
} from './comparison-model.js';
import { amountVerdict, compareDates, durationVerdict, periodVerdict, rangeVerdict, targetVerdict } from './direction.js';

export interface Change {
    readonly id: ChangeId;
    readonly level: ChangeLevel;
    /** `Agreement`, `Agreement.Member`, `Party`, `Party.role`, `Party.power` or `Body`. */
    readonly element: string;
    readonly agreement: string | null;
    /** Canonical English source text; null for an addition. */
    readonly old: string | null;
    /** Canonical English source text; null for a removal. */
    readonly new: string | null;
    /** The new side's place, or the old side's for a removal. */
    readonly place: SourcePlace;
    readonly side: 'old' | 'new';
    /** `old`/`new` is a whole element (a removal or an addition of one), not one of its values. */
    readonly wholeElement: boolean;
}

/** Every change from `before` to `after`, most severe first, then by agreement and place. */
export function compareModels(before: ComparisonModel, after: ComparisonModel): Change[] {
    const found = new Changes();
    for (const [key, element] of before.elements) {
        const counterpart = after.elements.get(key);
        if (!counterpart) {
            if (!containerOf(element, before) || after.elements.has(containerKey(element)!)) found.removed(element);
        } else {
            compareElements(element, counterpart, found);
        }
    }
    for (const [key, element] of after.elements) {
        if (before.elements.has(key)) continue;
        if (!containerOf(element, after) || before.elements.has(containerKey(element)!)) found.added(element);
    }
    return found.sorted();
}

/** The element that contains this one: a member's agreement, a role's or power's party. */
function containerKey(element: ComparedElement): string | undefined {
    switch (element.kind) {
        case 'role':
        case 'power':
            return `party:${element.name.split('.')[0]}`;
        case 'agreement':
        case 'party':
        case 'body':
            return undefined;
        default:
            return element.agreement === null ? undefined : `agreement:${element.agreement}`;
    }
}

function containerOf(element: ComparedElement, model: ComparisonModel): ComparedElement | undefined {
    const key = containerKey(element);
    return key === undefined ? undefined : model.elements.get(key);
}

const REMOVED: Record<ComparedElement['kind'], ChangeId> = {
    agreement: 'agreement-removed', party: 'party-declaration-removed', role: 'role-removed', power: 'power-removed',
    body: 'body-removed', mandate: 'mandate-removed', condition: 'condition-removed', commitment: 'commitment-removed',
    escalation: 'escalation-removed', effect: 'effect-removed', data: 'data-removed', budget: 'budget-removed', term: 'term-removed'
};

const ADDED: Record<ComparedElement['kind'], ChangeId> = {
    agreement: 'agreement-added', party: 'party-declaration-added', role: 'role-added', power: 'power-added',
    body: 'body-added', mandate: 'mandate-added', condition: 'condition-added', commitment: 'commitment-added',
    escalation: 'escalation-added', effect: 'effect-added', data: 'data-added', budget: 'budget-added', term: 'term-added'
};

/** Collects changes. */
class Changes {
    private readonly list: Change[] = [];

    removed(element: ComparedElement): void {
        this.push(REMOVED[element.kind], element.name, element.agreement, element.text, null, element.place, 'old', true);
    }

    added(element: ComparedElement): void {
        this.push(ADDED[element.kind], element.name, element.agreement, null, element.text, element.place, 'new', true);
    }

    /** A single-valued aspect: one change when its meaning differs (also when it appears or goes). */
    value(id: ChangeId, element: ComparedElement, before: ComparedValue | undefined, after: ComparedValue | undefined): void {
        if (before?.same === after?.same) return;
        this.between(id, element, before, after);
    }

    /** A change between two values, placed on the new one (the old one when there is no new one). */
    between(id: ChangeId, element: ComparedElement, before: ComparedValue | undefined, after: ComparedValue | undefined, name = element.name): void {
        const place = after?.place ?? before?.place ?? element.place;
        this.push(id, name, element.agreement, before?.text ?? null, after?.text ?? null, place, after ? 'new' : 'old');
    }

    /** A list: one change per entry that goes, one per entry that comes. */
    entries(removedId: ChangeId, addedId: ChangeId, element: ComparedElement, before: EntryMap, after: EntryMap, nameOf?: (entry: string) => string): void {
        for (const [key, entry] of before) {
            if (!after.has(key)) this.between(removedId, element, entry, undefined, nameOf ? nameOf(key) : element.name);
        }
        for (const [key, entry] of after) {
            if (!before.has(key)) this.between(addedId, element, undefined, entry, nameOf ? nameOf(key) : element.name);
        }
    }

    /** A list compared as a whole: one change listing the old and the new entries. */
    set(id: ChangeId, element: ComparedElement, before: EntryMap, after: EntryMap): void {
        const keysBefore = [...before.values()].map(v => v.same).sort();
        const keysAfter = [...after.values()].map(v => v.same).sort();
        if (keysBefore.join('\u0000') === keysAfter.join('\u0000')) return;
        this.between(id, element, joined(before), joined(after));
    }

    push(id: ChangeId, element: string, agreement: string | null, old: string | null, now: string | null, place: SourcePlace, side: 'old' | 'new', wholeElement = false): void {
        this.list.push({ id, level: CHANGE_KINDS[id].level, element, agreement, old, new: now, place, side, wholeElement });
    }

    sorted(): Change[] {
        return this.list.sort((a, b) =>
            levelRank(a.level) - levelRank(b.level)
            || compareText(a.agreement ?? '\uffff', b.agreement ?? '\uffff')
            || compareText(a.place.uri, b.place.uri)
            || a.place.line - b.place.line
            || compareText(a.id, b.id)
            || compareText(a.element, b.element));
    }
}

/** The entries of a list as one value: their texts in name order, joined by commas. */
function joined(entries: EntryMap): ComparedValue | undefined {
    const values = [...entries.values()].sort((a, b) => compareText(a.text, b.text));
    if (values.length === 0) return undefined;
    const first = [...entries.values()][0];
    return { text: values.map(v => v.text).join(', '), place: first.place, same: values.map(v => v.same).join('\u0000'), meaning: undefined };
}

function compareElements(before: ComparedElement, after: ComparedElement, found: Changes): void {
    found.value('title-changed', after, before.title, after.title);
    found.value('doc-comment-changed', after, before.doc, after.doc);
    switch (before.kind) {
        case 'agreement': return compareAgreements(before, after as AgreementElement, found);
        case 'party': return found.value('party-type-changed', after, before.type, (after as PartyElement).type);
        case 'role': return found.value('reports-to-changed', after, before.reportsTo, (after as RoleElement).reportsTo);
        case 'power': return comparePowers(before, after as PowerElement, found);
        case 'body': return compareBodies(before, after as BodyElement, found);
        case 'mandate': return compareMandates(before, after as MandateElement, found);
        case 'condition': return compareConditions(before, after as ConditionElement, found);
        case 'commitment': return compareCommitments(before, after as CommitmentElement, found);
        case 'escalation': return compareEscalations(before, after as EscalationElement, found);
        case 'effect': return compareEffects(before, after as EffectElement, found);
        case 'data': return compareData(before, after as DataElement, found);
        case 'budget': return compareBudgets(before, after as BudgetElement, found);
        case 'term': return found.value('term-changed', after, before.meaning, (after as TermElement).meaning);
    }
}

function compareAgreements(before: AgreementElement, after: AgreementElement, found: Changes): void {
    found.entries('party-removed', 'party-added', after, before.parties, after.parties, party => party);
    found.entries('involved-party-removed', 'involved-party-added', after, before.involving, after.involving, party => party);
    if (before.period?.same !== after.period?.same) {
        const verdict = !before.period ? 'longer' : !after.period ? 'shorter' : periodVerdict(before.period.meaning, after.period.meaning);
        if (verdict !== 'same') found.between(verdict === 'longer' ? 'period-extended' : 'period-shortened', after, before.period, after.period);
    }
    found.set('goal-changed', after, before.goals, after.goals);
    found.set('considering-changed', after, before.considerations, after.considerations);
    found.set('basis-changed', after, before.bases, after.bases);
    found.value('steering-changed', after, before.steering, after.steering);
    found.value('accountable-changed', after, before.accountable, after.accountable);
    found.value('review-changed', after, before.review, after.review);
    found.entries('signatory-removed', 'signatory-added', after, before.signatories, after.signatories);
    for (const [role, signatory] of before.signatories) {
        const counterpart = after.signatories.get(role);
        if (counterpart) found.value('signatory-changed', after, signatory, counterpart);
    }
    found.value('renewal-changed', after, before.renewal, after.renewal);
    if (before.termination && after.termination) {
        const verdict = durationVerdict(before.termination.meaning.days, after.termination.meaning.days);
        if (verdict === 'shorter') found.between('termination-notice-shortened', after, before.termination, after.termination);
        else if (verdict === 'longer') found.between('termination-notice-lengthened', after, before.termination, after.termination);
        else if (verdict === 'incomparable') found.value('termination-changed', after, before.termination, after.termination);
    } else {
        found.value('termination-changed', after, before.termination, after.termination);
    }
    found.value('amendment-changed', after, before.amendment, after.amendment);
    found.value('accession-changed', after, before.accession, after.accession);
    found.value('disputes-changed', after, before.disputes, after.disputes);
    found.value('publication-changed', after, before.publication, after.publication);
}

function comparePowers(before: PowerElement, after: PowerElement, found: Changes): void {
    found.value('power-holder-changed', after, before.holder, after.holder);
    found.value('power-basis-changed', after, before.basis, after.basis);
}

function compareBodies(before: BodyElement, after: BodyElement, found: Changes): void {
    found.entries('body-member-removed', 'body-member-added', after, before.members, after.members);
    found.value('body-chair-changed', after, before.chair, after.chair);
}

function compareMandates(before: MandateElement, after: MandateElement, found: Changes): void {
    found.value('mandate-grantor-changed', after, before.from, after.from);
    found.value('mandate-holder-changed', after, before.to, after.to);
    found.value('mandate-scope-changed', after, before.scope, after.scope);
    if (before.limit?.same !== after.limit?.same) {
        // A limit set where there was none lowers what the holder may decide; one taken out raises it.
        const verdict = !before.limit ? 'lower' : !after.limit ? 'higher' : amountVerdict(before.limit.meaning, after.limit.meaning);
        const id: ChangeId | undefined = verdict === 'lower' ? 'mandate-limit-lowered' : verdict === 'higher' ? 'mandate-limit-raised'
            : verdict === 'incomparable' ? 'mandate-limit-changed' : undefined;
        if (id) found.between(id, after, before.limit, after.limit);
    }
    // No `submandate` means denied (Awb 10:9): writing `submandate denied` changes nothing.
    const allowedBefore = before.submandate?.meaning ?? false, allowedAfter = after.submandate?.meaning ?? false;
    if (allowedBefore !== allowedAfter) {
        found.between(allowedAfter ? 'submandate-granted' : 'submandate-withdrawn', after, before.submandate, after.submandate);
    }
    if (before.valid?.same !== after.valid?.same) {
        // A range set where there was none ends the mandate; one taken out no longer does.
        const verdict = !before.valid ? 'shorter' : !after.valid ? 'longer' : rangeVerdict(before.valid.meaning, after.valid.meaning);
        if (verdict !== 'same') found.between(verdict === 'longer' ? 'mandate-validity-extended' : 'mandate-validity-shortened', after, before.valid, after.valid);
    }
    found.value('mandate-basis-changed', after, before.basis, after.basis);
    found.value('mandate-power-changed', after, before.power, after.power);
}

function compareConditions(before: ConditionElement, after: ConditionElement, found: Changes): void {
    found.entries('condition-provider-removed', 'condition-provider-added', after, before.providers, after.providers);
    if (before.resource?.same !== after.resource?.same) {
        const verdict = !before.resource ? 'higher' : !after.resource ? 'lower'
            : amountVerdict(before.resource.meaning.amount, after.resource.meaning.amount);
        const id: ChangeId | undefined = verdict === 'lower' ? 'condition-resource-lowered' : verdict === 'higher' ? 'condition-resource-raised'
            : verdict === 'incomparable' ? 'condition-resource-changed' : undefined;
        if (id) found.between(id, after, before.resource, after.resource);
    }
    if (before.before?.same !== after.before?.same) {
        // No date any more is later; a date where there was none is earlier.
        const later = !after.before || (!!before.before && compareDates(after.before.meaning, before.before.meaning) > 0);
        found.between(later ? 'condition-before-later' : 'condition-before-earlier', after, before.before, after.before);
    }
}

function compareCommitments(before: CommitmentElement, after: CommitmentElement, found: Changes): void {
    found.entries('commitment-party-removed', 'commitment-party-added', after, before.parties, after.parties);
    if (!before.decides !== !after.decides) found.between('commitment-decides-changed', after, before.decides, after.decides);
    found.entries('commitment-authority-removed', 'commitment-authority-added', after, before.authorities, after.authorities);
    found.entries('commitment-condition-removed', 'commitment-condition-added', after, before.needs, after.needs);
    if (before.due?.same !== after.due?.same) {
        const id = dueChange(before.due?.meaning, after.due?.meaning);
        if (id) found.between(id, after, before.due, after.due);
    }
    const obligationBefore = before.obligation?.meaning, obligationAfter = after.obligation?.meaning;
    if (obligationBefore !== obligationAfter) {
        const id: ChangeId = obligationBefore === 'result' ? 'commitment-obligation-weakened'
            : obligationAfter === 'result' ? 'commitment-obligation-strengthened' : 'commitment-obligation-changed';
        found.between(id, after, before.obligation, after.obligation);
    }
}

/** A deadline set where there was none is earlier; none any more is later (CHANGES.md: direction matters). */
function dueChange(before: DueMeaning | undefined, after: DueMeaning | undefined): ChangeId | undefined {
    if (!before) return 'commitment-due-earlier';
    if (!after) return 'commitment-due-later';
    if (before.kind === 'date' && after.kind === 'date') {
        const order = compareDates(after.date, before.date);
        return order === 0 ? undefined : order < 0 ? 'commitment-due-earlier' : 'commitment-due-later';
    }
    if (before.kind === 'relative' && after.kind === 'relative' && before.event === after.event) {
        const verdict = durationVerdict(before.days, after.days);
        return verdict === 'shorter' ? 'commitment-due-earlier' : verdict === 'longer' ? 'commitment-due-later'
            : verdict === 'same' ? undefined : 'commitment-due-changed';
    }
    return 'commitment-due-changed';
}

function compareEscalations(before: EscalationElement, after: EscalationElement, found: Changes): void {
    const beforeLevels = new Map(before.levels.map(level => [level.key, level]));
    const afterLevels = new Map(after.levels.map(level => [level.key, level]));
    for (const level of before.levels) {
        if (!afterLevels.has(level.key)) found.between('escalation-level-removed', after, level, undefined);
    }
    for (const level of after.levels) {
        if (!beforeLevels.has(level.key)) found.between('escalation-level-added', after, undefined, level);
    }
    // The same holders in another order (levels that came or went do not count).
    const commonBefore = before.levels.filter(level => afterLevels.has(level.key));
    const commonAfter = after.levels.filter(level => beforeLevels.has(level.key));
    if (commonBefore.map(level => level.key).join('\u0000') !== commonAfter.map(level => level.key).join('\u0000')) {
        found.between('escalation-order-changed', after, holderSequence(before.levels), holderSequence(after.levels));
    }
    for (const level of commonAfter) {
        const earlier = beforeLevels.get(level.key)!;
        const id = deadlineChange(earlier.meaning, level.meaning);
        if (id) found.between(id, after, earlier, level);
    }
    const deciderBefore = before.levels.find(level => level.meaning.decides);
    const deciderAfter = after.levels.find(level => level.meaning.decides);
    if (deciderBefore && !deciderAfter) {
        found.between('escalation-decider-removed', after, deciderBefore, undefined);
    } else if (!deciderBefore && deciderAfter) {
        found.between('escalation-decider-added', after, undefined, deciderAfter);
    } else if (deciderBefore && deciderAfter && deciderBefore.key !== deciderAfter.key
        // The same holder still decides (its earlier level now does): no other level decides.
        && deciderBefore.meaning.holder !== deciderAfter.meaning.holder
        // A decider level replaced by another holder is already a level removed and a level added.
        && (afterLevels.has(deciderBefore.key) || beforeLevels.has(deciderAfter.key))) {
        found.between('escalation-decider-changed', after, deciderBefore, deciderAfter);
    }
}

/**
 * A shorter `within` is stronger, a longer one weaker (CHANGES.md); a deadline where there was
 * none is shorter, none any more is longer.
 */
function deadlineChange(before: LevelValue['meaning'], after: LevelValue['meaning']): ChangeId | undefined {
    if (before.within === undefined && after.within === undefined) return undefined;
    if (before.within === undefined) return 'escalation-deadline-shortened';
    if (after.within === undefined) return 'escalation-deadline-lengthened';
    const verdict = durationVerdict(before.withinDays, after.withinDays);
    return verdict === 'shorter' ? 'escalation-deadline-shortened' : verdict === 'longer' ? 'escalation-deadline-lengthened' : undefined;
}

/** The holders of a route in order, as one value for `escalation-order-changed`. */
function holderSequence(levels: readonly LevelValue[]): ComparedValue | undefined {
    if (levels.length === 0) return undefined;
    const text = levels.map(level => level.meaning.holder).join(', ');
    return { text, place: levels[0].place, same: text, meaning: undefined };
}

function compareEffects(before: EffectElement, after: EffectElement, found: Changes): void {
    // No `kind` means outcome: writing `kind outcome` changes nothing.
    if ((before.effectKind?.meaning ?? 'outcome') !== (after.effectKind?.meaning ?? 'outcome')) {
        found.between('effect-kind-changed', after, before.effectKind, after.effectKind);
    }
    found.value('indicator-text-changed', after, before.indicator, after.indicator);
    found.value('effect-unit-changed', after, before.unit, after.unit);
    found.value('baseline-changed', after, before.baseline, after.baseline);
    if (before.target?.same !== after.target?.same) {
        if (!before.target) found.between('target-added', after, undefined, after.target);
        else if (!after.target) found.between('target-removed', after, before.target, undefined);
        else {
            const a = before.target.meaning, b = after.target.meaning;
            const verdict = a && b ? targetVerdict(a, b) : 'changed';
            if (verdict !== 'same') {
                const id: ChangeId = verdict === 'strengthened' ? 'target-strengthened' : verdict === 'weakened' ? 'target-weakened' : 'target-changed';
                found.between(id, after, before.target, after.target);
            }
        }
    }
    if (before.measured && !after.measured) found.between('measurement-removed', after, before.measured, undefined);
    else if (!before.measured && after.measured) found.between('measurement-added', after, undefined, after.measured);
    else found.value('measurement-changed', after, before.measured, after.measured);
    found.set('effect-through-changed', after, before.through, after.through);
}

function compareData(before: DataElement, after: DataElement, found: Changes): void {
    found.entries('data-provider-removed', 'data-provider-added', after, before.providers, after.providers);
    found.entries('data-recipient-removed', 'data-recipient-added', after, before.recipients, after.recipients);
    found.set('data-controller-changed', after, before.controllers, after.controllers);
    found.value('data-purpose-changed', after, before.purpose, after.purpose);
    found.value('data-basis-changed', after, before.basis, after.basis);
    found.value('data-categories-changed', after, before.categories, after.categories);
    found.value('data-special-changed', after, before.special, after.special);
    if (before.retention?.same !== after.retention?.same) {
        // Kept without a set term is longer; a term where there was none is shorter.
        const verdict = !before.retention ? 'shorter' : !after.retention ? 'longer'
            : durationVerdict(before.retention.meaning.days, after.retention.meaning.days);
        if (verdict === 'shorter' || verdict === 'longer') {
            found.between(verdict === 'longer' ? 'data-retention-lengthened' : 'data-retention-shortened', after, before.retention, after.retention);
        } else if (verdict === 'incomparable') {
            found.between('data-retention-lengthened', after, before.retention, after.retention);
        }
    }
}

function compareBudgets(before: BudgetElement, after: BudgetElement, found: Changes): void {
    found.value('budget-amount-changed', after, before.amount, after.amount);
    found.set('budget-share-changed', after, before.shares, after.shares);
}

function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

export { elementKey };
