/**
 * The HTML report and the diagrams in a real browser: no request of any kind leaves the page,
 * no console error, no script from agreement or data text runs, one chart per measurable
 * effect; Mermaid output parses with Mermaid itself (loaded from node_modules, offline) and
 * DOT output with Graphviz (WASM). Screenshots at desktop and phone width go to
 * test-output/ for people to look at.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CLEAN_AGREEMENT, ensureKetenBuilt, makeWorkspace } from '../support/cli-workspace.js';
import { REPO_ROOT, runKeten } from '../support/run-keten.js';
import { chromiumAvailable, launchChromium, type LaunchedBrowser } from './headless-chromium.js';
import { layoutDot, parseMermaid } from './diagram-parsers.js';

const SCREENSHOTS = path.join(REPO_ROOT, 'test-output');

/** Markup that would set `window.__pwned` if any text reached the page unescaped. */
const SCRIPT = '<script>window.__pwned = "script"</script>';
const ONERROR = '<img src=x onerror="window.__pwned = \'onerror\'">';
const SVG = '"><svg onload="window.__pwned = \'svg\'"></svg>';

const HOSTILE_AGREEMENT = CLEAN_AGREEMENT
    .replace('"Convenant Jeugdhulp"', JSON.stringify(`Convenant ${SCRIPT}`).replace(/\\"/g, '\\"'))
    .replace('"Besluiten over inzet van ambulante jeugdhulp per gezin"', JSON.stringify(`Besluiten ${ONERROR} & meer`))
    .replace('"Kortere wachttijd tot start hulp"', JSON.stringify(`Wachttijd ${SVG}`))
    .replace('"Jeugdhulpaanbieder Noord"', JSON.stringify('Aanbieder <b>vet</b> | pipe ` tick [link](http://example.invalid) #x; "q"'))
    .replace('"Vastgelopen casus"', JSON.stringify(`Casus ${ONERROR}`));

const HOSTILE_CSV = [
    'effect,date,value,source,note',
    `Convenant.Wachttijd,2026-01-31,44,"${SCRIPT.replace(/"/g, '""')}","${ONERROR.replace(/"/g, '""')}"`,
    'Convenant.Wachttijd,2026-02-28,41.5,Monitor,"<iframe src=""http://example.invalid/x""></iframe>"',
    `Convenant.${SCRIPT.replace(/"/g, '""').replace(/,/g, '')},2026-02-28,41.5,,`
].join('\n') + '\n';

const canRun = chromiumAvailable();
let browser: LaunchedBrowser | undefined;
let root: string;

beforeAll(async () => {
    ensureKetenBuilt();
    root = makeWorkspace({ 'hostile.keten': HOSTILE_AGREEMENT, 'hostile.csv': HOSTILE_CSV });
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    if (canRun) browser = await launchChromium();
}, 600_000);
afterAll(async () => {
    await browser?.close();
    fs.rmSync(root, { recursive: true, force: true });
});

interface PageVisit {
    readonly page: Page;
    readonly requests: string[];
    readonly errors: string[];
}

/** Opens a local file with every request recorded and refused (the page's own file aside). */
async function open(file: string): Promise<PageVisit> {
    const page = await browser!.context.newPage();
    const own = pathToFileURL(file).href;
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', request => { if (request.url() !== own) requests.push(request.url()); });
    page.on('console', message => { if (message.type() === 'error') errors.push(message.text()); });
    page.on('pageerror', error => errors.push(error.message));
    await page.route('**/*', route => (route.request().url() === own ? route.continue() : route.abort()));
    await page.goto(own, { waitUntil: 'load' });
    return { page, requests, errors };
}

function reportFiles(cwd: string, args: string[], name: string): { html: string; json: { agreements: Array<{ effects: Array<{ status: string; target: unknown }> }> } } {
    const html = path.join(cwd, `${name}.html`);
    const run = runKeten(['report', ...args, '--out', html], { cwd });
    expect(run.stderr).toBe('');
    const json = JSON.parse(runKeten(['report', ...args, '--format', 'json'], { cwd }).stdout);
    return { html, json };
}

function measurableEffects(json: { agreements: Array<{ effects: Array<{ status: string; target: unknown }> }> }): number {
    return json.agreements.flatMap(a => a.effects).filter(e => e.target !== null && e.status !== 'not-measurable').length;
}

describe.skipIf(!canRun)('the HTML report in headless Chromium', () => {
    it('runs no script from agreement or data text, requests nothing, logs no error', async () => {
        const { html, json } = reportFiles(root, ['hostile.keten', '--data', 'hostile.csv', '--as-of', '2026-03-15'], 'hostile');
        const source = fs.readFileSync(html, 'utf8');
        expect(source).not.toMatch(/<script|<iframe|<img|<svg onload/i);
        const { page, requests, errors } = await open(html);
        await page.waitForTimeout(300);
        expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
        expect(requests).toEqual([]);
        expect(errors).toEqual([]);
        expect(await page.locator('script').count()).toBe(0);
        // The hostile texts are shown as text.
        const text = await page.locator('body').innerText();
        expect(text).toContain(`Convenant ${SCRIPT}`);
        expect(text).toContain('onerror="window.__pwned');
        expect(await page.locator('svg.chart').count()).toBe(measurableEffects(json));
        await page.close();
    });

    it('draws one chart per measurable effect for the examples, and reads on desktop and phone', async () => {
        const args = ['examples', '--data', 'examples/data/metingen-jeugd-riec.csv', 'examples/data/metingen-vth-vroeg-excel.csv', '--as-of', '2026-09-30'];
        const { html, json } = reportFiles(REPO_ROOT, [...args], path.join('test-output', 'examples-report'));
        const { page, requests, errors } = await open(html);
        expect(requests).toEqual([]);
        expect(errors).toEqual([]);
        const charts = measurableEffects(json);
        expect(charts).toBeGreaterThan(5);
        expect(await page.locator('svg.chart').count()).toBe(charts);
        // Every chart has a target line, a projection or measurements, and a baseline.
        expect(await page.locator('svg.chart line.target').count()).toBe(charts);
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.screenshot({ path: path.join(SCREENSHOTS, 'report-desktop.png'), fullPage: false });
        await page.setViewportSize({ width: 390, height: 844 });
        // On a phone nothing makes the page wider than the screen.
        expect(await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        await page.screenshot({ path: path.join(SCREENSHOTS, 'report-phone.png'), fullPage: false });
        await page.emulateMedia({ media: 'print' });
        await page.pdf({ path: path.join(SCREENSHOTS, 'report-print.pdf') }).catch(() => undefined);
        await page.close();
    });
});

describe.skipIf(!canRun)('Mermaid output parses with Mermaid', () => {
    it('parses the examples and hostile labels', async () => {
        const diagrams = [
            runKeten(['graph', 'examples'], { cwd: REPO_ROOT }).stdout,
            runKeten(['graph', 'hostile.keten'], { cwd: root }).stdout
        ];
        const markdown = runKeten(['report', 'hostile.keten', '--data', 'hostile.csv', '--as-of', '2026-03-15', '--format', 'md'], { cwd: root }).stdout;
        diagrams.push(...[...markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map(match => match[1]));
        expect(diagrams.length).toBeGreaterThanOrEqual(3);
        const { results, pwned } = await parseMermaid(browser!.context, diagrams, root);
        results.forEach((result, index) => expect(result, diagrams[index]).toMatchObject({ ok: true }));
        expect(pwned).toBeUndefined();
    });
});

describe('DOT output parses with Graphviz', () => {
    it('lays out the examples and hostile labels', async () => {
        for (const [cwd, target] of [[REPO_ROOT, 'examples'], [root, 'hostile.keten']]) {
            const dot = runKeten(['graph', target, '--format', 'dot'], { cwd }).stdout;
            const svg = await layoutDot(dot);
            expect(svg).toContain('<svg');
            expect(svg).not.toMatch(/<script|<img/);
        }
    });
});
