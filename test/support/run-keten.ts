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

export function runKeten(args: string[], options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}): KetenRun {
    const result = spawnSync(process.execPath, [KETEN_BIN, ...args], {
        cwd: options.cwd ?? REPO_ROOT,
        input: options.input,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', KETEN_LOCALE: '', ...options.env },
        timeout: 60_000
    });
    return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
