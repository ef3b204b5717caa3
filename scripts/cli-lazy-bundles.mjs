// The parts of the `keten` CLI that only `keten document -f pdf|docx` uses (pdfkit, fontkit and
// the embedded fonts; docx: 1.2 MB of the 3 MB bundle), and the chain pictures of `keten report
// -f html` (Graphviz, a dependency of the package), which every other command would read and
// compile at each start. They are bundles of their own beside dist/keten.cjs, required when that
// command runs (packages/cli/src/commands/document.ts and report.ts import them with `import()`).
// None imports anything from the other Keten packages but types, so nothing is duplicated.
import * as esbuild from 'esbuild';
import * as path from 'node:path';

const LAZY_BUNDLES = {
    '@keten/document/pdf': { entry: 'packages/document/src/pdf/render-pdf.ts', file: 'keten-pdf.cjs' },
    '@keten/document/docx': { entry: 'packages/document/src/docx/render-docx.ts', file: 'keten-docx.cjs' },
    // The chain pictures of `keten report -f html`: Graphviz (WebAssembly) laid out.
    // Graphviz itself (0.6 MB packed) stays out: @keten/cli depends on @hpcc-js/wasm-graphviz.
    '@keten/report/chain-layout': { entry: 'packages/report/src/chain-layout.ts', file: 'keten-chain-layout.cjs', external: ['@hpcc-js/wasm-graphviz'] }
};

/**
 * An esbuild plugin for the main CLI bundle: each of those imports becomes a small module that
 * does `require('./keten-….cjs')` when it is first imported. (A `require`, not an `import()` of
 * the file: bin/keten.cjs compiles the bundle as a vm.Script with V8's code cache, and such a
 * script cannot import.)
 */
export const lazyCliBundles = {
    name: 'keten-lazy-cli-bundles',
    setup(build) {
        build.onResolve({ filter: /^@keten\/(document\/(pdf|docx)|report\/chain-layout)$/ }, args => ({ path: args.path, namespace: 'keten-lazy-bundle' }));
        build.onLoad({ filter: /.*/, namespace: 'keten-lazy-bundle' }, args => ({
            contents: `module.exports = require(${JSON.stringify(`./${LAZY_BUNDLES[args.path].file}`)});`,
            loader: 'js'
        }));
        build.onResolve({ filter: /^\.\/keten-(pdf|docx|chain-layout)\.cjs$/, namespace: 'keten-lazy-bundle' }, args => ({ path: args.path, external: true }));
    }
};

/** The files of the lazy bundles, as the @keten/cli package lists them. */
export const LAZY_BUNDLE_FILES = Object.values(LAZY_BUNDLES).map(bundle => `dist/${bundle.file}`);

/** Builds the lazy bundles into packages/cli/dist with the main bundle's options. */
export async function buildLazyCliBundles(options) {
    await Promise.all(Object.values(LAZY_BUNDLES).map(bundle => esbuild.build({
        ...options,
        entryPoints: [bundle.entry],
        outfile: `packages/cli/dist/${bundle.file}`,
        external: bundle.external ?? [],
        plugins: []
    })));
}

/**
 * An esbuild plugin: every ES module that imports `vscode-languageserver` (a CommonJS package
 * of ~300 exports; Langium's editor services, which the CLI's services include, import it from
 * 26 modules) gets it through one shared ES module, so the bundle copies its exports once
 * (esbuild's `__toESM` copies them for each importing module: ~10 ms of every start). The same
 * for `vscode-languageserver-protocol` (imported by two of Langium's modules).
 */
export const sharedCommonJsImports = {
    name: 'keten-shared-commonjs-imports',
    setup(build) {
        build.onResolve({ filter: /^vscode-languageserver(-protocol)?$/ }, async args => {
            if (args.pluginData?.resolving || args.kind !== 'import-statement') return undefined;
            // The file the importer would get (a nested copy stays its own).
            const real = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: { resolving: true } });
            if (real.errors.length > 0) return undefined;
            return { path: real.path, namespace: 'keten-shared-import' };
        });
        build.onLoad({ filter: /.*/, namespace: 'keten-shared-import' }, args => ({
            contents: `export * from ${JSON.stringify(args.path)};`,
            loader: 'js',
            resolveDir: path.dirname(args.path)
        }));
    }
};
