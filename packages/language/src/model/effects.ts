/**
 * Effects (Results-Based Accountability): fields, kinds, targets.
 */
import type { Agreement, Effect } from '../generated/ast.js';
import { effectsOf, periodOf } from './agreements.js';
import { parseDate, periodContains } from './dates.js';
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

/** The fields an effect needs to be measurable at all (RULES.md, `unmeasured-effect`). */
export type MeasurementPartName = 'indicator' | 'unit' | 'target' | 'measured';

/** The parts of `indicator`, `unit`, `target`, `measured` the effect lacks, in that order. */
export function missingMeasurementParts(effect: Effect): MeasurementPartName[] {
    const missing: MeasurementPartName[] = [];
    if (!indicatorField(effect)) missing.push('indicator');
    if (!unitField(effect)) missing.push('unit');
    if (!targetField(effect)) missing.push('target');
    if (!measuredField(effect)) missing.push('measured');
    return missing;
}

/**
 * Whether the baseline value already satisfies the target: the agreement promises an effect
 * that has been reached before it starts. `false` when either value is missing.
 */
export function isTargetMetAtBaseline(effect: Effect): boolean {
    const baseline = baselineField(effect)?.value;
    const target = targetField(effect);
    if (typeof baseline !== 'number' || !target || typeof target.value !== 'number') return false;
    return satisfies(baseline, target.op, target.value);
}

/**
 * Whether the target date lies outside its agreement's period (both ends inside; with
 * `period from S` only a date before S is outside).
 * `false` when the target date is not a calendar date or the period is not usable (missing,
 * invalid or reversed): broken input does not cascade.
 */
export function isTargetDateOutsidePeriod(effect: Effect): boolean {
    const date = parseDate(targetField(effect)?.date);
    const period = periodOf(effect.$container);
    if (!date || !period) return false;
    return !periodContains(period, date);
}

/**
 * Whether the agreement has effects and every one of them is of kind `output` or `quality`:
 * it counts work done and how well, but nobody checks whether anyone is better off.
 */
export function hasOnlyOutputOrQualityEffects(agreement: Agreement): boolean {
    const effects = effectsOf(agreement);
    return effects.length > 0 && effects.every(effect => effectKindOf(effect) !== 'outcome');
}

/**
 * The plain facts of an effect that its status is computed from (see `effect-status.ts`):
 * no AST, dates as written (`YYYY-MM-DD`, not yet checked). A part is left out when its
 * field is missing or did not parse completely.
 */
export interface EffectFacts {
    readonly baseline?: { readonly value: number; readonly date: string };
    readonly target?: { readonly op: ComparatorOp; readonly value: number; readonly date: string };
    /** How often the effect is measured; without it, an effect is never `stale`. */
    readonly frequency?: FrequencyName;
}

export function effectFactsOf(effect: Effect): EffectFacts {
    const baseline = baselineField(effect);
    const target = targetField(effect);
    return {
        baseline: baseline && typeof baseline.value === 'number' && baseline.date
            ? { value: baseline.value, date: baseline.date }
            : undefined,
        target: target && isComparator(target.op) && typeof target.value === 'number' && target.date
            ? { op: target.op, value: target.value, date: target.date }
            : undefined,
        frequency: frequencyOf(effect)
    };
}

export function isComparator(text: string | undefined): text is ComparatorOp {
    return text === '<=' || text === '>=' || text === '<' || text === '>' || text === '=';
}
