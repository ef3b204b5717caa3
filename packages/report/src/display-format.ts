/**
 * How numbers, status colours and comparators show in the HTML and Markdown reports. Display
 * only: the values come from the report model, and every word (status words and their
 * meanings included) from the message catalogue (`messagesFor(locale).report`).
 */
import { isLocale, messagesFor, type QuantityTexts } from '@keten/language';
import type { EffectStatusName } from './report-model.js';

/**
 * Durations and units in the report's language, whatever language the agreement used
 * (COVENANT.md: `every 1 year`, not `every 1 jaar`, in English): the catalogue's shared formatter.
 */
export function quantitiesFor(texts: { readonly htmlLanguage: string }): QuantityTexts {
    return messagesFor(isLocale(texts.htmlLanguage) ? texts.htmlLanguage : 'en').quantities;
}

/** A number for people: at most `digits` decimals, no trailing zeros. */
export function formatNumber(value: number | null | undefined, digits = 2): string {
    if (value === null || value === undefined || !Number.isFinite(value)) return '—';
    // The shortest text of a number with at most `digits` decimals is what rounding would give.
    const text = String(value);
    const point = text.indexOf('.');
    if (!text.includes('e') && (point < 0 || text.length - point - 1 <= digits)) return text;
    return String(Number(value.toFixed(digits)));
}

export function formatPercent(fraction: number | null): string {
    return fraction === null ? '—' : `${Math.round(fraction * 100)}%`;
}

export const STATUS_COLORS: Readonly<Record<EffectStatusName, string>> = {
    'achieved': '#1a7f37',
    'on-track': '#2f6fdd',
    'at-risk': '#b26b00',
    'off-track': '#c62828',
    'stale': '#6e5494',
    'no-data': '#57606a',
    'not-measurable': '#57606a'
};

export const COMPARATOR_LABELS: Readonly<Record<string, string>> = {
    '<=': '≤', '>=': '≥', '<': '<', '>': '>', '=': '='
};
