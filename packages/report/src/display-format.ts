/**
 * How numbers, statuses and comparators read in the HTML and Markdown reports. Display only:
 * the values themselves come from the report model.
 */
import type { EffectStatusName } from './report-model.js';

/** A number for people: at most `digits` decimals, no trailing zeros. */
export function formatNumber(value: number | null | undefined, digits = 2): string {
    if (value === null || value === undefined || !Number.isFinite(value)) return '—';
    return String(Number(value.toFixed(digits)));
}

export function formatPercent(fraction: number | null): string {
    return fraction === null ? '—' : `${Math.round(fraction * 100)}%`;
}

export const STATUS_LABELS: Readonly<Record<EffectStatusName, string>> = {
    'achieved': 'achieved',
    'on-track': 'on track',
    'at-risk': 'at risk',
    'off-track': 'off track',
    'stale': 'stale',
    'no-data': 'no data',
    'not-measurable': 'not measurable'
};

/** What each status means, in one line (legend of the summary). */
export const STATUS_MEANINGS: Readonly<Record<EffectStatusName, string>> = {
    'achieved': 'the latest measurement meets the target',
    'on-track': 'the trend reaches the target by its date',
    'at-risk': 'the trend misses the target by at most 10% of the way',
    'off-track': 'the trend misses the target, or its date has passed',
    'stale': 'no recent measurement (older than two measuring periods)',
    'no-data': 'no measurement yet',
    'not-measurable': 'no target, or too little to draw a trend'
};

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
