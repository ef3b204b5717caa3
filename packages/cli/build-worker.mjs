// Bundles the worker thread of `keten validate` (src/workers/validate-worker.ts) into
// dist/validate-worker.cjs, with the CLI bundle's options (scripts/build.mjs): minified, no
// keepNames (they slow the parser down), the production parser. Shipped in the @keten/cli package.
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';

/**
 * `cliOptions`: the CLI bundle's esbuild options (scripts/build.mjs); the worker takes them all
 * (minified, no keepNames, the production parser, the size plugins) with its own entry and file.
 */
export async function buildValidateWorker(cliOptions) {
    await esbuild.build({
        ...cliOptions,
        entryPoints: [fileURLToPath(new URL('src/workers/validate-worker.ts', import.meta.url))],
        outfile: fileURLToPath(new URL('dist/validate-worker.cjs', import.meta.url)),
        // Its libraries are a part of the CLI bundle's: their notices are in dist/keten.cjs.LEGAL.txt.
        legalComments: 'none'
    });
}
