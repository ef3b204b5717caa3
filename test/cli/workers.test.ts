/**
 * `keten validate` on worker threads (docs/performance.md, "Both cores"): one thread and
 * several workers (two or three, forced with KETEN_WORKERS, or the automatic choice) write byte-identical reports (JSON and SARIF in
 * one run each) on the examples, on every rule fixture as one workspace, and on a generated
 * workspace of 220 small files with findings across files; the automatic choice; a worker that
 * fails falls back to one thread with the same report. Not timed.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runKeten } from '../support/run-keten.js';
import { ensureKetenBuilt } from '../support/cli-workspace.js';
import { declarersByName, filesToLoad, splitIntoShares } from '../../packages/cli/src/workers/share-plan.js';
import { workerCount } from '../../packages/cli/src/workers/worker-count.js';
import type { ParsedFile } from '../../packages/cli/src/workers/worker-protocol.js';

beforeAll(() => ensureKetenBuilt());

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-workers-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

interface Reports {
    readonly code: number;
    readonly json: string;
    readonly sarif: string;
    /** The KETEN_WORKERS_DEBUG line that says how the run was checked. */
    readonly how: string;
}

let runs = 0;

/** `keten validate PATH` with a JSON and a SARIF report, KETEN_WORKERS as given (undefined: the automatic choice). */
function validate(cwd: string, target: string, workers: string | undefined, env: NodeJS.ProcessEnv = {}): Reports {
    const out = path.join(work, `run${runs++}`);
    const run = runKeten(['validate', target, '-f', 'json', '-o', `${out}.json`, '-f', 'sarif', '-o', `${out}.sarif`], {
        cwd, env: { KETEN_WORKERS: workers ?? '', KETEN_WORKERS_DEBUG: '1', ...env }
    });
    expect(run.code === 0 || run.code === 1, run.stderr).toBe(true);
    return {
        code: run.code,
        json: fs.readFileSync(`${out}.json`, 'utf8'),
        sarif: fs.readFileSync(`${out}.sarif`, 'utf8'),
        how: run.stderr.split('\n').filter(line => line.startsWith('keten: ') && !line.includes(' after ')).join('\n')
    };
}

function expectSameReports(one: Reports, several: Reports): void {
    expect(several.json).toBe(one.json);
    expect(several.sarif).toBe(one.sarif);
    expect(several.code).toBe(one.code);
}

const PARTIES = 10;

/** A small agreement; `i` picks the cross-file findings it has. */
function agreement(i: number): string {
    const a = `P${i % PARTIES}`, b = `P${(i + 1) % PARTIES}`;
    // Names declared in agreement files and used from files in other shares.
    const other = `Q${20 + 30 * ((Math.floor(i / 30) + 4) % 7)}`;
    const parties = i % 37 === 2 ? `${a}x, ${b}` // unknown: "did you mean" over every party of the workspace
        : i % 41 === 9 ? `${a}, ${b}, A${(i + 100) % 220}` // an agreement where a party is expected
            : i % 30 === 5 ? `${a}, ${b}, ${other}` : `${a}, ${b}`;
    const name = i % 40 === 7 ? `A${(i + 110) % 220}` : i % 25 === 3 ? `A${i - 1}` : `A${i}`; // duplicate names
    const steering = i % 33 === 1 ? `${a}.bestuuder` : `${a}.bestuurder`; // a party's unknown role
    const extraParty = i % 30 === 20 ? `party Q${i} "Partij Q${i}" {\n  type provider\n  role hoofd "Hoofd"\n}\n\n` : '';
    const unusedSuppression = i % 29 === 11 ? '  // keten-disable-next-line duplicate-name\n' : '';
    return `${extraParty}/** Afspraak ${i}. */
agreement ${name} "Afspraak ${i}" {
  parties ${parties}
  period 2026-01-01 to 2027-12-31
  goal "Betere hulp in regio ${i}."
  steering ${steering}
  accountable ${a}.bestuurder
${unusedSuppression}  commitment Intake "Intake" {
    by ${b}
    due 2026-03-01
  }
}
`;
}

/** 220 agreements (30 of them below a folder whose config changes severities), shared parties, a syntax error, a byte that is not UTF-8. */
function generatedWorkspace(): string {
    const root = path.join(work, 'generated');
    const write = (name: string, text: string | Buffer) => {
        fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
        fs.writeFileSync(path.join(root, name), text);
    };
    const parties = Array.from({ length: PARTIES }, (_, p) =>
        `party P${p} "Partij ${p}" {\n  type municipality\n  role bestuurder "Bestuurder"\n  role directeur "Directeur" reports to bestuurder\n}\n`);
    write('partijen.keten', parties.join('\n'));
    for (let i = 0; i < 220; i++) {
        const folder = i >= 100 && i < 130 ? 'agreements/strict' : 'agreements';
        write(`${folder}/a${String(i).padStart(3, '0')}.keten`, agreement(i));
    }
    write('agreements/strict/keten.config.json', JSON.stringify({ rules: { 'unused-party': 'error', 'no-review': 'off', 'duplicate-name': 'warning' } }));
    write('agreements/b-broken.keten', 'agreement Kapot "Kapot" {\n  parties P1,,\n  goal\n');
    write('agreements/b-latin1.keten', Buffer.concat([Buffer.from('agreement Latijn "Caf'), Buffer.from([0xe9]), Buffer.from('" {\n  parties P1\n}\n')]));
    return root;
}

/** The examples on one thread, checked once for the tests that compare with it. */
let examplesOnOneThread: Reports | undefined;
const examplesOne = () => examplesOnOneThread ??= validate(REPO_ROOT, 'examples', '1');

describe('keten validate on worker threads gives the one-thread report, byte for byte (not timed)', () => {
    it('on the examples; a small workspace is checked on one thread', () => {
        const one = examplesOne();
        const two = validate(REPO_ROOT, 'examples', '2');
        expect(one.how).toMatch(/on one thread/);
        expect(two.how).toMatch(/on 2 threads/);
        expectSameReports(one, two);
        expect(validate(REPO_ROOT, 'examples', undefined).how).toMatch(/on one thread/);
    });

    it('on every rule fixture as one workspace (224 files: several threads by the automatic choice on 4 cores or more)', () => {
        const one = validate(REPO_ROOT, 'test/fixtures/rules', '1');
        // Below 4 cores the automatic choice is one thread: two are then forced.
        const automatic = validate(REPO_ROOT, 'test/fixtures/rules', os.availableParallelism() >= 4 ? undefined : '2');
        expect(automatic.how).toMatch(/on \d+ threads/);
        expect(JSON.parse(one.json).diagnostics.length).toBeGreaterThan(100);
        expectSameReports(one, automatic);
    });

    it('on 220 files with findings across files, on three threads', () => {
        const root = generatedWorkspace();
        const one = validate(root, '.', '1');
        const three = validate(root, '.', '3');
        expect(three.how).toMatch(/on 3 threads/);
        // The comparison can fail: the findings cross files and shares.
        const rules = new Set((JSON.parse(one.json).diagnostics as Array<{ rule: string; severity: string }>).map(d => `${d.rule} ${d.severity}`));
        for (const expected of ['duplicate-name error', 'duplicate-name warning', 'unresolved-reference error', 'unused-suppression warning', 'syntax-error error', 'unused-party error', 'unused-party warning']) {
            expect(rules, expected).toContain(expected);
        }
        expect(one.json).toMatch(/did you mean|Bedoel/i);
        expectSameReports(one, three);
    });

    it('a worker that fails or stops: the run is checked on one thread, with the same report', () => {
        const one = examplesOne();
        // (parse fails the same way as check.)
        for (const failAt of ['check', 'exit']) {
            const failed = validate(REPO_ROOT, 'examples', '2', { KETEN_WORKERS_FAIL: failAt });
            expect(failed.how, failAt).toMatch(/a worker failed.*checking on one thread/);
            expectSameReports(one, failed);
        }
    });

    it('KETEN_WORKERS that is not a whole number of 1 or more: exit 2, one line', () => {
        const run = runKeten(['validate', 'examples'], { env: { KETEN_WORKERS: 'twee' } });
        expect(run.code).toBe(2);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
        expect(run.stderr).toContain('KETEN_WORKERS');
    });
});

describe('the plan of the workers', () => {
    it('the automatic number of workers', () => {
        expect(workerCount(199, {}, 2)).toBe(1);
        expect(workerCount(200, {}, 2)).toBe(1);
        expect(workerCount(1000, {}, 3)).toBe(1);
        expect(workerCount(200, {}, 4)).toBe(2);
        expect(workerCount(1000, {}, 8)).toBe(4);
        expect(workerCount(1000, {}, 1)).toBe(1);
        expect(workerCount(250, {}, 16)).toBe(2);
        expect(workerCount(5000, {}, 16)).toBe(8);
        expect(workerCount(5000, {}, 64)).toBe(8);
        expect(workerCount(5, { KETEN_WORKERS: '3' }, 1)).toBe(3);
        expect(workerCount(2, { KETEN_WORKERS: '3' }, 2)).toBe(2);
        expect(workerCount(1000, { KETEN_WORKERS: '1' }, 2)).toBe(1);
        expect(() => workerCount(1000, { KETEN_WORKERS: '0' }, 2)).toThrow(/KETEN_WORKERS/);
    });

    it('shares are contiguous, none empty, about equal in bytes', () => {
        expect(splitIntoShares([1, 1, 1, 1], 2)).toEqual([[0, 1], [2, 3]]);
        expect(splitIntoShares([10, 1, 1, 1], 2)).toEqual([[0], [1, 2, 3]]);
        expect(splitIntoShares([1, 1, 1], 3)).toEqual([[0], [1], [2]]);
        expect(splitIntoShares([100, 1, 1], 3)).toEqual([[0], [1], [2]]);
    });

    it('a worker loads the declarers of every name its files need, transitively, in the one-thread order', () => {
        const file = (index: number, exports: string[], referred: string[]): ParsedFile =>
            ({ index, exports: exports.map(name => ({ name, type: 'Party', path: '' })), referred });
        const parsed = [
            file(0, ['P', 'P.r'], []),          // parties
            file(1, ['A'], ['P', 'P.r', 'Q']),  // share
            file(2, ['Q'], ['R']),              // declares Q, needs R
            file(3, ['R'], []),
            file(4, ['A'], []),                 // the same name as the share's A
            file(5, ['Z'], ['P'])               // not needed
        ];
        const byIndex = new Map(parsed.map(f => [f.index, f]));
        expect(filesToLoad([1], byIndex, declarersByName(parsed))).toEqual([0, 1, 2, 3, 4]);
    });
});
