/**
 * The zod schemas every measurement row passes (REPORTS.md: "Every row is validated (zod)"),
 * one for CSV cells (all text, decimal mark by dialect) and one for JSON objects.
 */
import { z } from 'zod';
import { model } from '@keten/language';

const effectId = z.string({ error: 'the effect is missing' })
    .trim()
    .min(1, { error: 'the effect is missing' });

const calendarDate = z.string({ error: 'the date is missing' })
    .trim()
    .min(1, { error: 'the date is missing' })
    .refine(text => model.isValidDate(text), {
        error: issue => `the date '${String(issue.input)}' is not a calendar date written YYYY-MM-DD`
    });

const optionalText = z.string().trim().optional()
    .transform(text => (text === undefined || text === '' ? undefined : text));

/** A plain decimal number: digits, optionally a sign and a fraction; no thousands separators. */
const DECIMAL_POINT = /^[+-]?\d+(?:\.\d+)?$/;
const DECIMAL_POINT_OR_COMMA = /^[+-]?\d+(?:[.,]\d+)?$/;

/** The CSV dialects: `,` with a decimal point, or `;` (Dutch Excel) with a decimal comma or point. */
export type CsvDelimiter = ',' | ';';

function csvNumber(delimiter: CsvDelimiter) {
    const pattern = delimiter === ';' ? DECIMAL_POINT_OR_COMMA : DECIMAL_POINT;
    const expected = delimiter === ';' ? 'a number such as 41,5 or 41.5' : 'a number such as 41.5';
    return z.string({ error: 'the value is missing' })
        .trim()
        .min(1, { error: 'the value is missing' })
        .refine(text => pattern.test(text), {
            error: issue => `the value '${String(issue.input)}' is not a number (expected ${expected}, without thousands separators)`
        })
        .transform(text => Number(text.replace(',', '.')));
}

/** A CSV row, its cells picked by header name. */
export function csvRowSchema(delimiter: CsvDelimiter) {
    return z.object({
        effect: effectId,
        date: calendarDate,
        value: csvNumber(delimiter),
        source: optionalText,
        note: optionalText
    });
}

/** An element of a JSON measurement array. */
export const jsonRowSchema = z.object({
    effect: effectId,
    date: calendarDate,
    value: z.number({
        error: issue => issue.input === undefined
            ? 'the value is missing'
            : `the value ${JSON.stringify(issue.input)} is not a number`
    }),
    source: optionalText,
    note: optionalText
}, { error: 'the row is not an object with effect, date and value' });

export interface ValidRow {
    readonly effect: string;
    readonly date: string;
    readonly value: number;
    readonly source?: string;
    readonly note?: string;
}

/** Validates a row; the first problem's message (in field order) when it fails. */
export function validateRow(schema: z.ZodType<ValidRow, unknown>, raw: unknown):
    { ok: true; row: ValidRow } | { ok: false; reason: 'missing-field' | 'bad-date' | 'bad-value' | 'bad-row'; message: string } {
    const parsed = schema.safeParse(raw);
    if (parsed.success) return { ok: true, row: parsed.data };
    const order = ['effect', 'date', 'value', 'source', 'note'];
    const issues = [...parsed.error.issues].sort((a, b) => rank(a.path[0]) - rank(b.path[0]));
    const first = issues[0];
    const field = first?.path[0];
    const message = first?.message ?? 'the row is not valid';
    const reason = message.endsWith('is missing') ? 'missing-field'
        : field === 'date' ? 'bad-date'
        : field === 'value' ? 'bad-value'
        : 'bad-row';
    return { ok: false, reason, message };

    function rank(key: PropertyKey | undefined): number {
        const index = order.indexOf(String(key));
        return index < 0 ? order.length : index;
    }
}
