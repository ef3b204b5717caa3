/**
 * The zod schemas every measurement row passes (REPORTS.md: "Every row is validated (zod)"),
 * one for CSV cells (all text, decimal mark by dialect) and one for JSON objects.
 */
import { z } from 'zod';
import { model, type Messages } from '@keten/language';
import { readMeasuredNumber, type MeasuredNumber } from './measured-number.js';

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

/** The CSV dialects: `,` with a decimal point, or `;` (Dutch Excel) with a decimal comma or point. */
export type CsvDelimiter = ',' | ';';

/** A CSV value, read by `readMeasuredNumber`: never a guess between a decimal mark and a thousands separator. */
function csvNumber(delimiter: CsvDelimiter, texts: MeasurementTexts) {
    return z.string({ error: texts.valueMissing() })
        .trim()
        .min(1, { error: texts.valueMissing() })
        .transform((text, context) => {
            const read = readMeasuredNumber(text, delimiter);
            if (read.ok) return read.value;
            context.addIssue({ code: 'custom', message: numberProblemText(text, read, delimiter, texts), params: { reason: read.problem === 'ambiguous' ? 'ambiguous-value' : 'bad-value' } });
            return z.NEVER;
        });
}

/** Why a CSV value is not taken as a number, in the report's locale. */
export function numberProblemText(text: string, read: Exclude<MeasuredNumber, { ok: true }>, delimiter: CsvDelimiter, texts: MeasurementTexts): string {
    switch (read.problem) {
        case 'ambiguous': return texts.ambiguousNumber({ value: text, mark: delimiter === ';' ? '.' : ',', readings: read.readings });
        case 'thousands-separator': return texts.thousandsSeparator({ value: text, write: read.write });
        case 'decimal-comma': return texts.decimalCommaInCommaFile({ value: text, write: read.write });
        case 'not-a-number': return texts.notANumber({ value: text, decimalComma: delimiter === ';' });
    }
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
                // JSON.parse makes 1e400 Infinity, which JSON.stringify would write as null.
                : typeof issue.input === 'number' ? texts.notAFiniteNumber()
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

/** Why a row is left out, as `validateRow` finds it. */
export type RowProblemReason = 'missing-field' | 'bad-date' | 'bad-value' | 'ambiguous-value' | 'bad-row';

/** Validates a row; the first problem's message (in field order) when it fails. */
export function validateRow(schema: z.ZodType<ValidRow, unknown>, raw: unknown, texts: MeasurementTexts):
    { ok: true; row: ValidRow } | { ok: false; reason: RowProblemReason; message: string } {
    const parsed = schema.safeParse(raw);
    if (parsed.success) return { ok: true, row: parsed.data };
    const order = ['effect', 'date', 'value', 'source', 'note'];
    const issues = [...parsed.error.issues].sort((a, b) => rank(a.path[0]) - rank(b.path[0]));
    const first = issues[0];
    const field = first?.path[0];
    const message = first?.message ?? texts.rowNotValid();
    // The schemas give a missing field exactly these messages (zod's issue does not keep the input).
    const missing = new Set([texts.effectMissing(), texts.dateMissing(), texts.valueMissing()]);
    const given = first?.code === 'custom' ? (first.params as { reason?: RowProblemReason } | undefined)?.reason : undefined;
    const reason = missing.has(message) ? 'missing-field'
        : given !== undefined ? given
        : field === 'date' ? 'bad-date'
        : field === 'value' ? 'bad-value'
        : 'bad-row';
    return { ok: false, reason, message };

    function rank(key: PropertyKey | undefined): number {
        const index = order.indexOf(String(key));
        return index < 0 ? order.length : index;
    }
}
