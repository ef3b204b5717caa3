/**
 * The zod schemas every measurement row passes (REPORTS.md: "Every row is validated (zod)"),
 * one for CSV cells (all text, decimal mark by dialect) and one for JSON objects.
 */
import { z } from 'zod';
import { model, type Messages } from '@keten/language';

/** The texts of measurement problems, in the report's locale. */
export type MeasurementTexts = Messages['measurements'];

const effectId = (texts: MeasurementTexts) => z.string({ error: texts.effectMissing() })
    .trim()
    .min(1, { error: texts.effectMissing() });

const calendarDate = (texts: MeasurementTexts) => z.string({ error: texts.dateMissing() })
    .trim()
    .min(1, { error: texts.dateMissing() })
    .refine(text => model.isValidDate(text), {
        error: issue => texts.notACalendarDate({ date: String(issue.input) })
    });

const optionalText = (texts: MeasurementTexts, field: 'source' | 'note') => z.string({ error: texts.notText({ field }) }).trim().optional()
    .transform(text => (text === undefined || text === '' ? undefined : text));

/** A plain decimal number: digits, optionally a sign and a fraction; no thousands separators. */
const DECIMAL_POINT = /^[+-]?\d+(?:\.\d+)?$/;
const DECIMAL_POINT_OR_COMMA = /^[+-]?\d+(?:[.,]\d+)?$/;

/** The CSV dialects: `,` with a decimal point, or `;` (Dutch Excel) with a decimal comma or point. */
export type CsvDelimiter = ',' | ';';

function csvNumber(delimiter: CsvDelimiter, texts: MeasurementTexts) {
    const pattern = delimiter === ';' ? DECIMAL_POINT_OR_COMMA : DECIMAL_POINT;
    return z.string({ error: texts.valueMissing() })
        .trim()
        .min(1, { error: texts.valueMissing() })
        .refine(text => pattern.test(text), {
            error: issue => texts.notANumber({ value: String(issue.input), decimalComma: delimiter === ';' })
        })
        .transform(text => Number(text.replace(',', '.')));
}

/** A CSV row, its cells picked by header name. */
export function csvRowSchema(delimiter: CsvDelimiter, texts: MeasurementTexts) {
    return z.object({
        effect: effectId(texts),
        date: calendarDate(texts),
        value: csvNumber(delimiter, texts),
        source: optionalText(texts, 'source'),
        note: optionalText(texts, 'note')
    });
}

/** An element of a JSON measurement array. */
export function jsonRowSchema(texts: MeasurementTexts) {
    return z.object({
        effect: effectId(texts),
        date: calendarDate(texts),
        value: z.number({
            error: issue => issue.input === undefined
                ? texts.valueMissing()
                : texts.jsonValueNotANumber({ value: JSON.stringify(issue.input) })
        }),
        source: optionalText(texts, 'source'),
        note: optionalText(texts, 'note')
    }, { error: texts.rowNotAnObject() });
}

export interface ValidRow {
    readonly effect: string;
    readonly date: string;
    readonly value: number;
    readonly source?: string;
    readonly note?: string;
}

/** Validates a row; the first problem's message (in field order) when it fails. */
export function validateRow(schema: z.ZodType<ValidRow, unknown>, raw: unknown, texts: MeasurementTexts):
    { ok: true; row: ValidRow } | { ok: false; reason: 'missing-field' | 'bad-date' | 'bad-value' | 'bad-row'; message: string } {
    const parsed = schema.safeParse(raw);
    if (parsed.success) return { ok: true, row: parsed.data };
    const order = ['effect', 'date', 'value', 'source', 'note'];
    const issues = [...parsed.error.issues].sort((a, b) => rank(a.path[0]) - rank(b.path[0]));
    const first = issues[0];
    const field = first?.path[0];
    const message = first?.message ?? texts.rowNotValid();
    // The schemas give a missing field exactly these messages (zod's issue does not keep the input).
    const missing = new Set([texts.effectMissing(), texts.dateMissing(), texts.valueMissing()]);
    const reason = missing.has(message) ? 'missing-field'
        : field === 'date' ? 'bad-date'
        : field === 'value' ? 'bad-value'
        : 'bad-row';
    return { ok: false, reason, message };

    function rank(key: PropertyKey | undefined): number {
        const index = order.indexOf(String(key));
        return index < 0 ? order.length : index;
    }
}
