/**
 * Two (or more) builds of the playground side by side in one run (issue 16): each dist folder
 * served as `keten playground` serves it (sirv, the build's security headers, compressed
 * files), the cold openings interleaved (A, B, A, B, …) so that the machine's load weighs on
 * each alike, and the median and range of the time to first diagnostics of each.
 *   npx tsx bench/playground-compare.ts [--runs N] FOLDER…   (default: packages/playground/dist)
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT, median } from './measure.js';
import { firstDiagnosticsOnce, serveFolder as serve } from './playground.js';
import { launchBrowser } from '../test/playground/playground-server.js';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 7;
const folders = (args.length ? args : [path.join(REPO_ROOT, 'packages/playground/dist')]).map(folder => path.resolve(folder));
const served = await Promise.all(folders.map(serve));
const browser = await launchBrowser();
const times = folders.map(() => [] as number[]);
try {
    // One opening of each first, not counted: the browser's own first start.
    for (const { url } of served) await firstDiagnosticsOnce(browser, url);
    for (let run = 0; run < runs; run++) {
        for (let at = 0; at < served.length; at++) times[at].push((await firstDiagnosticsOnce(browser, served[at].url)).ms);
    }
} finally {
    await browser.close();
    for (const { server } of served) server.close();
}
console.log(`load average ${os.loadavg().map(load => load.toFixed(2)).join(' ')}; ${runs} interleaved cold openings each`);
for (let at = 0; at < folders.length; at++) {
    const sorted = [...times[at]].sort((a, b) => a - b);
    console.log(`  ${path.relative(process.cwd(), folders[at]) || folders[at]}: median ${median(sorted).toFixed(0)} ms (${sorted[0].toFixed(0)}–${sorted[sorted.length - 1].toFixed(0)}; ${times[at].map(ms => ms.toFixed(0)).join(', ')})`);
}
