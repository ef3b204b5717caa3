/**
 * Texts about measurement files (REPORTS.md, "Measurements"): why a row was left out of the
 * effect report (the `message` of a data problem; its `reason` code stays English), and why a
 * file could not be used at all. Column names (`effect`, `date`, `value`) are those the file
 * must have, so they are quoted as written in every locale.
 */

/** Where a row stands: a CSV line or a JSON index, and its file when that is another one. */
export interface RowPlaceText {
    readonly line?: number;
    readonly index?: number;
    /** Set only when the row is in another file than the one being reported on. */
    readonly file?: string;
}

/** What a JSON measurement file held instead of an array. */
export type JsonValueKind = 'null' | 'object' | 'string' | 'number' | 'boolean';

const JSON_KINDS: Readonly<Record<JsonValueKind, string>> = {
    null: 'null', object: 'an object', string: 'a string', number: 'a number', boolean: 'true or false'
};

const placeEn = (place: RowPlaceText) =>
    `${place.line !== undefined ? `line ${place.line}` : `index ${place.index}`}${place.file !== undefined ? ` of '${place.file}'` : ''}`;

export const measurementsEn = {
    // ---------------------------------------------------------------- rows
    effectMissing: () => 'The effect is missing.',
    dateMissing: () => 'The date is missing.',
    valueMissing: () => 'The value is missing.',
    notACalendarDate: (a: { date: string }) => `The date '${a.date}' is not a calendar date written YYYY-MM-DD.`,
    /** A CSV value; `decimalComma` in the `;` dialect, where 41,5 is a number too. */
    notANumber: (a: { value: string; decimalComma: boolean }) =>
        `The value '${a.value}' is not a number (expected a number such as ${a.decimalComma ? '41,5 or 41.5' : '41.5'}, without thousands separators).`,
    /**
     * A CSV value that reads as two numbers (docs/reports.md): `mark` may separate thousands
     * (`readings[0]`) or be a decimal mark (`readings[1]`, as the file's dialect writes it).
     */
    ambiguousNumber: (a: { value: string; mark: string; readings: readonly [string, string] }) =>
        `The value '${a.value}' is ambiguous: the '${a.mark}' may separate thousands (${a.readings[0]}) or be a decimal mark (${a.readings[1]}). Write ${a.readings[0]} or ${a.readings[1]}.`,
    /** `write`: the value without thousands separators. */
    thousandsSeparator: (a: { value: string; write: string }) =>
        `The value '${a.value}' has a thousands separator, which a measurement file may not have: write ${a.write}.`,
    decimalCommaInCommaFile: (a: { value: string; write: string }) =>
        `The value '${a.value}' has a decimal comma, but in a file with commas between fields the decimal mark is a point: write ${a.write} (or save the file with ';' between fields).`,
    /** In a `,` file, `44,5` or `1,234` over two fields: what it may mean, or how to write the decimal. */
    numberSplitAtComma: (a: { value: string; readings?: readonly [string, string]; write?: string }) =>
        `'${a.value}' looks like one number split into two fields at its comma (this file separates fields with ','): ${a.readings
            ? `it may mean ${a.readings[0]} or ${a.readings[1]}. Write the one that is meant, without a comma.`
            : a.write !== undefined ? `write it as ${a.write}.` : 'write it without a comma.'}`,
    /** A row with more fields than the header names columns (`delimiter`: the file's). */
    extraFields: (a: { fields: number; columns: number; delimiter: string }) =>
        `The row has ${a.fields} fields, but the header names ${a.columns}: a value with an unquoted '${a.delimiter}' is split in two, and Keten does not guess which. Put such a value between double quotes.`,
    /** A JSON number too large to compute with (`1e400`, which JSON reads as Infinity). */
    notAFiniteNumber: () => 'The value is not a finite number (too large to compute with).',
    /** A JSON value, written as JSON (`"41"`, `null`). */
    jsonValueNotANumber: (a: { value: string }) => `The value ${a.value} is not a number.`,
    /** `source` or `note` holding something other than text (JSON). */
    notText: (a: { field: string }) => `The ${a.field} is not text; write it between double quotes.`,
    rowNotAnObject: () => 'The row is not an object with effect, date and value.',
    rowNotValid: () => 'The row is not valid.',
    unknownEffect: (a: { effect: string; closest?: string }) => a.closest !== undefined
        ? `Unknown effect '${a.effect}'; did you mean '${a.closest}'?`
        : `Unknown effect '${a.effect}': no agreement in the workspace has it (effects are named Agreement.Effect).`,
    afterAsOf: (a: { date: string; asOf: string }) => `The date ${a.date} is after the report date ${a.asOf} (--as-of).`,
    duplicate: (a: { effect: string; date: string; first: RowPlaceText }) =>
        `A second value for '${a.effect}' on ${a.date}; the first, at ${placeEn(a.first)}, is kept.`,

    // ---------------------------------------------------------------- files
    binaryFile: (a: { file: string }) => `'${a.file}' is not a CSV or JSON file (it holds binary data).`,
    utf16WithoutByteOrderMark: (a: { file: string }) =>
        `'${a.file}' looks like UTF-16 text without a byte-order mark. Save it as UTF-8 (in Excel: "CSV UTF-8 (comma delimited)") and try again.`,
    tabSeparated: (a: { file: string }) =>
        `'${a.file}' separates its fields with tabs (as Excel's "Unicode text" does). Save it as CSV UTF-8, with ',' or ';' between fields, and try again.`,
    /** `detail`: the JSON parser's own (English) words. */
    notValidJson: (a: { file: string; detail: string }) => `'${a.file}' is not valid JSON: ${a.detail}.`,
    notAJsonArray: (a: { file: string; found: JsonValueKind }) =>
        `'${a.file}' must hold a JSON array of measurements ({ "effect", "date", "value" }), not ${JSON_KINDS[a.found]}.`,
    /** `detail`: the CSV parser's own (English) words. */
    notReadableCsv: (a: { file: string; detail: string }) => `'${a.file}' is not a readable CSV file: ${a.detail}.`,
    emptyCsv: (a: { file: string }) => `'${a.file}' is empty: a measurement file needs a header row naming effect, date and value.`,
    missingColumns: (a: { file: string; columns: readonly string[] }) =>
        `'${a.file}' has no column ${a.columns.map(name => `'${name}'`).join(', ')}: its first row must name at least effect, date and value (separated by ',' or ';').`
};
