/**
 * `keten validate --cache` against a cold run (issue 15: a re-run after one agreement of 1,000
 * changed takes ≤ 0.25× a cold run). Interleaved, on the bench workspace: a cold run without
 * the cache, then one agreement edited and a run with the cache (warm from the run before), in
 * turn; medians of wall and CPU time. For information also the re-run after the shared parties
 * file changed (then nearly every file is checked again) and the cold run that writes the cache.
 * Each run's JSON report is compared with the cold run's of the same files.
 *
 *   npx tsx bench/cache.ts [AGREEMENTS] [ROUNDS]     on its own (default 1,000 and 5)
 *   npm run bench                                    a row of the bench table
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateWorkspace, partiesFile } from './generate-workspace.js';
import { KETEN_BIN, median, timeNode, type BenchRow, type ProcessTiming } from './measure.js';

/** A row of the bench table (the shape of `Row` in run.ts). */
export type CacheRow = BenchRow;

export const CACHE_TARGET = 0.25;

/** Measures in `dir` (a workspace of `generateWorkspace`, left as it was found). */
export async function measureCache(dir: string, rounds = 5): Promise<CacheRow[]> {
    const agreementsDir = path.join(dir, 'agreements');
    const agreements = fs.readdirSync(agreementsDir).filter(name => name.endsWith('.keten')).sort();
    const cacheFile = path.join(os.tmpdir(), `keten-bench-cache-${process.pid}`);
    const json = ['-f', 'json', '-o', path.join(os.tmpdir(), `keten-bench-cache-${process.pid}.json`)];
    const report = () => fs.readFileSync(json[3], 'utf8');
    const run = async (args: string[]) => {
        const timing = await timeNode(KETEN_BIN, ['validate', '.', ...args, ...json], dir);
        if (timing.code !== 0 && timing.code !== 1) throw new Error(`keten validate ${args.join(' ')} exited ${timing.code}: ${timing.stderr}`);
        return { timing, report: report() };
    };
    const withCache = ['--cache', '--cache-location', cacheFile];
    const cold: ProcessTiming[] = [], warm: ProcessTiming[] = [], writing: ProcessTiming[] = [], parties: ProcessTiming[] = [];
    const originals = new Map<string, string>();
    const edit = (file: string, text: string) => {
        if (!originals.has(file)) originals.set(file, fs.readFileSync(file, 'utf8'));
        fs.writeFileSync(file, text);
    };
    try {
        fs.rmSync(cacheFile, { force: true });
        writing.push((await run(withCache)).timing);
        for (let round = 0; round < rounds; round++) {
            // One agreement changed: its review moves by a week (a new text each round).
            const agreement = path.join(agreementsDir, agreements[(round * 97) % agreements.length]);
            const text = originals.get(agreement) ?? fs.readFileSync(agreement, 'utf8');
            edit(agreement, text.replace(/review every \d+ weeks/, `review every ${7 + round} weeks`));
            const coldRun = await run([]);
            cold.push(coldRun.timing);
            const warmRun = await run(withCache);
            warm.push(warmRun.timing);
            if (warmRun.report !== coldRun.report) throw new Error('keten validate --cache gave other findings than a cold run');
        }
        // The shared parties file changed: nearly every file is checked again.
        const partiesPath = path.join(dir, 'parties.keten');
        for (let round = 0; round < Math.min(rounds, 3); round++) {
            edit(partiesPath, partiesFile().replace('"Partij 0"', `"Partij 0 (${round})"`));
            parties.push((await run(withCache)).timing);
        }
        // And a cold run that writes a new cache (none usable).
        fs.rmSync(cacheFile, { force: true });
        writing.push((await run(withCache)).timing);
    } finally {
        for (const [file, text] of originals) fs.writeFileSync(file, text);
        fs.rmSync(cacheFile, { force: true, recursive: true });
        fs.rmSync(json[3], { force: true });
    }
    const wall = (timings: readonly ProcessTiming[]) => median(timings.map(t => t.wallMs));
    const cpu = (timings: readonly ProcessTiming[]) => median(timings.map(t => t.cpuMs ?? t.wallMs));
    const ratio = { wall: wall(warm) / wall(cold), cpu: cpu(warm) / cpu(cold) };
    const files = agreements.length.toLocaleString('en');
    return [
        {
            measurement: `validate --cache after one agreement of ${files} changed / cold validate: ${ratio.wall.toFixed(2)}× wall, ${ratio.cpu.toFixed(2)}× CPU (cold ${wall(cold).toFixed(0)} ms)`,
            command: 'keten validate . --cache (interleaved with keten validate .)', runs: rounds,
            medianMs: wall(warm), cpuMs: cpu(warm), target: `≤ ${CACHE_TARGET}× a cold run`, met: ratio.wall <= CACHE_TARGET
        },
        {
            measurement: `validate --cache after the shared parties file changed: ${(wall(parties) / wall(cold)).toFixed(2)}× a cold run (every agreement checked again)`,
            command: 'keten validate . --cache', runs: parties.length, medianMs: wall(parties), cpuMs: cpu(parties), target: '(for information)', met: undefined
        },
        {
            measurement: `validate --cache without a usable cache (checks every file, writes the cache): ${(wall(writing) / wall(cold)).toFixed(2)}× a cold run`,
            command: 'keten validate . --cache', runs: writing.length, medianMs: wall(writing), cpuMs: cpu(writing), target: '(for information)', met: undefined
        }
    ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    const agreements = Number(process.argv[2] ?? 1000);
    const rounds = Number(process.argv[3] ?? 5);
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-bench-cache-'));
    const workspace = generateWorkspace(path.join(work, 'w'), agreements);
    console.log(`load average before: ${os.loadavg().map(l => l.toFixed(2)).join(' ')}`);
    measureCache(workspace.dir, rounds).then(rows => {
        for (const row of rows) console.log(`${row.measurement}\n  ${row.medianMs.toFixed(0)} ms wall, ${row.cpuMs?.toFixed(0)} ms CPU, target ${row.target}${row.met === undefined ? '' : row.met ? ' met' : ' NOT MET'}`);
        console.log(`load average after: ${os.loadavg().map(l => l.toFixed(2)).join(' ')}`);
    }).finally(() => fs.rmSync(work, { recursive: true, force: true }));
}
