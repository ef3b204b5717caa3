/**
 * How many worker threads `keten validate` uses (docs/performance.md, "Both cores").
 *
 * - `KETEN_WORKERS=N` (a whole number of 1 or more) forces N: `KETEN_WORKERS=1` checks on the
 *   main thread, as before workers existed (for debugging, and for the bench's one-core ratios).
 * - Otherwise: one thread below 200 files or on a machine with one core; from 200 files on,
 *   one worker per 100 files, at most one per core (`os.availableParallelism()`) and at most 8.
 *   Starting a worker and loading the shared files into it costs about as much as checking
 *   100 small agreements, so a small workspace is faster on one thread.
 */
import * as os from 'node:os';
import { CliError } from '../cli-error.js';

export const FILES_FOR_WORKERS = 200;
const FILES_PER_WORKER = 100;
const MOST_WORKERS = 8;

export function workerCount(files: number, env: NodeJS.ProcessEnv, cores = os.availableParallelism()): number {
    const forced = env.KETEN_WORKERS;
    if (forced !== undefined && forced.trim() !== '') {
        const value = forced.trim();
        if (!/^\d+$/.test(value) || Number(value) < 1) throw new CliError(m => m.workersNotANumber({ value: forced }));
        return Math.max(1, Math.min(Number(value), files));
    }
    if (files < FILES_FOR_WORKERS || cores < 2) return 1;
    return Math.max(1, Math.min(cores, MOST_WORKERS, Math.floor(files / FILES_PER_WORKER)));
}
