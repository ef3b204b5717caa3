/**
 * The file `keten validate --cache` keeps (default `.ketencache` in the current folder): one
 * JSON document, checked with zod when read. Anything that is not a readable cache of this
 * format and this run's identity (Keten's version and build, the locale, the configuration) is
 * ignored, without an error; the run then checks every file and writes a new cache. The file
 * is written to a temporary file beside it and renamed into place, so a run that is stopped
 * halfway leaves the old cache or the new one, never half of one (docs/performance.md, "Cache").
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import type { Diagnostic } from 'vscode-languageserver-types';
import { makeFolders } from '../command-output/make-folders.js';

/** Raised when the layout of the file changes; a cache of another format is ignored. */
export const CACHE_FORMAT = 1;

/** What a run's findings depend on besides the files: a cache made under another identity is ignored. */
export interface CacheIdentity {
    /** Keten's version (`keten --version`). */
    readonly version: string;
    /** The program itself (size and time of the bundle), so a rebuilt Keten of the same version does not trust old results. */
    readonly build: string;
    readonly locale: string;
    /** A hash of every configuration that applies to a checked file (`configuration-fingerprint.ts`). */
    readonly configuration: string;
}

/** One checked file: its text's hash, what its findings depend on, and the findings. */
export interface CachedFile {
    /** Absolute path. */
    readonly path: string;
    /** SHA-256 of the file's bytes. */
    readonly hash: string;
    /** Names the file exports, with their kinds: `[name, type]`. */
    readonly exports: ReadonlyArray<readonly [string, string]>;
    /** Names its references are written with and names its rules looked up. */
    readonly names: readonly string[];
    /** Kinds of its references that did not resolve. */
    readonly unresolvedTypes: readonly string[];
    /** Its diagnostics, as the language gives them (sorted, after severities and suppressions). */
    readonly diagnostics: readonly Diagnostic[];
}

export interface CacheContents extends CacheIdentity {
    readonly format: typeof CACHE_FORMAT;
    /** The files in workspace order. */
    readonly files: readonly CachedFile[];
}

/** The zod schema of a cache file, built the first time one is read (not at every start of `keten`). */
let cacheSchema: ReturnType<typeof buildCacheSchema> | undefined;

function buildCacheSchema() {
    const position = z.object({ line: z.number().int().nonnegative(), character: z.number().int().nonnegative() });
    const range = z.object({ start: position, end: position });

    /** A diagnostic as the LSP types have it; fields the CLI does not read are kept as they are. */
    const diagnosticSchema = z.looseObject({
        range,
        message: z.string(),
        severity: z.number().int().min(1).max(4).optional(),
        code: z.union([z.string(), z.number()]).optional(),
        relatedInformation: z.array(z.looseObject({
            location: z.object({ uri: z.string(), range }),
            message: z.string()
        })).optional()
    });

    return z.object({
        cache: z.literal('keten validate'),
        format: z.literal(CACHE_FORMAT),
        version: z.string(),
        build: z.string(),
        locale: z.string(),
        configuration: z.string(),
        files: z.array(z.object({
            path: z.string(),
            hash: z.string(),
            exports: z.array(z.tuple([z.string(), z.string()])),
            names: z.array(z.string()),
            unresolvedTypes: z.array(z.string()),
            diagnostics: z.array(diagnosticSchema)
        }))
    });
}

/** The cache at `file` if it is one of this format and identity; `undefined` for anything else (missing, unreadable, corrupt, stale). */
export function readCacheFile(file: string, identity: CacheIdentity): CacheContents | undefined {
    let text: string;
    try {
        text = fs.readFileSync(file, 'utf8');
    } catch {
        return undefined;
    }
    let json: unknown;
    try {
        json = JSON.parse(text);
    } catch {
        return undefined;
    }
    // Checked with the schema, but the parsed JSON itself is used: zod's copy would put the
    // fields of each diagnostic in the schema's order, and the findings must be the same to the last field.
    cacheSchema ??= buildCacheSchema();
    if (!cacheSchema.safeParse(json).success) return undefined;
    const cache = json as CacheContents;
    const same = cache.version === identity.version && cache.build === identity.build
        && cache.locale === identity.locale && cache.configuration === identity.configuration;
    return same ? cache : undefined;
}

/**
 * Writes the cache through a temporary file and a rename. A cache that cannot be written (a
 * read-only folder, a full disk) is left out without an error: the next run checks every file
 * again. Returns the reason when it was not written.
 */
export function writeCacheFile(file: string, contents: CacheContents): string | undefined {
    const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
    try {
        makeFolders(path.dirname(file));
        fs.writeFileSync(temporary, JSON.stringify({ cache: 'keten validate', ...contents }), { flag: 'w' });
        fs.renameSync(temporary, file);
        return undefined;
    } catch (error) {
        try {
            fs.rmSync(temporary, { force: true });
        } catch {
            // Nothing was left behind, or nothing can be removed there.
        }
        return (error as Error).message;
    }
}
