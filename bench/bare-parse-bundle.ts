/**
 * Bundles `bench/bare-parse.ts` into `bench/dist/bare-parse.cjs` with the CLI's bundle
 * options (scripts/build.mjs: minified, no keepNames, the production parser), so the floor
 * and `keten validate` run the same parser code the same way.
 */
import * as esbuild from 'esbuild';
import * as path from 'node:path';
import { REPO_ROOT } from './measure.js';

export const BARE_PARSE_BIN = path.join(REPO_ROOT, 'bench/dist/bare-parse.cjs');

export const PHASES_BIN = path.join(REPO_ROOT, 'bench/dist/phases.cjs');

export const RULE_TIMES_BIN = path.join(REPO_ROOT, 'bench/dist/rule-times.cjs');

export async function buildBareParse(): Promise<string> {
    await bundle('bench/bare-parse.ts', BARE_PARSE_BIN);
    await bundle('bench/phases.ts', PHASES_BIN);
    await bundle('bench/rule-times.ts', RULE_TIMES_BIN);
    return BARE_PARSE_BIN;
}

async function bundle(entry: string, outfile: string): Promise<void> {
    await esbuild.build({
        entryPoints: [path.join(REPO_ROOT, entry)],
        outfile,
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        minify: process.env.KETEN_UNMINIFIED !== '1',
        keepNames: false,
        banner: { js: "const __keten_import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
        define: { KETEN_BUNDLED: 'true', 'import.meta.url': '__keten_import_meta_url' },
        logLevel: 'warning'
    });
}
