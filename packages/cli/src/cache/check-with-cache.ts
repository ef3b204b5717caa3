/**
 * `keten validate --cache`: the findings of unchanged files come from the cache, the files whose
 * inputs changed are checked again (`recheck-plan.ts`), in a workspace that holds them and the
 * files that declare the names they need, built once on one thread. The result is exactly that
 * of a run without the cache: the same diagnostics, every field, for every file.
 */
import {
    addSourceDocuments, buildAndCheck, checkWorkspace, documentDependencies, exportedNamesOf, recordWorkspaceLookups,
    referredNamesOf, type CheckedFile, type LoadedSource, type SourceFile
} from '@keten/language';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { KetenCliServices } from '../workspace/load-workspace.js';
import { readCacheFile, writeCacheFile, CACHE_FORMAT, type CachedFile, type CacheIdentity } from './cache-file.js';
import { hashOf } from './cache-identity.js';
import { compareWithCache, loadOrder, planRecheck, type CurrentFile, type FileNeeds } from './recheck-plan.js';

/** A checked file's findings, from the cache or from checking it again. */
export interface FileFindings {
    readonly path: string;
    readonly diagnostics: Diagnostic[];
}

/** What the run did with the cache (`KETEN_DEBUG=1` prints it; the tests read it). */
export interface CacheUse {
    /** Whether a usable cache was found. */
    readonly found: boolean;
    readonly files: number;
    /** Files checked again. */
    readonly rechecked: number;
    /** Which, when the cache was used. */
    readonly recheckedFiles?: readonly string[];
    /** Files loaded into the workspace to do so. */
    readonly loaded: number;
    /** Why the cache could not be written, if it could not. */
    readonly notWritten?: string;
}

export interface CacheOptions {
    /** The cache file (absolute path). */
    readonly file: string;
    readonly identity: CacheIdentity;
}

export async function checkWithCache(
    newServices: () => KetenCliServices, sources: readonly SourceFile[], options: CacheOptions
): Promise<{ readonly checked: FileFindings[]; readonly use: CacheUse }> {
    const current: CurrentFile[] = sources.map(source => ({ path: source.path, hash: hashOf(source.bytes) }));
    const read = readCacheFile(options.file, options.identity);
    // The workspace order decides which of two declarations of a name wins: a cache of files in
    // another order is not used (the command always checks files in path order).
    const cache = read && sameOrder(read.files, current) ? read : undefined;
    if (!cache) {
        const { checked, entries } = await checkAll(newServices(), sources, current);
        const notWritten = save(options, entries);
        return { checked, use: { found: false, files: sources.length, rechecked: sources.length, loaded: sources.length, notWritten } };
    }
    const changes = compareWithCache(cache.files, current);
    if (changes.changed.size === 0 && changes.deleted.length === 0) {
        const checked = current.map(file => findingsOf(changes.unchanged.get(file.path)!));
        return { checked, use: { found: true, files: sources.length, rechecked: 0, loaded: 0 } };
    }

    const changedSources = sources.filter(source => changes.changed.has(source.path));
    let services = newServices();
    let parsed = new Map(addSourceDocuments(services, changedSources).map(loaded => [loaded.path, loaded]));
    const fresh = new Map<string, FileNeeds>();
    for (const loaded of parsed.values()) fresh.set(loaded.path, await freshNeeds(services, loaded));
    const plan = planRecheck(current, changes, fresh);
    let load = plan.load;
    for (;;) {
        const loading = new Set(load);
        const missing = sources.filter(source => loading.has(source.path) && !parsed.has(source.path));
        for (const loaded of addSourceDocuments(services, missing)) parsed.set(loaded.path, loaded);
        const inOrder = load.map(file => parsed.get(file)!);
        const { checked, needs } = await checkSome(services, inOrder, plan.recheck);
        // A rechecked file may need more than was foreseen (a reference that did not resolve
        // needs every name of its kind; a rule may look up a name): load it too, and build again.
        const needsNow = (file: string) => needs.get(file) ?? changes.unchanged.get(file);
        const wanted = loadOrder(current, plan.recheck, needsNow);
        if (wanted.every(file => loading.has(file))) {
            const entries = current.map(file => {
                const rechecked = checked.get(file.path);
                return rechecked ? entryOf(file, needs.get(file.path)!, rechecked.diagnostics) : changes.unchanged.get(file.path)!;
            });
            const notWritten = save(options, entries);
            return {
                checked: entries.map(findingsOf),
                use: { found: true, files: sources.length, rechecked: plan.recheck.size, recheckedFiles: [...plan.recheck], loaded: load.length, notWritten }
            };
        }
        for (const file of wanted) loading.add(file);
        load = current.map(file => file.path).filter(file => loading.has(file));
        services = newServices();
        parsed = new Map();
    }
}

/** Whether the files both runs check come in the same order in both. */
function sameOrder(previous: readonly CachedFile[], current: readonly CurrentFile[]): boolean {
    const now = new Map(current.map((file, index) => [file.path, index]));
    let last = -1;
    for (const file of previous) {
        const index = now.get(file.path);
        if (index === undefined) continue;
        if (index < last) return false;
        last = index;
    }
    return true;
}

/** Every file checked, and what each depends on recorded (no usable cache). */
async function checkAll(services: KetenCliServices, sources: readonly SourceFile[], current: readonly CurrentFile[]) {
    const recording = recordWorkspaceLookups(services);
    let checked: CheckedFile[];
    try {
        checked = await checkWorkspace(services, sources);
    } finally {
        recording.stop();
    }
    const entries: CachedFile[] = [];
    for (let i = 0; i < checked.length; i++) {
        const dependencies = await documentDependencies(services, checked[i].document, recording.lookups.get(checked[i].document.uri.toString()));
        entries.push(entryOf(current[i], toNeeds(dependencies), checked[i].diagnostics));
    }
    return { checked: checked.map(file => ({ path: file.path, diagnostics: file.diagnostics })), entries };
}

/** The workspace built once; only the files to recheck are validated. */
async function checkSome(services: KetenCliServices, inOrder: readonly LoadedSource[], recheck: ReadonlySet<string>) {
    const recording = recordWorkspaceLookups(services);
    let checked: CheckedFile[];
    try {
        checked = await buildAndCheck(services, inOrder, loaded => recheck.has(loaded.path));
    } finally {
        recording.stop();
    }
    const needs = new Map<string, FileNeeds>();
    for (const file of checked) {
        needs.set(file.path, toNeeds(await documentDependencies(services, file.document, recording.lookups.get(file.document.uri.toString()))));
    }
    return { checked: new Map(checked.map(file => [file.path, file])), needs };
}

/**
 * What a changed file needs, from its syntax tree: the names it exports (its own rules look
 * them up: `duplicate-name`) and the names its references are written with.
 */
async function freshNeeds(services: KetenCliServices, loaded: LoadedSource): Promise<FileNeeds> {
    const exports = await exportedNamesOf(services, loaded.document);
    const names = referredNamesOf(loaded.document);
    for (const exported of exports) names.add(exported.name);
    return { exports: exports.map(e => [e.name, e.type] as const), names: [...names].sort(), unresolvedTypes: [] };
}

function toNeeds(dependencies: Awaited<ReturnType<typeof documentDependencies>>): FileNeeds {
    return {
        exports: dependencies.exports.map(e => [e.name, e.type] as const),
        names: dependencies.names,
        unresolvedTypes: dependencies.unresolvedTypes
    };
}

function entryOf(file: CurrentFile, needs: FileNeeds, diagnostics: readonly Diagnostic[]): CachedFile {
    return { path: file.path, hash: file.hash, exports: needs.exports, names: needs.names, unresolvedTypes: needs.unresolvedTypes, diagnostics };
}

/** Findings read from the cache are copied, so a caller that changes them cannot change the cache. */
function findingsOf(entry: CachedFile): FileFindings {
    return { path: entry.path, diagnostics: [...entry.diagnostics] };
}

function save(options: CacheOptions, files: readonly CachedFile[]): string | undefined {
    return writeCacheFile(options.file, { format: CACHE_FORMAT, ...options.identity, files });
}
