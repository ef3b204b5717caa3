/**
 * VS Code in Dutch: the extension's commands, panel titles and diagram controls are Dutch, and so
 * are the server's findings (it follows the editor's language when keten.locale is empty).
 */
import { describe, expect, it } from 'vitest';
import { example, useWorkbench } from '../support/scenario.js';

const workbench = useWorkbench('dutch', {
    'jeugdhulp.keten': example('jeugdhulp.keten'),
    'partijen.keten': example('partijen.keten'),
    'pilot-schuldhulp.keten': example('gaps/pilot-schuldhulp.keten')
}, { locale: 'nl' });

describe('in a Dutch VS Code', () => {
    it('names the commands in Dutch', async () => {
        await workbench().openFile('pilot-schuldhulp.keten');
        const entries = await workbench().paletteEntries('Keten:');
        expect(entries).toEqual(expect.arrayContaining([
            'Keten: Effectrapportage tonen', 'Keten: Ketenschema tonen', 'Keten: Mandaatregister exporteren',
            'Keten: Document opmaken', 'Keten: Taalserver opnieuw starten', 'Keten: Wat als…'
        ]));
    });

    it('shows the findings in Dutch', async () => {
        const rows = await workbench().waitForProblems(list => list.some(row => row.includes('missing-mandate')));
        expect(rows.find(row => row.includes('missing-mandate'))).toMatch(/Toezegging 'Regelen' van Schuldhulp neemt besluiten, maar noemt geen mandaat/);
        await workbench().screenshot('dutch-problems');
    });

    it('titles the report and the diagram in Dutch, with Dutch zoom controls', async () => {
        await workbench().openFile('jeugdhulp.keten');
        await workbench().runCommand('Keten: Effectrapportage tonen');
        const report = await workbench().webview('Effectrapportage: jeugdhulp.keten');
        await report.locator('h1').first().waitFor({ timeout: 60_000 });
        expect(await report.locator('h1').first().innerText()).toMatch(/Effectrapportage/);
        await workbench().openFile('jeugdhulp.keten');
        await workbench().runCommand('Keten: Ketenschema tonen');
        const diagram = await workbench().webview('Ketenschema: jeugdhulp.keten');
        expect(await diagram.locator('h1').innerText()).toBe('Ketenschema — jeugdhulp.keten');
        expect(await diagram.locator('button[data-zoom="in"]').getAttribute('aria-label')).toBe('Inzoomen');
        expect(await diagram.locator('html').getAttribute('lang')).toBe('nl');
        await workbench().screenshot('dutch-chain-diagram');
        expect(workbench().cspViolations()).toEqual([]);
    });
});
