/**
 * Mandates (Awb 10:1–10:12): who grants, who holds, parents and sub-mandates.
 */
import type { Agreement, Holder, Mandate, Role } from '../generated/ast.js';
import { isRole } from '../generated/ast.js';
import { usableRange, type DayRange } from './dates.js';
import { firstOfType } from './fields.js';
import { mandatesOf } from './agreements.js';

export const fromField = (mandate: Mandate) => firstOfType(mandate.fields, 'FromField');
export const toField = (mandate: Mandate) => firstOfType(mandate.fields, 'ToField');
export const scopeField = (mandate: Mandate) => firstOfType(mandate.fields, 'ScopeField');
export const limitField = (mandate: Mandate) => firstOfType(mandate.fields, 'LimitField');
export const submandateField = (mandate: Mandate) => firstOfType(mandate.fields, 'SubmandateField');
export const validField = (mandate: Mandate) => firstOfType(mandate.fields, 'ValidField');
export const basisField = (mandate: Mandate) => firstOfType(mandate.fields, 'BasisField');

/** Who grants the mandate (`from`). */
export function grantorOf(mandate: Mandate): Holder | undefined {
    return fromField(mandate)?.holder.ref;
}

/** Who holds the mandate (`to`). */
export function holderOf(mandate: Mandate): Role | undefined {
    return toField(mandate)?.role.ref;
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
