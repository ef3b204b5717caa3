// Bundles the language server into one file, dist/server.cjs: Langium, the language and the
// protocol libraries included, nothing to install beside it. Run from anywhere:
//   node packages/language-server/build.mjs
import { build } from 'esbuild';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { basename, dirname, join } from 'node:path';
import { zodWithoutLocales } from '../../scripts/zod-without-locales.mjs';

const here = dirname(fileURLToPath(import.meta.url));

export async function buildLanguageServer(outfile = join(here, 'dist', 'server.cjs')) {
    const result = await build({
        entryPoints: [join(here, 'src', 'main.ts')],
        outfile,
        write: false,
        bundle: true,
        format: 'cjs',
        platform: 'node',
        target: 'node20',
        sourcemap: true,
        // Minified like the CLI bundle: it loads faster; no keepNames (it slows Langium's parser).
        minify: process.env.KETEN_UNMINIFIED !== "1",
        keepNames: false,
        logLevel: 'warning',
        // Langium's ESM code reads import.meta.url in a few places; in a CJS bundle it is the file's URL.
        // KETEN_BUNDLED: Langium in production mode (Chevrotain skips its grammar self-checks).
        define: { 'import.meta.url': 'importMetaUrl', KETEN_BUNDLED: 'true' },
        banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
        plugins: [zodWithoutLocales]
    });
    // Each file is written beside its place and then renamed over it, so a server started
    // while another build runs (parallel tests, a watch) never reads a half-written bundle.
    mkdirSync(dirname(outfile), { recursive: true });
    for (const file of result.outputFiles) {
        const temporary = join(dirname(file.path), `.${basename(file.path)}.${process.pid}.tmp`);
        writeFileSync(temporary, file.contents);
        renameSync(temporary, file.path);
    }
    return outfile;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
    await buildLanguageServer();
}
