/**
 * The date a DOCX or PDF file says it was made. Without one, the time of writing (as the
 * libraries stamp it); with one, that date everywhere, so that the same agreement gives the same
 * bytes on every run — a committed covenant text can be checked against its source
 * (`SOURCE_DATE_EPOCH`, https://reproducible-builds.org/specs/source-date-epoch/).
 */
export interface FileDates {
    readonly created?: Date;
}

/**
 * `SOURCE_DATE_EPOCH` (whole seconds since 1970-01-01 UTC) as a date; `undefined` when it is
 * not set or empty, `'invalid'` when it is not such a number.
 */
export function sourceDateEpoch(value: string | undefined): Date | undefined | 'invalid' {
    if (value === undefined || value.trim() === '') return undefined;
    if (!/^\s*\d{1,12}\s*$/.test(value)) return 'invalid';
    return new Date(Number(value.trim()) * 1000);
}
