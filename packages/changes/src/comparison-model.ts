/**
 * The comparison model of an agreement workspace (CHANGES.md): every element keyed by its
 * qualified name (`Agreement`, `Agreement.Member`, `Party`, `Party.role`, `Party.power`,
 * `Body`), with the values that matter for its kind, each as canonical English source text
 * (what `old`/`new` show), a key that is equal exactly when the meaning is (what the
 * comparison tests) and, where a direction matters, the numbers and dates it is judged by.
 *
 * Built from the parsed agreements through the model's field queries (the first field of a
 * kind is the one that counts, as for the rules); lists are maps keyed by entry, repeated
 * fields are multisets. So layout, comments, keyword language, file names, the order of fields
 * in a block and of entries in a list leave no trace. References are compared as written: a
 * side with findings is compared as it stands, and the model needs no linking.
 */
import { AstUtils, CstUtils, GrammarAST, GrammarUtils, isCompositeCstNode, type AstNode, type CstNode, type Reference } from 'langium';
import type {
    Agreement, Body, Budget, Commitment, Condition, DataSharing, Document, Duration, Effect, Escalation, Mandate, Party,
    Power, Role, Term
} from '@keten/language';
import { model } from '@keten/language';
import { canonicalText, valueText } from './canonical-text.js';

/** Where a value stands: the document's URI and a 1-based line. */
export interface SourcePlace {
    readonly uri: string;
    readonly line: number;
}

/** One value of an element as the comparison sees it. */
export interface ComparedValue<M = unknown> {
    /** Canonical English source text (`5000 EUR per household`). */
    readonly text: string;
    readonly place: SourcePlace;
    /** Equal exactly when the meaning is equal. */
    readonly same: string;
    /** What a direction is judged by (numbers, dates, durations), where one matters. */
    readonly meaning: M;
}

/** The entries of a list (or of a repeated field), keyed by what they name. */
export type EntryMap<M = unknown> = ReadonlyMap<string, ComparedValue<M>>;

export type ElementKind =
    | 'agreement' | 'party' | 'role' | 'power' | 'body'
    | 'mandate' | 'condition' | 'commitment' | 'escalation' | 'effect' | 'data' | 'budget' | 'term';

/** A date as written (`YYYY-MM-DD`; compared as text, see direction.ts). */
export type DateText = string;

export interface PeriodMeaning { readonly start: DateText; readonly end: DateText | undefined; readonly open: boolean }
export interface RangeMeaning { readonly start: DateText; readonly end: DateText }
export interface AmountMeaning { readonly value: number; readonly unit: string; readonly per: string | undefined }
export interface DurationMeaning { readonly days: number | undefined }
export interface ResourceMeaning { readonly amount: AmountMeaning | undefined }
export type DueMeaning = { readonly kind: 'date'; readonly date: DateText } | { readonly kind: 'relative'; readonly days: number | undefined; readonly event: string };
export interface TargetMeaning { readonly op: string; readonly value: number; readonly date: DateText }
export interface LevelMeaning { readonly holder: string; readonly withinDays: number | undefined; readonly within: string | undefined; readonly decides: boolean }

interface ElementBase {
    readonly name: string;
    /** The agreement the element belongs to (itself for an agreement). */
    readonly agreement: string | null;
    /** The whole element as canonical English text. */
    readonly text: string;
    /** The line of its name. */
    readonly place: SourcePlace;
    readonly title?: ComparedValue;
    readonly doc?: ComparedValue;
}

export interface AgreementElement extends ElementBase {
    readonly kind: 'agreement';
    readonly parties: EntryMap;
    readonly involving: EntryMap;
    readonly period?: ComparedValue<PeriodMeaning>;
    readonly goals: EntryMap;
    readonly considerations: EntryMap;
    readonly bases: EntryMap;
    readonly steering?: ComparedValue;
    readonly accountable?: ComparedValue;
    readonly review?: ComparedValue;
    readonly signatories: EntryMap;
    readonly renewal?: ComparedValue<DurationMeaning>;
    readonly termination?: ComparedValue<DurationMeaning>;
    readonly amendment?: ComparedValue;
    readonly accession?: ComparedValue;
    readonly disputes?: ComparedValue;
    readonly publication?: ComparedValue;
}

export interface PartyElement extends ElementBase {
    readonly kind: 'party';
    readonly type?: ComparedValue;
}

export interface RoleElement extends ElementBase {
    readonly kind: 'role';
    readonly reportsTo?: ComparedValue;
}

export interface PowerElement extends ElementBase {
    readonly kind: 'power';
    readonly holder?: ComparedValue;
    readonly basis?: ComparedValue;
}

export interface BodyElement extends ElementBase {
    readonly kind: 'body';
    readonly members: EntryMap;
    readonly chair?: ComparedValue;
}

export interface MandateElement extends ElementBase {
    readonly kind: 'mandate';
    readonly from?: ComparedValue;
    readonly to?: ComparedValue;
    readonly scope?: ComparedValue;
    readonly limit?: ComparedValue<AmountMeaning | undefined>;
    /** Whether sub-mandating is allowed (`meaning`); no `submandate` field means denied (Awb 10:9). */
    readonly submandate?: ComparedValue<boolean>;
    readonly valid?: ComparedValue<RangeMeaning>;
    readonly basis?: ComparedValue;
    readonly power?: ComparedValue;
}

export interface ConditionElement extends ElementBase {
    readonly kind: 'condition';
    readonly providers: EntryMap;
    readonly resource?: ComparedValue<ResourceMeaning>;
    readonly before?: ComparedValue<DateText>;
}

export interface CommitmentElement extends ElementBase {
    readonly kind: 'commitment';
    readonly parties: EntryMap;
    /** The `decides` keyword itself (with or without `under`). */
    readonly decides?: ComparedValue;
    readonly authorities: EntryMap;
    readonly needs: EntryMap;
    readonly due?: ComparedValue<DueMeaning>;
    readonly obligation?: ComparedValue<'effort' | 'result'>;
}

/** A level of a route, keyed by its holder (a repeated holder by its occurrence: `X#2`). */
export interface LevelValue extends ComparedValue<LevelMeaning> {
    readonly key: string;
}

export interface EscalationElement extends ElementBase {
    readonly kind: 'escalation';
    readonly levels: readonly LevelValue[];
}

export interface EffectElement extends ElementBase {
    readonly kind: 'effect';
    /** The kind (`meaning`: outcome, quality or output); no `kind` field means outcome (LANGUAGE.md). */
    readonly effectKind?: ComparedValue<string>;
    readonly indicator?: ComparedValue;
    readonly unit?: ComparedValue;
    readonly baseline?: ComparedValue;
    readonly target?: ComparedValue<TargetMeaning | undefined>;
    readonly measured?: ComparedValue;
    readonly through: EntryMap;
}

export interface DataElement extends ElementBase {
    readonly kind: 'data';
    readonly providers: EntryMap;
    readonly recipients: EntryMap;
    readonly controllers: EntryMap;
    readonly purpose?: ComparedValue;
    readonly basis?: ComparedValue;
    readonly categories?: ComparedValue;
    readonly special?: ComparedValue;
    readonly retention?: ComparedValue<DurationMeaning>;
}

export interface BudgetElement extends ElementBase {
    readonly kind: 'budget';
    readonly amount?: ComparedValue<AmountMeaning | undefined>;
    readonly shares: EntryMap<number | undefined>;
}

export interface TermElement extends ElementBase {
    readonly kind: 'term';
    readonly meaning: ComparedValue;
}

export type ComparedElement =
    | AgreementElement | PartyElement | RoleElement | PowerElement | BodyElement | MandateElement | ConditionElement
    | CommitmentElement | EscalationElement | EffectElement | DataElement | BudgetElement | TermElement;

/** Elements by `kind:QualifiedName`, and the children each element contains (for removals). */
export interface ComparisonModel {
    readonly elements: ReadonlyMap<string, ComparedElement>;
}

/** The key of an element in the model. */
export function elementKey(element: Pick<ComparedElement, 'kind' | 'name'>): string {
    return `${element.kind}:${element.name}`;
}

/** The model of a workspace: documents in path order, the first declaration of a name counting. */
export function comparisonModelOf(documents: readonly Document[]): ComparisonModel {
    const elements = new Map<string, ComparedElement>();
    const add = (element: ComparedElement) => {
        const key = elementKey(element);
        if (!elements.has(key)) elements.set(key, element);
    };
    const ordered = [...documents].sort((a, b) => compareText(uriOf(a), uriOf(b)));
    for (const document of ordered) {
        for (const element of document.elements) {
            if (element.$type === 'Party') {
                add(partyElement(element));
                for (const member of element.members) {
                    if (member.$type === 'Role') add(roleElement(member));
                    if (member.$type === 'Power') add(powerElement(member));
                }
            } else if (element.$type === 'Body') {
                add(bodyElement(element));
            } else if (element.$type === 'Agreement') {
                add(agreementElement(element));
                for (const member of element.members) {
                    const compared = memberElement(member);
                    if (compared) add(compared);
                }
            }
        }
    }
    return { elements };
}

// ---------------------------------------------------------------------------------------------
// Elements

/**
 * What every element has. Its whole text is only needed when it is added or removed, so it is
 * made when first asked for (an agreement's text is all of its tokens).
 */
function base(node: AstNode & { name: string; title?: string }, name: string, agreement: string | null) {
    const title = node.title === undefined ? undefined : propertyValue(node, 'title', node.title);
    let text: string | undefined;
    return { name, agreement, get text(): string { return text ??= canonicalText(node); }, place: namePlace(node), title, doc: docCommentOf(node) };
}

function partyElement(party: Party): PartyElement {
    const type = model.firstOfType(party.members, 'TypeField');
    return Object.assign(base(party, party.name, null), { kind: 'party' as const, type: type && fieldValue(type) });
}

function roleElement(role: Role): RoleElement {
    const name = model.qualifiedRoleName(role);
    const targets = role.reportsTo.map(entry => canonicalText(entry.role?.$refNode)).filter(text => text !== '');
    const unique = [...new Set(targets)].sort(compareText);
    const first = role.reportsTo[0];
    return Object.assign(base(role, name, null), {
        kind: 'role' as const,
        reportsTo: first && unique.length > 0 ? { text: unique.join(', '), place: placeOf(first), same: unique.join(','), meaning: undefined } : undefined
    });
}

function powerElement(power: Power): PowerElement {
    const holder = model.heldByField(power);
    const basis = model.powerBasisField(power);
    return Object.assign(base(power, model.qualifiedPowerName(power), null), { kind: 'power' as const, holder: holder && fieldValue(holder), basis: basis && fieldValue(basis) });
}

function bodyElement(body: Body): BodyElement {
    const members = model.allOfType(body.members, 'MembersField');
    const chair = model.firstOfType(body.members, 'ChairField');
    return Object.assign(base(body, body.name, null), {
        kind: 'body' as const,
        members: entries(members.flatMap(field => field.roles)),
        chair: chair && fieldValue(chair)
    });
}

function agreementElement(agreement: Agreement): AgreementElement {
    const period = model.periodField(agreement);
    const renewal = model.renewalField(agreement);
    const termination = model.terminationField(agreement);
    const optional = <T extends AstNode>(field: T | undefined) => field && fieldValue(field);
    return Object.assign(base(agreement, agreement.name, agreement.name), {
        kind: 'agreement' as const,
        parties: entries(model.partiesField(agreement)?.parties ?? []),
        involving: entries(model.involvingField(agreement)?.parties ?? []),
        period: period && {
            ...fieldValue(period),
            meaning: period.range
                ? { start: period.range.start ?? '', end: period.range.end ?? '', open: false }
                : { start: period.start ?? '', end: undefined, open: true }
        },
        goals: repeated(model.allOfType(agreement.members, 'GoalField')),
        considerations: repeated(model.allOfType(agreement.members, 'ConsideringField')),
        bases: repeated(model.allOfType(agreement.members, 'BasisField')),
        steering: optional(model.steeringField(agreement)),
        accountable: optional(model.accountableField(agreement)),
        review: optional(model.reviewField(agreement)),
        signatories: keyedBy(model.signatoriesOf(agreement), signatory => canonicalText(signatory.role?.$refNode)),
        renewal: renewal && { ...fieldValue(renewal), ...durationOf(renewal.every) },
        termination: termination && { ...fieldValue(termination), ...durationOf(termination.notice) },
        amendment: optional(model.amendmentField(agreement)),
        accession: optional(model.accessionField(agreement)),
        disputes: optional(model.disputesField(agreement)),
        publication: optional(model.publicationField(agreement))
    });
}

function memberElement(member: Agreement['members'][number]): ComparedElement | undefined {
    switch (member.$type) {
        case 'Mandate': return mandateElement(member);
        case 'Condition': return conditionElement(member);
        case 'Commitment': return commitmentElement(member);
        case 'Escalation': return escalationElement(member);
        case 'Effect': return effectElement(member);
        case 'DataSharing': return dataElement(member);
        case 'Budget': return budgetElement(member);
        case 'Term': return termElement(member);
        default: return undefined;
    }
}

function memberName(member: { name: string; $container: Agreement }): string {
    return `${member.$container.name}.${member.name}`;
}

function mandateElement(mandate: Mandate): MandateElement {
    const optional = <T extends AstNode>(field: T | undefined) => field && fieldValue(field);
    const limit = model.limitField(mandate);
    const submandate = model.submandateField(mandate);
    const valid = model.validField(mandate);
    const allowed = model.allowsSubmandate(mandate);
    return Object.assign(base(mandate, memberName(mandate), mandate.$container.name), {
        kind: 'mandate' as const,
        from: optional(model.fromField(mandate)),
        to: optional(model.toField(mandate)),
        scope: optional(model.scopeField(mandate)),
        limit: limit && amountValue(limit, limit.amount),
        submandate: submandate && { ...fieldValue(submandate), same: String(allowed), meaning: allowed },
        valid: valid && { ...fieldValue(valid), meaning: { start: valid.range?.start ?? '', end: valid.range?.end ?? '' } },
        basis: optional(model.basisField(mandate)),
        power: optional(model.mandatePowerField(mandate))
    });
}

function conditionElement(condition: Condition): ConditionElement {
    const resource = model.resourceField(condition);
    const before = model.beforeField(condition);
    const amount = resource?.amount ? amountMeaning(resource.amount) : undefined;
    return Object.assign(base(condition, memberName(condition), condition.$container.name), {
        kind: 'condition' as const,
        providers: entries(model.providedByField(condition)?.parties ?? []),
        resource: resource && {
            ...fieldValue(resource),
            same: amount ? amountSame(amount) : `text:${resource.text ?? ''}`,
            meaning: { amount }
        },
        before: before && { ...fieldValue(before), same: before.date ?? '', meaning: before.date ?? '' }
    });
}

function commitmentElement(commitment: Commitment): CommitmentElement {
    const decides = model.decidesFieldOf(commitment);
    const due = model.dueField(commitment);
    const obligation = model.firstOfType(commitment.fields, 'ObligationField');
    const decidesKeyword = decides?.$cstNode ? CstUtils.flattenCst(decides.$cstNode).head() : undefined;
    return Object.assign(base(commitment, memberName(commitment), commitment.$container.name), {
        kind: 'commitment' as const,
        parties: entries(model.byField(commitment)?.parties ?? []),
        decides: decides && { text: 'decides', place: placeOf(decides), same: 'decides', meaning: decidesKeyword?.text },
        authorities: entries(decides?.authorities ?? []),
        needs: entries(model.needsField(commitment)?.conditions ?? []),
        due: due && dueValue(due),
        obligation: obligation && (() => {
            const value: 'result' | 'effort' = obligation.value === 'result' || obligation.value === 'resultaat' ? 'result' : 'effort';
            return { ...fieldValue(obligation), same: value, meaning: value };
        })()
    });
}

function escalationElement(route: Escalation): EscalationElement {
    const seen = new Map<string, number>();
    const levels = route.levels.map((level): LevelValue => {
        const holder = canonicalText(level.holder?.$refNode);
        const occurrence = (seen.get(holder) ?? 0) + 1;
        seen.set(holder, occurrence);
        const within = level.within ? canonicalText(level.within) : undefined;
        const withinDays = model.durationInDays(level.within);
        const decides = level.decides !== undefined;
        return {
            key: occurrence === 1 ? holder : `${holder}#${occurrence}`,
            text: valueText(level),
            place: placeOf(level),
            same: `${holder}|${withinDays ?? within ?? ''}|${decides}`,
            meaning: { holder, withinDays, within, decides }
        };
    });
    return Object.assign(base(route, memberName(route), route.$container.name), { kind: 'escalation' as const, levels });
}

function effectElement(effect: Effect): EffectElement {
    const optional = <T extends AstNode>(field: T | undefined) => field && fieldValue(field);
    const kind = model.kindField(effect);
    const effectKind = model.effectKindOf(effect);
    const target = model.targetField(effect);
    const unit = model.unitField(effect);
    const baseline = model.baselineField(effect);
    const measured = model.measuredField(effect);
    return Object.assign(base(effect, memberName(effect), effect.$container.name), {
        kind: 'effect' as const,
        effectKind: kind && { ...fieldValue(kind), same: effectKind, meaning: effectKind },
        indicator: optional(model.indicatorField(effect)),
        unit: unit && { ...fieldValue(unit), same: unit.word ?? `"${unit.text ?? ''}"` },
        baseline: baseline && { ...fieldValue(baseline), same: `${baseline.value}|${baseline.date}` },
        target: target && {
            ...fieldValue(target),
            same: `${target.op}|${target.value}|${target.date}`,
            meaning: typeof target.value === 'number' ? { op: target.op, value: target.value, date: target.date ?? '' } : undefined
        },
        measured: measured && {
            ...fieldValue(measured),
            same: `${model.frequencyOf(effect) ?? measured.frequency}|${canonicalText(measured.party?.$refNode)}|${measured.source ?? ''}`
        },
        through: entries(model.throughField(effect)?.commitments ?? [])
    });
}

function dataElement(data: DataSharing): DataElement {
    const optional = <T extends AstNode>(field: T | undefined) => field && fieldValue(field);
    const retention = model.retentionField(data);
    return Object.assign(base(data, memberName(data), data.$container.name), {
        kind: 'data' as const,
        providers: entries(model.dataFromField(data)?.parties ?? []),
        recipients: entries(model.dataToField(data)?.parties ?? []),
        controllers: entries(model.controllerField(data)?.parties ?? []),
        purpose: optional(model.purposeField(data)),
        basis: optional(model.dataBasisField(data)),
        categories: optional(model.categoriesField(data)),
        special: optional(model.specialField(data)),
        retention: retention && { ...fieldValue(retention), ...durationOf(retention.duration) }
    });
}

function budgetElement(budget: Budget): BudgetElement {
    const amount = model.amountField(budget);
    const shares = new Map<string, ComparedValue<number | undefined>>();
    for (const share of model.sharesOf(budget)) {
        const party = canonicalText(share.party?.$refNode);
        if (shares.has(party)) continue;
        shares.set(party, { ...fieldValue(share), same: `${party}|${share.value}`, meaning: typeof share.value === 'number' ? share.value : undefined });
    }
    return Object.assign(base(budget, memberName(budget), budget.$container.name), {
        kind: 'budget' as const,
        amount: amount && amountValue(amount, amount.amount),
        shares
    });
}

function termElement(term: Term): TermElement {
    return Object.assign(base(term, memberName(term), term.$container.name), {
        kind: 'term' as const,
        meaning: propertyValue(term, 'meaning', term.meaning)
    });
}

// ---------------------------------------------------------------------------------------------
// Values

/** A field's value: its canonical text is also its meaning. */
function fieldValue(field: AstNode): ComparedValue<undefined> {
    const text = valueText(field);
    return { text, place: placeOf(field), same: text, meaning: undefined };
}

function propertyValue(node: AstNode, property: string, value: string): ComparedValue<undefined> {
    const cst = ownPropertyNode(node, property);
    const text = cst ? canonicalText(cst) : JSON.stringify(value);
    return { text, place: cst ? placeAt(node, cst.range.start.line) : placeOf(node), same: value, meaning: undefined };
}

function durationOf(duration: Duration | undefined): { same: string; meaning: DurationMeaning } {
    const days = model.durationInDays(duration);
    return { same: days === undefined ? canonicalText(duration) : String(days), meaning: { days } };
}

function amountMeaning(amount: { value: number; unit: string; per?: string } | undefined): AmountMeaning | undefined {
    if (!amount || typeof amount.value !== 'number') return undefined;
    return { value: amount.value, unit: amount.unit, per: amount.per };
}

function amountSame(amount: AmountMeaning): string {
    return `${amount.value}|${amount.unit}|${amount.per ?? ''}`;
}

function amountValue(field: AstNode, amount: { value: number; unit: string; per?: string } | undefined): ComparedValue<AmountMeaning | undefined> {
    const meaning = amountMeaning(amount);
    const value = fieldValue(field);
    return { ...value, same: meaning ? amountSame(meaning) : value.text, meaning };
}

function dueValue(due: NonNullable<ReturnType<typeof model.dueField>>): ComparedValue<DueMeaning> {
    const value = fieldValue(due);
    if (due.date !== undefined) return { ...value, same: `date:${due.date}`, meaning: { kind: 'date', date: due.date } };
    const days = model.durationInDays(due.within);
    return { ...value, same: `within:${days ?? canonicalText(due.within)}|${due.event ?? ''}`, meaning: { kind: 'relative', days, event: due.event ?? '' } };
}

/** The entries of a list of references, keyed by the name each writes (first one counting). */
function entries(references: ReadonlyArray<Reference>): Map<string, ComparedValue> {
    const map = new Map<string, ComparedValue>();
    for (const reference of references) {
        const text = canonicalText(reference.$refNode);
        if (text === '' || map.has(text)) continue;
        const place = reference.$refNode ? placeAt(reference.$refNode.astNode, reference.$refNode.range.start.line) : unknownPlace;
        map.set(text, { text, place, same: text, meaning: undefined });
    }
    return map;
}

/** A repeated field (`goal`, `considering`, `basis`) as a set keyed by its value. */
function repeated(fields: readonly AstNode[]): Map<string, ComparedValue> {
    return keyedBy(fields, field => valueText(field));
}

function keyedBy<T extends AstNode>(fields: readonly T[], keyOf: (field: T) => string): Map<string, ComparedValue> {
    const map = new Map<string, ComparedValue>();
    for (const field of fields) {
        const key = keyOf(field);
        if (!map.has(key)) map.set(key, fieldValue(field));
    }
    return map;
}

// ---------------------------------------------------------------------------------------------
// Places and doc comments

const unknownPlace: SourcePlace = { uri: '', line: 1 };

function uriOf(node: AstNode): string {
    try {
        return AstUtils.getDocument(node).uri.toString();
    } catch {
        return '';
    }
}

function placeAt(node: AstNode, zeroBasedLine: number): SourcePlace {
    return { uri: uriOf(node), line: zeroBasedLine + 1 };
}

function placeOf(node: AstNode): SourcePlace {
    return node.$cstNode ? placeAt(node, node.$cstNode.range.start.line) : { uri: uriOf(node), line: 1 };
}

/**
 * The CST node of a property the node's own rule assigns (`name`, `title`): among its direct
 * children, so an agreement's name is found without walking the whole agreement.
 */
function ownPropertyNode(node: AstNode, property: string): CstNode | undefined {
    const cst = node.$cstNode;
    if (!cst || !isCompositeCstNode(cst)) return undefined;
    for (const child of cst.content) {
        const assignment = AstUtils.getContainerOfType(child.grammarSource, GrammarAST.isAssignment);
        if (assignment?.feature === property && child.astNode === node) return child;
    }
    return GrammarUtils.findNodeForProperty(cst, property);
}

function namePlace(node: AstNode): SourcePlace {
    const name = ownPropertyNode(node, 'name');
    return name ? placeAt(node, name.range.start.line) : placeOf(node);
}

/**
 * The `/** … *\/` comment directly above a declaration, its words with the comment marks and
 * line breaks taken out: re-wrapping a doc comment is layout, not a change.
 */
function docCommentOf(node: AstNode): ComparedValue | undefined {
    const comment = CstUtils.findCommentNode(node.$cstNode, ['ML_COMMENT']);
    if (!comment || !comment.text.startsWith('/**')) return undefined;
    const words = comment.text
        .replace(/^\/\*\*/, '').replace(/\*\/$/, '')
        .split(/\r\n|\r|\n/).map(line => line.replace(/^\s*\*(?!\/)/, ''))
        .join(' ').replace(/\s+/g, ' ').trim();
    return { text: words, place: placeAt(node, comment.range.start.line), same: words, meaning: undefined };
}

function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
