/**
 * `keten validate` through the real binary: outputs, options and exit codes of CLI.md.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runKeten } from '../support/run-keten.js';

const CLEAN = fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/clean-agreement.keten'), 'utf8');
let dir: string;

function write(name: string, text: string | Buffer): string {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
}

beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-cli-'));
    write('clean/agreement.keten', CLEAN);
    // A workspace split over two files: parties in one, the agreement in the other.
    const split = CLEAN.indexOf('agreement Convenant');
    write('split/parties.keten', CLEAN.slice(0, split));
    write('split/agreement.keten', CLEAN.slice(split));
    write('flawed/pilot.keten', CLEAN.replace('    decides under Inzet\n', '    decides\n').replace('  review every 6 weeks by Stuurgroep\n', ''));
    write('empty/readme.txt', 'no agreements here');
});

function json(run: { stdout: string }) {
    return JSON.parse(run.stdout) as {
        version: number; files: string[];
        diagnostics: Array<{ file: string; line: number; column: number; endLine: number; endColumn: number; severity: string; rule: string; message: string }>;
        summary: { files: number; errors: number; warnings: number; infos: number };
    };
}

describe('keten validate', () => {
    it('exits 0 with a success line on a clean agreement', () => {
        const run = runKeten(['validate', 'clean'], { cwd: dir });
        expect(run.code).toBe(0);
        expect(run.stdout).toMatch(/✔ 1 file checked, no problems/);
        expect(run.stderr).toBe('');
    });

    it('resolves references across files of one workspace', () => {
        const run = runKeten(['validate', 'split', '-f', 'json'], { cwd: dir });
        expect(run.code).toBe(0);
        const report = json(run);
        expect(report.files).toEqual(['split/agreement.keten', 'split/parties.keten']);
        expect(report.diagnostics).toEqual([]);
        expect(report.summary).toEqual({ files: 2, errors: 0, warnings: 0, infos: 0 });
    });

    it('reports findings in the JSON shape of CLI.md and exits 1 on errors', () => {
        const run = runKeten(['validate', 'flawed/pilot.keten', '--format', 'json'], { cwd: dir });
        expect(run.code).toBe(1);
        const report = json(run);
        expect(report.version).toBe(1);
        expect(report.files).toEqual(['flawed/pilot.keten']);
        const rules = report.diagnostics.map(d => d.rule);
        expect(rules).toEqual(['no-review', 'missing-mandate']);
        const missing = report.diagnostics[1];
        expect(missing).toEqual({
            file: 'flawed/pilot.keten', line: 47, column: 5, endLine: 47, endColumn: 12,
            severity: 'error', rule: 'missing-mandate', message: expect.stringContaining("Commitment 'Intake' of Aanbieder decides")
        });
        expect(Object.keys(missing)).toEqual(['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'rule', 'message']);
        expect(report.summary).toEqual({ files: 1, errors: 1, warnings: 1, infos: 0 });
    });

    it('prints stylish findings grouped by file with a summary line', () => {
        const run = runKeten(['validate', 'flawed'], { cwd: dir });
        expect(run.code).toBe(1);
        expect(run.stdout).toContain('flawed/pilot.keten\n');
        expect(run.stdout).toMatch(/\n {2}47:5 +error +Commitment 'Intake'.* +missing-mandate\n/);
        expect(run.stdout).toContain('✖ 2 problems (1 error, 1 warning)');
        expect(run.stdout).not.toMatch(/\u001b\[/);
    });

    it('--quiet shows errors only, and the summary counts what is shown', () => {
        const run = runKeten(['validate', 'flawed', '--quiet', '-f', 'json'], { cwd: dir });
        expect(json(run).diagnostics.map(d => d.rule)).toEqual(['missing-mandate']);
        expect(json(run).summary).toEqual({ files: 1, errors: 1, warnings: 0, infos: 0 });
        expect(runKeten(['validate', 'flawed', '--quiet'], { cwd: dir }).stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
    });

    it('--quiet with only warnings says no errors and how many it did not show, never "no problems"', () => {
        write('quiet-warn/a.keten', CLEAN.replace('  review every 6 weeks by Stuurgroep\n', ''));
        const run = runKeten(['validate', 'quiet-warn', '--quiet', '--max-warnings', '0'], { cwd: dir });
        expect(run.code).toBe(1);
        expect(run.stdout).toContain('✔ 1 file checked, no errors (not shown with --quiet: 1 warning)');
        expect(run.stdout).not.toContain('no problems');
        const dutch = runKeten(['validate', 'quiet-warn', '--quiet', '--locale', 'nl'], { cwd: dir });
        expect(dutch.code).toBe(0);
        expect(dutch.stdout).toContain('✔ 1 bestand gecontroleerd, geen fouten (niet getoond met --quiet: 1 waarschuwing)');
    });

    it('follows a symbolic link to an agreement file in a folder', () => {
        fs.mkdirSync(path.join(dir, 'linked'), { recursive: true });
        fs.symlinkSync(path.join(dir, 'clean/agreement.keten'), path.join(dir, 'linked/agreement.keten'));
        const run = runKeten(['validate', 'linked', '-f', 'json'], { cwd: dir });
        expect(run.code).toBe(0);
        expect(json(run).files).toEqual(['linked/agreement.keten']);
    });

    it('reads a file once when a symbolic link to it is found beside it: no duplicate-name for every name in it', () => {
        write('shared/partijen/agreement.keten', CLEAN);
        fs.mkdirSync(path.join(dir, 'shared/regio'), { recursive: true });
        fs.symlinkSync('../partijen/agreement.keten', path.join(dir, 'shared/regio/agreement.keten'));
        const run = runKeten(['validate', 'shared', '-f', 'json'], { cwd: dir });
        expect(run.code, run.stdout).toBe(0);
        expect(json(run).files).toEqual(['shared/partijen/agreement.keten']);
        // Named itself, the link is still read (once).
        const named = runKeten(['validate', 'shared/regio/agreement.keten', 'shared', '-f', 'json'], { cwd: dir });
        expect(named.code, named.stdout).toBe(0);
        expect(json(named).files).toEqual(['shared/partijen/agreement.keten']);
    });

    it('--max-warnings fails when warnings exceed it, and never otherwise', () => {
        write('warn/a.keten', CLEAN.replace('  review every 6 weeks by Stuurgroep\n', ''));
        expect(runKeten(['validate', 'warn'], { cwd: dir }).code).toBe(0);
        expect(runKeten(['validate', 'warn', '--max-warnings', '1'], { cwd: dir }).code).toBe(0);
        expect(runKeten(['validate', 'warn', '--max-warnings', '0'], { cwd: dir }).code).toBe(1);
        expect(runKeten(['validate', 'warn', '--max-warnings', '0', '--quiet'], { cwd: dir }).code).toBe(1);
    });

    it('-o writes the report to a file', () => {
        const run = runKeten(['validate', 'flawed', '-f', 'json', '-o', 'out/report.json'], { cwd: dir });
        expect(run.code).toBe(1);
        expect(run.stdout).toBe('');
        expect(JSON.parse(fs.readFileSync(path.join(dir, 'out/report.json'), 'utf8')).summary.errors).toBe(1);
    });

    it('accepts a quoted glob', () => {
        const run = runKeten(['validate', 'split/*.keten', '-f', 'json'], { cwd: dir });
        expect(run.code).toBe(0);
        expect(json(run).files).toHaveLength(2);
    });

    it('colours only when asked for and allowed', () => {
        const run = runKeten(['validate', 'flawed'], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } });
        expect(run.stdout).toMatch(/\u001b\[/);
        const plain = runKeten(['validate', 'flawed', '--no-color'], { cwd: dir, env: { NO_COLOR: '', FORCE_COLOR: '1' } });
        expect(plain.stdout).not.toMatch(/\u001b\[/);
    });

    it('does not modify the files it checks', () => {
        const before = fs.readFileSync(path.join(dir, 'flawed/pilot.keten'));
        runKeten(['validate', 'flawed'], { cwd: dir });
        expect(fs.readFileSync(path.join(dir, 'flawed/pilot.keten')).equals(before)).toBe(true);
    });
});

describe('bad input: exit 2 with one clear line', () => {
    const cases: Array<[string, string[], RegExp]> = [
        ['a missing path', ['validate', 'nowhere.keten'], /Path not found: 'nowhere.keten'/],
        ['an unknown option', ['validate', '--frobnicate'], /unknown option '--frobnicate'/],
        ['an unknown format', ['validate', 'clean', '-f', 'xml'], /Unknown format 'xml'/],
        ['a folder without .keten files', ['validate', 'empty'], /No \.keten files found in 'empty'/],
        ['a non-number for --max-warnings', ['validate', 'clean', '--max-warnings', 'many'], /--max-warnings needs a whole number/],
        ['a negative --max-warnings', ['validate', 'clean', '--max-warnings', '-1'], /--max-warnings/],
        ['an unknown command', ['frobnicate'], /unknown command 'frobnicate'/],
        ['a glob that matches nothing', ['validate', 'nothing/*.keten'], /No \.keten files match/],
        ['an unknown locale', ['validate', 'clean', '--locale', 'fr'], /Unknown locale 'fr'/],
        ['an empty path', ['validate', ''], /Path not found: ''/],
        ['a named file that is not .keten', ['validate', 'empty/readme.txt'], /'empty\/readme.txt' is not a \.keten file/],
        ['--stdin-filename without .keten', ['validate', '--stdin', '--stdin-filename', 'notes.txt'], /does not end in \.keten/]
    ];
    it.each(cases)('%s', (_name, args, message) => {
        const run = runKeten(args, { cwd: dir });
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(message);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
        expect(run.stderr).not.toMatch(/\n\s+at /);
    });
});

describe('files that are not text', () => {
    it('reports a binary file as findings, without crashing', () => {
        const bytes = Buffer.from([0x00, 0x01, 0xff, 0xfe, 0x70, 0x61, 0x72, 0x74, 0x79, 0x00, 0xc3, 0x28, 0x0a]);
        write('binary/data.keten', bytes);
        const run = runKeten(['validate', 'binary', '-f', 'json'], { cwd: dir });
        expect(run.code).toBe(1);
        const report = json(run);
        expect(report.diagnostics.length).toBeGreaterThan(0);
        expect(report.diagnostics.every(d => d.rule === 'syntax-error')).toBe(true);
        expect(run.stderr).toBe('');
    });

    it('reports invalid UTF-8 at its first bad byte', () => {
        const text = Buffer.concat([Buffer.from('party A "Gemeente '), Buffer.from([0xe9]), Buffer.from('de" {\n  role a\n}\n')]);
        write('latin1/a.keten', text);
        const run = runKeten(['validate', 'latin1', '-f', 'json'], { cwd: dir });
        expect(run.code).toBe(1);
        const [first] = json(run).diagnostics;
        expect(first).toMatchObject({ rule: 'syntax-error', line: 1, column: 19 });
        expect(first.message).toMatch(/not valid UTF-8/);
    });

    it('gives one syntax-error for bytes that are not UTF-8 outside strings and comments, at the first', () => {
        // A Latin-1 é in a free word, and another in a comment further down.
        const text = Buffer.concat([Buffer.from('// notitie '), Buffer.from([0xe9]), Buffer.from('\nparty A "A" {\n  type m'), Buffer.from([0xe9]), Buffer.from('n\n  role a\n}\n')]);
        write('latin1-words/a.keten', text);
        const syntax = json(runKeten(['validate', 'latin1-words', '-f', 'json'], { cwd: dir })).diagnostics.filter(d => d.rule === 'syntax-error');
        expect(syntax).toHaveLength(1);
        expect(syntax[0]).toMatchObject({ line: 1, column: 12 });
        expect(syntax[0].message).toMatch(/not valid UTF-8/);
        // A real syntax error on another line is still reported.
        write('latin1-words/a.keten', Buffer.concat([text, Buffer.from('agreement X {\n  period 2026-01-01\n}\n')]));
        const both = json(runKeten(['validate', 'latin1-words', '-f', 'json'], { cwd: dir })).diagnostics.filter(d => d.rule === 'syntax-error');
        expect(both.map(d => d.line)).toEqual([1, 8]);
    });

    it('accepts a byte-order mark and CRLF line ends', () => {
        write('crlf/a.keten', '\ufeff' + CLEAN.replace(/\n/g, '\r\n'));
        const run = runKeten(['validate', 'crlf'], { cwd: dir });
        expect(run.stdout).toMatch(/no problems/);
        expect(run.code).toBe(0);
    });
});

describe('the examples', () => {
    it('the sound examples validate with no errors or warnings', () => {
        const run = runKeten(['validate', 'examples/*.keten', '-f', 'json']);
        expect(run.code).toBe(0);
        const report = json(run);
        expect(report.files.length).toBeGreaterThanOrEqual(5);
        expect(report.diagnostics.filter(d => d.severity !== 'info')).toEqual([]);
    });

    it('the flawed example shows its gaps', () => {
        const run = runKeten(['validate', 'examples/gaps', '-f', 'json']);
        expect(run.code).toBe(1);
        const rules = new Set(json(run).diagnostics.map(d => d.rule));
        for (const rule of ['no-single-steering', 'missing-escalation', 'missing-mandate', 'unmeasured-effect', 'commitment-without-condition']) {
            expect(rules).toContain(rule);
        }
    });
});
