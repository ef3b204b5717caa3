/**
 * Parties, roles, bodies and holders.
 */
import type { Body, Holder, Party, Power, Role } from '../generated/ast.js';
import { isBody, isParty, isPower, isRole, isTypeField } from '../generated/ast.js';
import { allOfType, firstOfType } from './fields.js';

export function rolesOf(party: Party): Role[] {
    return party.members.filter(isRole);
}

/** The powers a party has by law (`power`), in text order (COVENANT.md, attribution). */
export function powersOf(party: Party): Power[] {
    return party.members.filter(isPower);
}

export const heldByField = (power: Power) => firstOfType(power.parts, 'HeldByField');
export const powerBasisField = (power: Power) => firstOfType(power.parts, 'BasisField');

/** The role of its party that holds the power (`held by`), when it resolved. */
export function powerHolderOf(power: Power): Role | undefined {
    return heldByField(power)?.role?.ref;
}

/** `Party.power`: how a power is referred to outside its party. */
export function qualifiedPowerName(power: Power): string {
    return `${power.$container.name}.${power.name}`;
}

/** The party a power belongs to. */
export function partyOfPower(power: Power): Party {
    return power.$container;
}

/** The powers a role holds (`held by` names it), across its party. */
export function powersHeldBy(role: Role): Power[] {
    return powersOf(role.$container).filter(power => powerHolderOf(power) === role);
}

/** Whether the role holds at least one power of its party (`held by` names it). */
export function holdsPower(role: Role): boolean {
    return powersHeldBy(role).length > 0;
}

/** The roles and powers of a party, in text order: they share one namespace (COVENANT.md, Names). */
export function rolesAndPowersOf(party: Party): Array<Role | Power> {
    return party.members.filter((member): member is Role | Power => isRole(member) || isPower(member));
}

/**
 * Whether two parties are the same: one declaration, or two that share a name (a party declared
 * twice is `duplicate-name`, and references may resolve to either declaration).
 */
export function isSameParty(a: Party | undefined, b: Party | undefined): boolean {
    return !!a && !!b && (a === b || a.name === b.name);
}

/** The parts a power lacks (`incomplete-power`), in the order `held by`, `basis`. */
export function missingPowerPartsOf(power: Power): Array<'held by' | 'basis'> {
    const missing: Array<'held by' | 'basis'> = [];
    if (!heldByField(power)) missing.push('held by');
    if (!powerBasisField(power)) missing.push('basis');
    return missing;
}

export function partyTypeOf(party: Party): string | undefined {
    return party.members.find(isTypeField)?.value;
}

/** The party a role belongs to. */
export function partyOfRole(role: Role): Party {
    return role.$container;
}

/** `Party.role`: how a role is referred to outside its party. */
export function qualifiedRoleName(role: Role): string {
    return `${role.$container.name}.${role.name}`;
}

/** The party of a holder when it is a role; a body belongs to no single party. */
export function partyOfHolder(holder: Holder | undefined): Party | undefined {
    return isRole(holder) ? holder.$container : undefined;
}

/** The role a role reports to (its first `reports to` that resolved). */
export function superiorOf(role: Role): Role | undefined {
    return role.reportsTo?.[0]?.role?.ref;
}

/**
 * Every role above `role`, nearest first, following `reports to`. Stops at a cycle
 * (reported by `role-cycle`), so it always ends.
 */
export function superiorsOf(role: Role): Role[] {
    const chain: Role[] = [];
    const seen = new Set<Role>([role]);
    let current = superiorOf(role);
    while (current && !seen.has(current)) {
        chain.push(current);
        seen.add(current);
        current = superiorOf(current);
    }
    return chain;
}

/** Whether `role` reports to `other`, directly or through others. */
export function reportsTransitivelyTo(role: Role, other: Role): boolean {
    return superiorsOf(role).includes(other);
}

/** The member roles of a body (resolved ones only), in text order. */
export function membersOfBody(body: Body): Role[] {
    const roles: Role[] = [];
    for (const field of allOfType(body.members, 'MembersField')) {
        for (const ref of field.roles) {
            if (ref.ref) roles.push(ref.ref);
        }
    }
    return roles;
}

export function chairOfBody(body: Body): Role | undefined {
    return firstOfType(body.members, 'ChairField')?.role?.ref;
}

/** The parties involved through a holder: the role's party, or the parties of a body's members. */
export function partiesOfHolder(holder: Holder | undefined): Party[] {
    if (isRole(holder)) return [holder.$container];
    if (isBody(holder)) return [...new Set(membersOfBody(holder).map(role => role.$container))];
    return [];
}

export function describeHolder(holder: Holder): string {
    return isRole(holder) ? qualifiedRoleName(holder) : holder.name;
}

export { isBody, isParty, isPower, isRole };
