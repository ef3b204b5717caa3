/**
 * The workspace as a .zip (fflate): the .keten files at the top, measurements under `data/`,
 * as a folder of agreements looks in a repository (so `keten validate` runs on it unpacked).
 * Opening a .zip reads only .keten, .csv and .json entries, within the workspace limits.
 */
import { unzipSync, zipSync, strToU8 } from 'fflate';
import { WORKSPACE_LIMITS, checkedWorkspace, type Refusal, type WorkspaceFile, type WorkspaceState } from './workspace-state.js';

export const MEASUREMENTS_FOLDER = 'data/';

export function workspaceZip(state: WorkspaceState): Uint8Array {
    const entries: Record<string, Uint8Array> = {};
    for (const file of state.files) entries[file.name] = strToU8(file.text);
    for (const file of state.measurements) entries[MEASUREMENTS_FOLDER + file.name] = strToU8(file.text);
    return zipSync(entries, { level: 6 });
}

export function workspaceOfZip(bytes: Uint8Array): WorkspaceState | Refusal {
    let declared = 0;
    let count = 0;
    let entries: Record<string, Uint8Array>;
    try {
        entries = unzipSync(bytes, {
            filter: entry => {
                if (!/\.(keten|csv|json)$/i.test(entry.name) || entry.name.split('/').some(part => part.startsWith('.') || part === '__MACOSX')) return false;
                declared += entry.originalSize;
                count++;
                return declared <= WORKSPACE_LIMITS.totalCharacters * 3 && count <= WORKSPACE_LIMITS.files;
            }
        });
    } catch {
        return { refused: 'not-a-workspace' };
    }
    if (count > WORKSPACE_LIMITS.files) return { refused: 'too-many-files' };
    if (declared > WORKSPACE_LIMITS.totalCharacters * 3) return { refused: 'too-large' };
    const files: WorkspaceFile[] = [];
    const measurements: WorkspaceFile[] = [];
    for (const name of Object.keys(entries).sort()) {
        const text = utf8Text(entries[name]);
        if (text === undefined) return { refused: 'not-text' };
        (/\.keten$/i.test(name) ? files : measurements).push({ name: name.split('/').pop() ?? name, text });
    }
    return checkedWorkspace({ files, measurements });
}

/** UTF-8 text without a byte-order mark, or undefined when the bytes are not UTF-8. */
export function utf8Text(bytes: Uint8Array): string | undefined {
    try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    } catch {
        return undefined;
    }
}
