/**
 * Calendar dates of the language (ISO `YYYY-MM-DD`), durations and ranges.
 * Pure functions: used by rules, reports and the editor alike.
 */
import type { DateRange, Duration } from '../generated/ast.js';

export interface CalendarDate {
    readonly year: number;
    readonly month: number;
    readonly day: number;
    /** Days since 1970-01-01; comparable and subtractable. */
    readonly dayNumber: number;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * The dates parsed so far, by text (a few thousand at most are kept). A report reads each
 * measurement's date several times (the row check, the report date, the status fit, the
 * chart) and a workspace repeats the same dates in every file; the results are frozen, so
 * sharing them is safe.
 */
const MAX_REMEMBERED_DATES = 8192;
const parsedDates = new Map<string, CalendarDate | undefined>();

/** Parses an ISO date; `undefined` when the text is not a real calendar date (2026-02-30). */
export function parseDate(text: string | undefined): CalendarDate | undefined {
    if (!text) return undefined;
    const known = parsedDates.get(text);
    if (known !== undefined || parsedDates.has(text)) return known;
    if (parsedDates.size >= MAX_REMEMBERED_DATES) parsedDates.clear();
    const date = readDate(text);
    parsedDates.set(text, date);
    return date;
}

function readDate(text: string): CalendarDate | undefined {
    const match = DATE_PATTERN.exec(text);
    if (!match) return undefined;
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
    return Object.freeze({ year, month, day, dayNumber: Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY) });
}

export function isValidDate(text: string | undefined): boolean {
    return parseDate(text) !== undefined;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The days of `month` (1–12) of `year`, by arithmetic: exactly what
 * `new Date(Date.UTC(year, month, 0)).getUTCDate()` gives, without creating a Date (a report
 * parses every measurement's date several times). Like `Date.UTC`, a year 0–99 counts as
 * 1900–1999; other months than 1–12 are left to `Date`.
 */
export function daysInMonth(year: number, month: number): number {
    if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
        return new Date(Date.UTC(year, month, 0)).getUTCDate();
    }
    if (month !== 2) return DAYS_IN_MONTH[month - 1];
    const y = year >= 0 && year <= 99 ? 1900 + year : year;
    return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

/**
 * The ISO text of a day number. Kept per day like `parseDate` (a report formats the start and
 * target dates of every effect's projection line, and `toISOString` on a new Date costs
 * microseconds cold).
 */
const formattedDates = new Map<number, string>();

export function formatDate(dayNumber: number): string {
    let text = formattedDates.get(dayNumber);
    if (text === undefined) {
        if (formattedDates.size >= MAX_REMEMBERED_DATES) formattedDates.clear();
        text = new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
        formattedDates.set(dayNumber, text);
    }
    return text;
}

export function todayDayNumber(): number {
    const now = new Date();
    return Math.round(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / MS_PER_DAY);
}

export interface DayRange {
    readonly start: CalendarDate;
    readonly end: CalendarDate;
}

/**
 * An agreement's period: closed (`period A to B`) or open-ended (`period from A`, no end;
 * COVENANT.md: the period is then [A, ∞)).
 */
export interface AgreementPeriod {
    readonly start: CalendarDate;
    readonly end: CalendarDate | undefined;
}

/** Whether the period contains the date (both ends included; an open period has no end). */
export function periodContains(period: AgreementPeriod, date: CalendarDate): boolean {
    return period.start.dayNumber <= date.dayNumber && (period.end === undefined || date.dayNumber <= period.end.dayNumber);
}

/**
 * A range whose both ends are valid dates, in order (A = B allowed).
 * Invalid dates and reversed ranges give `undefined`, so rules that compare dates skip them
 * (RULES.md: broken input does not cascade).
 */
export function usableRange(range: DateRange | undefined): DayRange | undefined {
    if (!range) return undefined;
    const start = parseDate(range.start);
    const end = parseDate(range.end);
    if (!start || !end || end.dayNumber < start.dayNumber) return undefined;
    return { start, end };
}

/** True when both ends are valid dates and the end lies before the start. */
export function isReversedRange(range: DateRange): boolean {
    const start = parseDate(range.start);
    const end = parseDate(range.end);
    return !!start && !!end && end.dayNumber < start.dayNumber;
}

/** Whether `outer` covers `inner`, both ends included. */
export function rangeCovers(outer: DayRange, inner: DayRange): boolean {
    return outer.start.dayNumber <= inner.start.dayNumber && inner.end.dayNumber <= outer.end.dayNumber;
}

export function rangeContains(range: DayRange, date: CalendarDate): boolean {
    return range.start.dayNumber <= date.dayNumber && date.dayNumber <= range.end.dayNumber;
}

export type DurationUnitName = 'day' | 'workday' | 'week' | 'month' | 'year';

/** English and Dutch unit words, singular and plural, to one unit. */
const DURATION_UNITS: Record<string, DurationUnitName> = {
    day: 'day', days: 'day', dag: 'day', dagen: 'day',
    workday: 'workday', workdays: 'workday', werkdag: 'workday', werkdagen: 'workday',
    week: 'week', weeks: 'week', weken: 'week',
    month: 'month', months: 'month', maand: 'month', maanden: 'month',
    year: 'year', years: 'year', jaar: 'year', jaren: 'year'
};

/**
 * RULES.md, general semantics: day 1, workday 1.4, week 7, month 30, year 365 — kept in tenths
 * of a day, so that equal durations in different units give the very same number
 * (45 × 1.4 is 62.99999… in floating point; 45 × 14 / 10 is exactly 63, like 9 weeks).
 */
const TENTHS_OF_A_DAY_PER_UNIT: Record<DurationUnitName, number> = { day: 10, workday: 14, week: 70, month: 300, year: 3650 };

export function durationUnit(word: string): DurationUnitName | undefined {
    return DURATION_UNITS[word];
}

/**
 * A duration in one form whatever language the agreement is written in, for the outputs other
 * tools read (`keten report --format json`): the count and the English unit, singular after 1
 * (`2 months`, `1 year`, `5 workdays`). The renderers put it in the reader's language.
 */
export function durationText(duration: Duration): string {
    const unit = durationUnit(duration.unit);
    if (unit === undefined) return `${duration.count} ${duration.unit}`;
    return `${duration.count} ${duration.count === 1 ? unit : `${unit}s`}`;
}

/** A duration in (calendar) days, for comparing `within` deadlines. */
export function durationInDays(duration: Duration | undefined): number | undefined {
    if (!duration) return undefined;
    const unit = durationUnit(duration.unit);
    if (unit === undefined || typeof duration.count !== 'number') return undefined;
    return (duration.count * TENTHS_OF_A_DAY_PER_UNIT[unit]) / 10;
}
