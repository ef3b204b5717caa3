/**
 * Two or more builds of Keten side by side, interleaved on one workspace, as the bench times
 * issue 15's ratios: per round and build, the bare parse, `KETEN_WORKERS=1 keten validate .` and
 * `KETEN_WORKERS=1 keten report … --format html`, each as a process; then the medians and the
 * ratios per build. For a before/after of a change (docs/performance.md, "Session 29"): copy
 * `bench/dist` and `packages/cli/{bin,dist,package.json}` of the old build aside, build the new
 * (`npm run build` for the CLI; `bench/dist` is built by `npm run bench`, or alone by
 * `buildBareParse()` of `bench/bare-parse-bundle.ts`).
 *
 *   npx tsx bench/compare-builds.ts ROUNDS NAME=BENCH_DIST,CLI_DIR [NAME=BENCH_DIST,CLI_DIR …]
 *
 *   e.g. npx tsx bench/compare-builds.ts 7 old=/tmp/old/bench-dist,/tmp/old/cli new=bench/dist,packages/cli
 *
 * The workspace is the bench's 1,000 plain agreements with 36 measurements per effect, made
 * once in the system's temporary folder (`keten-compare-builds`).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateWorkspace, measurementsCsv } from './generate-workspace.js';
import { median, timeNode } from './measure.js';

const [roundsArgument, ...buildArguments] = process.argv.slice(2);
const rounds = Number(roundsArgument);
const usage = 'usage: npx tsx bench/compare-builds.ts ROUNDS NAME=BENCH_DIST,CLI_DIR … (each with bare-parse.cjs and bin/keten.cjs)\n';
const builds = buildArguments.map(argument => {
    const [name, folders = ''] = argument.split('=');
    const [benchDist, cli] = folders.split(',');
    if (!name || !benchDist || !cli) return undefined;
    return { name, bareParse: path.resolve(benchDist, 'bare-parse.cjs'), keten: path.resolve(cli, 'bin', 'keten.cjs') };
});
if (!Number.isInteger(rounds) || rounds < 1 || builds.length === 0 || builds.some(build => !build || !fs.existsSync(build.bareParse) || !fs.existsSync(build.keten))) {
    process.stderr.write(usage);
    process.exit(2);
}
const known = builds.filter((build): build is NonNullable<typeof build> => build !== undefined);

const work = path.join(os.tmpdir(), 'keten-compare-builds');
const workspace = path.join(work, 'w1000');
const csv = path.join(work, 'w1000-measurements.csv');
if (!fs.existsSync(csv)) {
    generateWorkspace(workspace, 1000);
    fs.writeFileSync(csv, measurementsCsv(1000, 36));
}
const reportArgs = ['report', '.', '--data', csv, '--format', 'html', '--out', path.join(work, 'report.html'), '--as-of', '2029-01-01'];
const oneThread = { KETEN_WORKERS: '1' };

const times = new Map<string, number[]>();
const record = (key: string, wallMs: number) => times.set(key, [...(times.get(key) ?? []), wallMs]);
for (let round = 0; round < rounds; round++) {
    for (const build of known) {
        record(`${build.name} bare`, (await timeNode(build.bareParse, ['.'], workspace)).wallMs);
        record(`${build.name} validate`, (await timeNode(build.keten, ['validate', '.'], workspace, undefined, oneThread)).wallMs);
        record(`${build.name} report`, (await timeNode(build.keten, reportArgs, workspace, undefined, oneThread)).wallMs);
    }
}
process.stdout.write(`medians of ${rounds} interleaved rounds, ms (load average ${os.loadavg().map(load => load.toFixed(2)).join(' ')})\n`);
for (const build of known) {
    const [bare, validate, report] = ['bare', 'validate', 'report'].map(kind => median(times.get(`${build.name} ${kind}`)!));
    process.stdout.write(`${build.name}: bare parse ${bare.toFixed(0)}, validate ${validate.toFixed(0)}, report ${report.toFixed(0)}; validate / bare ${(validate / bare).toFixed(2)}×, report / validate ${(report / validate).toFixed(2)}×\n`);
}
