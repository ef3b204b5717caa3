/**
 * `keten validate --cache` (CLI.md, "Cache, outputs and inputs") through the real binary: after
 * each change to one small workspace, a run with the cache gives exactly the output of a run
 * without it (the JSON report compared as text, and the exit code). The changes: none, one
 * agreement, the shared parties file (a party renamed, so references break), a file deleted,
 * a file renamed, a new file that duplicates a name of an unchanged one, a suppression that
 * becomes unused through another file, the configuration (a severity, `-c`), the locale; and
 * caches that must be ignored: another version, garbage, truncated JSON, JSON that is no
 * cache, a folder at the path. The workspace also holds a file with a syntax error and a byte
 * that is not UTF-8. `KETEN_DEBUG=1`
 * makes the run say how many files it checked again, which shows that the cache is reused.
 * Not timed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreementFile, partiesFile } from '../../bench/generate-workspace.js';
import { ensureKetenBuilt, makeWorkspace } from '../support/cli-workspace.js';
import { runKeten } from '../support/run-keten.js';

const AGREEMENTS = 8;
/** The agreements, the parties file, party Q, the suppressing agreement and the broken file. */
const FILES = AGREEMENTS + 4;

/** An agreement with a reference that does not resolve (`Q.lead`), silenced for the whole file. */
const SUPPRESSING = `// keten-disable-file unresolved-reference\n${agreementFile(20)
    .replace('parties P20, P21, P22', 'parties P20, P21, P22, Q')
    .replace('steering P20.bestuurder', 'steering Q.lead')}`;
const PARTY_Q = 'party Q "Partij Q" {\n  type municipality\n  role bestuurder "Bestuurder"\n}\n';

let dir: string;
const file = (name: string) => path.join(dir, name);
const cacheFile = () => file('.ketencache');

beforeAll(() => {
    ensureKetenBuilt();
    const files: Record<string, string | Buffer> = { 'parties.keten': partiesFile(), 'extra/q.keten': PARTY_Q, 'agreements/s.keten': SUPPRESSING };
    // A syntax error and a byte that is not UTF-8.
    files['agreements/broken.keten'] = Buffer.concat([Buffer.from('agreement Kapot "Kapot '), Buffer.from([0xff]), Buffer.from('" {\n  parties P0\n  period 2026-01-01 to\n}\n')]);
    for (let i = 0; i < AGREEMENTS; i++) files[`agreements/a${i}.keten`] = agreementFile(i);
    // Findings from the start: a missing review.
    files['agreements/a1.keten'] = agreementFile(1).replace(/ {2}review every 6 weeks by \S+\n/, '');
    dir = makeWorkspace(files);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface CacheUse { readonly used: boolean; readonly rechecked: number; readonly files: number }

/** The same command with and without the cache: equal output and exit code; what the cache did. */
function withAndWithout(...args: string[]): { use: CacheUse; stdout: string; code: number } {
    const cached = runKeten(['validate', '--cache', '-f', 'json', ...args], { cwd: dir, env: { KETEN_DEBUG: '1' } });
    const cold = runKeten(['validate', '-f', 'json', ...args], { cwd: dir });
    expect(cold.code === 0 || cold.code === 1, cold.stderr).toBe(true);
    expect(cached.stdout).toBe(cold.stdout);
    expect(cached.code).toBe(cold.code);
    const line = /keten cache: (used|none usable), (\d+) of (\d+) files checked again/.exec(cached.stderr);
    expect(line, cached.stderr).not.toBeNull();
    return { use: { used: line![1] === 'used', rechecked: Number(line![2]), files: Number(line![3]) }, stdout: cold.stdout, code: cold.code };
}

/** A run with the cache only (the output of a run without it is known): what the cache did. */
function cachedRun(...args: string[]): { use: CacheUse; stdout: string; stderr: string; code: number } {
    const run = runKeten(['validate', '--cache', '-f', 'json', ...args], { cwd: dir, env: { KETEN_DEBUG: '1' } });
    const line = /keten cache: (used|none usable), (\d+) of (\d+) files checked again/.exec(run.stderr);
    expect(line, run.stderr).not.toBeNull();
    return { ...run, use: { used: line![1] === 'used', rechecked: Number(line![2]), files: Number(line![3]) } };
}

const rulesIn = (stdout: string, fileName: string) =>
    (JSON.parse(stdout) as { diagnostics: Array<{ file: string; rule: string }> }).diagnostics.filter(d => d.file === fileName).map(d => d.rule);

describe('keten validate --cache gives the findings of a run without it', () => {
    it('on the first run (no cache) and on a run with nothing changed, which checks nothing again', () => {
        expect(fs.existsSync(cacheFile())).toBe(false);
        const first = withAndWithout();
        expect(first.use).toEqual({ used: false, rechecked: FILES, files: FILES });
        expect(rulesIn(first.stdout, 'agreements/a1.keten')).toEqual(['no-review']);
        expect(fs.existsSync(cacheFile())).toBe(true);
        const again = cachedRun();
        expect(again.stdout).toBe(first.stdout);
        expect(again.use).toEqual({ used: true, rechecked: 0, files: FILES });
    });

    it('takes the findings of unchanged files from the cache (a message changed in the cache shows)', () => {
        const saved = fs.readFileSync(cacheFile(), 'utf8');
        const cache = JSON.parse(saved) as { files: Array<{ path: string; diagnostics: Array<{ message: string }> }> };
        const entry = cache.files.find(f => f.path === file('agreements/a1.keten'))!;
        expect(entry.diagnostics).toHaveLength(1);
        entry.diagnostics[0].message = 'CACHED';
        fs.writeFileSync(cacheFile(), JSON.stringify(cache));
        const run = runKeten(['validate', '--cache', '-f', 'json'], { cwd: dir });
        expect(run.stdout).toContain('"message": "CACHED"');
        fs.writeFileSync(cacheFile(), saved);
    });

    it('after one agreement changed: only that file is checked again', () => {
        fs.writeFileSync(file('agreements/a4.keten'), agreementFile(4).replace(/ {2}steering \S+\n/, ''));
        const { use, stdout } = withAndWithout();
        expect(use.used).toBe(true);
        expect(use.rechecked).toBe(1);
        expect(rulesIn(stdout, 'agreements/a4.keten')).not.toEqual([]);
    });

    it('after the shared parties file changed (a party renamed, so references break)', () => {
        fs.writeFileSync(file('parties.keten'), partiesFile().replace('party P1 "Partij 1"', 'party P1x "Partij 1"'));
        const { use, stdout } = withAndWithout();
        expect(use.rechecked).toBeGreaterThanOrEqual(AGREEMENTS);
        expect(rulesIn(stdout, 'agreements/a0.keten')).toContain('unresolved-reference');
    });

    it('after a file is deleted and another renamed', () => {
        fs.rmSync(file('agreements/a5.keten'));
        fs.renameSync(file('agreements/a6.keten'), file('agreements/renamed.keten'));
        const { use, stdout } = withAndWithout();
        expect(use.files).toBe(FILES - 1);
        expect(use.rechecked).toBe(1);
        expect(JSON.parse(stdout).files).toContain('agreements/renamed.keten');
    });

    it('after a new file duplicates a name (duplicate-name in the unchanged file too) and a change elsewhere makes a suppression unused', () => {
        // `aa-first.keten` comes first in path order, so the unchanged a3 now holds the second A3.
        fs.writeFileSync(file('aa-first.keten'), agreementFile(3));
        // Party Q gets the role the suppressed reference of the unchanged s.keten names.
        fs.writeFileSync(file('extra/q.keten'), PARTY_Q.replace('role bestuurder "Bestuurder"', 'role bestuurder "Bestuurder"\n  role lead "Voorzitter"'));
        const { use, stdout } = withAndWithout();
        // aa-first, a3 (its name), q, s (refers to Q), and a0 and a1, whose references to the
        // renamed P1 do not resolve: a new party may be the closest name their messages suggest.
        expect(use.rechecked).toBe(6);
        expect(rulesIn(stdout, 'agreements/a3.keten')).toContain('duplicate-name');
        expect(rulesIn(stdout, 'agreements/s.keten')).toContain('unused-suppression');
    });

    it('after the configuration changed, and with another locale: the cache is not used', () => {
        fs.writeFileSync(file('keten.config.json'), JSON.stringify({ rules: { 'no-review': 'error' } }));
        const configured = withAndWithout();
        expect(configured.use.used).toBe(false);
        expect(configured.code).toBe(1);
        const dutch = withAndWithout('--locale', 'nl');
        expect(dutch.use.used).toBe(false);
        expect(dutch.stdout).toContain('"message": "');
        // Another configuration with -c is another configuration too.
        fs.writeFileSync(file('other.json'), JSON.stringify({ rules: { 'no-review': 'off' } }));
        expect(withAndWithout('--locale', 'nl', '-c', 'other.json').use.used).toBe(false);
    });

    it('ignores, without an error, a cache of another version, garbage, truncated JSON and a folder at the path', () => {
        const { stdout: cold, code } = withAndWithout();
        const saved = fs.readFileSync(cacheFile(), 'utf8');
        const stale = JSON.parse(saved) as { version: string; files: Array<{ diagnostics: Array<{ message: string }> }> };
        stale.version = '0.0.0-another';
        for (const entry of stale.files) for (const diagnostic of entry.diagnostics) diagnostic.message = 'STALE';
        const broken: Array<[string, () => void]> = [
            ['another version', () => fs.writeFileSync(cacheFile(), JSON.stringify(stale))],
            ['garbage bytes', () => fs.writeFileSync(cacheFile(), Buffer.from([0xff, 0xfe, 0x00, 0x13, 0x37, 0x80]))],
            ['truncated JSON', () => fs.writeFileSync(cacheFile(), saved.slice(0, Math.floor(saved.length / 2)))],
            ['JSON that is no cache', () => fs.writeFileSync(cacheFile(), '{"files": 3}')]
        ];
        for (const [name, breakIt] of broken) {
            breakIt();
            // Nothing on standard error.
            const run = runKeten(['validate', '--cache', '-f', 'json'], { cwd: dir, env: { KETEN_DEBUG: '' } });
            expect(run.stdout, name).toBe(cold);
            expect(run.code, name).toBe(code);
            expect(run.stderr, name).toBe('');
            // Replaced by a good cache.
            expect(fs.readFileSync(cacheFile(), 'utf8'), name).toBe(saved);
        }
        // A folder at the path holds the cache (as with ESLint's --cache-location).
        fs.rmSync(cacheFile());
        fs.mkdirSync(cacheFile());
        const intoFolder = cachedRun();
        expect(intoFolder.stdout).toBe(cold);
        expect(intoFolder.use.used).toBe(false);
        expect(fs.readFileSync(path.join(cacheFile(), '.ketencache'), 'utf8')).toBe(saved);
    });

    it('never keeps the cache in an agreement, the configuration or a report; --stdin does not use it', () => {
        if (!fs.existsSync(file('keten.config.json'))) fs.writeFileSync(file('keten.config.json'), '{}');
        const agreement = fs.readFileSync(file('agreements/a0.keten'));
        for (const [location, words] of [['agreements/a0.keten', 'agreement'], ['keten.config.json', 'configuration'], ['new.keten', '.keten']]) {
            const run = runKeten(['validate', '--cache', '--cache-location', location], { cwd: dir });
            expect(run.code, location).toBe(2);
            expect(run.stderr.trim().split('\n'), location).toHaveLength(1);
            expect(run.stderr, location).toContain(words);
        }
        expect(fs.readFileSync(file('agreements/a0.keten')).equals(agreement)).toBe(true);
        expect(fs.existsSync(file('new.keten'))).toBe(false);
        const sameAsReport = runKeten(['validate', '--cache', '--cache-location', 'out.json', '-f', 'json', '-o', 'out.json'], { cwd: dir });
        expect(sameAsReport.code).toBe(2);
        expect(fs.existsSync(file('out.json'))).toBe(false);

        const stdin = runKeten(['validate', '--cache', '--cache-location', 'stdin-cache', '--stdin', '--stdin-filename', 'agreements/a2.keten', '-f', 'json'],
            { cwd: dir, input: agreementFile(2) });
        expect(stdin.code).toBe(0);
        expect(fs.existsSync(file('stdin-cache'))).toBe(false);
    });
});
