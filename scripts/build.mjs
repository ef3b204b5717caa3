// Builds the bundles: the `keten` CLI (and, as packages are added, the language server and
// the VS Code extension). One file each, so a cold start loads no more than it needs.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { buildLazyCliBundles, lazyCliBundles, sharedCommonJsImports } from './cli-lazy-bundles.mjs';
import { zodWithoutLocales } from './zod-without-locales.mjs';

// The version of every Keten package comes from the root package.json (test/packages/versions.test.ts
// checks that each package.json carries the same one).
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const cliOptions = {
    entryPoints: ['packages/cli/src/bin.ts'],
    outfile: 'packages/cli/dist/keten.cjs',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: false,
    // KETEN_UNMINIFIED=1 keeps the bundle readable for `node --cpu-prof` (docs/performance.md).
    minify: process.env.KETEN_UNMINIFIED !== '1',
    // No keepNames: it wraps every closure in a call that sets its name, and Langium's parser
    // creates closures for each alternative it tries; that alone made parsing ~1.6x slower.
    keepNames: false,
    legalComments: 'linked',
    // Some dependencies are ES modules that use `import.meta.url`; in a CommonJS bundle it
    // must come from the bundle's own file name.
    banner: { js: "const __keten_import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
    define: { KETEN_VERSION: JSON.stringify(version), KETEN_BUNDLED: 'true', 'import.meta.url': '__keten_import_meta_url' },
    // `keten document -f pdf`: the embedded fonts are carried as bytes, and fontkit's Brotli
    // decoder (for WOFF2 fonts only; half a megabyte) is left out — the fonts are WOFF
    // (docs/document.md).
    loader: { '.woff': 'binary' },
    alias: { 'brotli/decompress.js': './packages/document/src/pdf/no-woff2.cjs' },
    // `keten document -f pdf|docx` loads its renderers from bundles of their own (cli-lazy-bundles.mjs);
    // zod without the message catalogues of its 40-odd languages, which Keten never reads.
    plugins: [lazyCliBundles, sharedCommonJsImports, zodWithoutLocales],
    logLevel: 'warning'
};
// The structure of the parser's rules, recorded once here instead of at every start
// (packages/language/src/parser/recorded-rules.ts).
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/record-parser-rules.ts'], { stdio: 'inherit' });

await esbuild.build(cliOptions);
await buildLazyCliBundles(cliOptions);

// The worker thread of `keten validate` (packages/cli/src/workers/), a second entry beside the
// CLI bundle with the same options: it loads the language and the configuration, nothing else.
await (await import('../packages/cli/build-worker.mjs')).buildValidateWorker(cliOptions);

// The JSON Schema of keten.config.json, generated from its zod definition.
await (await import('./config-schema.mjs')).writeConfigSchema();

// The language server (`npx keten-language-server --stdio`), one bundle as well.
await (await import('../packages/language-server/build.mjs')).buildLanguageServer();

// The browser playground (packages/playground/dist): the editor and the language server in a web worker.
await (await import('../packages/playground/build.mjs')).buildPlayground();
