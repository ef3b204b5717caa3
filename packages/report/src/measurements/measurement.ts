/**
 * Measured values of effects, as read from measurement files (REPORTS.md, "Measurements"),
 * and the problems found in those files. Plain data: the report model and every renderer
 * use these; nothing here knows where the values came from beyond the file name.
 */

/** One accepted measurement of one effect. */
export interface MeasurementRow {
    /** `Agreement.Effect`, as measurement files name an effect. */
    readonly effect: string;
    /** `YYYY-MM-DD`, a calendar date on or before the report date. */
    readonly date: string;
    readonly value: number;
    readonly source?: string;
    readonly note?: string;
    /** The file (relative path, `/` separators) and where in it the row stands. */
    readonly file: string;
    readonly line?: number;
    readonly index?: number;
}

/** Why a row was left out. */
export type DataProblemReason =
    | 'missing-field' | 'unknown-effect' | 'bad-date' | 'bad-value' | 'ambiguous-value' | 'extra-fields' | 'duplicate' | 'after-as-of' | 'bad-row';

/** Every reason, in the order the HTML and Markdown reports count them. */
export const DATA_PROBLEM_REASONS: readonly DataProblemReason[] = [
    'missing-field', 'unknown-effect', 'bad-date', 'bad-value', 'ambiguous-value', 'extra-fields', 'duplicate', 'after-as-of', 'bad-row'
];

/**
 * A row left out of the report: the file, where in it (CSV: the physical 1-based line, the
 * header being line 1; JSON: the 0-based index in the array) and a message for people.
 */
export interface DataProblem {
    readonly file: string;
    readonly line?: number;
    readonly index?: number;
    readonly reason: DataProblemReason;
    readonly message: string;
}

/** What the measurement files gave: the rows kept and the rows left out. */
export interface MeasurementSet {
    readonly measurements: readonly MeasurementRow[];
    readonly problems: readonly DataProblem[];
}

/**
 * A measurement file that cannot be used at all (not CSV or JSON, no usable header, not an
 * array): the command cannot do its job with it (CLI.md, exit 2).
 */
export class MeasurementFileError extends Error {
    constructor(readonly file: string, message: string) {
        super(message);
        this.name = 'MeasurementFileError';
    }
}
