/**
 * The identity of a run, besides the files it checks: Keten's version and build, the locale
 * and every configuration that applies. A cache made under another identity is ignored.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import type { Locale } from '@keten/language';
import type { ConfigResolver } from '../config/config-resolver.js';
import type { CacheIdentity } from './cache-file.js';

export function hashOf(bytes: Uint8Array | string): string {
    return createHash('sha256').update(bytes).digest('base64');
}

export function cacheIdentity(version: string, locale: Locale, configs: ConfigResolver, checkedPaths: readonly string[]): CacheIdentity {
    return { version, build: programBuild(), locale, configuration: configurationFingerprint(configs, checkedPaths) };
}

/**
 * Every configuration that applies to a checked file (the one of `--config`, or each file's
 * nearest `keten.config.json`), by path and parsed content: a changed severity, another
 * `--config` or a configuration added nearer to a file all give another fingerprint (a file that
 * moves to a folder with another configuration has a new path, so it is checked anyway). The
 * strict-rules switch of the tests (`KETEN_STRICT_RULES`) changes findings too.
 */
export function configurationFingerprint(configs: ConfigResolver, checkedPaths: readonly string[]): string {
    const applying = new Map<string, string>();
    for (const file of checkedPaths) {
        const loaded = configs.configFor(file);
        if (loaded && !applying.has(loaded.path)) applying.set(loaded.path, JSON.stringify(loaded.config));
    }
    const configurations = [...applying.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return hashOf(JSON.stringify({ configurations, strictRules: process.env.KETEN_STRICT_RULES === '1' }));
}

/** The bundle that runs (`dist/keten.cjs`): its size and modification time; empty when run from the sources (tests). */
function programBuild(): string {
    const program = typeof __filename === 'string' ? __filename : undefined;
    if (!program) return '';
    try {
        const stat = fs.statSync(program);
        return `${stat.size}:${Math.round(stat.mtimeMs)}`;
    } catch {
        return '';
    }
}
