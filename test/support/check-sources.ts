/** Runs the checker on in-memory or on-disk sources, for tests. */
import { EmptyFileSystem } from 'langium';
import { checkWorkspace, createKetenServices, type Locale, type SourceFile } from '@keten/language';
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface SimpleFinding {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    readonly rule: string;
    readonly severity: 'error' | 'warning' | 'info';
    readonly message: string;
    readonly related: number;
}

const SEVERITIES = { 1: 'error', 2: 'warning', 3: 'info', 4: 'info' } as const;

export async function checkSources(sources: Record<string, string> | SourceFile[], locale: Locale = 'en'): Promise<SimpleFinding[]> {
    const files: SourceFile[] = Array.isArray(sources)
        ? sources
        : Object.entries(sources).map(([name, text]) => ({ path: path.resolve('/virtual', name), bytes: text }));
    const services = createKetenServices(EmptyFileSystem);
    services.Keten.keten.Settings.locale = locale;
    const checked = await checkWorkspace(services, files);
    return checked.flatMap(file => file.diagnostics.map(d => ({
        file: file.path,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        rule: String(d.code),
        severity: SEVERITIES[(d.severity ?? 1) as 1 | 2 | 3 | 4],
        message: d.message,
        related: d.relatedInformation?.length ?? 0
    })));
}

export async function checkFiles(paths: string[], locale: Locale = 'en'): Promise<SimpleFinding[]> {
    return checkSources(paths.map(p => ({ path: path.resolve(p), bytes: fs.readFileSync(p) })), locale);
}

/** Every `.keten` file under a folder, sorted. */
export function ketenFilesUnder(folder: string): string[] {
    const result: string[] = [];
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) result.push(...ketenFilesUnder(full));
        else if (entry.name.endsWith('.keten')) result.push(full);
    }
    return result.sort();
}
