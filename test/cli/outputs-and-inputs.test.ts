/**
 * CLI.md, "Cache, outputs and inputs (all commands)", through the real binary:
 * - an output path (`-o`, `--output`, `--out`) that is one of the command's inputs (an
 *   agreement, a measurement file, the configuration in use) is refused with exit 2 and one
 *   line, and the file is left as it was, however the path reaches it (`./x`, `d/../x`, a
 *   symbolic or hard link);
 * - a command whose standard output or output file cannot be written exits 2 with one line;
 * - a reader that stops early (`| head -1`) ends the command quietly, with its own exit code.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEAN_AGREEMENT, ensureKetenBuilt, makeWorkspace } from '../support/cli-workspace.js';
import { KETEN_BIN, runKeten } from '../support/run-keten.js';

const CONFIG = JSON.stringify({ rules: { 'no-review': 'warning' } }, null, 2) + '\n';
const CSV = 'effect,date,value\nConvenant.Wachttijd,2026-01-31,44\n';

let root: string;
let snapshot: Map<string, Buffer>;

beforeAll(() => {
    ensureKetenBuilt();
    root = makeWorkspace({
        'd/monitor.keten': CLEAN_AGREEMENT,
        'd/keten.config.json': CONFIG,
        'm.csv': CSV,
        'alt/cfg.json': CONFIG
    });
    fs.symlinkSync('d/monitor.keten', path.join(root, 'link-to-agreement.md'));
    fs.symlinkSync('m.csv', path.join(root, 'link-to-data.html'));
    fs.linkSync(path.join(root, 'd/keten.config.json'), path.join(root, 'hard-link-to-config.json'));
    snapshot = new Map(['d/monitor.keten', 'd/keten.config.json', 'm.csv', 'alt/cfg.json'].map(file => [file, fs.readFileSync(path.join(root, file))]));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function expectInputsUntouched(): void {
    for (const [file, bytes] of snapshot) expect(fs.readFileSync(path.join(root, file)).equals(bytes), file).toBe(true);
}

function expectRefused(args: string[], kind: RegExp): void {
    const run = runKeten(args, { cwd: root });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^keten: Not writing to '.+': it is /);
    expect(lines[0]).toMatch(kind);
    expectInputsUntouched();
}

describe('an output onto one of the inputs is refused, the file untouched', () => {
    const agreement = /an agreement file/;
    const measurements = /a measurement file \(--data\)/;
    const configuration = /the configuration file/;

    it.each([
        [['graph', 'd', '-o', 'd/monitor.keten'], agreement],
        [['graph', 'd', '--out', './d/monitor.keten'], agreement],
        [['graph', 'd', '-f', 'dot', '-o', 'd/../d/monitor.keten'], agreement],
        [['graph', 'd', '-o', 'd/keten.config.json'], configuration],
        [['register', 'd', '-o', 'd/monitor.keten'], agreement],
        [['register', 'd', '--format', 'json', '--out', 'hard-link-to-config.json'], configuration],
        [['register', 'd', '-o', 'link-to-agreement.md'], agreement],
        [['report', 'd', '--data', 'm.csv', '-o', 'm.csv'], measurements],
        [['report', 'd', '--data', 'm.csv', '--out', 'link-to-data.html'], measurements],
        [['report', 'd', '--data', 'm.csv', '-f', 'json', '-o', 'd/monitor.keten'], agreement],
        [['report', 'd', '--data', 'm.csv', '-f', 'md', '-o', 'd/keten.config.json'], configuration],
        [['validate', 'd', '-f', 'json', '-o', 'd/monitor.keten'], agreement],
        [['validate', 'd', '--format', 'sarif', '--output', './d/monitor.keten'], agreement],
        [['validate', 'd', '-f', 'json', '-o', 'd/keten.config.json'], configuration],
        [['validate', 'd', '-c', 'alt/cfg.json', '-f', 'junit', '-o', 'alt/cfg.json'], configuration],
        [['validate', 'd', '-f', 'gitlab', '-o', 'link-to-agreement.md'], agreement],
        [['document', 'd', '-f', 'md', '-o', 'd/keten.config.json'], configuration],
        [['document', 'd', '-f', 'html', '--output', 'hard-link-to-config.json'], configuration],
        // Every command takes both spellings of the long option (CLI.md names `--output` and `--out`).
        [['validate', 'd', '-f', 'json', '--out', 'd/monitor.keten'], agreement],
        [['report', 'd', '--data', 'm.csv', '--output', 'm.csv'], measurements],
        [['graph', 'd', '--output', 'd/keten.config.json'], configuration],
        [['register', 'd', '--output', 'd/monitor.keten'], agreement],
        [['diff', 'd', 'd', '--out', 'd/monitor.keten'], agreement],
        [['whatif', 'd', '--without', 'Aanbieder', '--out', 'd/monitor.keten'], agreement]
    ])('%j', (args, kind) => expectRefused(args, kind));

    it('refuses an output onto the file the standard input stands for (--stdin-filename)', () => {
        const run = runKeten(['validate', '--stdin', '--stdin-filename', 'd/monitor.keten', '-f', 'json', '-o', 'd/monitor.keten'], { cwd: root, input: CLEAN_AGREEMENT });
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/^keten: Not writing to 'd\/monitor\.keten': it is an agreement file this command reads/);
        expectInputsUntouched();
    });

    it('checks every -f … -o … pair of validate before writing any report', () => {
        const args = ['validate', 'd', '-f', 'json', '-o', 'out/a.json', '-f', 'sarif', '-o', 'd/monitor.keten', '-f', 'junit', '-o', 'out/c.xml'];
        expectRefused(args, agreement);
        expect(fs.existsSync(path.join(root, 'out'))).toBe(false);
    });

    it('refuses one file named as the output of two reports', () => {
        const run = runKeten(['validate', 'd', '-f', 'json', '-o', 'twice.json', '-f', 'sarif', '-o', './twice.json'], { cwd: root });
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/^keten: '\.\/twice\.json' is named as the output of two reports/);
        expect(fs.existsSync(path.join(root, 'twice.json'))).toBe(false);
    });

    it('says it in Dutch with --locale nl', () => {
        const run = runKeten(['graph', 'd', '-o', 'd/monitor.keten', '--locale', 'nl'], { cwd: root });
        expect(run.code).toBe(2);
        expect(run.stderr).toBe("keten: Keten schrijft niet naar 'd/monitor.keten': dat is een afsprakenbestand dat deze opdracht leest, en schrijven zou het vervangen. Kies een ander uitvoerbestand.\n");
        expectInputsUntouched();
    });

    it('still writes to a file that is not an input', () => {
        for (const args of [['graph', 'd', '-o', 'out/graph.mmd'], ['register', 'd', '-o', 'out/register.md'], ['report', 'd', '--data', 'm.csv', '-o', 'out/report.html', '--as-of', '2026-09-30'],
            ['validate', 'd', '-f', 'json', '-o', 'out/a.json', '-f', 'sarif', '-o', 'out/b.sarif']]) {
            const run = runKeten(args, { cwd: root });
            expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(0);
        }
        expect(fs.readdirSync(path.join(root, 'out')).sort()).toEqual(['a.json', 'b.sarif', 'graph.mmd', 'register.md', 'report.html']);
        expectInputsUntouched();
    });

    it('writes over a copy of an input: the same size and bytes, another file', () => {
        // Inputs are identified only when they have an existing output's size; a copy has it.
        for (const [input, copy, args] of [
            ['m.csv', 'copy-of-data.csv', ['report', 'd', '--data', 'm.csv', '-f', 'json', '-o', 'copy-of-data.csv']],
            ['d/monitor.keten', 'copy-of-agreement.txt', ['graph', 'd', '-o', 'copy-of-agreement.txt']]
        ] as const) {
            fs.copyFileSync(path.join(root, input), path.join(root, copy));
            const run = runKeten([...args], { cwd: root });
            expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(0);
            expect(fs.readFileSync(path.join(root, copy)).equals(fs.readFileSync(path.join(root, input)))).toBe(false);
        }
        expectInputsUntouched();
    });
});

/** Runs keten with its standard output on a file descriptor (here /dev/full). */
function runWithStdout(args: string[], fd: number) {
    const result = spawnSync(process.execPath, [KETEN_BIN, ...args], {
        cwd: root, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', timeout: 60_000,
        env: { ...process.env, NO_COLOR: '1', KETEN_LOCALE: '' }
    });
    return { code: result.status ?? -1, stderr: result.stderr };
}

describe('an output that cannot be written', () => {
    const full = fs.existsSync('/dev/full');

    it.runIf(full).each([
        [['validate', 'd']],
        [['validate', 'd', '-f', 'json']],
        [['report', 'd', '--data', 'm.csv', '--as-of', '2026-09-30']],
        [['graph', 'd']],
        [['register', 'd', '--format', 'csv']],
        [['rules']],
        [['format', 'd']],
        [['--help']]
    ])('standard output on a full disk: %j exits 2 with one line', args => {
        const fd = fs.openSync('/dev/full', 'w');
        try {
            const run = runWithStdout(args, fd);
            expect(run.code).toBe(2);
            expect(run.stderr).toBe('keten: Cannot write to standard output: the disk is full.\n');
        } finally {
            fs.closeSync(fd);
        }
    });

    it.runIf(full)('says it in the locale of the run', () => {
        const fd = fs.openSync('/dev/full', 'w');
        try {
            const run = runWithStdout(['graph', 'd', '--locale', 'nl'], fd);
            expect(run.code).toBe(2);
            expect(run.stderr).toBe('keten: Kan niet naar de standaarduitvoer schrijven: de schijf is vol.\n');
        } finally {
            fs.closeSync(fd);
        }
    });

    it.runIf(full).each([
        [['validate', 'd', '-f', 'json', '-o', '/dev/full']],
        [['report', 'd', '--data', 'm.csv', '--out', '/dev/full']],
        [['graph', 'd', '-o', '/dev/full']],
        [['register', 'd', '-o', '/dev/full']]
    ])('an output file on a full disk: %j exits 2 with one line', args => {
        const run = runKeten(args, { cwd: root });
        expect(run.code).toBe(2);
        expect(run.stderr).toBe("keten: Cannot write '/dev/full': the disk is full.\n");
    });

    it('an output file in a folder that cannot be made exits 2 with one line', () => {
        const run = runKeten(['graph', 'd', '-o', 'm.csv/graph.mmd'], { cwd: root });
        expect(run.code).toBe(2);
        expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(run.stderr).toMatch(/^keten: Cannot write 'm\.csv\/graph\.mmd': /);
        expectInputsUntouched();
    });

    // Node's recursive mkdir never returns under /proc (ENOENT for a parent that exists): this hung.
    it.runIf(fs.existsSync('/proc/self')).each([
        [['validate', 'd', '-f', 'json', '-o', '/proc/keten-nowhere/a.json']],
        [['report', 'd', '--data', 'm.csv', '--out', '/proc/keten-nowhere/r.html']],
        [['document', 'd', '-f', 'md', '-o', '/proc/keten-nowhere/d.md']],
        [['validate', 'd', '--cache', '--cache-location', '/proc/keten-nowhere/cache']]
    ])('a folder the system will not make: %j ends with one line, never hangs', args => {
        const run = runKeten(args, { cwd: root });
        expect(run.code, run.stderr).not.toBe(null);
        if (args.includes('--cache')) {
            // A cache that cannot be written is left out without an error.
            expect(run.code).toBe(0);
        } else {
            expect(run.code).toBe(2);
            expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
            expect(run.stderr).toMatch(/^keten: (Cannot write|.*proc)/);
        }
    });
});

/**
 * Runs keten with its standard output on a pipe whose reader closes it after the first chunk,
 * as `keten … | head -1` does; the output is larger than a pipe holds.
 */
function runWithEarlyClosedPipe(args: string[], cwd: string): Promise<{ code: number; stderr: string; read: number }> {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [KETEN_BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', KETEN_LOCALE: '' } });
        let stderr = '';
        let read = 0;
        child.stderr.on('data', chunk => { stderr += chunk; });
        child.stdout.once('data', chunk => { read = chunk.length; child.stdout.destroy(); });
        const timer = setTimeout(() => { child.kill(); reject(new Error('keten did not end after its reader stopped')); }, 60_000);
        child.on('close', code => { clearTimeout(timer); resolve({ code: code ?? -1, stderr, read }); });
    });
}

describe('a reader that stops early (EPIPE)', () => {
    let big: string;

    beforeAll(() => {
        // Enough measurements and findings for outputs of several hundred kilobytes.
        const rows = ['effect,date,value'];
        for (let day = 0; day < 3000; day++) rows.push(`Convenant.Wachttijd,${new Date(Date.UTC(2018, 0, 1 + day)).toISOString().slice(0, 10)},${40 + (day % 5)}`);
        const withGaps = CLEAN_AGREEMENT.replace('    decides under Inzet\n', '    decides\n').replace('  review every 6 weeks by Stuurgroep\n', '');
        const flawed = Array.from({ length: 300 }, (_, i) => withGaps.replace(/\b(Convenant|Gemeente|Aanbieder|Stuurgroep)\b/g, `$1${i}`)).join('\n');
        big = makeWorkspace({ 'a.keten': CLEAN_AGREEMENT, 'm.csv': rows.join('\n') + '\n', 'flawed/many.keten': flawed });
    });
    afterAll(() => fs.rmSync(big, { recursive: true, force: true }));

    it('ends report quietly with exit 0', async () => {
        const run = await runWithEarlyClosedPipe(['report', 'a.keten', '--data', 'm.csv', '--as-of', '2026-09-30'], big);
        expect(run.read).toBeGreaterThan(0);
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
    });

    it('ends validate quietly with its own exit code (1: errors found)', async () => {
        const run = await runWithEarlyClosedPipe(['validate', 'flawed'], big);
        expect(run.stderr).toBe('');
        expect(run.code).toBe(1);
    });
});

describe('keten format rewrites a file in one step', () => {
    it('through a symbolic link: the link stays a link, the file keeps its mode', () => {
        const dir = makeWorkspace({ 'real/a.keten': 'party   X "X" {\n  type municipality\n}\n' });
        try {
            fs.chmodSync(path.join(dir, 'real/a.keten'), 0o640);
            fs.symlinkSync('real/a.keten', path.join(dir, 'link.keten'));
            const run = runKeten(['format', 'link.keten'], { cwd: dir });
            expect(run.code, run.stderr).toBe(0);
            expect(fs.lstatSync(path.join(dir, 'link.keten')).isSymbolicLink()).toBe(true);
            expect(fs.readFileSync(path.join(dir, 'real/a.keten'), 'utf8')).toBe('party X "X" {\n  type municipality\n}\n');
            expect(fs.statSync(path.join(dir, 'real/a.keten')).mode & 0o777).toBe(0o640);
            expect(fs.readdirSync(path.join(dir, 'real'))).toEqual(['a.keten']);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});
