/**
 * The "both cores" ratio of issue 15: `keten validate` of the 1,000-agreement workspace on two
 * threads (KETEN_WORKERS=2: below 4 cores the automatic choice is one thread), against the one-core bare parse of the same files
 * (`bench/bare-parse.ts`), interleaved in one run (bare parse, validate on workers, validate
 * on one thread, in turn; medians), so the machine's load weighs on each alike.
 * The other rows of issue 15 measure one thread: they pass ONE_THREAD.
 */
import { median, KETEN_BIN, timeNode, type BenchRow, type ProcessTiming } from './measure.js';

/** The environment of a `keten validate` that checks on one thread (docs/performance.md, "Both cores"). */
export const ONE_THREAD: NodeJS.ProcessEnv = { KETEN_WORKERS: '1' };

export type BothCoresRow = BenchRow;

export async function measureBothCores(dir: string, bareParseBin: string, runs = 5): Promise<BothCoresRow> {
    const rounds = { bare: [] as ProcessTiming[], workers: [] as ProcessTiming[], one: [] as ProcessTiming[] };
    let how = '';
    for (let i = 0; i < runs; i++) {
        rounds.bare.push(await timeNode(bareParseBin, ['.'], dir));
        const onWorkers = await timeNode(KETEN_BIN, ['validate', '.'], dir, undefined, { KETEN_WORKERS: '2', KETEN_WORKERS_DEBUG: '1' });
        if (onWorkers.code !== 0 && onWorkers.code !== 1) throw new Error(`keten validate exited ${onWorkers.code}: ${onWorkers.stderr}`);
        how = onWorkers.stderr.split('\n').find(line => / on (one thread|\d+ threads)/.test(line)) ?? how;
        rounds.workers.push(onWorkers);
        rounds.one.push(await timeNode(KETEN_BIN, ['validate', '.'], dir, undefined, ONE_THREAD));
    }
    const wall = (timings: readonly ProcessTiming[]) => median(timings.map(t => t.wallMs));
    const cpu = (timings: readonly ProcessTiming[]) => median(timings.map(t => t.cpuMs ?? t.wallMs));
    const ratio = wall(rounds.workers) / wall(rounds.bare);
    const threads = /on (\d+) threads/.exec(how)?.[1];
    return {
        measurement: `validate on both cores / bare parse: ${ratio.toFixed(2)}× wall, ${(cpu(rounds.workers) / cpu(rounds.bare)).toFixed(2)}× CPU`
            + ` (${threads ? `${threads} threads` : 'one thread'}; on one thread ${(wall(rounds.one) / wall(rounds.bare)).toFixed(2)}× wall, ${Math.round(wall(rounds.one))} ms)`,
        command: 'KETEN_WORKERS=2 keten validate . (interleaved with the bare parse and KETEN_WORKERS=1 keten validate .)',
        runs,
        medianMs: wall(rounds.workers),
        cpuMs: cpu(rounds.workers),
        target: '≤ 0.8× the bare parse',
        met: ratio <= 0.8
    };
}
