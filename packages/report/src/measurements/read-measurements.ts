/**
 * From measurement files to the measurements of a report (REPORTS.md, "Measurements"): every
 * row validated; a bad row never stops the report but is left out and listed as a data
 * problem with its file, line (CSV) or index (JSON), and the reason.
 */
import * as path from 'node:path';
import { messagesFor, model, type RowPlaceText } from '@keten/language';
import { MeasurementFileError, type DataProblem, type DataProblemReason, type MeasurementRow, type MeasurementSet } from './measurement.js';
import { csvRowSchema, jsonRowSchema, validateRow, type MeasurementTexts, type ValidRow } from './measurement-row-schema.js';
import { readMeasuredNumber } from './measured-number.js';
import { readCsv } from './read-csv.js';
import { readJsonArray } from './read-json.js';

export interface MeasurementFile {
    /** The name to report the file under (relative path, `/` separators). */
    readonly file: string;
    readonly bytes: Uint8Array;
}

/** Where a row stands in its file. */
type RowPlace = { readonly file: string; readonly line: number } | { readonly file: string; readonly index: number };

/**
 * Reads the files in the order given. `effectIds` are the effects of the workspace
 * (`Agreement.Effect`); rows dated after `asOf` are left out. Of two rows with the same effect
 * and date (in one file or across files), the first is kept.
 * Throws a MeasurementFileError for a file that is not CSV or JSON at all.
 * `texts`: the messages of the problems, in the report's locale (default English); the reason
 * codes stay English.
 */
export function readMeasurements(
    files: readonly MeasurementFile[], effectIds: readonly string[], asOf: string,
    texts: MeasurementTexts = messagesFor('en').measurements
): MeasurementSet {
    const known = new Set(effectIds);
    const asOfDay = model.parseDate(asOf)?.dayNumber;
    if (asOfDay === undefined) throw new RangeError(`The report date '${asOf}' is not a calendar date (YYYY-MM-DD).`);
    const measurements: MeasurementRow[] = [];
    const problems: DataProblem[] = [];
    const firstOf = new Map<string, Map<string, RowPlace>>();

    const accept = (place: RowPlace, checked: ReturnType<typeof validateRow>): void => {
        const problem = (reason: DataProblemReason, message: string): void => { problems.push(dataProblem(place, reason, message)); };
        if (!checked.ok) return problem(checked.reason, checked.message);
        const row: ValidRow = checked.row;
        if (!known.has(row.effect)) {
            return problem('unknown-effect', texts.unknownEffect({ effect: row.effect, closest: closestEffectId(row.effect, effectIds) }));
        }
        if (model.parseDate(row.date)!.dayNumber > asOfDay) {
            return problem('after-as-of', texts.afterAsOf({ date: row.date, asOf }));
        }
        // Per effect, then per date: no key text to build and hash for each row.
        let firstOfDate = firstOf.get(row.effect);
        if (!firstOfDate) firstOf.set(row.effect, firstOfDate = new Map());
        const first = firstOfDate.get(row.date);
        if (first) {
            return problem('duplicate', texts.duplicate({ effect: row.effect, date: row.date, first: placeText(first, place.file) }));
        }
        firstOfDate.set(row.date, place);
        measurements.push(measurementRow(row, place));
    };

    for (const { file, bytes } of files) {
        const text = decodeText(file, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), texts);
        if (isJson(file, text)) {
            const schema = jsonRowSchema(texts);
            readJsonArray(file, text, texts).forEach((raw, index) => accept({ file, index }, validateRow(schema, raw, texts)));
        } else {
            const table = readCsv(file, text, texts);
            const schema = csvRowSchema(table.delimiter, texts);
            for (const record of table.records) {
                const place = { file, line: record.line };
                // A row split by an unquoted delimiter, or a number split at its comma, is never read as it stands.
                if (record.extraFields) {
                    const message = record.splitNumber !== undefined
                        ? splitNumberText(record.splitNumber, texts)
                        : texts.extraFields({ ...record.extraFields, delimiter: table.delimiter });
                    problems.push(dataProblem(place, 'extra-fields', message));
                } else if (record.splitNumber !== undefined) {
                    problems.push(dataProblem(place, 'ambiguous-value', splitNumberText(record.splitNumber, texts)));
                } else {
                    accept(place, validateRow(schema, record.cells, texts));
                }
            }
        }
    }
    return { measurements, problems };
}

/** A data problem built field by field, like `measurementRow` (a million bad rows are a million of these). */
function dataProblem(place: RowPlace, reason: DataProblemReason, message: string): DataProblem {
    return 'line' in place
        ? { file: place.file, line: place.line, reason, message }
        : { file: place.file, index: place.index, reason, message };
}

/** Why `44,5` or `1,234` split over two fields of a `,` file is not read: what it may mean. */
function splitNumberText(joined: string, texts: MeasurementTexts): string {
    const read = readMeasuredNumber(joined, ',');
    if (!read.ok && read.problem === 'ambiguous') return texts.numberSplitAtComma({ value: joined, readings: read.readings });
    return texts.numberSplitAtComma({ value: joined, write: !read.ok && read.problem === 'decimal-comma' ? read.write : undefined });
}

/** The row with where it stands; built field by field (two object spreads per row took ~0.1 s for 36,000 rows). */
function measurementRow(row: ValidRow, place: RowPlace): MeasurementRow {
    const measurement: { -readonly [K in keyof MeasurementRow]: MeasurementRow[K] } = { effect: row.effect, date: row.date, value: row.value, file: place.file };
    if (row.source !== undefined) measurement.source = row.source;
    if (row.note !== undefined) measurement.note = row.note;
    if ('line' in place) measurement.line = place.line;
    else measurement.index = place.index;
    return measurement;
}

/**
 * UTF-8 (with or without byte-order mark); UTF-16 with its byte-order mark (as Excel's "Unicode
 * text" is written); a file that is not UTF-8 is read as Windows-1252, the encoding Excel on
 * Windows uses for "CSV (gescheiden door lijstscheidingsteken)". UTF-16 without a byte-order
 * mark cannot be told apart safely and is refused with the advice to save as UTF-8; other bytes
 * that no text has (NUL) are binary data.
 */
function decodeText(file: string, buffer: Buffer, texts: MeasurementTexts): string {
    const utf16 = buffer[0] === 0xff && buffer[1] === 0xfe ? 'utf-16le' : buffer[0] === 0xfe && buffer[1] === 0xff ? 'utf-16be' : undefined;
    if (utf16) {
        const text = new TextDecoder(utf16, { ignoreBOM: false }).decode(buffer);
        if (text.includes('\u0000')) throw new MeasurementFileError(file, texts.binaryFile({ file }));
        return text;
    }
    if (buffer.includes(0)) {
        throw new MeasurementFileError(file, looksLikeUtf16(buffer) ? texts.utf16WithoutByteOrderMark({ file }) : texts.binaryFile({ file }));
    }
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
    } catch {
        return new TextDecoder('windows-1252').decode(buffer);
    }
}

/** Text in UTF-16 without a byte-order mark: of its first bytes, every other one is NUL (Latin letters, digits). */
function looksLikeUtf16(buffer: Buffer): boolean {
    const sample = buffer.subarray(0, Math.min(buffer.length, 512));
    if (sample.length < 4) return false;
    let evenZeros = 0;
    let oddZeros = 0;
    for (let index = 0; index < sample.length; index++) {
        if (sample[index] === 0) {
            if (index % 2 === 0) evenZeros++;
            else oddZeros++;
        }
    }
    const half = sample.length / 2;
    return Math.max(evenZeros, oddZeros) >= half * 0.9 && Math.min(evenZeros, oddZeros) === 0;
}

function isJson(file: string, text: string): boolean {
    const extension = path.extname(file).toLowerCase();
    if (extension === '.json') return true;
    if (extension === '.csv') return false;
    return /^\s*[[{]/.test(text);
}

/** Where the first of two rows stands, naming its file only when it is another one. */
function placeText(place: RowPlace, currentFile: string): RowPlaceText {
    const where = 'line' in place ? { line: place.line } : { index: place.index };
    return place.file === currentFile ? where : { ...where, file: place.file };
}

/**
 * The effect id a row most likely meant (REPORTS.md: "unknown effect (with the closest effect
 * id)"): the closest whole id; else, for an effect written without its agreement
 * (`Wachttijd`) or with another one (`Oud.Wachttijd`), the one id whose effect name is closest,
 * when only one agreement has such an effect (with several, naming one would be a guess).
 */
function closestEffectId(effect: string, effectIds: readonly string[]): string | undefined {
    const whole = model.closestName(effect, effectIds);
    if (whole !== undefined) return whole;
    const name = effect.slice(effect.lastIndexOf('.') + 1);
    if (name === '') return undefined;
    const effectNameOf = (id: string) => id.slice(id.indexOf('.') + 1);
    const exact = effectIds.filter(id => effectNameOf(id).toLowerCase() === name.toLowerCase());
    if (exact.length > 0) return exact.length === 1 ? exact[0] : undefined;
    const closest = model.closestName(name, new Set(effectIds.map(effectNameOf)));
    const matching = closest === undefined ? [] : effectIds.filter(id => effectNameOf(id) === closest);
    return matching.length === 1 ? matching[0] : undefined;
}
