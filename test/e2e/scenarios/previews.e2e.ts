/**
 * Keten: Show Effect Report and Keten: Show Chain Diagram open their webviews beside the editor
 * with no Content-Security-Policy error in the console; the diagram zooms with its buttons and
 * the keyboard; both come back after a window reload.
 */
import { describe, expect, it } from 'vitest';
import { example, useWorkbench } from '../support/scenario.js';

const workbench = useWorkbench('previews', {
    'jeugdhulp.keten': example('jeugdhulp.keten'),
    'partijen.keten': example('partijen.keten'),
    'data/metingen-jeugd-riec.csv': example('data/metingen-jeugd-riec.csv'),
    '.vscode/settings.json': JSON.stringify({ 'keten.report.data': ['data/*.csv'] }, null, 2)
});

describe('the previews', () => {
    it('Show Effect Report opens the report beside the editor, without CSP errors', async () => {
        await workbench().openFile('jeugdhulp.keten');
        await workbench().runCommand('Keten: Show Effect Report');
        const report = await workbench().webview('Effect report: jeugdhulp.keten');
        await report.locator('h1').first().waitFor({ timeout: 60_000 });
        expect(await report.locator('h1').first().innerText()).toMatch(/Effect report/);
        expect(await report.locator('svg').count()).toBeGreaterThan(0);
        await workbench().screenshot('effect-report');
        expect(workbench().cspViolations()).toEqual([]);
    });

    it('Show Chain Diagram opens a diagram that zooms with its buttons and the keyboard, without CSP errors', async () => {
        await workbench().openFile('jeugdhulp.keten');
        await workbench().runCommand('Keten: Show Chain Diagram');
        const diagram = await workbench().webview('Chain diagram: jeugdhulp.keten');
        await diagram.locator('.viewport svg').waitFor({ timeout: 60_000 });
        const level = diagram.locator('#zoom-level');
        const start = await level.innerText();
        expect(Number.parseInt(start, 10)).toBeGreaterThanOrEqual(75);
        // Labels legible beside the editor: Graphviz's 10-point labels at 9 px or more on screen.
        const labelHeight = await diagram.locator('.viewport svg text').first().evaluate(text => text.getBoundingClientRect().height);
        expect(labelHeight).toBeGreaterThanOrEqual(9);
        await workbench().screenshot('chain-diagram');
        await diagram.locator('button[data-zoom="in"]').click();
        expect(Number.parseInt(await level.innerText(), 10)).toBeGreaterThan(Number.parseInt(start, 10));
        await diagram.locator('.viewport').focus();
        await workbench().page.keyboard.press('1');
        expect(await level.innerText()).toBe('100%');
        await workbench().page.keyboard.press('-');
        expect(await level.innerText()).toBe('80%');
        await workbench().page.keyboard.press('0');
        expect(await level.innerText()).not.toBe('80%');
        expect(workbench().cspViolations()).toEqual([]);
    });

    it('come back after a window reload', async () => {
        await workbench().reloadWindow();
        const report = await workbench().webview('Effect report: jeugdhulp.keten');
        await report.locator('h1').first().waitFor({ timeout: 60_000 });
        const diagram = await workbench().webview('Chain diagram: jeugdhulp.keten');
        await diagram.locator('.viewport svg').waitFor({ timeout: 60_000 });
        expect(workbench().cspViolations()).toEqual([]);
    });
});
