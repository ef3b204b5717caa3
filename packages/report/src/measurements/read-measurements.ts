/**
 * From measurement files to the measurements of a report (REPORTS.md, "Measurements"): every
 * row validated; a bad row never stops the report but is left out and listed as a data
 * problem with its file, line (CSV) or index (JSON), and the reason.
 */
import * as path from 'node:path';
import { model } from '@keten/language';
import { MeasurementFileError, type DataProblem, type DataProblemReason, type MeasurementRow, type MeasurementSet } from './measurement.js';
import { csvRowSchema, jsonRowSchema, validateRow, type ValidRow } from './measurement-row-schema.js';
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
 */
export function readMeasurements(files: readonly MeasurementFile[], effectIds: readonly string[], asOf: string): MeasurementSet {
    const known = new Set(effectIds);
    const asOfDay = model.parseDate(asOf)?.dayNumber;
    if (asOfDay === undefined) throw new RangeError(`The report date '${asOf}' is not a calendar date (YYYY-MM-DD).`);
    const measurements: MeasurementRow[] = [];
    const problems: DataProblem[] = [];
    const firstOf = new Map<string, RowPlace>();

    const accept = (place: RowPlace, checked: ReturnType<typeof validateRow>): void => {
        const problem = (reason: DataProblemReason, message: string): void => { problems.push({ ...place, reason, message: sentence(message) }); };
        if (!checked.ok) return problem(checked.reason, checked.message);
        const row: ValidRow = checked.row;
        if (!known.has(row.effect)) return problem('unknown-effect', unknownEffectMessage(row.effect, effectIds));
        if (model.parseDate(row.date)!.dayNumber > asOfDay) {
            return problem('after-as-of', `the date ${row.date} is after the report date ${asOf} (--as-of)`);
        }
        const key = `${row.effect}\u0000${row.date}`;
        const first = firstOf.get(key);
        if (first) {
            return problem('duplicate', `a second value for '${row.effect}' on ${row.date}; the first, at ${describePlace(first, place.file)}, is kept`);
        }
        firstOf.set(key, place);
        measurements.push({ ...row, ...place });
    };

    for (const { file, bytes } of files) {
        const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        if (buffer.includes(0)) throw new MeasurementFileError(file, `'${file}' is not a CSV or JSON file (it holds binary data).`);
        const text = decodeText(buffer);
        if (isJson(file, text)) {
            readJsonArray(file, text).forEach((raw, index) => accept({ file, index }, validateRow(jsonRowSchema, raw)));
        } else {
            const table = readCsv(file, Buffer.from(text, 'utf8'));
            const schema = csvRowSchema(table.delimiter);
            for (const record of table.records) accept({ file, line: record.line }, validateRow(schema, record.cells));
        }
    }
    return { measurements, problems };
}

/**
 * UTF-8 (with or without byte-order mark); a file that is not UTF-8 is read as Windows-1252,
 * the encoding Excel on Windows uses for "CSV (gescheiden door lijstscheidingsteken)".
 */
function decodeText(buffer: Buffer): string {
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
    } catch {
        return new TextDecoder('windows-1252').decode(buffer);
    }
}

function isJson(file: string, text: string): boolean {
    const extension = path.extname(file).toLowerCase();
    if (extension === '.json') return true;
    if (extension === '.csv') return false;
    return /^\s*[[{]/.test(text);
}

function unknownEffectMessage(effect: string, effectIds: readonly string[]): string {
    const closest = model.closestName(effect, effectIds);
    if (closest) return `unknown effect '${effect}'; did you mean '${closest}'?`;
    return `unknown effect '${effect}': no agreement in the workspace has it (effects are named Agreement.Effect)`;
}

function describePlace(place: RowPlace, currentFile: string): string {
    const where = 'line' in place ? `line ${place.line}` : `index ${place.index}`;
    return place.file === currentFile ? where : `${where} of '${place.file}'`;
}

function sentence(text: string): string {
    const withCapital = text.charAt(0).toUpperCase() + text.slice(1);
    return /[.?!]$/.test(withCapital) ? withCapital : `${withCapital}.`;
}
