/**
 * The web extension (the `browser` entry, as on vscode.dev and github.dev): with
 * `remote.extensionKind` set to `web`, code-server runs the extension in the browser's web
 * worker extension host, and its language server in a web worker of its own. A .keten file
 * still gets its findings, hover, completion and formatting; the commands that read files from disk say they need
 * VS Code on the desktop (which proves the browser entry is the one running).
 */
import { describe, expect, it } from 'vitest';
import { example, useWorkbench } from '../support/scenario.js';

const workbench = useWorkbench('web-extension', {
    'pilot-schuldhulp.keten': example('gaps/pilot-schuldhulp.keten'),
    'messy.keten': 'party   Gemeente "Gemeente Zutphen" {   type municipality\n      role wethouder "Wethouder"   }\n'
}, { userSettings: { 'remote.extensionKind': { 'keten.keten-vscode': ['web'] } } });

describe('the extension in the web worker extension host', () => {
    it('runs its browser entry: a desktop-only command says so', async () => {
        await workbench().openFile('pilot-schuldhulp.keten');
        await workbench().runCommand('Keten: Show Effect Report');
        const toast = workbench().page.locator('.notifications-toasts .notification-list-item-message');
        const message = await workbench().waitFor('the desktop-only notification', async () => {
            const texts = await toast.allInnerTexts().catch(() => []);
            return texts.find(text => text.includes('VS Code on the desktop'));
        });
        expect(message).toMatch(/needs the Keten extension in VS Code on the desktop/);
        await workbench().page.keyboard.press('Escape');
    });

    it('shows the findings of the language server in the worker', async () => {
        const rows = await workbench().waitForProblems(list => list.some(row => row.includes('missing-mandate')));
        expect(rows.find(row => row.includes('missing-mandate'))).toMatch(/\[Ln 37, Col 5\]/);
    });

    it('answers hover with the declaration it names', async () => {
        expect(await workbench().hover('Schuldhulp')).toMatch(/Stichting Schuldhulp Vallei/);
        await workbench().page.keyboard.press('Escape');
    });

    it('completes the roles in scope', async () => {
        await workbench().goTo(36, 5); // `by Schuldhulp`
        await workbench().page.keyboard.press('End');
        await workbench().page.keyboard.press('Shift+Home');
        await workbench().page.keyboard.type('accountable Schul');
        const roles = await workbench().suggestions(labels => labels.some(label => label.startsWith('Schuldhulp.')));
        expect(roles).toEqual(expect.arrayContaining(['Schuldhulp.coordinator']));
        await workbench().screenshot('web-extension-completion');
        await workbench().page.keyboard.press('Escape');
    });

    it('formats a file in the canonical layout', async () => {
        await workbench().openFile('messy.keten');
        await workbench().runCommand('Keten: Format Document');
        const text = await workbench().waitFor('the formatted text', async () => {
            const visible = await workbench().visibleText();
            return /^party Gemeente "/.test(visible) ? visible : undefined;
        });
        expect(text).toMatch(/^party Gemeente "Gemeente Zutphen" \{\s+type municipality\s+role wethouder "Wethouder"\s+\}/);
    });
});
