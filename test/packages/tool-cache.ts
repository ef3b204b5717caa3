/**
 * Tools the package and editor tests install once and keep: a Node.js 22 binary (the npm package
 * `node@22`), and for the e2e run code-server and its helpers. They live in one cache folder
 * outside the checkout, so a fresh clone (and CI with that folder cached) does not fetch them
 * again: `$KETEN_TOOL_CACHE`, else `$XDG_CACHE_HOME/keten-tools`, else `~/.cache/keten-tools`.
 * Each tool is installed under a lock, so parallel test files install it once.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export function toolCache(): string {
    const folder = process.env.KETEN_TOOL_CACHE
        || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'keten-tools');
    fs.mkdirSync(folder, { recursive: true });
    return folder;
}

/**
 * Runs `install` once for the tool `name`: under a lock, and only while `ready()` is false.
 * Returns what `ready` checks for. `install` gets the tool's own folder, emptied first.
 */
export function ensureTool(name: string, ready: (folder: string) => boolean, install: (folder: string) => void): string {
    return ensureFolder(path.join(toolCache(), name), ready, install);
}

/**
 * The same for any folder: runs `install` into `folder` (emptied first) under a lock next to it,
 * unless `ready(folder)` already holds, so parallel test files (and parallel runs) make it once.
 */
export function ensureFolder(folder: string, ready: (folder: string) => boolean, install: (folder: string) => void): string {
    if (ready(folder)) return folder;
    fs.mkdirSync(path.dirname(folder), { recursive: true });
    const lock = `${folder}.lock`;
    const fd = fs.openSync(lock, 'w');
    try {
        // flock(1) on the open lock file, passed as its descriptor 3: waits while another test
        // process installs the tool; the lock stays with this process's descriptor until closed.
        execFileSync('flock', ['--exclusive', '3'], { stdio: ['ignore', 'ignore', 'inherit', fd] });
        if (!ready(folder)) {
            fs.rmSync(folder, { recursive: true, force: true });
            fs.mkdirSync(folder, { recursive: true });
            install(folder);
            if (!ready(folder)) throw new Error(`Making ${folder} did not give what was asked for.`);
        }
    } finally {
        fs.closeSync(fd);
    }
    return folder;
}

/** `npm install` of the given packages into `folder` (with a package.json of its own), from the registry. */
export function npmInstall(folder: string, specs: string[], env: NodeJS.ProcessEnv = {}): void {
    if (!fs.existsSync(path.join(folder, 'package.json'))) {
        fs.writeFileSync(path.join(folder, 'package.json'), JSON.stringify({ private: true }, null, 2) + '\n');
    }
    const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...specs], {
        cwd: folder, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 900_000
    });
    if (result.status !== 0) {
        throw new Error(`npm install ${specs.join(' ')} failed in ${folder}:\n${(result.stderr || '').split('\n').slice(-15).join('\n')}`);
    }
}

/** The version `node --version` prints for a binary, or undefined when it does not run. */
export function nodeVersionOf(binary: string): string | undefined {
    const result = spawnSync(binary, ['--version'], { encoding: 'utf8', timeout: 30_000 });
    return result.status === 0 ? result.stdout.trim() : undefined;
}

/** A Node.js 22 binary, from the npm package `node@22` (installed into the tool cache once). */
export function node22(): string {
    const binary = (folder: string) => path.join(folder, 'node_modules', 'node', 'bin', 'node');
    const folder = ensureTool('node22', folder => nodeVersionOf(binary(folder))?.startsWith('v22.') === true,
        folder => npmInstall(folder, ['node@22']));
    return binary(folder);
}
