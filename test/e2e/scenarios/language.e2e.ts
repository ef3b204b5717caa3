/**
 * The language in the running editor: `.keten` files get the Keten language mode (the extension
 * activates), a flawed agreement's findings appear in the Problems panel with their rule ids,
 * hover and completion answer.
 */
import { describe, expect, it } from 'vitest';
import { example, useWorkbench } from '../support/scenario.js';

const workbench = useWorkbench('language', {
    'agreements/pilot-schuldhulp.keten': example('gaps/pilot-schuldhulp.keten'),
    'agreements/jeugdhulp.keten': example('jeugdhulp.keten'),
    'agreements/partijen.keten': example('partijen.keten')
});

describe('a .keten file', () => {
    it('opens in the Keten language mode', async () => {
        await workbench().openFile('agreements/pilot-schuldhulp.keten');
        expect(await workbench().waitForStatusBar('status.editor.mode', text => text === 'Keten')).toBe('Keten');
    });

    it('shows its findings in the Problems panel, each with its rule id and place', async () => {
        const rows = await workbench().waitForProblems(list => list.some(row => row.includes('missing-mandate')));
        const row = rows.find(r => r.includes('missing-mandate'))!;
        expect(row).toMatch(/Commitment 'Regelen' of Schuldhulp decides, but names no mandate/);
        expect(row).toMatch(/\[Ln 37, Col 5\]/);
        for (const rule of ['no-single-steering', 'no-accountability', 'missing-escalation', 'condition-unowned', 'unmeasured-effect']) {
            expect(rows.some(r => r.includes(rule)), rule).toBe(true);
        }
        // The status bar counts them: 5 errors, 11 warnings (the infos are not counted there).
        expect(await workbench().waitForStatusBar('status.problems', text => /5\D+11/.test(text))).toMatch(/5\D+11/);
        await workbench().screenshot('problems-panel');
    });

    it('answers hover with the declaration it names', async () => {
        await workbench().openFile('agreements/jeugdhulp.keten');
        const hover = await workbench().hover('StuurgroepJeugd');
        expect(hover).toMatch(/Stuurgroep Jeugd Regio Noord/);
        await workbench().screenshot('hover');
        await workbench().page.keyboard.press('Escape');
    });

    it('completes keywords and the names in scope', async () => {
        // Retype the line `accountable Zutphen.wethouder`: completion offers only fields the
        // block does not have yet, so the line goes first.
        await workbench().goTo(15, 32);
        await workbench().page.keyboard.press('End');
        await workbench().page.keyboard.press('Shift+Home');
        await workbench().page.keyboard.type('acc');
        const keywords = await workbench().suggestions(labels => labels.includes('accountable'));
        expect(keywords).toContain('accountable');
        await workbench().page.keyboard.press('Escape');
        // The list shows the first dozen names in scope; a few letters narrow it down.
        await workbench().page.keyboard.type('ountable Zut');
        const roles = await workbench().suggestions(labels => labels.some(label => label.startsWith('Zutphen.')));
        expect(roles).toEqual(expect.arrayContaining(['Zutphen.wethouder', 'Zutphen.directeur']));
        await workbench().page.keyboard.press('Escape');
        for (let i = 0; i < 3; i++) await workbench().page.keyboard.press('Backspace');
        await workbench().page.keyboard.type('Stuur');
        const bodies = await workbench().suggestions(labels => labels.some(label => label.startsWith('Stuur')));
        expect(bodies).toContain('StuurgroepJeugd');
        await workbench().screenshot('completion');
        await workbench().page.keyboard.press('Escape');
    });
});
