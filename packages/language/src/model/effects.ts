/**
 * Effects (Results-Based Accountability): fields, kinds, targets.
 */
import type { Agreement, Effect } from '../generated/ast.js';
import { firstOfType } from './fields.js';

export type EffectKindName = 'outcome' | 'quality' | 'output';
export type FrequencyName = 'weekly' | 'monthly' | 'quarterly' | 'yearly';
export type ComparatorOp = '<=' | '>=' | '<' | '>' | '=';

const KINDS: Record<string, EffectKindName> = {
    outcome: 'outcome', quality: 'quality', output: 'output',
    uitkomst: 'outcome', kwaliteit: 'quality', prestatie: 'output'
};

const FREQUENCIES: Record<string, FrequencyName> = {
    weekly: 'weekly', monthly: 'monthly', quarterly: 'quarterly', yearly: 'yearly',
    wekelijks: 'weekly', maandelijks: 'monthly', driemaandelijks: 'quarterly', jaarlijks: 'yearly'
};

export const kindField = (effect: Effect) => firstOfType(effect.fields, 'KindField');
export const indicatorField = (effect: Effect) => firstOfType(effect.fields, 'IndicatorField');
export const unitField = (effect: Effect) => firstOfType(effect.fields, 'UnitField');
export const baselineField = (effect: Effect) => firstOfType(effect.fields, 'BaselineField');
export const targetField = (effect: Effect) => firstOfType(effect.fields, 'TargetField');
export const measuredField = (effect: Effect) => firstOfType(effect.fields, 'MeasuredField');
export const throughField = (effect: Effect) => firstOfType(effect.fields, 'ThroughField');

/** The effect's kind; `outcome` when absent (LANGUAGE.md). */
export function effectKindOf(effect: Effect): EffectKindName {
    const value = kindField(effect)?.value;
    return (value && KINDS[value]) || 'outcome';
}

export function frequencyOf(effect: Effect): FrequencyName | undefined {
    const value = measuredField(effect)?.frequency;
    return value ? FREQUENCIES[value] : undefined;
}

/** The unit as written: a word or a string. */
export function unitOf(effect: Effect): string | undefined {
    const field = unitField(effect);
    return field ? (field.word ?? field.text) : undefined;
}

/** `Agreement.Effect`: how measurement files name an effect. */
export function effectIdOf(effect: Effect): string {
    return `${effect.$container.name}.${effect.name}`;
}

export function effectsById(agreements: Iterable<Agreement>): Map<string, Effect> {
    const map = new Map<string, Effect>();
    for (const agreement of agreements) {
        for (const member of agreement.members) {
            if (member.$type === 'Effect' && !map.has(`${agreement.name}.${member.name}`)) {
                map.set(`${agreement.name}.${member.name}`, member);
            }
        }
    }
    return map;
}

/** Whether `value` satisfies `op target`. */
export function satisfies(value: number, op: ComparatorOp | string, target: number): boolean {
    switch (op) {
        case '<=': return value <= target;
        case '>=': return value >= target;
        case '<': return value < target;
        case '>': return value > target;
        case '=': return value === target;
        default: return false;
    }
}
