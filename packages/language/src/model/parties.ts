/**
 * Parties, roles, bodies and holders.
 */
import type { Body, Holder, Party, Role } from '../generated/ast.js';
import { isBody, isParty, isRole, isTypeField } from '../generated/ast.js';
import { allOfType, firstOfType } from './fields.js';

export function rolesOf(party: Party): Role[] {
    return party.members.filter(isRole);
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

export { isBody, isParty, isRole };
