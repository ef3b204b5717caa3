/**
 * JSON measurement files (REPORTS.md): an array of `{ effect, date, value, source?, note? }`.
 */
import { MeasurementFileError } from './measurement.js';

export function readJsonArray(file: string, text: string): unknown[] {
    let data: unknown;
    try {
        data = JSON.parse(text);
    } catch (error) {
        throw new MeasurementFileError(file, `'${file}' is not valid JSON: ${(error as Error).message}.`);
    }
    if (!Array.isArray(data)) {
        throw new MeasurementFileError(file, `'${file}' must hold a JSON array of measurements ({ "effect", "date", "value" }), not ${describe(data)}.`);
    }
    return data;
}

function describe(value: unknown): string {
    if (value === null) return 'null';
    if (typeof value === 'object') return 'an object';
    return `a ${typeof value}`;
}
