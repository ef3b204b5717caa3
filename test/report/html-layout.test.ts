/**
 * The HTML report's layout in a real browser (headless Chromium): very long unbroken strings in
 * an agreement or a data file (a title, a goal, an indicator, a scope, a name, a source, a
 * value) wrap inside the page instead of making it tens of thousands of pixels wide, at desktop
 * and at phone width; and a projection out of range is said in words and drawn down to 0 only.
 * Screenshots go to test-output/ for people to look at.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEAN_AGREEMENT, ensureKetenBuilt, makeWorkspace } from '../support/cli-workspace.js';
import { REPO_ROOT, runKeten } from '../support/run-keten.js';
import { chromiumAvailable, launchChromium, type LaunchedBrowser } from './headless-chromium.js';

const SCREENSHOTS = path.join(REPO_ROOT, 'test-output');
const LONG = 'Ketensamenwerking'.repeat(300); // 5,100 characters without a break
const LONG_NAME = `Effect${'X'.repeat(3000)}`;

const AGREEMENT = CLEAN_AGREEMENT
    .replace('"Convenant Jeugdhulp"', `"${LONG}"`)
    .replace('"Elk gezin heeft één plan en één regisseur."', `"${LONG}"`)
    .replace('"Besluiten over inzet van ambulante jeugdhulp per gezin"', `"${LONG}"`)
    .replace('"Jeugdhulpaanbieder Noord"', `"${LONG}"`)
    .replace('"Gemiddeld aantal dagen tussen aanmelding en start hulp"', `"${LONG}"`)
    .replace('effect Wachttijd', `effect ${LONG_NAME}`)
    .replace('"Mandaatbesluit Sociaal Domein 2026, art. 4"', `"${LONG}"`);

const CSV = [
    'effect,date,value,source,note',
    `Convenant.${LONG_NAME},2026-01-31,35,${LONG},${LONG}`,
    `Convenant.${LONG_NAME},2026-02-28,28,Monitor,`,
    `Convenant.${LONG_NAME},2026-03-31,22,Monitor,`,
    `Convenant.${LONG_NAME},2026-04-30,${LONG},Monitor,`,
    `Convenant.${LONG}X,2026-04-30,20,Monitor,`
].join('\n') + '\n';

const canRun = chromiumAvailable();
let browser: LaunchedBrowser | undefined;
let root: string;
let html: string;

beforeAll(async () => {
    ensureKetenBuilt();
    root = makeWorkspace({ 'lang.keten': AGREEMENT, 'lang.csv': CSV });
    html = path.join(root, 'report.html');
    const run = runKeten(['report', 'lang.keten', '--data', 'lang.csv', '--as-of', '2026-05-15', '--out', html], { cwd: root });
    expect(run.stderr).toBe('');
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    if (canRun) browser = await launchChromium();
}, 600_000);
afterAll(async () => {
    await browser?.close();
    fs.rmSync(root, { recursive: true, force: true });
});

describe.runIf(canRun)('the HTML report with very long unbroken strings', () => {
    it.each([[1280, 'desktop'], [375, 'phone']] as const)('is no wider than the window at %d px (%s)', async (width, name) => {
        const page = await browser!.context.newPage();
        try {
            await page.setViewportSize({ width, height: 900 });
            await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
            // The page's own width, and the elements (outside scrolling tables) that reach past the window.
            const measured = await page.evaluate(`(() => {
                const wide = [...document.querySelectorAll('body *')]
                    .filter(element => element.getBoundingClientRect().right > ${width} + 1 && !element.closest('.scroll'))
                    .slice(0, 5).map(element => element.tagName.toLowerCase() + '.' + element.className);
                return { scrollWidth: document.documentElement.scrollWidth, wide };
            })()`) as { scrollWidth: number; wide: string[] };
            const { scrollWidth, wide } = measured;
            await page.screenshot({ path: path.join(SCREENSHOTS, `report-long-strings-${name}.png`), fullPage: false });
            expect(wide).toEqual([]);
            expect(scrollWidth).toBeLessThanOrEqual(width);
        } finally {
            await page.close();
        }
    }, 120_000);
});

describe('a projection below 0 while every value of the indicator is 0 or more', () => {
    it('is said to be out of range, not printed as a number, and drawn down to 0 only', () => {
        const page = fs.readFileSync(html, 'utf8');
        const json = JSON.parse(runKeten(['report', 'lang.keten', '--data', 'lang.csv', '--as-of', '2026-05-15', '--format', 'json'], { cwd: root }).stdout) as {
            agreements: Array<{ effects: Array<{ projection: number }> }>;
        };
        const projection = json.agreements[0].effects[0].projection;
        expect(projection).toBeLessThan(0);
        // The JSON keeps the computed value; the page does not print it.
        expect(page).toContain('<dt>Projection at target date</dt><dd>below 0: out of range</dd>');
        expect(page).not.toContain(String(Math.round(projection * 100) / 100));
        const line = /<line class="projection" x1="[\d.]+" y1="[\d.]+" x2="[\d.]+" y2="([\d.]+)"><title>([^<]*)<\/title>/.exec(page);
        expect(line?.[2]).toBe('projection: the trend falls below 0 before 2027-06-30, out of range');
        // y = 220 is the bottom of the plot: the value 0 when nothing lies below it.
        expect(Number(line?.[1])).toBeLessThanOrEqual(220);
        const markdown = runKeten(['report', 'lang.keten', '--data', 'lang.csv', '--as-of', '2026-05-15', '--format', 'md', '--locale', 'nl'], { cwd: root }).stdout;
        expect(markdown).toContain('| onder 0: buiten bereik |');
    });
});
