/**
 * Which way a change goes (CHANGES.md, "Direction matters"): whether a target is more or less
 * ambitious, a period or validity longer or shorter, a number higher or lower, a duration
 * longer or shorter. Pure functions of the comparison model's meanings.
 */
import { model } from '@keten/language';
import type { AmountMeaning, DateText, PeriodMeaning, RangeMeaning, TargetMeaning } from './comparison-model.js';

/** How one aspect moved. */
export type AspectMove = 'stronger' | 'weaker' | 'neutral';

export type TargetVerdict = 'same' | 'strengthened' | 'weakened' | 'changed';

/** `<=`/`<`: lower is better; `>=`/`>`: higher is better; `=`: exactly. */
type Aim = 'down' | 'up' | 'exact';

function aimOf(op: string): Aim {
    if (op === '<=' || op === '<') return 'down';
    if (op === '>=' || op === '>') return 'up';
    return 'exact';
}

const isStrict = (op: string) => op === '<' || op === '>';

/**
 * The comparator: in the same direction, the strict one (`<`, `>`) is narrower than the
 * inclusive one (`<=`, `>=`); `=` is narrower than `<=` and `>=`. A wider comparator accepts
 * more results, so it is weaker. A turned direction (`<=` to `>=`), or `=` against a strict
 * comparator, is neither.
 */
export function comparatorMove(before: string, after: string): AspectMove | undefined {
    if (before === after) return undefined;
    const a = aimOf(before), b = aimOf(after);
    if (a === b) return isStrict(after) ? 'stronger' : 'weaker';
    if (a === 'exact' && !isStrict(after)) return 'weaker';
    if (b === 'exact' && !isStrict(before)) return 'stronger';
    return 'neutral';
}

/**
 * The value, read in the direction of the comparator (of the new target, or of the old one
 * when the new one is `=`): lower is stronger for `<=`/`<`, higher for `>=`/`>`. When the two
 * aim in opposite directions, or both are `=`, a moved value is neither.
 */
export function valueMove(before: TargetMeaning, after: TargetMeaning): AspectMove | undefined {
    if (before.value === after.value) return undefined;
    const a = aimOf(before.op), b = aimOf(after.op);
    const aim = b !== 'exact' ? b : a;
    if (aim === 'exact' || (a !== 'exact' && b !== 'exact' && a !== b)) return 'neutral';
    const lower = after.value < before.value;
    return (aim === 'down') === lower ? 'stronger' : 'weaker';
}

/** A later date is weaker, an earlier one stronger. */
export function dateMove(before: DateText, after: DateText): AspectMove | undefined {
    if (before === after) return undefined;
    return compareDates(after, before) < 0 ? 'stronger' : 'weaker';
}

/**
 * Dates compared as written: `YYYY-MM-DD` sorts as the calendar does, and a date that is no
 * calendar date (`2026-02-30`, reported by `invalid-date`) still has one place in that order,
 * so that a change and its reverse always go opposite ways.
 */
export function compareDates(a: DateText, b: DateText): number {
    return a === b ? 0 : a < b ? -1 : 1;
}

/**
 * One verdict per target (CHANGES.md, "Targets"): weakened when an aspect is weaker and none
 * stronger; strengthened when every changed aspect is stronger; aspects moving both ways:
 * changed. An aspect that moves neither way (a comparator turned round, `<=` to `>=`; a value
 * changed under `=`) counts as moving both ways, so a change and its reverse always get
 * opposite verdicts.
 */
export function targetVerdict(before: TargetMeaning, after: TargetMeaning): TargetVerdict {
    const moves = [comparatorMove(before.op, after.op), valueMove(before, after), dateMove(before.date, after.date)]
        .filter((move): move is AspectMove => move !== undefined);
    if (moves.length === 0) return 'same';
    if (moves.every(move => move === 'stronger')) return 'strengthened';
    if (moves.every(move => move === 'weaker')) return 'weakened';
    return 'changed';
}

export type LengthVerdict = 'same' | 'shorter' | 'longer';

/**
 * An agreement's period (CHANGES.md, "Periods"): closed to `period from` is longer, `period
 * from` to closed shorter; otherwise a later start, or an earlier end, is shorter, and an
 * earlier start, or a later end, longer. When start and end move in opposite senses (the range
 * moved, or one end gains what the other loses), the number of days it covers decides; with
 * as many days as before (or a date that is no calendar date), the start decides, as CHANGES.md
 * judges a moved start. So a change and its reverse always go opposite ways.
 */
export function periodVerdict(before: PeriodMeaning, after: PeriodMeaning): LengthVerdict {
    if (before.open !== after.open) return after.open ? 'longer' : 'shorter';
    return spanVerdict(before.start, before.end, after.start, after.end);
}

/** A mandate's `valid` range, judged as a closed period. */
export function rangeVerdict(before: RangeMeaning, after: RangeMeaning): LengthVerdict {
    return spanVerdict(before.start, before.end, after.start, after.end);
}

function spanVerdict(startA: DateText, endA: DateText | undefined, startB: DateText, endB: DateText | undefined): LengthVerdict {
    const start = compareDates(startB, startA);
    const end = endA === undefined || endB === undefined ? 0 : compareDates(endB, endA);
    const byStart: LengthVerdict = start > 0 ? 'shorter' : 'longer';
    if (start === 0) return end === 0 ? 'same' : end < 0 ? 'shorter' : 'longer';
    // The same sense at both ends, or only the start moved.
    if (end === 0 || (start > 0) === (end < 0)) return byStart;
    const daysA = daysCovered(startA, endA!), daysB = daysCovered(startB, endB!);
    if (daysA === undefined || daysB === undefined || daysA === daysB) return byStart;
    return daysB < daysA ? 'shorter' : 'longer';
}

/** The days from start to end, both counted; undefined for a date that is no calendar date. */
function daysCovered(start: DateText, end: DateText): number | undefined {
    const from = model.parseDate(start)?.dayNumber, to = model.parseDate(end)?.dayNumber;
    return from === undefined || to === undefined ? undefined : to - from + 1;
}

export type AmountVerdict = 'same' | 'lower' | 'higher' | 'incomparable';

/** Amounts compare only in the same unit and with the same `per` word (as the rules compare limits). */
export function amountVerdict(before: AmountMeaning | undefined, after: AmountMeaning | undefined): AmountVerdict {
    if (!before || !after) return 'incomparable';
    if (before.unit !== after.unit || before.per !== after.per) return 'incomparable';
    if (before.value === after.value) return 'same';
    return after.value < before.value ? 'lower' : 'higher';
}

/** Two durations in days (RULES.md: day 1, workday 1.4, week 7, month 30, year 365). */
export function durationVerdict(before: number | undefined, after: number | undefined): LengthVerdict | 'incomparable' {
    if (before === undefined || after === undefined) return before === after ? 'same' : 'incomparable';
    if (before === after) return 'same';
    return after < before ? 'shorter' : 'longer';
}
