/**
 * The HTML covenant text in a real browser (headless Chromium): no request of any kind leaves
 * the page, no console error, no script of the hostile fixture runs, nothing is wider than a
 * phone screen; printed, it is A4 with "Pagina X van Y" on every page, the draft mark on every
 * page of a draft, and the signatures on a page of their own. Screenshots and the printed PDF
 * go to test-output/ for people to look at.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocumentHtml, type CovenantDocument } from '@keten/document';
import { REPO_ROOT } from '../support/run-keten.js';
import { chromiumAvailable, launchChromium, type LaunchedBrowser } from '../report/headless-chromium.js';
import { documentOf, loadCovenantSources } from './covenant-sources.js';
import { documentToolsAvailable, temporaryFile } from './document-text.js';

const SCREENSHOTS = path.join(REPO_ROOT, 'test-output');
const canRun = chromiumAvailable() && documentToolsAvailable();
let browser: LaunchedBrowser | undefined;

beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    if (canRun) browser = await launchChromium();
}, 600_000);
afterAll(async () => {
    await browser?.close();
});

async function documentFor(file: string): Promise<CovenantDocument> {
    const files = [path.join(REPO_ROOT, file)];
    if (file.startsWith('examples/') && !file.startsWith('examples/gaps/')) files.push(path.join(REPO_ROOT, 'examples/partijen.keten'));
    const [source] = await loadCovenantSources(files);
    return documentOf(source, 'nl');
}

describe.skipIf(!canRun)('the HTML covenant text in Chromium', { timeout: 240_000 }, () => {
    for (const [file, name] of [['examples/gaps/pilot-schuldhulp.keten', 'draft'], ['test/fixtures/document/hostile-strings.keten', 'hostile']] as const) {
        it(`${file}: offline, inert, phone-wide, and printed on A4 with page numbers`, async () => {
            const document = await documentFor(file);
            const html = temporaryFile(`${name}.html`, renderDocumentHtml(document));
            const page = await browser!.context.newPage();
            const own = pathToFileURL(html).href;
            const requests: string[] = [];
            const errors: string[] = [];
            page.on('request', request => { if (request.url() !== own) requests.push(request.url()); });
            page.on('console', message => { if (message.type() === 'error') errors.push(message.text()); });
            page.on('pageerror', error => errors.push(error.message));
            await page.route('**/*', route => (route.request().url() === own ? route.continue() : route.abort()));
            await page.goto(own, { waitUntil: 'load' });
            expect(requests).toEqual([]);
            expect(errors).toEqual([]);
            expect(await page.locator('script').count()).toBe(0);
            expect(await page.locator('article.covenant h1').innerText()).toBe(document.title);
            for (const article of document.articles) expect(await page.locator(`[id="${article.id}"] h3`).innerText()).toContain(article.heading);
            await page.setViewportSize({ width: 1100, height: 1300 });
            await page.screenshot({ path: path.join(SCREENSHOTS, `document-${name}-desktop.png`) });
            await page.setViewportSize({ width: 390, height: 844 });
            const width = await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);
            expect(width).toBeLessThanOrEqual(390);
            await page.screenshot({ path: path.join(SCREENSHOTS, `document-${name}-phone.png`) });

            const printed = path.join(SCREENSHOTS, `document-${name}-print.pdf`);
            await page.pdf({ path: printed, preferCSSPageSize: true });
            await page.close();
            const info = execFileSync('pdfinfo', [printed], { encoding: 'utf8' });
            expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/);
            const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
            const pageText = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-enc', 'UTF-8', printed, '-'], { encoding: 'utf8' });
            for (let n = 1; n <= pages; n++) {
                const text = pageText(n);
                expect(text, `page ${n}`).toContain(`Pagina ${n} van ${pages}`);
                if (document.draft) expect(text, `page ${n}`).toContain(document.draft.mark);
            }
            // The signatures begin a page: the page with the signing line holds nothing of the articles.
            const signing = [...Array(pages).keys()].map(i => i + 1).find(n => pageText(n).includes('Aldus overeengekomen'))!;
            const last = document.articles[document.articles.length - 1];
            expect(pageText(signing)).not.toContain(last.heading);
        });
    }
});
