/**
 * A measured value in a CSV cell, read without guessing (REPORTS.md: "In a `;` file the decimal
 * mark may be `,` or `.`; thousands separators are not accepted"; docs/reports.md):
 *
 * - `,` file (decimal point): `41.5` and `44` are numbers. A comma in a (quoted) value is
 *   never a decimal mark there: `"1,234"` could be 1234 or 1.234 and is ambiguous; `"44,5"`
 *   has a decimal comma the dialect does not use.
 * - `;` file (Dutch Excel): `41,5` and `41.5` are numbers (either decimal mark), except that a
 *   single `.` followed by exactly three digits after one to three leading digits (`1.234`,
 *   `-12.500`) reads as 1234 just as well as 1.234: ambiguous.
 * - Both: more than one mark (`1.234,5`, `1,234.5`, `1.234.567`) or a space between digit
 *   groups (`1 234`) is a thousands separator, which is not accepted; the reason says how to
 *   write the value instead (`1234,5`).
 *
 * Whatever is not a number is said to be one of these, never read as a part of it.
 */
import type { CsvDelimiter } from './measurement-row-schema.js';

export type MeasuredNumber =
    | { readonly ok: true; readonly value: number }
    /** `readings`: the two numbers the text can mean, each written as the file's dialect would. */
    | { readonly ok: false; readonly problem: 'ambiguous'; readonly readings: readonly [string, string] }
    /** `write`: the value without thousands separators, with the decimal mark it had. */
    | { readonly ok: false; readonly problem: 'thousands-separator'; readonly write: string }
    /** A decimal comma in a `,` file; `write`: the value with a decimal point. */
    | { readonly ok: false; readonly problem: 'decimal-comma'; readonly write: string }
    | { readonly ok: false; readonly problem: 'not-a-number' };

const PLAIN = /^[+-]?\d+$/;
const POINT = /^[+-]?\d+\.\d+$/;
const COMMA = /^[+-]?\d+,\d+$/;
/** One to three leading digits, then groups of three: what a thousands separator makes. */
const GROUPED = /^[+-]?[1-9]\d{0,2}(?:(?<mark>[.,\u0020\u00a0\u202f'])\d{3})(?:\k<mark>\d{3})*(?:[.,]\d+)?$/;

export function readMeasuredNumber(text: string, delimiter: CsvDelimiter): MeasuredNumber {
    if (PLAIN.test(text) || POINT.test(text)) {
        // In a `;` file `1.234` may be a thousands point as well.
        if (delimiter === ';' && /^[+-]?[1-9]\d{0,2}\.\d{3}$/.test(text)) {
            return { ok: false, problem: 'ambiguous', readings: [text.replace('.', ''), text.replace('.', ',')] };
        }
        return { ok: true, value: Number(text) };
    }
    if (COMMA.test(text)) {
        if (delimiter === ';') return { ok: true, value: Number(text.replace(',', '.')) };
        // In a `,` file a comma is no decimal mark; followed by three digits it may separate thousands.
        if (/^[+-]?[1-9]\d{0,2},\d{3}$/.test(text)) {
            return { ok: false, problem: 'ambiguous', readings: [text.replace(',', ''), text.replace(',', '.')] };
        }
        return { ok: false, problem: 'decimal-comma', write: text.replace(',', '.') };
    }
    const grouped = GROUPED.exec(text);
    if (grouped) {
        const mark = grouped.groups?.mark ?? '';
        const [whole, fraction] = splitAtDecimalMark(text, mark);
        const digits = whole.split(mark).join('');
        // The decimal mark it had; a `,` file's own is the point.
        const decimal = fraction === undefined ? '' : delimiter === ',' ? fraction.replace(',', '.') : fraction;
        return { ok: false, problem: 'thousands-separator', write: `${digits}${decimal}` };
    }
    return { ok: false, problem: 'not-a-number' };
}

/** The whole part (with its separators) and the decimal mark with the fraction, if any. */
function splitAtDecimalMark(text: string, thousands: string): [string, string | undefined] {
    const decimal = /[.,]\d+$/.exec(text);
    // `1.234.567`: the last group is a thousands group too, not a fraction.
    if (!decimal || decimal[0][0] === thousands) return [text, undefined];
    return [text.slice(0, decimal.index), decimal[0]];
}
