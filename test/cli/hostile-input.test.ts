/**
 * Large and hostile input through the real `keten` binary: each file ends in findings (exit 1)
 * or a clean result (exit 0) or a clear exit 2 — never a hang, a crash or a stack trace.
 * The time limits only catch a hang (a minute or more): CI machines are shared; speed is
 * measured by `npm run bench`.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { agreementFile, partiesFile } from '../../bench/generate-workspace.js';
import { KETEN_BIN, timeNode } from '../../bench/measure.js';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-hostile-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

async function validate(name: string, content: string | Uint8Array, limitMs: number) {
    const file = path.join(work, name);
    fs.writeFileSync(file, content);
    const run = await timeNode(KETEN_BIN, ['validate', '--format', 'json', file], work, limitMs);
    expect(run.code, `killed after ${limitMs} ms or crashed: ${run.stderr}`).not.toBeNull();
    expect([0, 1, 2]).toContain(run.code);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    if (run.code === 2) expect(run.stderr.trim().split('\n')).toHaveLength(1);
    const findings = run.code === 2 ? [] : (JSON.parse(run.stdout) as { diagnostics: Array<{ rule: string }> })
        .diagnostics.map(d => d.rule);
    console.log(`hostile ${name}: exit ${run.code}, ${findings.length} findings, ${run.wallMs.toFixed(0)} ms`);
    return { ...run, findings };
}

describe('hostile input through keten validate', () => {
    it('an empty file is clean', async () => {
        const run = await validate('empty.keten', '', 60_000);
        expect(run.code).toBe(0);
    });

    it('a file of only comments is clean', async () => {
        const run = await validate('comments.keten', '// only\n/* comments */\n/** and a doc comment */\n'.repeat(100), 60_000);
        expect(run.code).toBe(0);
    });

    it('a file of 300,000 comment lines is clean (Langium added them to the tree in one spread call)', async () => {
        const run = await validate('many-comments.keten', '//\n'.repeat(300_000) + partiesFile(), 120_000);
        expect(run.code).toBe(0);
    }, 180_000);

    it('10,000 opening braces end in a syntax error', async () => {
        const run = await validate('braces.keten', '{'.repeat(10_000), 60_000);
        expect(run.code).toBe(1);
        expect(run.findings).toContain('syntax-error');
    });

    it('10,000 nested blocks end in syntax errors', async () => {
        const text = 'agreement A "x" {\n' + '  mandate M "m" {\n'.repeat(10_000) + '}\n'.repeat(10_001);
        const run = await validate('nested.keten', text, 60_000);
        expect(run.code).toBe(1);
        expect(run.findings).toContain('syntax-error');
    }, 90_000);

    it('a line of 1,000,000 characters is read', async () => {
        const text = `// ${'x'.repeat(1_000_000)}\n${partiesFile()}\nparty Lang "${'y'.repeat(1_000_000)}" {\n  type municipality\n  role r "R"\n}\n`;
        const run = await validate('long-line.keten', text, 60_000);
        expect([0, 1]).toContain(run.code);
    });

    it('a file that is not text ends in syntax errors', async () => {
        let seed = 7;
        const bytes = Buffer.alloc(64 * 1024, 0).map(() => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16);
        const run = await validate('binary.keten', bytes, 60_000);
        expect(run.code).toBe(1);
        expect(run.findings).toContain('syntax-error');
    }, 90_000);

    it('a 20 MB file is refused at once with exit 2 and one clear line', async () => {
        const run = await validate('huge.keten', Buffer.alloc(20 * 1024 * 1024, 0x20), 60_000);
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/huge\.keten' is 20\.0 MB; Keten reads agreement files of up to 4 MB/);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }, 90_000);

    it('standard input over the size limit is refused like a file', async () => {
        const { spawnSync } = await import('node:child_process');
        const run = spawnSync(process.execPath, [KETEN_BIN, 'validate', '--stdin', '--stdin-filename', 'piped.keten'], {
            cwd: work, input: Buffer.alloc(5 * 1024 * 1024, 0x20), encoding: 'utf8', timeout: 60_000
        });
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/piped\.keten' is > 4\.0 MB; Keten reads agreement files of up to 4 MB/);
    }, 90_000);

    it('a large file below the limit (KETEN_HOSTILE_MB, default 2 MB) is checked', async () => {
        const megabytes = Number(process.env.KETEN_HOSTILE_MB ?? 2);
        const parts = [partiesFile()];
        let size = parts[0].length;
        for (let i = 0; size < megabytes * 1024 * 1024; i++) {
            const agreement = agreementFile(i);
            parts.push(agreement);
            size += agreement.length;
        }
        const run = await validate(`large-${megabytes}mb.keten`, parts.join('\n'), 60_000 * megabytes);
        expect(run.code).toBe(0);
    }, 120_000 * Number(process.env.KETEN_HOSTILE_MB ?? 2));
});
