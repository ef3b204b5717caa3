/**
 * JSON measurement files (REPORTS.md): an array of `{ effect, date, value, source?, note? }`.
 */
import type { JsonValueKind } from '@keten/language';
import { MeasurementFileError } from './measurement.js';
import type { MeasurementTexts } from './measurement-row-schema.js';

export function readJsonArray(file: string, text: string, texts: MeasurementTexts): unknown[] {
    let data: unknown;
    try {
        data = JSON.parse(text);
    } catch (error) {
        throw new MeasurementFileError(file, texts.notValidJson({ file, detail: (error as Error).message }));
    }
    if (!Array.isArray(data)) {
        throw new MeasurementFileError(file, texts.notAJsonArray({ file, found: kindOf(data) }));
    }
    return data;
}

/** What a parsed JSON text is, when it is not an array. */
function kindOf(value: unknown): JsonValueKind {
    if (value === null) return 'null';
    if (typeof value === 'object') return 'object';
    return typeof value as 'string' | 'number' | 'boolean';
}
