/**
 * Dates and numbers as a reader of one locale expects them (DUTCH.md: "Dates in Dutch texts
 * are written as `31 januari 2026`; numbers with a decimal comma"). English texts keep the
 * ISO dates and decimal points of the agreement itself.
 */
import type { Locale } from './catalogue.js';
import { parseDate } from '../model/dates.js';

const DUTCH_MONTHS = [
    'januari', 'februari', 'maart', 'april', 'mei', 'juni',
    'juli', 'augustus', 'september', 'oktober', 'november', 'december'
] as const;


/**
 * A `YYYY-MM-DD` date for a reader of `locale`: `2026-01-31` in English, `31 januari 2026` in
 * Dutch. Text that is not a calendar date (an invalid date being reported: `2026-02-30`) is returned as written.
 */
export function formatDateFor(locale: Locale, isoDate: string): string {
    if (locale === 'en') return isoDate;
    const date = parseDate(isoDate);
    return date ? `${date.day} ${DUTCH_MONTHS[date.month - 1]} ${date.year}` : isoDate;
}

/** Every `YYYY-MM-DD` date inside a text, written for `locale`. */
export function formatDatesInText(locale: Locale, text: string): string {
    if (locale === 'en') return text;
    return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, date => formatDateFor(locale, date));
}

/**
 * A number for a reader of `locale`: `1.5` in English, `1,5` in Dutch. No thousands separators
 * (amounts in an agreement are written without them, and the reader should recognise them).
 * Numbers given as text are returned with only their decimal point changed.
 */
export function formatNumberFor(locale: Locale, value: number | string): string {
    const text = typeof value === 'number' ? String(value) : value;
    return locale === 'nl' ? text.replace(/^(-?\d+)\.(\d+)$/, '$1,$2') : text;
}

/** Every decimal number inside a text (`1.5 EUR`), written for `locale`; dates are left alone. */
export function formatNumbersInText(locale: Locale, text: string): string {
    if (locale === 'en') return text;
    return text.replace(/(?<![\d.-])(\d+)\.(\d+)(?![\d.-])/g, '$1,$2');
}
