/**
 * Mandates (Awb 10:1–10:12): who grants, who holds, parents and sub-mandates.
 */
import type { Agreement, Commitment, Holder, Mandate, Party, Power, Role } from '../generated/ast.js';
import { isMandate, isPower, isRole } from '../generated/ast.js';
import { rangeContains, rangeCovers, usableRange, type DayRange } from './dates.js';
import { firstOfType } from './fields.js';
import { commitmentsOf, mandatesOf, periodOf } from './agreements.js';
import { isSameParty } from './parties.js';
import { remembered } from './query-memo.js';

export const fromField = (mandate: Mandate) => firstOfType(mandate.fields, 'FromField');
export const toField = (mandate: Mandate) => firstOfType(mandate.fields, 'ToField');
export const scopeField = (mandate: Mandate) => firstOfType(mandate.fields, 'ScopeField');
export const limitField = (mandate: Mandate) => firstOfType(mandate.fields, 'LimitField');
export const submandateField = (mandate: Mandate) => firstOfType(mandate.fields, 'SubmandateField');
export const validField = (mandate: Mandate) => firstOfType(mandate.fields, 'ValidField');
export const basisField = (mandate: Mandate) => firstOfType(mandate.fields, 'BasisField');
export const mandatePowerField = (mandate: Mandate) => firstOfType(mandate.fields, 'MandatePowerField');

/** The power the mandate hands on (`power Party.power`, Awb 10:1), when it resolved. */
export function mandatePowerOf(mandate: Mandate): Power | undefined {
    return mandatePowerField(mandate)?.power?.ref;
}

/** Who grants the mandate (`from`). */
export function grantorOf(mandate: Mandate): Holder | undefined {
    return fromField(mandate)?.holder?.ref;
}

/** Who holds the mandate (`to`). */
export function holderOf(mandate: Mandate): Role | undefined {
    return toField(mandate)?.role?.ref;
}

/** Whether sub-mandating is allowed; absent means denied (Awb 10:9). */
export function allowsSubmandate(mandate: Mandate): boolean {
    const value = submandateField(mandate)?.value;
    return value === 'allowed' || value === 'toegestaan';
}

export function validityOf(mandate: Mandate): DayRange | undefined {
    return usableRange(validField(mandate)?.range);
}

/** Mandates of the agreement held (`to`) by the role. */
export function mandatesHeldBy(agreement: Agreement, role: Role): Mandate[] {
    return mandatesOf(agreement).filter(mandate => holderOf(mandate) === role);
}

/**
 * The parents of a mandate: when its `from` is a role, every mandate of the same agreement
 * whose `to` is that role (RULES.md, general semantics).
 */
export function parentMandatesOf(mandate: Mandate): Mandate[] {
    const grantor = grantorOf(mandate);
    if (!isRole(grantor)) return [];
    return mandatesHeldBy(mandate.$container, grantor).filter(parent => parent !== mandate);
}

export interface Limit {
    readonly value: number;
    readonly unit: string;
    readonly per: string | undefined;
}

export function limitOf(mandate: Mandate): Limit | undefined {
    const amount = limitField(mandate)?.amount;
    if (!amount || typeof amount.value !== 'number') return undefined;
    return { value: amount.value, unit: amount.unit, per: amount.per };
}

/** Limits are comparable only with the same unit and `per` word. */
export function limitsComparable(a: Limit, b: Limit): boolean {
    return a.unit === b.unit && a.per === b.per;
}

export function formatLimit(limit: Limit): string {
    return `${limit.value} ${limit.unit}${limit.per ? ` per ${limit.per}` : ''}`;
}

/** The mandate parts without which a mandate is not one (Awb 10:1): who grants, who holds, for what. */
export type MandatePart = 'from' | 'to' | 'scope';

/** The required parts a mandate lacks, in the order `from`, `to`, `scope`. */
export function missingPartsOf(mandate: Mandate): MandatePart[] {
    const missing: MandatePart[] = [];
    if (!fromField(mandate)) missing.push('from');
    if (!toField(mandate)) missing.push('to');
    if (!scopeField(mandate)) missing.push('scope');
    return missing;
}

/** The party whose role holds the mandate (`to`). */
export function holderPartyOf(mandate: Mandate): Party | undefined {
    return holderOf(mandate)?.$container;
}

/**
 * Whether the mandate's `valid` range covers its agreement's whole `period`, both ends
 * included; `undefined` when either range is absent or unusable (invalid dates, reversed).
 * With an open-ended period (`period from S`) the range must contain S: a finite end is never
 * reported (COVENANT.md).
 */
export function validityCoversPeriod(mandate: Mandate): boolean | undefined {
    const validity = validityOf(mandate);
    const period = periodOf(mandate.$container);
    if (!validity || !period) return undefined;
    if (period.end === undefined) return rangeContains(validity, period.start);
    return rangeCovers(validity, { start: period.start, end: period.end });
}

/** The parents that do not allow sub-mandating (`submandate denied`, or no `submandate`), Awb 10:9. */
export function parentsDenyingSubmandate(mandate: Mandate): Mandate[] {
    return parentMandatesOf(mandate).filter(parent => !allowsSubmandate(parent));
}

/**
 * Whether the mandate's `limit` is higher than the parent's. Only limits with the same unit
 * and `per` word are compared; a parent without a limit sets none.
 */
export function limitExceedsParent(mandate: Mandate, parent: Mandate): boolean {
    const own = limitOf(mandate);
    const parents = limitOf(parent);
    return !!own && !!parents && limitsComparable(own, parents) && own.value > parents.value;
}

/** Whether the mandate's `valid` range reaches outside the parent's; only when both have a usable one. */
export function validityExceedsParent(mandate: Mandate, parent: Mandate): boolean {
    const own = validityOf(mandate);
    const parents = validityOf(parent);
    return !!own && !!parents && !rangeCovers(parents, own);
}

/**
 * A cycle of grants over holders: `holders[i]` grants to `holders[i + 1]` (and the last back to
 * the first) through `mandates`, every mandate realising one of those grants, in text order.
 */
export interface MandateCycle {
    readonly holders: Holder[];
    readonly mandates: Mandate[];
}

/**
 * An upper bound on the cycles reported per agreement. Elementary cycles can grow
 * exponentially with the number of grants; an agreement that tangled has more than enough
 * findings long before this.
 */
const MAX_CYCLES = 100;

/**
 * The cycles over holders formed by the agreement's mandates: each mandate grants from its
 * `from` holder to its `to` role. A grant to oneself is a cycle of one. A body is a holder of
 * its own (not its members), and since `to` always names a role, a body only ever grants: no
 * cycle runs through it. Each elementary cycle is reported once; mandates with unresolved
 * `from` or `to` take no part.
 */
export function mandateCyclesOf(agreement: Agreement): MandateCycle[] {
    const mandates = mandatesOf(agreement);
    const holders: Holder[] = [];
    const grants = new Map<Holder, Map<Holder, Mandate[]>>();
    const note = (holder: Holder) => { if (!holders.includes(holder)) holders.push(holder); };
    for (const mandate of mandates) {
        const grantor = grantorOf(mandate);
        const holder = holderOf(mandate);
        if (!grantor || !holder) continue;
        note(grantor);
        note(holder);
        const targets = grants.get(grantor) ?? new Map<Holder, Mandate[]>();
        targets.set(holder, [...(targets.get(holder) ?? []), mandate]);
        grants.set(grantor, targets);
    }
    const order = new Map(holders.map((holder, index) => [holder, index]));
    const cycles: MandateCycle[] = [];
    // Every elementary cycle is found once, from its holder that appears first: the search
    // from `start` only visits holders that appear after it.
    for (const start of holders) {
        const startIndex = order.get(start)!;
        const path: Holder[] = [start];
        const visit = (current: Holder): void => {
            for (const next of grants.get(current)?.keys() ?? []) {
                if (cycles.length >= MAX_CYCLES) return;
                if (next === start) {
                    cycles.push(cycleThrough([...path], grants, mandates));
                } else if (order.get(next)! > startIndex && !path.includes(next)) {
                    path.push(next);
                    visit(next);
                    path.pop();
                }
            }
        };
        visit(start);
    }
    return cycles;
}

function cycleThrough(holders: Holder[], grants: Map<Holder, Map<Holder, Mandate[]>>, inTextOrder: readonly Mandate[]): MandateCycle {
    const involved = new Set<Mandate>();
    holders.forEach((holder, index) => {
        const next = holders[(index + 1) % holders.length];
        for (const mandate of grants.get(holder)?.get(next) ?? []) involved.add(mandate);
    });
    return { holders, mandates: inTextOrder.filter(mandate => involved.has(mandate)) };
}

/** The `decides` field of a commitment (its first; a repeat is `duplicate-field`). */
export const decidesFieldOf = (commitment: Commitment) => firstOfType(commitment.fields, 'DecidesField');

/**
 * The parties that make the commitment (`by`, its first field), resolved ones without repeats,
 * in text order. More than one: a joint commitment (COVENANT.md).
 */
export const committingPartiesOf = remembered((commitment: Commitment): readonly Party[] => {
    const parties: Party[] = [];
    for (const ref of firstOfType(commitment.fields, 'ByField')?.parties ?? []) {
        if (ref.ref && !parties.includes(ref.ref)) parties.push(ref.ref);
    }
    return parties;
});

/** The first party that makes the commitment (`by`); the only one unless it is joint. */
export function committingPartyOf(commitment: Commitment): Party | undefined {
    return committingPartiesOf(commitment)[0];
}

/** Whether more than one party makes the commitment (joint, *gezamenlijk*). */
export function isJointCommitment(commitment: Commitment): boolean {
    return (firstOfType(commitment.fields, 'ByField')?.parties.length ?? 0) > 1;
}

/** Whether the commitment `decides` without naming a mandate or power (no `under`). */
export function decidesWithoutMandate(commitment: Commitment): boolean {
    const decides = decidesFieldOf(commitment);
    return !!decides && decides.authorities.length === 0;
}

/** What `decides under` names that resolved (mandates and powers), in text order. */
export function decisionAuthoritiesOf(commitment: Commitment): Array<Mandate | Power> {
    const authorities: Array<Mandate | Power> = [];
    for (const ref of decidesFieldOf(commitment)?.authorities ?? []) {
        if (ref.ref && !authorities.includes(ref.ref)) authorities.push(ref.ref);
    }
    return authorities;
}

/** The mandates a commitment decides under, resolved ones, in text order. */
export function decidingMandatesOf(commitment: Commitment): Mandate[] {
    return decisionAuthoritiesOf(commitment).filter(isMandate);
}

/** The powers of a party's own a commitment decides under (`under Party.power`), in text order. */
export function decidingPowersOf(commitment: Commitment): Power[] {
    return decisionAuthoritiesOf(commitment).filter(isPower);
}

/** The first mandate a commitment decides under, when `under` names one that resolved. */
export function decidingMandateOf(commitment: Commitment): Mandate | undefined {
    return decidingMandatesOf(commitment)[0];
}

/** A power named after `under` that belongs to none of the commitment's `by` parties. */
export interface ForeignPower {
    readonly power: Power;
    /** The index of the reference in the `under` list. */
    readonly index: number;
}

/**
 * The references after `under` that name a power of a party that is none of the commitment's
 * `by` parties (`power-holder-mismatch`), in text order. Empty when no `by` party resolved:
 * then who decides cannot be told (`missing-field` or `unresolved-reference` says why).
 */
export function foreignPowersOf(commitment: Commitment): ForeignPower[] {
    const parties = committingPartiesOf(commitment);
    const decides = decidesFieldOf(commitment);
    if (parties.length === 0 || !decides) return [];
    const foreign: ForeignPower[] = [];
    decides.authorities.forEach((ref, index) => {
        const power = ref.ref;
        if (isPower(power) && !parties.some(party => isSameParty(party, power.$container))) foreign.push({ power, index });
    });
    return foreign;
}

/**
 * The commitments of the agreement the party makes (alone or jointly) that decide under one of
 * the party's own powers: such a party decides as principal, not under a mandate (COVENANT.md,
 * `party-without-mandate`). A joint commitment under one party's power counts for that party only.
 */
export function commitmentsUnderOwnPower(agreement: Agreement, party: Party): Commitment[] {
    return commitmentsOwnedBy(agreement, party)
        .filter(commitment => decidingPowersOf(commitment).some(power => isSameParty(power.$container, party)));
}

/**
 * Whether a mandate hands on a power of another party than the one whose role grants it
 * (`mandate-power-mismatch`). `undefined` when it cannot be told: no `power` that resolved, or a
 * `from` that is a body or did not resolve.
 */
export function handsOnForeignPower(mandate: Mandate): boolean | undefined {
    const power = mandatePowerOf(mandate);
    const grantor = grantorOf(mandate);
    if (!power || !isRole(grantor)) return undefined;
    return !isSameParty(power.$container, grantor.$container);
}

/** The commitments of the agreement made `by` the party, alone or jointly. */
export function commitmentsOwnedBy(agreement: Agreement, party: Party): Commitment[] {
    return commitmentsOf(agreement).filter(commitment => committingPartiesOf(commitment).includes(party));
}

/**
 * Whether one of the party's roles holds (`to`) a mandate of the agreement. A `to` that did not
 * resolve but is written `Party.role` with this party's name counts as held: the misspelt role
 * is `unresolved-reference`, and should not also make the party look as if it had no mandate
 * (RULES.md: broken input does not cascade).
 */
export function holdsMandateIn(agreement: Agreement, party: Party): boolean {
    return mandatesOf(agreement).some(mandate => {
        const to = toField(mandate)?.role;
        if (!to) return false;
        if (to.ref) return isHeldByParty(mandate, party);
        // Unresolved (`unresolved-reference` says so, RULES.md: no cascade): `B.wroker` is meant
        // for party B; a plain name (`to B`, a party or a body where a role belongs, or a
        // misspelt role) may be meant for any party, so none is said to hold no mandate.
        return to.$refText.includes('.') ? to.$refText.split('.')[0] === party.name : to.$refText !== '';
    });
}

/**
 * Whether a role of the party holds (`to`) the mandate. Parties are the same when they are one
 * declaration or share a name: a party declared twice is `duplicate-name`, and references may
 * resolve to either declaration, which must not look like two different parties.
 */
export function isHeldByParty(mandate: Mandate, party: Party): boolean {
    return isSameParty(holderPartyOf(mandate), party);
}
