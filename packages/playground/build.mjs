// Builds the playground into dist/: plain files any static host serves (docs/playground.md).
//   index.html                the page, with its Content-Security-Policy
//   assets/playground.js/.css the page: Monaco (editor core and the features used), the LSP bridge, the UI
//   assets/keten-worker.js    the Keten language server in a web worker (+ a chunk with Graphviz, loaded on first diagram)
//   assets/editor-worker.js   Monaco's own worker, loaded only when the editor needs it
//   assets/*.ttf              Monaco's codicon font, served from the same place
// Each file also gets a .br and a .gz beside it, which `keten playground` serves when the browser accepts them.
// Run from anywhere: node packages/playground/build.mjs
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { zodWithoutLocales } from '../../scripts/zod-without-locales.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repository = join(here, '..', '..');

/** The policy of the page (a meta tag, so it holds on any static host). Workers get theirs from `keten playground`'s headers. */
export const PAGE_CONTENT_SECURITY_POLICY = [
    "default-src 'none'",
    "script-src 'self'",
    "worker-src 'self'",
    // Monaco sets its colours and sizes in <style> elements it writes at run time.
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self'",
    "img-src 'self' data: blob:",
    "frame-src 'none'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
    "require-trusted-types-for 'script'"
].join('; ');

/**
 * The headers a server adds (`keten playground`; a host that can set headers, see
 * docs/playground.md): the same policy, with what only a header can say. The workers' policy
 * comes from these headers too; Graphviz runs as WebAssembly there ('wasm-unsafe-eval').
 */
export const SECURITY_HEADERS = {
    'Content-Security-Policy': PAGE_CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'") + "; frame-ancestors 'none'",
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'
};

export async function buildPlayground({ outdir = join(here, 'dist'), minify = process.env.KETEN_UNMINIFIED !== '1' } = {}) {
    rmSync(outdir, { recursive: true, force: true });
    mkdirSync(join(outdir, 'assets'), { recursive: true });
    const data = await computeBuildData();
    const common = {
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: ['chrome110', 'firefox115', 'safari16'],
        minify,
        keepNames: false,
        legalComments: 'linked',
        logLevel: 'warning',
        absWorkingDir: repository
    };
    await esbuild.build({
        ...common,
        // boot.js starts the language server while playground.js (Monaco) is still loading; both
        // share the modules of early-start.ts through a chunk.
        entryPoints: { boot: join(here, 'src', 'page', 'boot.ts'), playground: join(here, 'src', 'page', 'main.ts') },
        outdir: join(outdir, 'assets'),
        splitting: true,
        chunkNames: 'chunk-[hash]',
        loader: { '.ttf': 'file' },
        assetNames: '[name]-[hash]',
        plugins: [buildDataPlugin(data)]
    });
    await esbuild.build({
        ...common,
        entryPoints: { 'keten-worker': join(here, 'src', 'worker', 'keten-worker.ts') },
        outdir: join(outdir, 'assets'),
        splitting: true,
        chunkNames: 'chunk-[hash]',
        // The language and its server read no environment in the browser (KETEN_DEBUG and
        // KETEN_STRICT_RULES are switches of the command line and the tests).
        inject: [join(here, 'src', 'worker', 'node-buffer.ts')],
        plugins: [zodWithoutLocales],
        define: { KETEN_BUNDLED: 'true', 'process.env.KETEN_DEBUG': 'undefined', 'process.env.KETEN_STRICT_RULES': 'undefined' },
        alias: {
            // csv-parse's browser build brings its own small Buffer.
            'csv-parse/sync': 'csv-parse/browser/esm/sync',
            // The server names files relative to its workspace folder with Node's path module;
            // on the playground's file:///playground/ URIs its POSIX twin gives the same names.
            'node:path': 'path-browserify'
        }
    });
    await esbuild.build({
        ...common,
        entryPoints: { 'editor-worker': 'monaco-editor/editor/editor.worker.start' },
        outdir: join(outdir, 'assets')
    });
    writeFileSync(join(outdir, 'index.html'), readFileSync(join(here, 'src', 'page', 'index.html'), 'utf8')
        .replace('%CONTENT_SECURITY_POLICY%', PAGE_CONTENT_SECURITY_POLICY));
    copyFileSync(join(repository, 'packages', 'extension', 'media', 'keten-icon.png'), join(outdir, 'assets', 'keten-icon.png'));
    writeFileSync(join(outdir, 'security-headers.json'), JSON.stringify(SECURITY_HEADERS, null, 2) + '\n');
    // The same headers in the `_headers` file that Netlify and Cloudflare Pages read.
    writeFileSync(join(outdir, '_headers'), `/*\n${Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}\n`).join('')}`);
    precompress(outdir);
    return outdir;
}

/** Runs src/build/build-data.ts under Node (bundled, as it imports the language package's TypeScript). */
async function computeBuildData() {
    const file = join(tmpdir(), `keten-playground-build-data-${process.pid}.mjs`);
    await esbuild.build({
        entryPoints: [join(here, 'src', 'build', 'build-data.ts')],
        outfile: file,
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        define: { KETEN_BUNDLED: 'true' },
        banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
        logLevel: 'warning'
    });
    try {
        const { buildData } = await import(pathToFileURL(file).href);
        return buildData(join(repository, 'examples'));
    } finally {
        rmSync(file, { force: true });
    }
}

function buildDataPlugin(data) {
    return {
        name: 'keten-playground-build-data',
        setup(build) {
            build.onResolve({ filter: /^keten-playground:build-data$/ }, args => ({ path: args.path, namespace: 'keten-playground' }));
            build.onLoad({ filter: /.*/, namespace: 'keten-playground' }, () => ({ contents: JSON.stringify(data), loader: 'json' }));
        }
    };
}

function precompress(folder) {
    for (const name of readdirSync(folder)) {
        const file = join(folder, name);
        if (statSync(file).isDirectory()) { precompress(file); continue; }
        if (!/\.(html|js|css|ttf|svg|json|txt)$/.test(name)) continue;
        const bytes = readFileSync(file);
        writeFileSync(`${file}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
    }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
    const outdir = await buildPlayground();
    console.log(`playground built into ${basename(dirname(outdir))}/${basename(outdir)}`);
}
