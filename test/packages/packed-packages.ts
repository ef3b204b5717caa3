/**
 * The packages as users get them: `npm pack` of @keten/cli, @keten/language-server and
 * @keten/playground from this
 * checkout (after the build), and folders that install those tarballs with nothing else beside
 * them — the npm registry is the only other source (for the CLI's one dependency).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/run-keten.js';
import { ensureKetenBuilt } from '../support/cli-workspace.js';

export interface PackedPackage {
    readonly name: string;
    /** Absolute path of the tarball. */
    readonly tarball: string;
    /** Size of the tarball in bytes (what a user downloads). */
    readonly size: number;
    readonly unpackedSize: number;
    readonly files: readonly string[];
    readonly dependencies: Readonly<Record<string, string>>;
}

export interface PackedKeten {
    readonly folder: string;
    readonly cli: PackedPackage;
    readonly server: PackedPackage;
    /** The browser playground that `keten playground` serves (optional beside the CLI). */
    readonly playground: PackedPackage;
}

/** The workspaces that are published, in the order `npm pack -w` is given them. */
export const PUBLISHED_WORKSPACES = ['packages/cli', 'packages/language-server', 'packages/playground'] as const;

/** Packs both packages into a fresh temporary folder. */
export function packKeten(): PackedKeten {
    ensureKetenBuilt();
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-packed-'));
    const result = spawnSync('npm', ['pack', ...PUBLISHED_WORKSPACES.flatMap(w => ['-w', w]), '--pack-destination', folder, '--json'], {
        cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000
    });
    if (result.status !== 0) throw new Error(`npm pack failed:\n${result.stderr}`);
    // Lifecycle output may precede the JSON on standard output.
    const json = JSON.parse(result.stdout.slice(result.stdout.indexOf('[')));
    const packages = (json as Array<{ name: string; filename: string; size: number; unpackedSize: number; files: Array<{ path: string }> }>).map(entry => {
        const tarball = path.join(folder, entry.filename);
        const workspace = PUBLISHED_WORKSPACES.find(w => readJson(path.join(REPO_ROOT, w, 'package.json')).name === entry.name)!;
        const manifest = readJson(path.join(REPO_ROOT, workspace, 'package.json'));
        return {
            name: entry.name, tarball, size: entry.size, unpackedSize: entry.unpackedSize,
            files: entry.files.map(file => file.path).sort(), dependencies: manifest.dependencies ?? {}
        };
    });
    const byName = (name: string) => {
        const found = packages.find(p => p.name === name);
        if (!found) throw new Error(`npm pack wrote no ${name}`);
        return found;
    };
    return { folder, cli: byName('@keten/cli'), server: byName('@keten/language-server'), playground: byName('@keten/playground') };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- package.json is read as data
export function readJson(file: string): any {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/**
 * `npm install` of the tarballs into `folder` (which may already hold a package.json), as a user
 * does in an empty folder. Returns npm's standard error for the test's messages.
 */
export function installTarballs(folder: string, tarballs: readonly string[], options: { saveDev?: boolean } = {}): void {
    const args = ['install', '--no-audit', '--no-fund', '--prefer-offline', ...(options.saveDev ? ['--save-dev'] : []), ...tarballs];
    const result = spawnSync('npm', args, { cwd: folder, encoding: 'utf8', timeout: 300_000 });
    if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed in ${folder}:\n${result.stderr}`);
}

/** Bytes as the docs state them: "359 kB" (1 kB = 1,000 bytes, as npm prints them). */
export function kilobytes(bytes: number): number {
    return Math.round(bytes / 1000);
}
