// Bundles the worker thread of `keten validate` (src/workers/validate-worker.ts) into
// dist/validate-worker.cjs, with the CLI bundle's options (scripts/build.mjs): minified, no
// keepNames (they slow the parser down), the production parser. Shipped in the @keten/cli package.
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';

/** `plugins`: the CLI bundle's size plugins that apply to the worker too (one copy of shared CommonJS exports, zod without its locales). */
export async function buildValidateWorker(plugins = []) {
    await esbuild.build({
        entryPoints: [fileURLToPath(new URL('src/workers/validate-worker.ts', import.meta.url))],
        outfile: fileURLToPath(new URL('dist/validate-worker.cjs', import.meta.url)),
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        sourcemap: false,
        minify: process.env.KETEN_UNMINIFIED !== '1',
        keepNames: false,
        // Its libraries are a part of the CLI bundle's: their notices are in dist/keten.cjs.LEGAL.txt.
        legalComments: 'none',
        banner: { js: "const __keten_import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
        define: { KETEN_BUNDLED: 'true', 'import.meta.url': '__keten_import_meta_url' },
        plugins,
        logLevel: 'warning'
    });
}
