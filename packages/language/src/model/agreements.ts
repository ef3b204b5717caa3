/**
 * Agreements and their members: pure queries over the AST.
 */
import type {
    Agreement, Commitment, Condition, Document, Effect, Escalation, Holder, Mandate, Party, Role
} from '../generated/ast.js';
import { isAgreement, isBody, isCommitment, isCondition, isEffect, isEscalation, isMandate, isRole } from '../generated/ast.js';
import { usableRange, type DayRange } from './dates.js';
import { allOfType, firstOfType } from './fields.js';

export function agreementsOf(document: Document): Agreement[] {
    return document.elements.filter(isAgreement);
}

export function partiesField(agreement: Agreement) {
    return firstOfType(agreement.members, 'PartiesField');
}

/** The parties listed in `parties` (resolved ones, without repeats), in text order. */
export function partiesOf(agreement: Agreement): Party[] {
    const parties: Party[] = [];
    for (const ref of partiesField(agreement)?.parties ?? []) {
        if (ref.ref && !parties.includes(ref.ref)) parties.push(ref.ref);
    }
    return parties;
}

export function isListedParty(agreement: Agreement, party: Party): boolean {
    return partiesOf(agreement).includes(party);
}

export function periodField(agreement: Agreement) {
    return firstOfType(agreement.members, 'PeriodField');
}

/** The agreement's period when both dates are valid and in order. */
export function periodOf(agreement: Agreement): DayRange | undefined {
    return usableRange(periodField(agreement)?.range);
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

export function mandatesOf(agreement: Agreement): Mandate[] {
    return agreement.members.filter(isMandate);
}

export function conditionsOf(agreement: Agreement): Condition[] {
    return agreement.members.filter(isCondition);
}

export function commitmentsOf(agreement: Agreement): Commitment[] {
    return agreement.members.filter(isCommitment);
}

export function escalationsOf(agreement: Agreement): Escalation[] {
    return agreement.members.filter(isEscalation);
}

export function effectsOf(agreement: Agreement): Effect[] {
    return agreement.members.filter(isEffect);
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
export function agreementOf(member: Mandate | Condition | Commitment | Escalation | Effect): Agreement {
    return member.$container;
}
