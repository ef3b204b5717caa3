/**
 * The extension's settings in the editor: a new .keten file is indented by two spaces (the
 * `[keten]` default), and in a workspace with two folders each folder's own keten.report.data
 * feeds the effect status of its agreements.
 */
import { describe, expect, it } from 'vitest';
import { example, lineOf, useWorkbench } from '../support/scenario.js';

const workbench = useWorkbench('settings', {
    'regio.code-workspace': JSON.stringify({ folders: [{ path: 'noord' }, { path: 'oost' }], settings: {} }, null, 2),
    'noord/jeugdhulp.keten': example('jeugdhulp.keten'),
    'noord/partijen.keten': example('partijen.keten'),
    'noord/nieuw.keten': '',
    'noord/metingen/jeugd.csv': example('data/metingen-jeugd-riec.csv'),
    'noord/.vscode/settings.json': JSON.stringify({ 'keten.report.data': ['metingen/jeugd.csv'] }),
    'oost/omgevingsdienst.keten': example('omgevingsdienst.keten'),
    'oost/data/vth.csv': example('data/metingen-vth-vroeg-excel.csv'),
    'oost/.vscode/settings.json': JSON.stringify({ 'keten.report.data': ['data/*.csv'] })
}, { workspaceFile: 'regio.code-workspace' });

/** The code lens line above the effect declared on `line` (1-based) of the active editor. */
async function codeLensAbove(keyword: string): Promise<string> {
    return workbench().waitFor(`the effect status above '${keyword}'`, async () => {
        const lenses = await workbench().editor().locator('.codelens-decoration').allInnerTexts();
        const status = lenses.find(text => /^Status:/.test(text.trim()));
        return status && !/Loading/.test(status) ? status.trim() : undefined;
    });
}

describe('settings', () => {
    it('indent a new .keten file by two spaces', async () => {
        await workbench().openFile('nieuw.keten');
        expect(await workbench().waitForStatusBar('status.editor.indentation', text => /\d/.test(text))).toBe('Spaces: 2');
    });

    it('take keten.report.data per workspace folder', async () => {
        await workbench().openFile('oost/omgevingsdienst.keten');
        await workbench().goTo(lineOf(example('omgevingsdienst.keten'), 'effect Naleving') - 1);
        const oost = await codeLensAbove('Naleving');
        expect(oost).toMatch(/latest/);
        await workbench().openFile('noord/jeugdhulp.keten');
        await workbench().goTo(lineOf(example('jeugdhulp.keten'), 'effect Wachttijd') - 1);
        const noord = await codeLensAbove('Wachttijd');
        expect(noord).toMatch(/latest/);
        await workbench().screenshot('effect-status-multi-root');
    });
});
