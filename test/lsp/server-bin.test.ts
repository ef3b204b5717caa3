/**
 * `keten-language-server` started by hand: without a transport (or with `--help`) it says in one
 * line how to start it, instead of a stack trace through its bundle; `--version` prints the version.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/run-keten.js';

const BIN = path.join(REPO_ROOT, 'packages/language-server/bin/keten-language-server.cjs');
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000, input: '' });

describe('keten-language-server on the command line', () => {
    it('without a transport: one line naming --stdio, exit 2', () => {
        for (const args of [[], ['--bogus']]) {
            const result = run(args);
            expect(result.status).toBe(2);
            expect(result.stderr).toBe('keten-language-server: start it with --stdio (what editors use), --node-ipc or --socket=PORT; --version prints the version.\n');
        }
    });

    it('--help prints that line on standard output, exit 0; --version the version', () => {
        const help = run(['--help']);
        expect(help.status).toBe(0);
        expect(help.stdout).toMatch(/^keten-language-server: start it with --stdio/);
        expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    });
});
