/**
 * On how many threads `keten validate` checks (docs/performance.md, "Both cores"): the main
 * thread and N − 1 worker threads.
 *
 * - `KETEN_WORKERS=N` (a whole number of 1 or more) forces N: `KETEN_WORKERS=1` checks on the
 *   main thread only, as before workers existed (for debugging, and for the bench's one-core
 *   ratios). Never more threads than files.
 * - Otherwise: one thread below 200 files or on a machine with fewer than 4 cores; from 200
 *   files on, one thread per 100 files, at most one per two cores (`os.availableParallelism()`)
 *   and at most 8. Starting a worker and parsing the shared files again in it costs about as
 *   much as checking tens of small agreements, so a small workspace is faster on one thread.
 *   One thread already keeps about 1.3 cores busy (V8 collects garbage and compiles on helper
 *   threads), and on the 2-core machine of docs/performance.md two parses side by side each
 *   took 1.5× as long as one alone: there two threads checked 1,000 files in 1.09× the time of
 *   one, so 2 and 3 cores stay on one thread.
 */
import * as os from 'node:os';
import { CliError } from '../cli-error.js';

export const FILES_FOR_WORKERS = 200;
const FILES_PER_WORKER = 100;
const MOST_WORKERS = 8;
/** Fewer cores than this: one thread (two threads were slower than one on 2 cores). */
const CORES_FOR_WORKERS = 4;

export function workerCount(files: number, env: NodeJS.ProcessEnv, cores = os.availableParallelism()): number {
    const forced = env.KETEN_WORKERS;
    if (forced !== undefined && forced.trim() !== '') {
        const value = forced.trim();
        if (!/^\d+$/.test(value) || Number(value) < 1) throw new CliError(m => m.workersNotANumber({ value: forced }));
        return Math.max(1, Math.min(Number(value), files));
    }
    if (files < FILES_FOR_WORKERS || cores < CORES_FOR_WORKERS) return 1;
    return Math.max(1, Math.min(Math.floor(cores / 2), MOST_WORKERS, Math.floor(files / FILES_PER_WORKER)));
}
