// Bundles the language server into one file, dist/server.cjs: Langium, the language and the
// protocol libraries included, nothing to install beside it. Run from anywhere:
//   node packages/language-server/build.mjs
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));

export async function buildLanguageServer(outfile = join(here, 'dist', 'server.cjs')) {
    await build({
        entryPoints: [join(here, 'src', 'main.ts')],
        outfile,
        bundle: true,
        format: 'cjs',
        platform: 'node',
        target: 'node20',
        sourcemap: true,
        // Minified like the CLI bundle: it loads faster; no keepNames (it slows Langium's parser).
        minify: true,
        keepNames: false,
        logLevel: 'warning',
        // Langium's ESM code reads import.meta.url in a few places; in a CJS bundle it is the file's URL.
        define: { 'import.meta.url': 'importMetaUrl' },
        banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" }
    });
    return outfile;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
    await buildLanguageServer();
}
