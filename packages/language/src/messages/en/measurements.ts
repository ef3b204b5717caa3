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
