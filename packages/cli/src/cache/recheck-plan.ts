/**
 * Which files a run with the cache checks again, and which it loads to do so: pure, from the
 * cache of the last run, the hashes of the files now, and what the changed files export and
 * refer to now (read from their syntax trees).
 *
 * A file's findings depend on its own text, on the files its references resolve into (and
 * theirs, further on), on which files declare each name it refers to or looks up (including
 * names that did not resolve: the first file in workspace order that exports a name wins, and
 * `duplicate-name` counts them all), and for a reference that did not resolve, on every
 * exported name of the kind it expects (its message suggests the closest). So a file is
 * checked again when
 *   1. its text changed, or it is new;
 *   2. it refers to or looks up a name that a changed, new or deleted file exports now or
 *      exported before;
 *   3. it has a reference that did not resolve, and a changed, new or deleted file exports (or
 *      exported) a name of the kind that reference expects;
 *   4. it refers to a name of a file that is checked again (the files its references lead
 *      into may now resolve differently), transitively.
 * To check them, the workspace holds them and every file that exports a name they need
 * (transitively: the names those files refer to), in the order of a full run.
 */
import { referenceTypeAccepts } from '@keten/language';
import type { CachedFile } from './cache-file.js';

/** What a file's findings depend on: names it exports (with kinds), names it needs, kinds of its unresolved references. */
export interface FileNeeds {
    readonly exports: ReadonlyArray<readonly [string, string]>;
    readonly names: readonly string[];
    readonly unresolvedTypes: readonly string[];
}

export interface CurrentFile {
    readonly path: string;
    readonly hash: string;
}

export interface FileChanges {
    /** Files whose cached findings still stand if nothing they depend on changed, by path. */
    readonly unchanged: ReadonlyMap<string, CachedFile>;
    /** Files that are new or whose text changed. */
    readonly changed: ReadonlySet<string>;
    /** The cached entries of the changed files that are not new (what they exported before). */
    readonly changedBefore: readonly CachedFile[];
    /** Files of the last run that are gone (deleted, renamed, or not asked for this time). */
    readonly deleted: readonly CachedFile[];
}

export function compareWithCache(previous: readonly CachedFile[], current: readonly CurrentFile[]): FileChanges {
    const before = new Map(previous.map(file => [file.path, file]));
    const unchanged = new Map<string, CachedFile>();
    const changed = new Set<string>();
    const changedBefore: CachedFile[] = [];
    for (const file of current) {
        const cached = before.get(file.path);
        if (cached && cached.hash === file.hash) {
            unchanged.set(file.path, cached);
            continue;
        }
        changed.add(file.path);
        if (cached) changedBefore.push(cached);
    }
    const now = new Set(current.map(file => file.path));
    return { unchanged, changed, changedBefore, deleted: previous.filter(file => !now.has(file.path)) };
}

export interface RecheckPlan {
    /** Files checked again (their findings are new). */
    readonly recheck: ReadonlySet<string>;
    /** Files loaded into the workspace, in workspace order: the rechecked ones and those that export names they need. */
    readonly load: readonly string[];
}

/**
 * The plan, given what every file needs now: the cached needs of unchanged files and `fresh`
 * needs of the changed ones (for those, the names their references are written with and the
 * names they export, which their own rules look up; their unresolved kinds are not known
 * before linking — `widenedLoad` adds what they turn out to need).
 */
export function planRecheck(order: readonly CurrentFile[], changes: FileChanges, fresh: ReadonlyMap<string, FileNeeds>): RecheckPlan {
    const needs = (file: string): FileNeeds | undefined => fresh.get(file) ?? changes.unchanged.get(file);
    const changedNames = new Set<string>();
    const changedTypes = new Set<string>();
    const addExports = (exports: FileNeeds['exports']) => {
        for (const [name, type] of exports) {
            changedNames.add(name);
            changedTypes.add(type);
        }
    };
    for (const file of changes.deleted) addExports(file.exports);
    for (const file of changes.changedBefore) addExports(file.exports);
    for (const file of changes.changed) {
        const now = fresh.get(file);
        if (now) addExports(now.exports);
    }

    const recheck = new Set(changes.changed);
    for (const [file, cached] of changes.unchanged) {
        const affected = cached.names.some(name => changedNames.has(name))
            || cached.unresolvedTypes.some(expected => [...changedTypes].some(type => referenceTypeAccepts(expected, type)));
        if (affected) recheck.add(file);
    }

    // 4. Files that refer to a name of a rechecked file, transitively.
    const referrers = new Map<string, string[]>();
    for (const [file, cached] of changes.unchanged) {
        for (const name of cached.names) {
            const list = referrers.get(name);
            if (list) list.push(file);
            else referrers.set(name, [file]);
        }
    }
    const queue = [...recheck];
    while (queue.length > 0) {
        const file = queue.pop()!;
        for (const [name] of needs(file)?.exports ?? []) {
            for (const referrer of referrers.get(name) ?? []) {
                if (!recheck.has(referrer)) {
                    recheck.add(referrer);
                    queue.push(referrer);
                }
            }
        }
    }
    return { recheck, load: loadOrder(order, recheck, needs) };
}

/** The rechecked files and, transitively, every file that exports a name one of them needs, in workspace order. */
export function loadOrder(
    order: readonly CurrentFile[], recheck: ReadonlySet<string>, needs: (file: string) => FileNeeds | undefined
): string[] {
    const exporters = new Map<string, string[]>();
    const exportTypes: Array<readonly [string, string]> = [];
    for (const { path } of order) {
        for (const [name, type] of needs(path)?.exports ?? []) {
            const list = exporters.get(name);
            if (list) list.push(path);
            else exporters.set(name, [path]);
            exportTypes.push([path, type]);
        }
    }
    const load = new Set<string>();
    const queue: string[] = [];
    const add = (file: string) => {
        if (!load.has(file)) {
            load.add(file);
            queue.push(file);
        }
    };
    for (const file of recheck) add(file);
    while (queue.length > 0) {
        const file = queue.pop()!;
        const fileNeeds = needs(file);
        if (!fileNeeds) continue;
        for (const name of fileNeeds.names) for (const exporter of exporters.get(name) ?? []) add(exporter);
        // Only a rechecked file's own unresolved references need every name of their kind (for the suggestion).
        if (recheck.has(file)) {
            for (const expected of fileNeeds.unresolvedTypes) {
                for (const [exporter, type] of exportTypes) if (referenceTypeAccepts(expected, type)) add(exporter);
            }
        }
    }
    return order.map(file => file.path).filter(file => load.has(file));
}
