/**
 * Workspace trust: Keten runs no code from the workspace, so it declares itself fit for VS Code's
 * Restricted Mode. In a folder the user chose not to trust, the language still activates and the
 * findings still appear.
 */
import { describe, expect, it } from 'vitest';
import { example, useWorkbench } from '../support/scenario.js';

const workbench = useWorkbench('restricted-mode', {
    'pilot-schuldhulp.keten': example('gaps/pilot-schuldhulp.keten')
}, { userSettings: { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'always' } });

describe('in Restricted Mode', () => {
    it('checks agreements in a folder the user does not trust', async () => {
        const page = workbench().page;
        // VS Code asks at start-up whether to trust the folder's authors: no.
        const noTrust = page.locator('.monaco-dialog-box .monaco-button', { hasText: /No, I don.t trust the authors/ });
        await noTrust.waitFor({ timeout: 60_000 });
        await noTrust.click();
        await page.locator('[id="status.workspaceTrust"], .statusbar-item', { hasText: /Restricted Mode/ }).first().waitFor({ timeout: 60_000 });
        await workbench().openFile('pilot-schuldhulp.keten');
        expect(await workbench().waitForStatusBar('status.editor.mode', text => text === 'Keten')).toBe('Keten');
        const rows = await workbench().waitForProblems(list => list.some(row => row.includes('missing-mandate')));
        expect(rows.length).toBeGreaterThan(5);
        // Dutch letters (the ö of Coördinator) are not boxed as unusual characters in Restricted Mode.
        await workbench().goTo(18);
        expect(await workbench().editor().locator('.unicode-highlight').count()).toBe(0);
        await workbench().screenshot('restricted-mode');
    });
});
