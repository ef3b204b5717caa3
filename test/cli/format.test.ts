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
        expect(run.stdout.split('\n')[0]).toBe('a.keten');
        expect(run.stdout).not.toContain('b.keten\n');
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

    it('keeps a byte-order mark and CRLF line ends', () => {
        write('crlf.keten', '\ufeff' + MESSY.replace(/\n/g, '\r\n'));
        expect(runKeten(['format', 'crlf.keten'], { cwd: dir }).code).toBe(0);
        expect(read('crlf.keten')).toBe('\ufeff' + CANONICAL.replace(/\n/g, '\r\n'));
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

    it('rejects an unknown locale with exit 2', () => {
        write('a.keten', CANONICAL);
        const run = runKeten(['format', '--locale', 'de', 'a.keten'], { cwd: dir });
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/Unknown locale 'de'/);
    });
});

void REPO_ROOT;
