/**
 * The `--cache` and `--cache-location` options of `keten validate` (CLI.md, "Cache, outputs and
 * inputs"): where the cache is kept, the refusal to keep it in one of the run's inputs or
 * reports, and the run with it. The default location is `.ketencache` in the current folder
 * (CLI.md; ESLint keeps its `.eslintcache` there too); a location that is a folder, or ends in
 * `/`, holds a `.ketencache` of its own, as with ESLint.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locale } from '@keten/language';
import type { CliContext } from '../cli-context.js';
import { CliError } from '../cli-error.js';
import { fileIdentity, inputsRead } from '../command-output/inputs-read.js';
import type { ConfigResolver } from '../config/config-resolver.js';
import { relativePath } from '../findings.js';
import { readSources, type KetenCliServices } from '../workspace/load-workspace.js';
import { cacheIdentity } from './cache-identity.js';
import { checkWithCache, type FileFindings } from './check-with-cache.js';

export const DEFAULT_CACHE_FILE = '.ketencache';

export interface ValidateWithCache {
    /** The files checked, in workspace order (absolute paths). */
    readonly sources: readonly string[];
    /** `--cache-location`, as given. */
    readonly location: string | undefined;
    /** The report files of the run (`-o`), which the cache may not share. */
    readonly outputs: ReadonlyArray<string | undefined>;
    readonly context: CliContext;
    readonly configs: ConfigResolver;
    readonly locale: Locale;
    readonly newServices: () => KetenCliServices;
}

export async function validateWithCache(run: ValidateWithCache): Promise<FileFindings[]> {
    const { context } = run;
    const file = cacheFile(run.location, context.cwd);
    const sources = readSources(run.sources, context.cwd);
    refuseCacheOntoInputsOrOutputs(file, run.location ?? DEFAULT_CACHE_FILE, run.outputs, context);
    const identity = cacheIdentity(context.version, run.locale, run.configs, run.sources);
    const { checked, use } = await checkWithCache(run.newServices, sources, { file, identity });
    if (context.env.KETEN_DEBUG === '1') {
        const written = use.notWritten ? `; not written: ${use.notWritten}` : '';
        const which = use.recheckedFiles && use.recheckedFiles.length <= 10 ? ` (${use.recheckedFiles.map(f => relativePath(context.cwd, f)).join(', ')})` : '';
        context.stderr(`keten cache: ${use.found ? 'used' : 'none usable'}, ${use.rechecked} of ${use.files} files checked again${which}, ${use.loaded} loaded${written}\n`);
    }
    return checked;
}

/** The cache file: the location given or `.ketencache`, relative to the current folder; in a folder, `.ketencache` inside it. */
export function cacheFile(location: string | undefined, cwd: string): string {
    const absolute = path.resolve(cwd, location ?? DEFAULT_CACHE_FILE);
    const folder = location !== undefined && /[\\/]$/.test(location) || isFolder(absolute);
    return folder ? path.join(absolute, DEFAULT_CACHE_FILE) : absolute;
}

/** The cache never replaces an agreement, the configuration or a report of the run (exit 2, one line). */
function refuseCacheOntoInputsOrOutputs(file: string, shown: string, outputs: ReadonlyArray<string | undefined>, context: CliContext): void {
    const identity = fileIdentity(file);
    if (identity !== undefined) {
        for (const input of inputsRead()) {
            if (fileIdentity(input.path) !== identity) continue;
            const shownInput = relativePath(context.cwd, input.path);
            throw new CliError(m => m.cacheLocationIsInput({ location: shown, kind: input.kind, input: shownInput === relativePath(context.cwd, file) ? shown : shownInput }));
        }
    }
    if (file.endsWith('.keten')) throw new CliError(m => m.cacheLocationIsKetenFile({ location: shown }));
    for (const output of outputs) {
        if (output === undefined) continue;
        const report = path.resolve(context.cwd, output);
        const same = report === file || (identity !== undefined && fileIdentity(report) === identity);
        if (same) throw new CliError(m => m.cacheLocationIsOutput({ location: shown }));
    }
}

function isFolder(file: string): boolean {
    try {
        return fs.statSync(file).isDirectory();
    } catch {
        return false;
    }
}
