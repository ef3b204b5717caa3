/**
 * Agreements and their members: pure queries over the AST.
 */
import type {
    Agreement, Budget, Commitment, Condition, DataSharing, Document, Effect, Escalation, Holder,
    Mandate, Party, Role, SignatoryField, Term
} from '../generated/ast.js';
import {
    isAgreement, isBody, isBudget, isCommitment, isCondition, isDataSharing, isEffect, isEscalation, isMandate,
    isRole, isTerm
} from '../generated/ast.js';
import { parseDate, usableRange, type AgreementPeriod, type CalendarDate } from './dates.js';
import { allOfType, firstOfType } from './fields.js';
import { isSameParty } from './parties.js';
import { remembered } from './query-memo.js';

export function agreementsOf(document: Document): Agreement[] {
    return document.elements.filter(isAgreement);
}

export function partiesField(agreement: Agreement) {
    return firstOfType(agreement.members, 'PartiesField');
}

/** The parties listed in `parties` (resolved ones, without repeats), in text order. */
export const partiesOf = remembered((agreement: Agreement): readonly Party[] => {
    const parties: Party[] = [];
    for (const ref of partiesField(agreement)?.parties ?? []) {
        if (ref.ref && !parties.includes(ref.ref)) parties.push(ref.ref);
    }
    return parties;
});

export function isListedParty(agreement: Agreement, party: Party): boolean {
    return partiesOf(agreement).includes(party);
}

export function involvingField(agreement: Agreement) {
    return firstOfType(agreement.members, 'InvolvingField');
}

/**
 * The parties of `involving` (resolved ones, without repeats), in text order: they act in the
 * agreement without being bound by it or signing it (COVENANT.md).
 */
export const involvedPartiesOf = remembered((agreement: Agreement): readonly Party[] => {
    const parties: Party[] = [];
    for (const ref of involvingField(agreement)?.parties ?? []) {
        if (ref.ref && !parties.includes(ref.ref)) parties.push(ref.ref);
    }
    return parties;
});

/** A party counts as in the agreement when it is listed in `parties` or `involving` (COVENANT.md). */
export function isPartyInAgreement(agreement: Agreement, party: Party): boolean {
    return isListedParty(agreement, party) || involvedPartiesOf(agreement).includes(party);
}

export function periodField(agreement: Agreement) {
    return firstOfType(agreement.members, 'PeriodField');
}

/**
 * The agreement's period: `period A to B` when both dates are valid and in order, or
 * `period from A` (no end) when A is valid. Undefined when missing or unusable.
 */
export function periodOf(agreement: Agreement): AgreementPeriod | undefined {
    const field = periodField(agreement);
    if (!field) return undefined;
    if (field.range) return usableRange(field.range);
    const start = parseDate(field.start);
    return start ? { start, end: undefined } : undefined;
}

/** Where an agreement stands on a date (COVENANT.md; the report's JSON `standing`). */
export type Standing = 'in-force' | 'ended' | 'not-yet';

/**
 * The agreement's standing on a day: not yet in force before its period starts; ended after
 * its period ended, unless it has `renewal` (then it is renewed tacitly and stays in force);
 * in force otherwise, and always after the start of an open-ended period. Undefined without a
 * usable period.
 */
export function standingOf(agreement: Agreement, day: CalendarDate): Standing | undefined {
    const period = periodOf(agreement);
    if (!period) return undefined;
    if (day.dayNumber < period.start.dayNumber) return 'not-yet';
    if (period.end !== undefined && day.dayNumber > period.end.dayNumber && !renewalField(agreement)) return 'ended';
    return 'in-force';
}

/** Whether the agreement is written open-ended (`period from DATE`). */
export function isOpenEnded(agreement: Agreement): boolean {
    const field = periodField(agreement);
    return !!field && !field.range && field.start !== undefined;
}

export function steeringField(agreement: Agreement) {
    return firstOfType(agreement.members, 'SteeringField');
}

export function steeringHolderOf(agreement: Agreement): Holder | undefined {
    return steeringField(agreement)?.holder?.ref;
}

/** The steering holder when it is a role. */
export function steeringRoleOf(agreement: Agreement): Role | undefined {
    const holder = steeringHolderOf(agreement);
    return isRole(holder) ? holder : undefined;
}

/**
 * RULES.md: a party "is the steering holder" only when `steering` names one of its roles;
 * membership of a steering body does not count.
 */
export function isSteeringParty(agreement: Agreement, party: Party): boolean {
    return steeringRoleOf(agreement)?.$container === party;
}

export function accountableField(agreement: Agreement) {
    return firstOfType(agreement.members, 'AccountableField');
}

export function reviewField(agreement: Agreement) {
    return firstOfType(agreement.members, 'ReviewField');
}

export function goalsOf(agreement: Agreement): string[] {
    return allOfType(agreement.members, 'GoalField').map(goal => goal.text);
}

export const mandatesOf = remembered((agreement: Agreement): readonly Mandate[] => agreement.members.filter(isMandate));

export const conditionsOf = remembered((agreement: Agreement): readonly Condition[] => agreement.members.filter(isCondition));

export const commitmentsOf = remembered((agreement: Agreement): readonly Commitment[] => agreement.members.filter(isCommitment));

export const escalationsOf = remembered((agreement: Agreement): readonly Escalation[] => agreement.members.filter(isEscalation));

export const effectsOf = remembered((agreement: Agreement): readonly Effect[] => agreement.members.filter(isEffect));

export function dataSharingsOf(agreement: Agreement): DataSharing[] {
    return agreement.members.filter(isDataSharing);
}

export function budgetsOf(agreement: Agreement): Budget[] {
    return agreement.members.filter(isBudget);
}

/**
 * The named members of an agreement that share one namespace (mandates, conditions,
 * commitments, escalation routes, effects, data blocks, budgets), in text order; its terms
 * have a namespace of their own (`termsOf`).
 */
export function namedMembersOf(agreement: Agreement): Array<Agreement['members'][number] & { name: string }> {
    return agreement.members.filter((member): member is Agreement['members'][number] & { name: string } => 'name' in member && !isTerm(member));
}

/** The definitions (`term`), in text order. */
export function termsOf(agreement: Agreement): Term[] {
    return agreement.members.filter(isTerm);
}

/** The considerations (`considering`), in text order. */
export function considerationsOf(agreement: Agreement): string[] {
    return allOfType(agreement.members, 'ConsideringField').map(field => field.text);
}

/** The legal bases of the agreement itself (`basis` at agreement level), in text order. */
export function agreementBasesOf(agreement: Agreement): string[] {
    return allOfType(agreement.members, 'BasisField').map(field => field.text);
}

/** Who signs for the parties (`signatory`), in text order. */
export function signatoriesOf(agreement: Agreement): SignatoryField[] {
    return allOfType(agreement.members, 'SignatoryField');
}

/**
 * The signatories that sign: a role named twice signs once, the first time (COVENANT.md: the same
 * role twice is `duplicate-field` on the second, and only the first counts).
 */
export function signingSignatoriesOf(agreement: Agreement): SignatoryField[] {
    const seen = new Set<unknown>();
    return signatoriesOf(agreement).filter(signatory => {
        const role = signatory.role?.ref ?? signatory.role?.$refText;
        if (role === undefined || role === '') return true;
        if (seen.has(role)) return false;
        seen.add(role);
        return true;
    });
}

/** The role of a signatory that resolved. */
export function signatoryRoleOf(signatory: SignatoryField): Role | undefined {
    return signatory.role?.ref;
}

/**
 * Whether one of the party's roles signs the agreement (`signatory`). A signatory that did not
 * resolve but is written `Party.role` with this party's name counts as signing: the misspelt
 * role is `unresolved-reference`, and should not also make the party look unsigned (RULES.md:
 * broken input does not cascade).
 */
export function isSignedFor(agreement: Agreement, party: Party): boolean {
    return signatoriesOf(agreement).some(signatory => {
        const role = signatory.role;
        if (!role) return false;
        if (role.ref) return isSameParty(role.ref.$container, party);
        // Unresolved (`unresolved-reference` says why): a name that points at the party —
        // `B.nope`, or the party itself where its role belongs (`signatory B "…"`) — is a
        // signatory meant for it, so the party is not reported as unsigned as well (no cascade).
        return role.$refText.split('.')[0] === party.name;
    });
}

/**
 * The parties of `parties` for which no role signs, when the agreement is to be signed
 * (`party-without-signatory`); parties of `involving` do not sign and are not asked.
 */
export function partiesWithoutSignatoryOf(agreement: Agreement): Party[] {
    if (!isToBeSigned(agreement)) return [];
    return partiesOf(agreement).filter(party => !isSignedFor(agreement, party));
}

/** Whether the agreement is to be signed: it names at least one `signatory` (COVENANT.md). */
export function isToBeSigned(agreement: Agreement): boolean {
    return signatoriesOf(agreement).length > 0;
}

export const renewalField = (agreement: Agreement) => firstOfType(agreement.members, 'RenewalField');
export const terminationField = (agreement: Agreement) => firstOfType(agreement.members, 'TerminationField');
export const amendmentField = (agreement: Agreement) => firstOfType(agreement.members, 'AmendmentField');
export const accessionField = (agreement: Agreement) => firstOfType(agreement.members, 'AccessionField');
export const disputesField = (agreement: Agreement) => firstOfType(agreement.members, 'DisputesField');
export const publicationField = (agreement: Agreement) => firstOfType(agreement.members, 'PublicationField');

/** The clauses a covenant to be signed needs (COVENANT.md, `missing-covenant-clause`). */
export type CovenantClause = 'considering' | 'termination' | 'amendment' | 'disputes';

/**
 * The required clauses the agreement lacks, in the order `considering`, `termination`,
 * `amendment`, `disputes`. A written field counts, even if its reference does not resolve.
 */
export function missingCovenantClausesOf(agreement: Agreement): CovenantClause[] {
    const missing: CovenantClause[] = [];
    if (!firstOfType(agreement.members, 'ConsideringField')) missing.push('considering');
    if (!terminationField(agreement)) missing.push('termination');
    if (!amendmentField(agreement)) missing.push('amendment');
    if (!disputesField(agreement)) missing.push('disputes');
    return missing;
}

/** The holders an agreement names at its top: steering, accountable, reviewer. */
export function governanceHoldersOf(agreement: Agreement): Holder[] {
    return [steeringField(agreement), accountableField(agreement), reviewField(agreement)]
        .map(field => field?.holder?.ref)
        .filter((holder): holder is Holder => holder !== undefined);
}

/** Bodies named anywhere in the agreement (steering, accountable, review, `from`, levels). */
export function bodiesNamedIn(agreement: Agreement) {
    const bodies = new Set<Holder>();
    for (const holder of governanceHoldersOf(agreement)) if (isBody(holder)) bodies.add(holder);
    for (const mandate of mandatesOf(agreement)) {
        const from = firstOfType(mandate.fields, 'FromField')?.holder?.ref;
        if (isBody(from)) bodies.add(from);
    }
    for (const route of escalationsOf(agreement)) {
        for (const level of route.levels) if (isBody(level.holder?.ref)) bodies.add(level.holder.ref);
    }
    return [...bodies].filter(isBody);
}

/** The agreement a member (mandate, condition, …) belongs to. */
export function agreementOf(member: Mandate | Condition | Commitment | Escalation | Effect | DataSharing | Budget): Agreement {
    return member.$container;
}
