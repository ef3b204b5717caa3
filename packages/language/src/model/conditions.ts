/**
 * Conditions (what must be in place for the work) and the commitments that need them.
 */
import type { Commitment, Condition, Party } from '../generated/ast.js';
import { commitmentsOf } from './agreements.js';
import { firstOfType } from './fields.js';

export const providedByField = (condition: Condition) => firstOfType(condition.fields, 'ProvidedByField');
export const resourceField = (condition: Condition) => firstOfType(condition.fields, 'ResourceField');
export const beforeField = (condition: Condition) => firstOfType(condition.fields, 'BeforeField');
export const needsField = (commitment: Commitment) => firstOfType(commitment.fields, 'NeedsField');
export const dueField = (commitment: Commitment) => firstOfType(commitment.fields, 'DueField');
export const byField = (commitment: Commitment) => firstOfType(commitment.fields, 'ByField');

/**
 * The parties that provide the condition (`provided by`, its first field), resolved ones without
 * repeats, in text order; more than one provide it jointly (COVENANT.md).
 */
export function providersOf(condition: Condition): Party[] {
    const parties: Party[] = [];
    for (const ref of providedByField(condition)?.parties ?? []) {
        if (ref.ref && !parties.includes(ref.ref)) parties.push(ref.ref);
    }
    return parties;
}

/** A condition as named in a commitment's `needs`, with the index of that name in the list. */
export interface NeededCondition {
    readonly condition: Condition;
    readonly index: number;
}

/**
 * The conditions a commitment needs (its first `needs` field; a repeat is `duplicate-field`),
 * resolved ones only, each once at its first mention, in text order.
 */
export function neededConditionsOf(commitment: Commitment): NeededCondition[] {
    const needed: NeededCondition[] = [];
    needsField(commitment)?.conditions.forEach((ref, index) => {
        const condition = ref.ref;
        if (condition && !needed.some(n => n.condition === condition)) needed.push({ condition, index });
    });
    return needed;
}

/** The commitments of the condition's agreement that need it, in text order. */
export function commitmentsNeeding(condition: Condition): Commitment[] {
    return commitmentsOf(condition.$container)
        .filter(commitment => neededConditionsOf(commitment).some(n => n.condition === condition));
}
