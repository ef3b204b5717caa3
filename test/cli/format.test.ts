/** `keten format` through the real binary. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT, runKeten } from '../support/run-keten.js';

let dir: string;
const MESSY = 'party   A "x"{role a   role b reports to a}\n// kept\nagreement X{parties A period 2026-01-01 to 2026-12-31\n steering A.a}\n';
const CANONICAL = `party A "x" {
  role a
  role b reports to a
}

// kept
agreement X {
  parties A
  period 2026-01-01 to 2026-12-31
  steering A.a
}
`;

beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-format-'));
});

const write = (name: string, text: string | Buffer) => fs.writeFileSync(path.join(dir, name), text);
const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');

describe('keten format', () => {
    it('rewrites a messy file into the canonical layout, keeping comments', () => {
        write('a.keten', MESSY);
        const run = runKeten(['format', 'a.keten'], { cwd: dir });
        expect(run.code).toBe(0);
        expect(read('a.keten')).toBe(CANONICAL);
        expect(runKeten(['format', 'a.keten'], { cwd: dir }).stdout).toContain('Reformatted 0 of 1 file.');
    });

    it('--check lists files that would change, exits 1, and changes nothing', () => {
        write('a.keten', MESSY);
        write('b.keten', CANONICAL.replace(/\bA\b/g, 'B').replace(/\bX\b/g, 'Y'));
        const run = runKeten(['format', '--check', '.'], { cwd: dir });
        expect(run.code).toBe(1);
        // Standard output lists the files and nothing else (CLI.md); the count goes to standard error.
        expect(run.stdout).toBe('a.keten\n');
        expect(run.stderr).toBe("keten: 1 of 2 files would be reformatted. Run 'keten format' to fix.\n");
        expect(read('a.keten')).toBe(MESSY);
        runKeten(['format', '.'], { cwd: dir });
        expect(runKeten(['format', '--check', '.'], { cwd: dir }).code).toBe(0);
    });

    it('never rewrites a file that does not parse, and exits 2', () => {
        write('bad.keten', 'party {\n');
        const run = runKeten(['format', 'bad.keten'], { cwd: dir });
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/bad\.keten: not formatted: it has \d+ syntax errors?/);
        expect(read('bad.keten')).toBe('party {\n');
    });

    it('counts and places the syntax errors of a file it refuses as validate does', () => {
        // A lexer error (the bad escape is found after parsing) after a parser error: validate's first is on line 3.
        const text = 'party P {\n  type\n}\n\nparty Q "a\\qb" {\n  type x\n}\n';
        write('first.keten', text);
        const validate = JSON.parse(runKeten(['validate', 'first.keten', '-f', 'json'], { cwd: dir }).stdout) as { diagnostics: Array<{ line: number; rule: string }> };
        const syntax = validate.diagnostics.filter(d => d.rule === 'syntax-error');
        expect(syntax.length).toBeGreaterThan(1);
        const run = runKeten(['format', 'first.keten'], { cwd: dir });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain(`it has ${syntax.length} syntax errors (the first on line ${syntax[0].line})`);
        expect(read('first.keten')).toBe(text);
    });

    it('answers in the locale of keten.config.json, and names the --locale of a --check in its hint', () => {
        write('a.keten', MESSY);
        write('keten.config.json', JSON.stringify({ locale: 'nl' }));
        const check = runKeten(['format', '--check', 'a.keten'], { cwd: dir });
        expect(check.code).toBe(1);
        expect(check.stderr).toBe("keten: 1 van 1 bestand zou opnieuw worden opgemaakt. Voer 'keten format' uit om dat te doen.\n");
        const dutch = runKeten(['format', '--check', '--locale', 'nl', 'a.keten'], { cwd: dir });
        expect(dutch.stderr).toContain("Voer 'keten format --locale nl' uit");
        expect(runKeten(['format', 'a.keten'], { cwd: dir }).stdout).toContain('1 van 1 bestand opnieuw opgemaakt');
    });

    it('keeps CRLF line ends and drops a byte-order mark (docs/formatting.md)', () => {
        write('crlf.keten', '\ufeff' + MESSY.replace(/\n/g, '\r\n'));
        expect(runKeten(['format', 'crlf.keten'], { cwd: dir }).code).toBe(0);
        expect(fs.readFileSync(path.join(dir, 'crlf.keten')).subarray(0, 3).toString('hex')).not.toBe('efbbbf');
        expect(read('crlf.keten')).toBe(CANONICAL.replace(/\n/g, '\r\n'));
    });

    it('counts a file in the canonical layout that starts with a byte-order mark as one to change', () => {
        write('bom.keten', '\ufeff' + CANONICAL);
        const check = runKeten(['format', '--check', 'bom.keten'], { cwd: dir });
        expect(check.code).toBe(1);
        expect(check.stdout.split('\n')[0]).toBe('bom.keten');
        expect(runKeten(['format', 'bom.keten'], { cwd: dir }).code).toBe(0);
        expect(read('bom.keten')).toBe(CANONICAL);
        expect(runKeten(['format', '--check', 'bom.keten'], { cwd: dir }).code).toBe(0);
    });

    it('writes every line break in the style of the first one, and leaves the line breaks inside strings', () => {
        write('mixed.keten', 'party A "x" {\r\n  role a "two\nlines"\n  role b\n}\n');
        runKeten(['format', 'mixed.keten'], { cwd: dir });
        expect(read('mixed.keten')).toBe('party A "x" {\r\n  role a "two\nlines"\r\n  role b\r\n}\r\n');
    });

    it('--locale nl rewrites keywords into Dutch, and --locale en turns them back', () => {
        write('a.keten', CANONICAL);
        runKeten(['format', '--locale', 'nl', 'a.keten'], { cwd: dir });
        expect(read('a.keten')).toContain('partij A "x" {\n  rol a\n  rol b valt onder a\n}');
        expect(read('a.keten')).toContain('looptijd 2026-01-01 tot 2026-12-31');
        runKeten(['format', '--locale', 'en', 'a.keten'], { cwd: dir });
        expect(read('a.keten')).toBe(CANONICAL);
    });

    it('leaves the examples as they are: they are written in the canonical layout', () => {
        const run = runKeten(['format', '--check', 'examples']);
        expect(run.stdout).toBe('');
        expect(run.code).toBe(0);
    });

    describe('never changes the findings, suppressed ones included (issue 10)', () => {
        const AGREEMENT = [
            'party A "x" {', '  role r', '  role s', '}', '', 'agreement X {', '  parties A', '  period 2026-01-01 to 2026-12-31',
            '  steering A.r', '  accountable A.r', '  review every 6 weeks by A.r', '', '  effect E {', '    kind outcome',
            '    indicator "Wachttijd"', '    unit days', '    baseline 45 on 2025-12-31', '    target <= 20 by 2026-06-30',
            '    measured monthly by A from "Monitor"', '  }', ''
        ];
        const rules = (file: string) => (JSON.parse(runKeten(['validate', '-f', 'json', file], { cwd: dir }).stdout).diagnostics as Array<{ rule?: string; code?: string }>)
            .map(d => d.rule ?? d.code).sort();

        it.each([['format', undefined], ['format --locale nl', 'nl'], ['format --locale en', 'en']] as const)(
            '--max-warnings 0 still passes after %s: a one-line escalation keeps its suppressed level', (_how, locale) => {
                write('a.keten', [...AGREEMENT,
                    '  // keten-disable-next-line escalation-no-deadline -- the director decides the same day',
                    '  escalation Casus { level A.s level A.r within 5 workdays decides }', '}', ''].join('\n'));
                expect(runKeten(['validate', '--max-warnings', '0', 'a.keten'], { cwd: dir }).code).toBe(0);
                const before = rules('a.keten');
                expect(runKeten(['format', ...(locale ? ['--locale', locale] : []), 'a.keten'], { cwd: dir }).code).toBe(0);
                const oneLine = locale === 'nl' ? 'escalatie Casus { niveau A.s niveau A.r binnen 5 werkdagen beslist }'
                    : 'escalation Casus { level A.s level A.r within 5 workdays decides }';
                expect(read('a.keten')).toContain(oneLine);
                expect(rules('a.keten')).toEqual(before);
                expect(runKeten(['validate', '--max-warnings', '0', 'a.keten'], { cwd: dir }).code).toBe(0);
            });

        it('a suppression above a field split over two lines stays unused, and the finding on the second line stays', () => {
            write('a.keten', [...AGREEMENT.slice(0, 9), '  // keten-disable-next-line unresolved-reference', '  accountable', 'A.nobody',
                ...AGREEMENT.slice(10), '}', ''].join('\n').replace(/\n/g, '\r\n'));
            const before = rules('a.keten');
            expect(before).toEqual(expect.arrayContaining(['unresolved-reference', 'unused-suppression']));
            expect(runKeten(['format', 'a.keten'], { cwd: dir }).code).toBe(0);
            expect(read('a.keten')).toContain('  accountable\r\n    A.nobody\r\n');
            expect(rules('a.keten')).toEqual(before);
        });
    });

    it('rejects an unknown locale with exit 2', () => {
        write('a.keten', CANONICAL);
        const run = runKeten(['format', '--locale', 'de', 'a.keten'], { cwd: dir });
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/Unknown locale 'de'/);
    });
});

void REPO_ROOT;
