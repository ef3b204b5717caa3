/**
 * The files a run of `keten` reads: agreements, measurement files (`--data`) and the
 * configuration in use. Every reader records what it reads here, so that no command writes its
 * output over one of its own inputs (CLI.md, "Cache, outputs and inputs"): the check in
 * `write-output.ts` compares an output path with this list, for every command, including the
 * ones added later, without each command having to list its inputs again.
 * One command runs per process; `run` clears the list when it starts.
 */
import * as fs from 'node:fs';

/** What an input is to the command, for the one line that refuses to write over it. */
export type InputKind = 'agreement' | 'measurements' | 'configuration';

export interface InputRead {
    /** Absolute path, as the command read it. */
    readonly path: string;
    readonly kind: InputKind;
}

const inputs = new Map<string, InputRead>();

/** Records a file the command reads (absolute path); the first kind recorded for a path counts. */
export function recordInput(file: string, kind: InputKind): void {
    if (!inputs.has(file)) inputs.set(file, { path: file, kind });
}

export function inputsRead(): readonly InputRead[] {
    return [...inputs.values()];
}

export function forgetInputs(): void {
    inputs.clear();
}

/**
 * What makes two paths the same file, as the file system has it: device and inode (so a
 * symbolic link, a hard link, `./x` against `x` and, on a case-insensitive file system, `M.csv`
 * against `m.csv` are all the same file), and the real path where the system gives no inode.
 * `undefined` when nothing exists at the path.
 */
export function fileIdentity(file: string): string | undefined {
    let stat: fs.BigIntStats;
    try {
        stat = fs.statSync(file, { bigint: true });
    } catch {
        return undefined;
    }
    if (stat.ino !== 0n) return `inode:${stat.dev}:${stat.ino}`;
    try {
        return `path:${fs.realpathSync.native(file)}`;
    } catch {
        return undefined;
    }
}
