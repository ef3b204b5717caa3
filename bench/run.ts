/**
 * `npm run bench`: generates the benchmark workspaces, runs each measurement several times
 * through the real binaries, prints a table of medians against the targets of issue 6, and
 * writes bench/results.json with the medians and a description of the machine.
 *
 *   npm run bench                  everything (about ten minutes on two cores)
 *   npm run bench -- --skip-10k    without the 10,000-file workspace
 *   npm run bench -- --skip-playground  without the browser playground (first load and first diagnostics)
 *   npm run bench -- --skip-fuzz   without the fuzz suite at 10,000 workspaces (issue 6: at least
 *                                  10,000 documents in the bench run; CI runs a few hundred)
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateWorkspace, measurementsCsv } from './generate-workspace.js';
import { KETEN_BIN, machineDescription, median, REPO_ROOT, SERVER_BIN, timeNode, type BenchRow, type ProcessTiming } from './measure.js';
import { compareEditLatency, measureLanguageServer, type EditLatencyComparison, type ServerMeasurement } from './language-server.js';
import { measurePlayground, type PlaygroundMeasurement } from './playground.js';
import { buildBareParse } from './bare-parse-bundle.js';
import { measureBothCores, ONE_THREAD } from './workers.js';
import { measureCache } from './cache.js';

type Row = BenchRow;

const args = new Set(process.argv.slice(2));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-bench-'));
const rows: Row[] = [];

async function timeCommand(args: string[], cwd: string, runs: number): Promise<{ wall: number; cpu?: number; last: ProcessTiming }> {
    const timings: ProcessTiming[] = [];
    for (let i = 0; i < runs; i++) {
        const timing = await timeNode(KETEN_BIN, args, cwd);
        if (timing.code !== 0 && timing.code !== 1) throw new Error(`keten ${args.join(' ')} exited ${timing.code}: ${timing.stderr}`);
        timings.push(timing);
    }
    const cpus = timings.map(t => t.cpuMs).filter((c): c is number => c !== undefined);
    return { wall: median(timings.map(t => t.wallMs)), cpu: cpus.length ? median(cpus) : undefined, last: timings[timings.length - 1] };
}

function add(row: Row): void {
    rows.push(row);
    const met = row.met === undefined ? '' : row.met ? 'met' : 'NOT MET';
    console.log(`  ${row.measurement}: ${row.medianMs.toFixed(0)} ms${row.cpuMs !== undefined ? ` (cpu ${row.cpuMs.toFixed(0)} ms)` : ''} ${met}`);
}

async function main(): Promise<void> {
    if (!fs.existsSync(KETEN_BIN)) throw new Error(`${KETEN_BIN} is missing: run \`npm run build\` first.`);
    console.log(`Benchmark workspaces in ${work}`);

    // CLI, one small file, cold (a new process each time).
    const single = path.join(REPO_ROOT, 'test/fixtures/clean-agreement.keten');
    // One run first, untimed: it writes the code cache of the bundle, as a user's first run does.
    await timeCommand(['validate', single], REPO_ROOT, 1);
    const cold = await timeCommand(['validate', single], REPO_ROOT, 7);
    add({ measurement: 'validate, one small file, cold', command: 'keten validate test/fixtures/clean-agreement.keten', runs: 7, medianMs: cold.wall, cpuMs: cold.cpu, target: '≤ 400 ms', met: cold.wall <= 400 });

    // CLI, 1,000 agreements.
    const ws1000 = generateWorkspace(path.join(work, 'w1000'), 1000);
    const csv = path.join(work, 'w1000-measurements.csv');
    fs.writeFileSync(csv, measurementsCsv(1000, 36));
    const v1000 = await timeCommand(['validate', '.'], ws1000.dir, 3);
    const lines1000 = countLines(ws1000.files);
    add({ measurement: `validate, 1,000 agreements + parties (${lines1000.toLocaleString('en')} lines)`, command: 'keten validate .', runs: 3, medianMs: v1000.wall, cpuMs: v1000.cpu, target: '≤ 5,000 ms', met: v1000.wall <= 5000 });

    // CLI, 1,000 agreements written as whole covenants (COVENANT.md): the cost per line against
    // the plain ones, both without the start-up of the binary (the one-file cold time above).
    {
        const covenants = generateWorkspace(path.join(work, 'w1000-covenant'), 1000, 'covenant');
        const vCovenant = await timeCommand(['validate', '.'], covenants.dir, 3);
        if (vCovenant.last.code !== 0) throw new Error(`the whole-covenant workspace is not clean: ${vCovenant.last.stdout.slice(0, 2000)}`);
        const linesCovenant = countLines(covenants.files);
        const perLine = (wall: number, lines: number) => Math.max(0, wall - cold.wall) / lines * 1000;
        const plainPerLine = perLine(v1000.wall, lines1000);
        const covenantPerLine = perLine(vCovenant.wall, linesCovenant);
        const ratio = covenantPerLine / plainPerLine;
        add({
            measurement: `validate, 1,000 agreements written as whole covenants (${linesCovenant.toLocaleString('en')} lines): ${covenantPerLine.toFixed(1)} µs per line against ${plainPerLine.toFixed(1)} µs for the plain ones (${ratio.toFixed(2)}×; start-up left out)`,
            command: 'keten validate .', runs: 3, medianMs: vCovenant.wall, cpuMs: vCovenant.cpu, target: '≤ 1.0× the plain cost per line', met: ratio <= 1
        });
        fs.rmSync(covenants.dir, { recursive: true, force: true });
    }

    // Ratios of issue 15, interleaved in one run (bare parse, validate, report, in turn, five
    // times; medians): the machine's load then weighs on each variant alike.
    const bareParse = await buildBareParse();
    const reportArgs = ['report', '.', '--data', csv, '--format', 'html', '--out', path.join(work, 'report-ratio.html'), '--as-of', '2029-01-01'];
    const rounds = { bare: [] as ProcessTiming[], validate: [] as ProcessTiming[], report: [] as ProcessTiming[] };
    for (let i = 0; i < 5; i++) {
        rounds.bare.push(await timeNode(bareParse, ['.'], ws1000.dir));
        rounds.validate.push(await timeNode(KETEN_BIN, ['validate', '.'], ws1000.dir, undefined, ONE_THREAD));
        rounds.report.push(await timeNode(KETEN_BIN, reportArgs, ws1000.dir, undefined, ONE_THREAD));
    }
    const wallOf = (timings: readonly ProcessTiming[]) => median(timings.map(t => t.wallMs));
    const cpuOf = (timings: readonly ProcessTiming[]) => median(timings.map(t => t.cpuMs ?? t.wallMs));
    const floor = { wall: wallOf(rounds.bare), cpu: cpuOf(rounds.bare) };
    add({ measurement: 'bare parse, 1,000 agreements + parties (Keten\'s lexer and parser, every file, no linking, no rules)', command: 'node bench/dist/bare-parse.cjs .', runs: 5, medianMs: floor.wall, cpuMs: floor.cpu, target: '(the floor)', met: undefined });
    const validateRatio = { wall: wallOf(rounds.validate) / floor.wall, cpu: cpuOf(rounds.validate) / floor.cpu };
    add({ measurement: `cold validate / bare parse (one thread): ${validateRatio.wall.toFixed(2)}× wall, ${validateRatio.cpu.toFixed(2)}× CPU`, command: 'KETEN_WORKERS=1 keten validate . (one thread; interleaved with the bare parse)', runs: 5, medianMs: wallOf(rounds.validate), cpuMs: cpuOf(rounds.validate), target: '≤ 1.3× the bare parse', met: validateRatio.wall <= 1.3 });
    const reportRatio = { wall: wallOf(rounds.report) / wallOf(rounds.validate), cpu: cpuOf(rounds.report) / cpuOf(rounds.validate) };
    add({ measurement: `report / validate (one thread), 1,000 effects × 36 measurements: ${reportRatio.wall.toFixed(2)}× wall, ${reportRatio.cpu.toFixed(2)}× CPU`, command: 'KETEN_WORKERS=1 keten report . --data measurements.csv --format html (interleaved with KETEN_WORKERS=1 keten validate .)', runs: 5, medianMs: wallOf(rounds.report), cpuMs: cpuOf(rounds.report), target: '≤ 1.3× keten validate', met: reportRatio.wall <= 1.3 });

    // Issue 15, both cores: validate on worker threads against the same one-core floor.
    add(await measureBothCores(ws1000.dir, bareParse));

    // validate --cache after one agreement changed, interleaved with cold runs (bench/cache.ts).
    for (const row of await measureCache(ws1000.dir)) add(row);

    // CLI, 10,000 agreements: for the ratio.
    if (!args.has('--skip-10k')) {
        const ws10k = generateWorkspace(path.join(work, 'w10000'), 10_000);
        const v10k = await timeCommand(['validate', '.'], ws10k.dir, 1);
        const ratio = v10k.wall / v1000.wall;
        add({ measurement: `validate, 10,000 agreements (${(v10k.wall / 1000).toFixed(1)} s, ${ratio.toFixed(1)}× the 1,000-file time)`, command: 'keten validate .', runs: 1, medianMs: v10k.wall, cpuMs: v10k.cpu, target: '≤ 12× the 1,000-file time', met: ratio <= 12 });
        fs.rmSync(ws10k.dir, { recursive: true, force: true });
    }

    // Report: 1,000 effects with 36 measurements each.
    const report = await timeCommand(['report', '.', '--data', csv, '--format', 'html', '--out', path.join(work, 'report.html'), '--as-of', '2029-01-01'], ws1000.dir, 3);
    add({ measurement: 'report, 1,000 effects × 36 measurements (html)', command: `keten report . --data measurements.csv --format html --out report.html`, runs: 3, medianMs: report.wall, cpuMs: report.cpu, target: '≤ 3,000 ms', met: report.wall <= 3000 });

    // Language server.
    if (fs.existsSync(SERVER_BIN)) {
        const edits = 50;
        const big = await measureLanguageServer(ws1000.dir, ws1000.files, edits, 10_000);
        const small = generateWorkspace(path.join(work, 'w1'), 1);
        // The ratio (issue 15): 200 edits each, the two servers' edits interleaved (bench/language-server.ts).
        addServer(big, await compareEditLatency(ws1000, small, 200), edits);
    } else {
        console.log(`  (language server not built: ${SERVER_BIN} is missing)`);
    }

    let playground: PlaygroundMeasurement | undefined;
    if (!args.has('--skip-playground')) {
        playground = await measurePlayground();
        const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en')} kB`;
        const { firstLoad } = playground;
        console.log(`  playground first load: ${playground.files.length} files, ${kb(firstLoad.bytes)}; ${kb(firstLoad.gzip)} gzip, ${kb(firstLoad.brotli)} brotli (target ≤ 1,500 kB compressed: ${firstLoad.gzip <= 1_500_000 ? 'met' : 'NOT MET'})`);
        const ratio = playground.firstDiagnosticsMs / playground.cliValidateMs;
        add({ measurement: `playground, first diagnostics after opening (${ratio.toFixed(1)}× keten validate on the same 2 files, ${playground.cliValidateMs.toFixed(0)} ms)`, command: 'keten playground + Chromium, fresh context', runs: playground.firstDiagnosticsRuns.length, medianMs: playground.firstDiagnosticsMs, target: '≤ 2,000 ms', met: playground.firstDiagnosticsMs <= 2000 });
    }

    if (!args.has('--skip-fuzz')) {
        const started = performance.now();
        const fuzz = spawnSync('npx', ['vitest', 'run', 'test/fuzz'], { cwd: REPO_ROOT, stdio: 'inherit', env: { KETEN_FUZZ_SEED: 'random', ...process.env, KETEN_FUZZ_RUNS: '10000' } });
        add({ measurement: 'fuzz suite, 10,000 workspaces, a new seed', command: 'KETEN_FUZZ_SEED=random KETEN_FUZZ_RUNS=10000 npx vitest run test/fuzz', runs: 1, medianMs: performance.now() - started, target: 'no failure', met: fuzz.status === 0 });
    }

    const results = { date: new Date().toISOString(), machine: machineDescription(), rows, playground };
    fs.writeFileSync(path.join(REPO_ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
    console.log('\n' + markdownTable(results.machine, rows));
    console.log('\nWrote bench/results.json');
    fs.rmSync(work, { recursive: true, force: true });
}

function addServer(big: ServerMeasurement, compared: EditLatencyComparison, edits: number): void {
    const ratio = compared.p95Ratio;
    add({ measurement: `language server, 1,000 files: all published after initialized`, command: 'server.cjs --stdio', runs: 1, medianMs: big.initialPublishMs, target: '≤ 10,000 ms', met: big.initialPublishMs <= 10_000 });
    add({ measurement: `language server, edit in one agreement, p95 of ${edits} (median ${big.editMedianMs.toFixed(0)} ms)`, command: 'didChange → publishDiagnostics', runs: edits, medianMs: big.editP95Ms, target: '≤ 100 ms', met: big.editP95Ms <= 100 });
    const { big: b, one } = compared;
    add({ measurement: `language server, edit-latency ratio, ${compared.edits} edits interleaved with a one-agreement workspace's: p95 ${b.p95Ms.toFixed(0)} / ${one.p95Ms.toFixed(0)} ms = ${ratio.toFixed(2)}×; median ${b.medianMs.toFixed(0)} / ${one.medianMs.toFixed(0)} ms = ${compared.medianRatio.toFixed(2)}×; server CPU per edit ${b.cpuPerEditMs.toFixed(1)} / ${one.cpuPerEditMs.toFixed(1)} ms`, command: 'didChange → publishDiagnostics (bench/language-server.ts compareEditLatency)', runs: compared.edits, medianMs: one.p95Ms, cpuMs: one.cpuPerEditMs, target: '1,000-file p95 ≤ 1.5× this', met: ratio <= 1.5 });
    add({ measurement: 'language server, edit to the shared parties file: all 1,001 re-published', command: 'didChange parties.keten', runs: 1, medianMs: big.partiesEditMs, target: '(no target; dependants are relinked, not re-parsed)', met: undefined });
    if (big.burst) {
        const { burst } = big;
        add({ measurement: `language server, burst of ${burst.edits.toLocaleString('en')} edits to one agreement: answered after the last (server CPU for the burst ${burst.serverCpuMs.toFixed(0)} ms; RSS ${burst.rssBeforeMb.toFixed(0)} → ${burst.rssAfterMb.toFixed(0)} MB)`, command: 'didChange ×10,000 → codeAction', runs: 1, medianMs: burst.answerMs, target: '≤ 2,000 ms', met: burst.answerMs <= 2000 });
    }
    rows.push({ measurement: `language server, resident memory after the above: ${big.rssMb.toFixed(0)} MB`, command: '/proc/PID/status VmRSS', runs: 1, medianMs: NaN, target: '≤ 400 MB', met: big.rssMb <= 400 });
    console.log(`  language server RSS: ${big.rssMb.toFixed(0)} MB`);
}

function countLines(files: readonly string[]): number {
    return files.reduce((sum, file) => sum + fs.readFileSync(file, 'utf8').split('\n').length, 0);
}

function markdownTable(machine: ReturnType<typeof machineDescription>, rows: readonly Row[]): string {
    const header = `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}, Node ${machine.node}, load average ${machine.loadAverage.join(' ')}`;
    const lines = ['| measurement | command | runs | median | CPU | target | |', '| --- | --- | ---: | ---: | ---: | --- | --- |'];
    for (const row of rows) {
        const median = Number.isNaN(row.medianMs) ? '' : `${Math.round(row.medianMs).toLocaleString('en')} ms`;
        const cpu = row.cpuMs === undefined ? '' : `${Math.round(row.cpuMs).toLocaleString('en')} ms`;
        lines.push(`| ${row.measurement} | \`${row.command}\` | ${row.runs} | ${median} | ${cpu} | ${row.target} | ${row.met === undefined ? '' : row.met ? 'met' : '**not met**'} |`);
    }
    return `${header}\n\n${lines.join('\n')}`;
}

main().catch(error => {
    console.error(error);
    process.exitCode = 1;
});
