/**
 * Turns the PATH arguments of a command into the list of `.keten` files to load
 * (CLI.md: a file, a directory searched recursively skipping `node_modules` and dot-folders,
 * or a quoted glob; no path means the current directory).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';
import { CliError } from '../cli-error.js';

export interface CollectedFile {
    /** Absolute path. */
    readonly path: string;
    /** True when the user named this file itself (always checked, whatever `exclude` says). */
    readonly explicit: boolean;
}

/**
 * `mayFindNothing`: arguments that are no error when they find no file (`keten diff`: a folder
 * that holds no agreement; with `--base`, a glob that matched files of the revision). Every
 * other command needs each argument to find one.
 */
export async function collectKetenFiles(
    args: readonly string[], cwd: string, mayFindNothing: (arg: string) => boolean = () => false
): Promise<CollectedFile[]> {
    const patterns = args.length > 0 ? args : ['.'];
    const found = new Map<string, CollectedFile>();
    const links = new Set<string>();
    const add = (file: string, explicit: boolean) => {
        const existing = found.get(file);
        if (!existing || (explicit && !existing.explicit)) found.set(file, { path: file, explicit });
    };
    for (const arg of patterns) {
        if (arg.trim() === '') throw new CliError(m => m.pathNotFound({ path: arg }));
        const absolute = path.resolve(cwd, arg);
        const stat = statOrUndefined(absolute);
        if (stat?.isFile()) {
            if (!absolute.endsWith('.keten')) throw new CliError(m => m.notKetenFile({ path: arg }));
            checkReadable(absolute, arg);
            if (isSymbolicLink(absolute)) links.add(absolute);
            add(absolute, true);
        } else if (stat?.isDirectory()) {
            const files = walkDirectory(absolute, links);
            if (files.length === 0 && !mayFindNothing(arg)) throw new CliError(m => m.noKetenFilesIn({ folder: arg }));
            files.forEach(file => add(file, false));
        } else if (isDynamicPattern(arg)) {
            const matches = await glob(arg, { cwd, absolute: true, onlyFiles: true, dot: false, ignore: [...GLOB_IGNORES] });
            const keten = matches.filter(file => file.endsWith('.keten')).map(file => path.resolve(file));
            if (keten.length === 0 && !mayFindNothing(arg)) throw new CliError(m => m.noKetenFilesMatch({ pattern: arg }));
            keten.forEach(file => {
                if (isSymbolicLink(file)) links.add(file);
                add(file, false);
            });
        } else if (stat) {
            throw new CliError(m => m.neitherFileNorFolder({ path: arg }));
        } else {
            throw new CliError(m => m.pathNotFound({ path: arg }));
        }
    }
    return oncePerFile(found, links).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Each file on disk once: a symbolic link to an agreement found beside the agreement itself
 * (`regio/partijen.keten` → `../partijen.keten`) would declare every name twice and make each
 * one a `duplicate-name`. The file is kept under its own path (not the link's), explicit when
 * either path was named itself; two links to one file outside the search keep the first. Only
 * links are looked at (`links`: the walk knows them), so a search without links costs nothing.
 */
function oncePerFile(found: Map<string, CollectedFile>, links: ReadonlySet<string>): CollectedFile[] {
    const linkFor = new Map<string, string>();
    for (const link of [...links].sort()) {
        const entry = found.get(link);
        if (!entry) continue;
        let real: string;
        try {
            real = fs.realpathSync.native(link);
        } catch {
            continue;
        }
        const target = found.get(real) ?? (linkFor.has(real) ? found.get(linkFor.get(real)!) : undefined);
        if (!target) {
            linkFor.set(real, link);
            continue;
        }
        found.delete(link);
        if (entry.explicit && !target.explicit) found.set(target.path, { path: target.path, explicit: true });
    }
    return [...found.values()];
}

function isSymbolicLink(file: string): boolean {
    try {
        return fs.lstatSync(file).isSymbolicLink();
    } catch {
        return false;
    }
}

/** What a glob argument never expands to: as a folder's search, no `node_modules` and no dot-folders. */
const GLOB_IGNORES = ['**/node_modules/**', '**/.*/**'] as const;

/**
 * Whether one PATH argument would have found a file on disk, by the rules of
 * `collectKetenFiles` (a file named itself: `true`; found by a folder's search or a glob:
 * `false`; not found: `undefined`): for the files of a git revision (`keten diff --base`), which
 * are not on disk, so both sides of a diff hold the same kind of files.
 */
export function argumentFinds(arg: string, cwd: string): (file: string) => boolean | undefined {
    const absolute = path.resolve(cwd, arg);
    if (isDynamicPattern(arg) && !fs.existsSync(absolute)) {
        // An absolute glob is matched against the absolute path, a relative one against the path from `cwd`.
        const posix = (text: string) => text.split(path.sep).join('/');
        const matches = picomatch(posix(arg), { dot: false, ignore: [...GLOB_IGNORES] });
        return file => (file.endsWith('.keten') && matches(posix(path.isAbsolute(arg) ? file : path.relative(cwd, file))) ? false : undefined);
    }
    return file => {
        if (file === absolute) return true;
        if (!file.startsWith(absolute + path.sep) || !file.endsWith('.keten')) return undefined;
        // A folder's search skips node_modules and dot-folders below the folder itself.
        const folders = path.relative(absolute, file).split(path.sep).slice(0, -1);
        return folders.some(folder => folder.startsWith('.') || folder === 'node_modules') ? undefined : false;
    };
}

/** `argumentFinds` of every argument (none: the current folder): a file any of them finds, explicit when one names it. */
export function foundByArguments(args: readonly string[], cwd: string): (file: string) => CollectedFile | undefined {
    const tests = (args.length > 0 ? args : ['.']).map(arg => argumentFinds(arg, cwd));
    return file => {
        let found: CollectedFile | undefined;
        for (const test of tests) {
            const explicit = test(file);
            if (explicit !== undefined && (!found || explicit)) found = { path: file, explicit };
        }
        return found;
    };
}

/** The folder a glob argument's matches all lie in (`agreements/**\/*.keten` → `agreements`); the argument itself otherwise. */
export function staticBaseOf(arg: string): string {
    return isDynamicPattern(arg) ? picomatch.scan(arg).base || '.' : arg;
}

/** A symbolic link to a file is followed; links to folders are not (no loops). */
function isLinkToFile(file: string): boolean {
    try {
        return fs.lstatSync(file).isSymbolicLink() && fs.statSync(file).isFile();
    } catch {
        return false;
    }
}

function statOrUndefined(file: string): fs.Stats | undefined {
    try {
        return fs.statSync(file);
    } catch {
        return undefined;
    }
}

function checkReadable(file: string, arg: string): void {
    try {
        fs.accessSync(file, fs.constants.R_OK);
    } catch {
        throw new CliError(m => m.cannotRead({ path: arg, reason: m.permissionDenied() }));
    }
}

/** Every `*.keten` file below `folder`, skipping `node_modules` and dot-folders; the symbolic links among them go into `links`. */
export function walkDirectory(folder: string, links?: Set<string>): string[] {
    const result: string[] = [];
    const visit = (dir: string) => {
        let entries: fs.Dirent[];
        try {
            entries = fs.readdirSync(dir, { withFileTypes: true });
        } catch {
            throw new CliError(m => m.cannotReadFolder({ folder: dir }));
        }
        for (const entry of entries) {
            if (entry.name.startsWith('.') && entry.isDirectory()) continue;
            if (entry.name === 'node_modules') continue;
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) visit(full);
            else if (entry.name.endsWith('.keten') && entry.isFile()) result.push(full);
            else if (entry.name.endsWith('.keten') && isLinkToFile(full)) {
                result.push(full);
                links?.add(full);
            }
        }
    };
    visit(folder);
    return result.sort();
}
