/** Runs the real `keten` binary as a subprocess, as a user or CI would. */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../..');
export const KETEN_BIN = path.join(REPO_ROOT, 'packages/cli/bin/keten.cjs');

export interface KetenRun {
    readonly code: number;
    readonly stdout: string;
    readonly stderr: string;
}

/** `timeout`: how long before the run is stopped as hung (default a minute). */
export function runKeten(args: string[], options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {}): KetenRun {
    const result = spawnSync(process.execPath, [KETEN_BIN, ...args], {
        cwd: options.cwd ?? REPO_ROOT,
        input: options.input,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', KETEN_LOCALE: '', ...options.env },
        timeout: options.timeout ?? 60_000,
        maxBuffer: 1024 * 1024 * 1024
    });
    return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
