/**
 * The measurement files of the editor's effect status and report: the paths and patterns of the
 * `keten.report.data` setting, resolved against each workspace folder (`data/metingen.csv`,
 * `data/*.csv`, or an absolute path). The list of files is found again only when the setting
 * or a file in the workspace changes; a file's bytes are read again only when its modification
 * time or size changed, so asking for the files on every code lens request stays cheap.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import type { MeasurementFile } from '@keten/report';

/** One configured file, found in a workspace folder. */
interface FoundFile {
    readonly absolute: string;
    /** The name reports and data problems give it: relative to its workspace folder, with `/`. */
    readonly name: string;
}

interface CachedBytes {
    readonly mtimeMs: number;
    readonly size: number;
    readonly bytes: Uint8Array;
}

export interface MeasurementFilesResult {
    readonly files: readonly MeasurementFile[];
    /** Files that were found but could not be read, with the reason. */
    readonly unreadable: ReadonlyArray<{ readonly file: string; readonly reason: string }>;
    /** Configured paths and patterns that name no file in any workspace folder. */
    readonly unmatched: readonly string[];
    /** Changes whenever any file's content may have changed: a key for caches built from the files. */
    readonly signature: string;
}

/** The `keten.report.data` setting of one workspace folder (multi-root workspaces set it per folder). */
export interface FolderPatterns {
    readonly folder: string;
    readonly patterns: unknown;
}

export class MeasurementFiles {
    /** Each workspace folder with the paths and patterns resolved against it. */
    private entries: ReadonlyArray<{ readonly folder: string; readonly patterns: readonly string[] }> = [];
    private folders: readonly string[] = [];
    private found: { files: FoundFile[]; unmatched: string[] } | undefined;
    private readonly bytes = new Map<string, CachedBytes>();

    /** The `keten.report.data` setting; anything but a list of strings counts as empty. */
    configure(patterns: unknown, folders: readonly string[]): void {
        this.configureByFolder(folders.map(folder => ({ folder, patterns })));
    }

    /** A value of the setting per workspace folder, each resolved against its own folder only. */
    configureByFolder(entries: readonly FolderPatterns[]): void {
        this.entries = entries.map(({ folder, patterns }) => ({ folder, patterns: patternsOf(patterns) }));
        this.folders = entries.map(entry => entry.folder);
        this.found = undefined;
    }

    get isConfigured(): boolean {
        return this.entries.some(entry => entry.patterns.length > 0);
    }

    /** Whether a changed file may be one of the measurement files (then they are looked up again). */
    mayConcern(fsPath: string): boolean {
        if (!this.isConfigured) return false;
        if (this.found?.files.some(file => file.absolute === fsPath)) return true;
        // A new CSV or JSON file may match a pattern; looking again is cheap. Other files
        // (the editor reports every change in the workspace) are left alone.
        return /\.(csv|json)$/i.test(fsPath) && this.folders.some(folder => fsPath.startsWith(folder + sep));
    }

    /** Looks the files up again on the next read. */
    forget(): void {
        this.found = undefined;
    }

    read(): MeasurementFilesResult {
        const { files: found, unmatched } = this.find();
        const files: MeasurementFile[] = [];
        const unreadable: Array<{ file: string; reason: string }> = [];
        const signature: string[] = [];
        for (const file of found) {
            try {
                const stat = statSync(file.absolute);
                let cached = this.bytes.get(file.absolute);
                if (!cached || cached.mtimeMs !== stat.mtimeMs || cached.size !== stat.size) {
                    cached = { mtimeMs: stat.mtimeMs, size: stat.size, bytes: readFileSync(file.absolute) };
                    this.bytes.set(file.absolute, cached);
                }
                files.push({ file: file.name, bytes: cached.bytes });
                signature.push(`${file.absolute}\u0000${cached.mtimeMs}\u0000${cached.size}`);
            } catch (error) {
                this.bytes.delete(file.absolute);
                unreadable.push({ file: file.name, reason: reasonOf(error) });
            }
        }
        return { files, unreadable, unmatched, signature: signature.join('\n') };
    }

    private find(): { files: FoundFile[]; unmatched: string[] } {
        if (this.found) return this.found;
        const files: FoundFile[] = [];
        const unmatched: string[] = [];
        const seen = new Set<string>();
        const matched = new Set<string>();
        const patterns = [...new Set(this.entries.flatMap(entry => entry.patterns))];
        for (const pattern of patterns) {
            for (const { folder } of this.entries.filter(entry => entry.patterns.includes(pattern))) {
                for (const absolute of this.resolvePattern(pattern, folder)) {
                    matched.add(pattern);
                    if (seen.has(absolute)) continue;
                    seen.add(absolute);
                    files.push({ absolute, name: displayName(folder, absolute) });
                }
            }
            if (!matched.has(pattern)) unmatched.push(pattern);
        }
        this.found = { files, unmatched };
        return this.found;
    }

    private resolvePattern(pattern: string, folder: string): string[] {
        if (isDynamicPattern(pattern)) {
            // Sorted: files are read in a fixed order, so "the first row is kept" is predictable.
            return globSync(pattern, { cwd: folder, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**'] })
                .map(path => resolve(path)).sort();
        }
        const absolute = isAbsolute(pattern) ? pattern : resolve(folder, pattern);
        try {
            return statSync(absolute).isFile() ? [absolute] : [];
        } catch {
            return [];
        }
    }
}

/** The setting's value as a list of paths and patterns; anything but a list of strings counts as empty. */
function patternsOf(value: unknown): string[] {
    return Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string' && p.trim() !== '') : [];
}

function displayName(folder: string, absolute: string): string {
    const name = relative(folder, absolute);
    return name.startsWith('..') || isAbsolute(name) ? absolute : name.split(sep).join('/');
}

function reasonOf(error: unknown): string {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'the file no longer exists.';
    if (code === 'EACCES') return 'permission denied.';
    return `${(error as Error).message}.`;
}
