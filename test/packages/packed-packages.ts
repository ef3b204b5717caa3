/**
 * The packages as users get them: `npm pack` of @keten/cli, @keten/language-server and
 * @keten/playground from this checkout (after the build), and folders that install those
 * tarballs with nothing else beside them — the npm registry is the only other source (for the
 * CLI's one dependency).
 *
 * Packing and installing take most of a package test's time, so both are made once and shared:
 * by every test file of a run and by later runs, in a folder outside the checkout (inside it,
 * Node.js would find the workspace's own node_modules and the "empty folder" would not be empty)
 * keyed by a hash of everything the tarballs are made of. A rebuild that changes a bundle gives
 * a new key, hence fresh tarballs; test files read these folders and never change them.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../support/run-keten.js';
import { ensureKetenBuilt } from '../support/cli-workspace.js';
import { ensureFolder } from './tool-cache.js';

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
    /** The shared folder of the tarballs: read it, do not change or remove it. */
    readonly folder: string;
    readonly cli: PackedPackage;
    readonly server: PackedPackage;
    /** The browser playground that `keten playground` serves (optional beside the CLI). */
    readonly playground: PackedPackage;
}

/** The workspaces that are published, in the order `npm pack -w` is given them. */
export const PUBLISHED_WORKSPACES = ['packages/cli', 'packages/language-server', 'packages/playground'] as const;

const SHARED_ROOT = path.join(os.tmpdir(), 'keten-packages');
const PACKED_RECORD = 'packed.json';
const DONE = '.done';
/** Shared folders of other builds are removed once they are this old (other checkouts may use theirs). */
const STALE_MS = 6 * 60 * 60 * 1000;

function filesUnder(entry: string): string[] {
    if (!fs.existsSync(entry)) return [];
    if (!fs.statSync(entry).isDirectory()) return [entry];
    return fs.readdirSync(entry).sort().flatMap(name => name === 'node_modules' || name === 'src' ? [] : filesUnder(path.join(entry, name)));
}

/** A hash of what `npm pack` reads: the root package.json (the version) and each published workspace. */
function contentKey(): string {
    const hash = createHash('sha256');
    for (const file of [path.join(REPO_ROOT, 'package.json'), ...PUBLISHED_WORKSPACES.flatMap(w => filesUnder(path.join(REPO_ROOT, w)))]) {
        hash.update(path.relative(REPO_ROOT, file)).update('\0').update(fs.readFileSync(file)).update('\0');
    }
    return hash.digest('hex').slice(0, 16);
}

function removeStaleSiblings(keep: string): void {
    if (!fs.existsSync(SHARED_ROOT)) return;
    for (const name of fs.readdirSync(SHARED_ROOT)) {
        const entry = path.join(SHARED_ROOT, name);
        if (name === keep || name.startsWith(`${keep}.`)) continue;
        try {
            if (Date.now() - fs.statSync(entry).mtimeMs > STALE_MS) fs.rmSync(entry, { recursive: true, force: true });
        } catch {
            // another run removed it
        }
    }
}

let packedInThisProcess: PackedKeten | undefined;

/** The tarballs of this build, packed once (under a lock) and shared. */
export function packKeten(): PackedKeten {
    if (packedInThisProcess) return packedInThisProcess;
    ensureKetenBuilt();
    const key = contentKey();
    removeStaleSiblings(key);
    fs.mkdirSync(path.join(SHARED_ROOT, key), { recursive: true });
    const now = new Date();
    fs.utimesSync(path.join(SHARED_ROOT, key), now, now); // in use: not stale for other checkouts
    const folder = ensureFolder(path.join(SHARED_ROOT, key, 'tarballs'), ready => fs.existsSync(path.join(ready, DONE)), target => {
        const record = npmPack(target);
        fs.writeFileSync(path.join(target, PACKED_RECORD), JSON.stringify(record, null, 2));
        fs.writeFileSync(path.join(target, DONE), '');
    });
    packedInThisProcess = readJson(path.join(folder, PACKED_RECORD)) as PackedKeten;
    return packedInThisProcess;
}

function npmPack(folder: string): PackedKeten {
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

/**
 * A folder where the given tarballs of this build are installed as a user installs them
 * (`npm install ./x.tgz …` in an empty folder, or with `global`, `npm install --global --prefix`),
 * made once under the name `name` and shared like the tarballs. Test files must not change it;
 * put their own files in a folder of their own (inside it, to find the package).
 */
export function installedKeten(name: string, tarballs: (packed: PackedKeten) => readonly string[], options: { global?: boolean } = {}): string {
    const packed = packKeten();
    return ensureFolder(path.join(path.dirname(packed.folder), name), ready => fs.existsSync(path.join(ready, DONE)), target => {
        if (options.global) {
            const args = ['install', '--global', '--prefix', target, '--no-audit', '--no-fund', '--prefer-offline', ...tarballs(packed)];
            const result = spawnSync('npm', args, { encoding: 'utf8', timeout: 300_000 });
            if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed:\n${result.stderr}`);
        } else {
            installTarballs(target, tarballs(packed));
        }
        fs.writeFileSync(path.join(target, DONE), '');
    });
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
