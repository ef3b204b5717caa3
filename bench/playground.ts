/**
 * The playground's budget (issue 16), measured in headless Chromium against the real
 * `keten playground` server:
 * - first load: every file the page fetches until the first diagnostics are shown, summed as
 *   the build wrote it, gzip-compressed (what GitHub Pages sends) and brotli-compressed (what
 *   `keten playground` sends); target ≤ 1.5 MB compressed;
 * - time to first diagnostics: from the start of navigation to the `keten:first-diagnostics`
 *   mark the page sets when the problems list has the checker's first answer, each run in a
 *   fresh browser context (an empty cache); target ≤ 2 s;
 * - beside it, `keten validate` on the same workspace (examples/partijen.keten and
 *   examples/jeugdhulp.keten, the page's first example) from a cold start.
 */
import * as fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { KETEN_BIN, REPO_ROOT, median, timeNode } from './measure.js';
import type { Browser } from 'playwright-core';
import sirv from 'sirv';
import { launchBrowser, servePlayground } from '../test/playground/playground-server.js';

export interface PlaygroundMeasurement {
    readonly files: ReadonlyArray<{ readonly file: string; readonly bytes: number; readonly gzip: number; readonly brotli: number }>;
    readonly firstLoad: { readonly bytes: number; readonly gzip: number; readonly brotli: number };
    readonly firstDiagnosticsMs: number;
    readonly firstDiagnosticsRuns: readonly number[];
    readonly cliValidateMs: number;
}

const DIST = path.join(REPO_ROOT, 'packages/playground/dist');

function sizeOf(file: string): number {
    return fs.existsSync(file) ? fs.statSync(file).size : 0;
}

/** One cold opening in a fresh browser context: the `keten:first-diagnostics` mark, and every URL the page requested. */
export async function firstDiagnosticsOnce(browser: Browser, url: string): Promise<{ ms: number; requested: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    try {
        const page = await context.newPage();
        const requested: string[] = [];
        page.on('request', request => requested.push(request.url()));
        await page.goto(url);
        await page.waitForSelector('.problems[data-state="checked"]', { timeout: 120_000 });
        const ms = await page.evaluate(() => performance.getEntriesByName('keten:first-diagnostics')[0]?.startTime ?? NaN);
        return { ms, requested };
    } finally {
        await context.close();
    }
}

/** A built playground folder served as `keten playground` serves it (sirv, the build's security headers, compressed files). */
export function serveFolder(folder: string): Promise<{ url: string; server: Server }> {
    const headers: Record<string, string> = JSON.parse(fs.readFileSync(path.join(folder, 'security-headers.json'), 'utf8'));
    const files = sirv(folder, { etag: true, gzip: true, brotli: true, setHeaders: response => {
        for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
        response.setHeader('Cache-Control', 'no-cache');
    } });
    const server = createServer((request, response) => files(request, response, () => { response.statusCode = 404; response.end(); }));
    return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server })));
}

export async function measurePlayground(runs = 5): Promise<PlaygroundMeasurement> {
    const served = await servePlayground();
    const browser = await launchBrowser();
    const fetched = new Set<string>();
    const times: number[] = [];
    try {
        for (let run = 0; run < runs; run++) {
            const { ms, requested } = await firstDiagnosticsOnce(browser, served.url);
            times.push(ms);
            if (run === 0) {
                for (const url of requested) {
                    if (!url.startsWith(served.url)) continue;
                    const relative = new URL(url).pathname.replace(/^\//, '') || 'index.html';
                    fetched.add(relative);
                }
            }
        }
    } finally {
        await browser.close();
        await served.stop();
    }
    const files = [...fetched].sort().map(file => {
        const full = path.join(DIST, file);
        return { file, bytes: sizeOf(full), gzip: sizeOf(`${full}.gz`) || sizeOf(full), brotli: sizeOf(`${full}.br`) || sizeOf(full) };
    });
    const sum = (key: 'bytes' | 'gzip' | 'brotli') => files.reduce((total, file) => total + file[key], 0);
    const cli: number[] = [];
    for (let run = 0; run < 5; run++) {
        const timing = await timeNode(KETEN_BIN, ['validate', 'examples/partijen.keten', 'examples/jeugdhulp.keten'], REPO_ROOT);
        cli.push(timing.wallMs);
    }
    return {
        files,
        firstLoad: { bytes: sum('bytes'), gzip: sum('gzip'), brotli: sum('brotli') },
        firstDiagnosticsMs: median(times),
        firstDiagnosticsRuns: times,
        cliValidateMs: median(cli)
    };
}

/** `npx tsx bench/playground.ts`: the playground's rows alone. */
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(REPO_ROOT, 'bench/playground.ts')) {
    const result = await measurePlayground();
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
    for (const file of result.files) console.log(`  ${file.file.padEnd(34)} ${kb(file.bytes).padStart(8)} ${kb(file.gzip).padStart(8)} gzip ${kb(file.brotli).padStart(8)} brotli`);
    console.log(`  first load: ${kb(result.firstLoad.bytes)}, ${kb(result.firstLoad.gzip)} gzip, ${kb(result.firstLoad.brotli)} brotli`);
    console.log(`  first diagnostics: median ${result.firstDiagnosticsMs.toFixed(0)} ms (${result.firstDiagnosticsRuns.map(ms => ms.toFixed(0)).join(', ')}); keten validate on the same files: ${result.cliValidateMs.toFixed(0)} ms`);
}
