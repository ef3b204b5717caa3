/**
 * bin/keten.cjs keeps V8's code cache of the bundle in the temporary folder, written after
 * the first run (docs/performance.md, "Code cache"). The cache never changes what a command
 * does: with no cache, with one just written, with a broken one (rejected by V8 and written
 * anew) and with the cache switched off, the same output and exit code. Not timed.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runKeten } from '../support/run-keten.js';

describe('the code cache of bin/keten.cjs', () => {
    it('is written after the first run, used by the next, and a broken one is replaced', () => {
        const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-code-cache-test-'));
        const env = { TMPDIR: tmp, TMP: tmp, TEMP: tmp };
        const args = ['validate', 'examples', '--format', 'json'];
        const cacheFolder = () => fs.readdirSync(tmp).filter(name => name.startsWith('keten-code-cache-')).map(name => path.join(tmp, name));
        const cacheFiles = () => cacheFolder().flatMap(folder => fs.readdirSync(folder).filter(name => name.endsWith('.bin')).map(name => path.join(folder, name)));

        const withoutCache = runKeten(args, { cwd: REPO_ROOT, env: { ...env, KETEN_NO_COMPILE_CACHE: '1' } });
        expect(cacheFiles()).toEqual([]);

        const first = runKeten(args, { cwd: REPO_ROOT, env });
        const [cache] = cacheFiles();
        expect(cache).toBeDefined();
        const written = fs.statSync(cache);
        expect(written.size).toBeGreaterThan(100_000);

        const second = runKeten(args, { cwd: REPO_ROOT, env });
        // An accepted cache is not written again.
        expect(fs.statSync(cache).mtimeMs).toBe(written.mtimeMs);

        fs.writeFileSync(cache, 'not a code cache');
        const broken = runKeten(args, { cwd: REPO_ROOT, env });
        expect(fs.statSync(cache).size).toBeGreaterThan(100_000);

        for (const run of [first, second, broken]) {
            expect(run.code).toBe(withoutCache.code);
            expect(run.stdout).toBe(withoutCache.stdout);
            expect(run.stderr).toBe(withoutCache.stderr);
        }
        expect(withoutCache.code).toBe(1);
        fs.rmSync(tmp, { recursive: true, force: true });
    }, 120_000);

    it('keeps the most recently used caches of other versions and drops the rest when it writes one', () => {
        const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-code-cache-test-'));
        const env = { TMPDIR: tmp, TMP: tmp, TEMP: tmp };
        const user = typeof process.getuid === 'function' ? process.getuid() : 'user';
        const folder = path.join(tmp, `keten-code-cache-${user}`);
        fs.mkdirSync(folder);
        // Twelve caches of other versions, the first the most recently used; a temporary file left by a failed write.
        const others = Array.from({ length: 12 }, (_, i) => path.join(folder, `other${String(i).padStart(2, '0')}.bin`));
        others.forEach((file, i) => {
            fs.writeFileSync(file, 'x');
            const used = new Date(Date.now() - (i + 1) * 3_600_000);
            fs.utimesSync(file, used, used);
        });
        const leftOver = path.join(folder, 'abc.bin.123.tmp');
        fs.writeFileSync(leftOver, 'x');
        const old = new Date(Date.now() - 3_600_000);
        fs.utimesSync(leftOver, old, old);
        const unrelated = path.join(folder, 'notes.txt');
        fs.writeFileSync(unrelated, 'x');

        const run = runKeten(['rules', '--format', 'json'], { cwd: REPO_ROOT, env });
        expect(run.code).toBe(0);
        const left = fs.readdirSync(folder).sort();
        // The new cache and the seven most recently used others: eight in all.
        expect(left.filter(name => name.endsWith('.bin'))).toHaveLength(8);
        expect(left).toEqual(expect.arrayContaining(others.slice(0, 7).map(file => path.basename(file))));
        for (const file of others.slice(7)) expect(fs.existsSync(file)).toBe(false);
        expect(fs.existsSync(leftOver)).toBe(false);
        expect(fs.existsSync(unrelated)).toBe(true);
        fs.rmSync(tmp, { recursive: true, force: true });
    }, 120_000);
});
