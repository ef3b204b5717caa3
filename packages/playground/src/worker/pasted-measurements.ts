/**
 * The measurements of the playground: CSV or JSON text pasted into the page or loaded from a
 * file there, held in the worker as the files the server would read from `keten.report.data`.
 * The effect report and the effect status above each effect read them through the server's
 * own `EditorReports`, so they are computed exactly as in the editor and by `keten report`.
 */
import type { MeasurementSource } from '@keten/language-server/editor-reports';
import type { MeasurementFile } from '@keten/report';

export class PastedMeasurements implements MeasurementSource {
    private files: MeasurementFile[] = [];
    private version = 0;

    set(files: ReadonlyArray<{ readonly name: string; readonly text: string }>): void {
        const encoder = new TextEncoder();
        this.files = files.map(file => ({ file: file.name, bytes: encoder.encode(file.text) }));
        this.version++;
    }

    get isConfigured(): boolean {
        return this.files.length > 0;
    }

    read() {
        return { files: this.files, unreadable: [], unmatched: [], signature: `pasted:${this.version}` };
    }
}
