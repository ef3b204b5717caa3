/**
 * The playground in real headless Chromium, served by the real `keten playground`: it loads
 * without a console error or a request elsewhere; typing shows findings with rule ids and the
 * quick fix repairs them; completion knows the parties; a share link restores every file in a
 * fresh browser; a reload restores the draft; a hostile link stays text and the page keeps
 * answering. Screenshots at desktop and laptop widths go to test-output/playground/.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromiumAvailable } from '../report/headless-chromium.js';
import { REPO_ROOT } from '../support/run-keten.js';
import { shareFragment } from '../../packages/playground/src/page/workspace/share-link.js';
import {
    launchBrowser, openPage, servePlayground, typeNewFile, waitUntilChecked, type ServedPlayground
} from './playground-server.js';

const available = chromiumAvailable();

/** The page's globals as the callbacks run in it see them (the tests type-check without the DOM library). */
interface PageGlobals {
    readonly localStorage: { getItem(key: string): string | null };
    readonly document: { querySelector(selector: string): { getAttribute(name: string): string | null } | null };
    readonly __hostile?: number;
}
const SCREENSHOTS = path.join(REPO_ROOT, 'test-output', 'playground');

const AGREEMENT_WITHOUT_MANDATE = [
    'agreement Proef "Proef met intake" {',
    '  parties Zutphen, JBG',
    '  period 2026-01-01 to 2026-12-31',
    '  goal "Elk gezin krijgt binnen vijf werkdagen een intake."',
    '  steering Zutphen.wethouder',
    '  accountable Zutphen.wethouder',
    '  review every 6 weeks by Zutphen.wethouder',
    '',
    '  commitment Intake "Intake binnen 5 werkdagen" {',
    '    by JBG',
    '    decides',
    '    due 2026-03-01',
    '  }',
    '}',
    ''
].join('\n');

describe.skipIf(!available)('the playground in a browser', () => {
    let served: ServedPlayground;
    let browser: Browser;

    beforeAll(async () => {
        served = await servePlayground();
        browser = await launchBrowser();
        fs.mkdirSync(SCREENSHOTS, { recursive: true });
    }, 120_000);

    afterAll(async () => {
        await browser?.close();
        await served?.stop();
    });

    it('loads with no console error and no request elsewhere, under its Content-Security-Policy', async () => {
        const watched = await openPage(browser, served.url);
        const { page } = watched;
        await waitUntilChecked(page);
        expect(await page.$$eval('.file-tab-label', tabs => tabs.map(tab => tab.textContent))).toEqual(['partijen.keten', 'jeugdhulp.keten']);
        await page.waitForSelector('.rendered-document', { timeout: 60_000 });
        await page.click('.panel-tab[data-panel="diagram"]');
        await page.waitForSelector('.diagram-image', { timeout: 60_000 });
        expect(watched.errors).toEqual([]);
        expect(watched.external).toEqual([]);
        const response = await page.request.get(served.url);
        expect(response.headers()['content-security-policy']).toContain("default-src 'none'");
        expect(await page.$eval('meta[http-equiv="Content-Security-Policy"]', meta => meta.getAttribute('content'))).toContain("script-src 'self'");
        await page.screenshot({ path: path.join(SCREENSHOTS, 'desktop-1440x900.png') });
        await watched.context.close();
    }, 120_000);

    it('shows missing-mandate as a marker and a problem while typing, and its quick fix removes it', async () => {
        const watched = await openPage(browser, served.url);
        const { page } = watched;
        await waitUntilChecked(page);
        await typeNewFile(page, AGREEMENT_WITHOUT_MANDATE);
        await page.waitForSelector('.problem[data-file="agreement.keten"][data-rule="missing-mandate"]', { timeout: 60_000 });
        await page.waitForSelector('.editor-host .squiggly-error', { timeout: 60_000 });
        const row = page.locator('.problem[data-rule="missing-mandate"]');
        await row.locator('.problem-fix-button').click();
        const fix = row.locator('.problem-fix', { hasText: /mandate/i }).first();
        await fix.waitFor({ timeout: 60_000 });
        await fix.click();
        await page.waitForFunction(() => !(globalThis as unknown as PageGlobals).document.querySelector('.problem[data-rule="missing-mandate"]'), undefined, { timeout: 60_000 });
        expect(await page.locator('.editor-host .view-lines').innerText()).toMatch(/under|onder/);
        expect(watched.errors).toEqual([]);
        await watched.context.close();
    }, 120_000);

    it('offers the parties of the workspace as completion', async () => {
        const watched = await openPage(browser, served.url);
        const { page } = watched;
        await waitUntilChecked(page);
        await typeNewFile(page, 'agreement Nieuw "Nieuw" {\n  parties ');
        await page.keyboard.press('Control+Space');
        const suggestions = page.locator('.suggest-widget .monaco-list-row');
        await suggestions.first().waitFor({ timeout: 60_000 });
        expect((await suggestions.allInnerTexts()).join('\n')).toContain('JBG');
        // The list shows the first dozen; typing narrows it to the rest.
        await page.keyboard.type('Zut');
        await page.locator('.suggest-widget .monaco-list-row', { hasText: 'Zutphen' }).first().waitFor({ timeout: 60_000 });
        expect(watched.errors).toEqual([]);
        await watched.context.close();
    }, 120_000);

    it('a share link opened in a fresh browser context restores every file; a reload restores the draft', async () => {
        const first = await openPage(browser, served.url);
        await waitUntilChecked(first.page);
        await typeNewFile(first.page, AGREEMENT_WITHOUT_MANDATE);
        await first.page.waitForSelector('.problem[data-rule="missing-mandate"]', { timeout: 60_000 });
        await first.page.click('.toolbar .share');
        const link = await first.page.inputValue('.share-dialog .share-link');
        expect(link).toMatch(/#w=/);
        await first.page.click('.share-dialog .share-close');
        const texts = async (page: typeof first.page) => page.evaluate(() => {
            const stored = (globalThis as unknown as PageGlobals).localStorage.getItem('keten-playground/draft/v1');
            return stored ? (JSON.parse(stored) as { files: Array<{ name: string; text: string }> }).files : [];
        });
        // The draft is kept after a pause in typing.
        await first.page.waitForFunction(() => ((globalThis as unknown as PageGlobals).localStorage.getItem('keten-playground/draft/v1') ?? '').includes('agreement.keten'), undefined, { timeout: 60_000 });
        const written = await texts(first.page);
        expect(written.map(file => file.name)).toEqual(['partijen.keten', 'jeugdhulp.keten', 'agreement.keten']);

        const fresh = await openPage(browser, link);
        await waitUntilChecked(fresh.page);
        expect(await fresh.page.$$eval('.file-tab-label', tabs => tabs.map(tab => tab.textContent))).toEqual(['partijen.keten', 'jeugdhulp.keten', 'agreement.keten']);
        await fresh.page.waitForSelector('.problem[data-file="agreement.keten"][data-rule="missing-mandate"]', { timeout: 60_000 });
        expect(new URL(fresh.page.url()).hash).toBe('');
        await fresh.page.waitForFunction(() => ((globalThis as unknown as PageGlobals).localStorage.getItem('keten-playground/draft/v1') ?? '').includes('agreement.keten'), undefined, { timeout: 60_000 });
        expect(await texts(fresh.page)).toEqual(written);
        expect(fresh.errors).toEqual([]);
        expect(fresh.external).toEqual([]);
        await fresh.context.close();

        await first.page.reload();
        await waitUntilChecked(first.page);
        expect(await first.page.$$eval('.file-tab-label', tabs => tabs.map(tab => tab.textContent))).toEqual(['partijen.keten', 'jeugdhulp.keten', 'agreement.keten']);
        expect(await texts(first.page)).toEqual(written);
        expect(first.errors).toEqual([]);
        await first.context.close();
    }, 180_000);

    it('shows a hostile shared workspace as text and keeps answering', async () => {
        const script = '<script>window.__hostile = 1</script><img src=x onerror="window.__hostile = 2">';
        const big = `// ${'x'.repeat(80)}\n`.repeat(Math.ceil((5 * 1024 * 1024) / 84));
        const fragment = shareFragment({
            files: [
                { name: `${script}.keten`, text: `agreement Hostile "${script}" {\n  parties ${script}\n  goal "${script}"\n` },
                { name: 'groot.keten', text: big },
                { name: '../../etc/passwd', text: 'agreement { { { "unterminated' }
            ],
            measurements: [{ name: `${script}.csv`, text: `effect,date,value\n${script},2026-01-01,1\n` }]
        });
        const watched = await openPage(browser, `${served.url}#${fragment}`);
        const { page } = watched;
        await waitUntilChecked(page);
        const tabs = await page.$$eval('.file-tab-label', items => items.map(item => item.textContent ?? ''));
        expect(tabs).toHaveLength(3);
        expect(tabs[0]).toContain('script');
        expect(tabs.join(' ')).not.toContain('/');
        expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).__hostile)).toBeUndefined();
        expect(await page.$$('img[src="x"]')).toHaveLength(0);
        await page.waitForSelector('.problem[data-rule="syntax-error"]', { timeout: 60_000 });
        // Over the 4 MB that keten validate reads: shown and kept, not checked, and said so.
        await page.waitForSelector('.problem-unchecked[data-file="groot.keten"]', { timeout: 60_000 });
        // The page still answers: switching to the 5 MB file and back works, and a script runs at once.
        await page.click('.file-tab[data-file="groot.keten"] .file-tab-name');
        await page.waitForFunction(() => (globalThis as unknown as PageGlobals).document.querySelector('.file-tab-active')?.getAttribute('data-file') === 'groot.keten', undefined, { timeout: 60_000 });
        expect(await page.evaluate(() => 6 * 7)).toBe(42);
        await page.click('.panel-tab[data-panel="measurements"]');
        await page.waitForSelector('.measurements-name', { timeout: 60_000 });
        expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).__hostile)).toBeUndefined();
        expect(watched.errors).toEqual([]);
        expect(watched.dialogs).toEqual([]);
        expect(watched.external).toEqual([]);
        await watched.context.close();
    }, 180_000);

    it('looks right at laptop width (1280×720), in Dutch', async () => {
        const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'nl-NL' });
        const watched = await openPage(browser, served.url, undefined, context);
        const { page } = watched;
        await waitUntilChecked(page);
        expect(await page.textContent('.app-title')).toBe('Keten-speeltuin');
        await page.click('.file-tab[data-file="jeugdhulp.keten"] .file-tab-name');
        await page.waitForSelector('.rendered-document', { timeout: 60_000 });
        await page.screenshot({ path: path.join(SCREENSHOTS, 'laptop-1280x720-nl.png') });
        expect(watched.errors).toEqual([]);
        await context.close();
    }, 120_000);
});
