/**
 * CSV measurement files in both spreadsheet dialects (REPORTS.md): `,` between fields with a
 * decimal point, or `;` with a decimal comma as Dutch Excel writes it. Quoted fields, a
 * byte-order mark and CRLF line ends are accepted. Parsing is csv-parse's, or papaparse's fast
 * mode for a file without quotes (`parsedRows`); this module picks the dialect, finds the
 * columns by header name and keeps the physical line of every row.
 */
import { parse } from 'csv-parse/sync';
import Papa from 'papaparse';
import { MeasurementFileError } from './measurement.js';
import type { CsvDelimiter, MeasurementTexts } from './measurement-row-schema.js';

/** A data row of a CSV file: its cells by header name, and the physical line it starts on. */
export interface CsvRecord {
    readonly line: number;
    readonly cells: Readonly<Record<string, string>>;
    /**
     * Set when the row has more fields than the header names columns (empty fields at its end
     * aside): a value with an unquoted delimiter was split, and no cell can be trusted.
     */
    readonly extraFields?: { readonly fields: number; readonly columns: number };
    /**
     * In a `,` file: the value and the field after it when they look like one number split at
     * its comma (`44,5`, `1,234`), whether or not that gave the row an extra field.
     */
    readonly splitNumber?: string;
}

export interface CsvTable {
    readonly delimiter: CsvDelimiter;
    readonly records: readonly CsvRecord[];
}

const REQUIRED_COLUMNS = ['effect', 'date', 'value'] as const;
const KNOWN_COLUMNS = new Set(['effect', 'date', 'value', 'source', 'note']);
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/** A record of the file with the physical 1-based line it starts on. */
export interface CsvRow {
    readonly record: readonly string[];
    readonly line: number;
    /** The fields written in quotes, by index (only files with a quote character have any). */
    readonly quoted?: ReadonlySet<number>;
}

/** `text`: the file's text (decoded, without the byte-order mark the decoder took off). */
export function readCsv(file: string, text: string, texts: MeasurementTexts): CsvTable {
    const bytes = Buffer.from(text, 'utf8');
    // Excel's "Unicode text" separates fields with tabs: no dialect of REPORTS.md, and never guessed at.
    const firstLine = /^[^\r\n]*/.exec(text)?.[0] ?? '';
    if (firstLine.includes('\t') && !/[,;]/.test(firstLine)) throw new MeasurementFileError(file, texts.tabSeparated({ file }));
    const delimiter = delimiterOf(bytes);
    checkHeader(file, bytes, delimiter, texts);
    const [header, ...data] = parsedRows(file, bytes, delimiter, texts);
    if (!header) throw new MeasurementFileError(file, texts.emptyCsv({ file }));
    const columns = header.record.map(name => name.trim().toLowerCase());
    const missing = REQUIRED_COLUMNS.filter(name => !columns.includes(name));
    if (missing.length > 0) {
        throw new MeasurementFileError(file, texts.missingColumns({ file, columns: missing }));
    }
    // The first column of a name counts; unknown columns are ignored.
    const picked = columns
        .map((name, index) => ({ name, index }))
        .filter(({ name }, position) => KNOWN_COLUMNS.has(name) && columns.indexOf(name) === position);
    const valueIndex = columns.indexOf('value');
    // The column after `value`, when it holds text (a number split at its comma lands there).
    const textAfterValue = columns[valueIndex + 1] === 'source' || columns[valueIndex + 1] === 'note';
    const records: CsvRecord[] = [];
    for (const row of data) {
        const cells: Record<string, string> = {};
        for (const { name, index } of picked) {
            if (row.record[index] !== undefined) cells[name] = row.record[index];
        }
        const record: { -readonly [K in keyof CsvRecord]: CsvRecord[K] } = { line: row.line, cells };
        let fields = row.record.length;
        while (fields > columns.length && row.record[fields - 1].trim() === '') fields--;
        if (fields > columns.length) record.extraFields = { fields, columns: columns.length };
        if (delimiter === ',' && (record.extraFields || textAfterValue)) {
            const value = row.record[valueIndex]?.trim() ?? '';
            const next = row.record[valueIndex + 1]?.trim() ?? '';
            // A field in quotes was set apart by its writer (`44,"2026"`): no number split there.
            const quoted = row.quoted?.has(valueIndex) || row.quoted?.has(valueIndex + 1);
            if (!quoted && /^[+-]?\d+$/.test(value) && /^\d+$/.test(next)) record.splitNumber = `${value},${next}`;
        }
        records.push(record);
    }
    return { delimiter, records };
}

/**
 * The records of the file as csv-parse reads them, each with the physical line it starts on.
 * Most files have no quote character and one kind of line end: every record is then one
 * non-empty physical line, its fields separated by the delimiter, and papaparse reads them in
 * its fast mode (made for input without quotes: two to four times csv-parse's speed on the
 * bench's 36,000 rows) without byte offsets. It must and does give exactly csv-parse's records
 * (test/report/csv-record-lines.test.ts compares the two on crafted and random files); a
 * different record count, an error or a byte-order mark leaves the file to csv-parse.
 */
export function parsedRows(file: string, bytes: Buffer, delimiter: CsvDelimiter, texts: MeasurementTexts): CsvRow[] {
    const simpleLines = linesOfRecordsWithoutQuotes(bytes);
    if (simpleLines && !startsWithByteOrderMark(bytes)) {
        const parsed = Papa.parse<string[]>(bytes.toString('utf8'), {
            delimiter,
            newline: bytes.includes(CARRIAGE_RETURN) ? '\r\n' : '\n',
            fastMode: true,
            skipEmptyLines: true
        });
        if (parsed.errors.length === 0 && parsed.data.length === simpleLines.length) {
            return parsed.data.map((record, index) => ({ record, line: simpleLines[index] }));
        }
    }
    return parsedRowsByOffsets(file, bytes, delimiter, texts);
}

function startsWithByteOrderMark(bytes: Buffer): boolean {
    return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** `parsedRows` for any file: the line of each record from the byte offset where the one before it ended. */
export function parsedRowsByOffsets(file: string, bytes: Buffer, delimiter: CsvDelimiter, texts: MeasurementTexts): CsvRow[] {
    let rows: Array<{ record: string[]; info: { bytes: number } }>;
    // Which fields of each record were quoted: csv-parse tells `cast`, field by field, in order.
    const quotedByRecord: Array<Set<number>> = [];
    try {
        // With `info: true` every record comes with where it ends; csv-parse's types do not say so.
        rows = parse(bytes, {
            bom: true,
            delimiter,
            info: true,
            // A quote inside an unquoted field is taken as text, as spreadsheets do, so one
            // odd row does not make the whole file unreadable.
            relax_quotes: true,
            relax_column_count: true,
            skip_empty_lines: true,
            cast: (value, context) => {
                if (context.index === 0) quotedByRecord.push(new Set());
                if (context.quoting) quotedByRecord[quotedByRecord.length - 1].add(context.index);
                return value;
            }
        }) as unknown as Array<{ record: string[]; info: { bytes: number } }>;
    } catch (error) {
        throw new MeasurementFileError(file, texts.notReadableCsv({ file, detail: csvErrorText(error) }));
    }
    const lineStarts = new LineIndex(bytes);
    let previousEnd = 0;
    return rows.map((row, index) => {
        const line = lineStarts.lineOfRecordAfter(previousEnd);
        previousEnd = row.info.bytes;
        const quoted = quotedByRecord[index];
        return quoted && quoted.size > 0 ? { record: row.record, line, quoted } : { record: row.record, line };
    });
}

/**
 * The 1-based lines that are not empty, when the file has no quote character and its lines
 * all end the same way (`\n`, or `\r\n`): then csv-parse makes one record of each such line
 * (it skips only lines with nothing on them), so record k starts on the k-th of these lines,
 * the line `LineIndex` finds from its byte offsets. Undefined for any other file.
 */
function linesOfRecordsWithoutQuotes(bytes: Buffer): number[] | undefined {
    if (bytes.includes(0x22)) return undefined;
    const crlf = bytes.includes(CARRIAGE_RETURN);
    const lines: number[] = [];
    let line = 1;
    let lineStart = 0;
    for (let offset = 0; offset <= bytes.length; offset++) {
        const byte = offset < bytes.length ? bytes[offset] : NEWLINE;
        if (byte === CARRIAGE_RETURN) {
            if (bytes[offset + 1] !== NEWLINE) return undefined;
            continue;
        }
        if (byte !== NEWLINE) continue;
        if (crlf && offset < bytes.length && bytes[offset - 1] !== CARRIAGE_RETURN) return undefined;
        const contentEnd = crlf && offset < bytes.length ? offset - 1 : offset;
        if (contentEnd > lineStart) lines.push(line);
        line++;
        lineStart = offset + 1;
    }
    return lines;
}

/** A file whose first row does not name the columns is no measurement file, whatever follows. */
function checkHeader(file: string, bytes: Buffer, delimiter: CsvDelimiter, texts: MeasurementTexts): void {
    let header: string[] | undefined;
    try {
        header = (parse(bytes, { bom: true, delimiter, to_line: 1, relax_column_count: true, relax_quotes: true }) as string[][])[0];
    } catch {
        header = undefined;
    }
    const columns = (header ?? []).map(name => name.trim().toLowerCase());
    const missing = REQUIRED_COLUMNS.filter(name => !columns.includes(name));
    if (header && missing.length > 0) {
        throw new MeasurementFileError(file, texts.missingColumns({ file, columns: missing }));
    }
}

/**
 * The dialect, from the header row: `;` when it has more semicolons than commas outside
 * quotes (a `;` file's header has no decimal commas to confuse the count).
 */
function delimiterOf(bytes: Buffer): CsvDelimiter {
    let semicolons = 0;
    let commas = 0;
    let quoted = false;
    for (const byte of bytes) {
        if (byte === 0x22) quoted = !quoted;
        else if (!quoted && (byte === NEWLINE || byte === CARRIAGE_RETURN) && semicolons + commas > 0) break;
        else if (!quoted && byte === 0x3b) semicolons++;
        else if (!quoted && byte === 0x2c) commas++;
    }
    return semicolons > commas ? ';' : ',';
}

function csvErrorText(error: unknown): string {
    const message = (error as Error)?.message ?? String(error);
    return message.replace(/^Invalid Record Length: /, '').replace(/\.$/, '');
}

/** Physical lines of the file, so a record can be reported by the line it starts on. */
class LineIndex {
    private readonly newlines: number[] = [];

    constructor(private readonly bytes: Buffer) {
        bytes.forEach((byte, offset) => { if (byte === NEWLINE) this.newlines.push(offset); });
    }

    /**
     * The 1-based line of the record that starts at or after byte `offset` (the end of the
     * record before it), skipping the empty lines csv-parse skipped.
     */
    lineOfRecordAfter(offset: number): number {
        let start = offset;
        while (start < this.bytes.length && (this.bytes[start] === NEWLINE || this.bytes[start] === CARRIAGE_RETURN)) start++;
        return this.lineOf(start);
    }

    private lineOf(offset: number): number {
        // Number of newlines before `offset`, by binary search.
        let low = 0;
        let high = this.newlines.length;
        while (low < high) {
            const mid = (low + high) >> 1;
            if (this.newlines[mid] < offset) low = mid + 1;
            else high = mid;
        }
        return low + 1;
    }
}
