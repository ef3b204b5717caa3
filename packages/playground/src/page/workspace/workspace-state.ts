/**
 * The playground's workspace as plain data: its `.keten` files, the file in the active tab, and
 * the measurements. Everything that arrives from outside (a shared link, a .zip, a file, even
 * the browser's own storage) passes `checkedWorkspace` first: it is untrusted text, limited in
 * size and count, with file names made safe. Text itself is never interpreted here; the page
 * shows it only as text.
 */
import type { WorkspaceFile } from '../build-data-types.js';

export type { WorkspaceFile };

export interface WorkspaceState {
    readonly files: readonly WorkspaceFile[];
    readonly active?: string;
    readonly measurements: readonly WorkspaceFile[];
}

export const WORKSPACE_LIMITS = {
    /** All text together, in characters (the CLI refuses a single file of 20 MB). */
    totalCharacters: 12 * 1024 * 1024,
    files: 200,
    nameLength: 120
} as const;

export type Refusal =
    | { readonly refused: 'too-large' }
    | { readonly refused: 'too-many-files' }
    | { readonly refused: 'not-a-workspace' }
    | { readonly refused: 'not-text' }
    | { readonly refused: 'unsupported' };

export function isRefusal(value: unknown): value is Refusal {
    return typeof value === 'object' && value !== null && 'refused' in value;
}

const NAME = /^[\p{L}\p{N}_][\p{L}\p{N}_.\- ]*$/u;

/** Why a name cannot be a file name here, or undefined when it can. */
export function fileNameProblem(name: string, extension = '.keten'): 'bad' | undefined {
    if (name.length === 0 || name.length > WORKSPACE_LIMITS.nameLength) return 'bad';
    if (!NAME.test(name) || !name.toLowerCase().endsWith(extension) || name.length === extension.length) return 'bad';
    return undefined;
}

/**
 * A safe file name made from whatever a link or an archive calls a file: the last path part,
 * characters outside letters, digits, `-`, `_`, `.` and space replaced, the extension added,
 * and a number added when the name is taken.
 */
export function safeFileName(raw: string, taken: ReadonlySet<string>, extension = '.keten'): string {
    const last = raw.split(/[\\/]/).pop() ?? '';
    let base = last.replace(/[^\p{L}\p{N}_.\- ]/gu, '-').replace(/^[.\- ]+/, '').slice(0, WORKSPACE_LIMITS.nameLength - extension.length - 4);
    if (base.toLowerCase().endsWith(extension)) base = base.slice(0, -extension.length);
    if (base === '') base = 'file';
    let name = `${base}${extension}`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}${extension}`;
    return name;
}

/** A workspace from untrusted data, or why it was refused. */
export function checkedWorkspace(value: unknown): WorkspaceState | Refusal {
    if (typeof value !== 'object' || value === null) return { refused: 'not-a-workspace' };
    const raw = value as { files?: unknown; active?: unknown; measurements?: unknown };
    const files = checkedFiles(raw.files, '.keten');
    if (isRefusal(files)) return files;
    if (files.length === 0) return { refused: 'not-a-workspace' };
    const measurements = raw.measurements === undefined ? [] : checkedFiles(raw.measurements, '');
    if (isRefusal(measurements)) return measurements;
    if (files.length + measurements.length > WORKSPACE_LIMITS.files) return { refused: 'too-many-files' };
    const size = [...files, ...measurements].reduce((sum, file) => sum + file.text.length, 0);
    if (size > WORKSPACE_LIMITS.totalCharacters) return { refused: 'too-large' };
    const active = typeof raw.active === 'string' && files.some(file => file.name === raw.active) ? raw.active : files[0].name;
    return { files, active, measurements };
}

function checkedFiles(value: unknown, extension: string): WorkspaceFile[] | Refusal {
    if (!Array.isArray(value)) return { refused: 'not-a-workspace' };
    if (value.length > WORKSPACE_LIMITS.files) return { refused: 'too-many-files' };
    const taken = new Set<string>();
    const files: WorkspaceFile[] = [];
    let size = 0;
    for (const item of value) {
        if (typeof item !== 'object' || item === null) return { refused: 'not-a-workspace' };
        const { name, text } = item as { name?: unknown; text?: unknown };
        if (typeof name !== 'string' || typeof text !== 'string') return { refused: 'not-a-workspace' };
        size += text.length;
        if (size > WORKSPACE_LIMITS.totalCharacters) return { refused: 'too-large' };
        const safe = extension === ''
            ? safeMeasurementName(name, taken)
            : fileNameProblem(name) === undefined && !taken.has(name.toLowerCase()) ? name : safeFileName(name, taken, extension);
        taken.add(safe.toLowerCase());
        files.push({ name: safe, text });
    }
    return files;
}

function safeMeasurementName(raw: string, taken: ReadonlySet<string>): string {
    const extension = /\.json$/i.test(raw) ? '.json' : '.csv';
    return fileNameProblem(raw, extension) === undefined && !taken.has(raw.toLowerCase()) ? raw : safeFileName(raw, taken, extension);
}
