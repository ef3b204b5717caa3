/**
 * Debian packages the package and editor tests use (`pre-commit`, `neovim`; the e2e run adds
 * Chromium, ripgrep and libkrb5-dev). When a command is missing and the tests run as root (a
 * fresh CI machine), the package is installed with apt-get, under a lock so parallel test files
 * do not run apt at the same time; otherwise the caller is told why it cannot run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';

export function commandExists(command: string): boolean {
    return spawnSync('sh', ['-c', `command -v "${command}"`], { stdio: 'ignore' }).status === 0;
}

/**
 * Makes sure `command` exists, installing the Debian `packages` that provide it when it is missing.
 * Returns undefined when it is there, else the reason it is not.
 */
export function ensureDebianCommand(command: string, packages: readonly string[]): string | undefined {
    if (commandExists(command)) return undefined;
    if (process.getuid?.() !== 0) return `'${command}' is missing and installing it (apt-get install ${packages.join(' ')}) needs root.`;
    const script = `command -v "${command}" >/dev/null || { export DEBIAN_FRONTEND=noninteractive; apt-get update -q >/dev/null && apt-get install -y -q ${packages.join(' ')} >/dev/null; }`;
    try {
        execFileSync('flock', [path.join(os.tmpdir(), 'keten-apt.lock'), 'sh', '-c', script], { stdio: 'inherit', timeout: 900_000 });
    } catch (error) {
        return `'${command}' is missing and apt-get install ${packages.join(' ')} failed: ${(error as Error).message.split('\n')[0]}`;
    }
    return commandExists(command) ? undefined : `apt-get install ${packages.join(' ')} did not provide '${command}'.`;
}

/** Whether the Debian package is installed (dpkg-query). */
export function debianPackageInstalled(name: string): boolean {
    const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return result.status === 0 && result.stdout.includes('install ok installed');
}

/** Installs the Debian packages that are missing (as root, under the apt lock); returns why not, or undefined. */
export function ensureDebianPackages(packages: readonly string[]): string | undefined {
    const missing = packages.filter(name => !debianPackageInstalled(name));
    if (missing.length === 0) return undefined;
    if (process.getuid?.() !== 0) return `Debian packages ${missing.join(', ')} are missing and installing them needs root.`;
    const script = `export DEBIAN_FRONTEND=noninteractive; apt-get update -q >/dev/null && apt-get install -y -q ${missing.join(' ')} >/dev/null`;
    try {
        execFileSync('flock', [path.join(os.tmpdir(), 'keten-apt.lock'), 'sh', '-c', script], { stdio: 'inherit', timeout: 900_000 });
    } catch (error) {
        return `apt-get install ${missing.join(' ')} failed: ${(error as Error).message.split('\n')[0]}`;
    }
    const still = missing.filter(name => !debianPackageInstalled(name));
    return still.length ? `apt-get install did not install ${still.join(', ')}.` : undefined;
}
