/**
 * The language in the running editor: `.keten` files get the Keten language mode (the extension
 * activates), a flawed agreement's findings appear in the Problems panel with their rule ids,
 * hover and completion answer; F12 on the party half of `Party.role` goes to the party, and a
 * half-typed field costs one error while the rest still links (issue 10, items 8 and 10).
 */
import { describe, expect, it } from 'vitest';
import { example, lineOf, useWorkbench } from '../support/scenario.js';

const workbench = useWorkbench('language', {
    'agreements/pilot-schuldhulp.keten': example('gaps/pilot-schuldhulp.keten'),
    'agreements/jeugdhulp.keten': example('jeugdhulp.keten'),
    'agreements/partijen.keten': example('partijen.keten')
});

/** jeugdhulp.keten: `accountable Zutphen.wethouder`, then `review … by StuurgroepJeugd`, a blank line, a doc comment and `mandate Inzet`. */
const ACCOUNTABLE = lineOf(example('jeugdhulp.keten'), '  accountable Zutphen.wethouder');
const PARTY_ZUTPHEN = lineOf(example('partijen.keten'), 'party Zutphen ');

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
        await workbench().goTo(ACCOUNTABLE - 1, 3);
        const hover = await workbench().hover('StuurgroepJeugd');
        expect(hover).toMatch(/Stuurgroep Jeugd Regio Noord/);
        await workbench().screenshot('hover');
        await workbench().page.keyboard.press('Escape');
    });

    it('goes from the party half of Party.role to the party (F12)', async () => {
        await workbench().openFile('agreements/jeugdhulp.keten');
        await workbench().goTo(ACCOUNTABLE, 16); // in `Zutphen` of `accountable Zutphen.wethouder`
        await workbench().page.keyboard.press('F12');
        // partijen.keten: `party Zutphen "Gemeente Zutphen" {`
        const where = await workbench().waitFor('the party Zutphen in partijen.keten', async () => {
            const uri = await workbench().editor().getAttribute('data-uri');
            const position = await workbench().statusBarText('status.editor.selection').catch(() => '');
            return uri?.endsWith('partijen.keten') && new RegExp(`Ln ${PARTY_ZUTPHEN}\\b`).test(position) ? position : undefined;
        });
        expect(where).toContain(`Ln ${PARTY_ZUTPHEN}, Col 7`);
        // Back to where F12 was pressed (Go Back: in a browser, Alt+Left is the browser's own).
        await workbench().runCommand('Go Back');
        await workbench().waitFor('jeugdhulp.keten again', async () =>
            (await workbench().editor().getAttribute('data-uri'))?.endsWith('jeugdhulp.keten') || undefined);
    });

    it('costs one error for a half-typed field, and everything after it keeps linking', async () => {
        await workbench().goTo(ACCOUNTABLE + 1, 1); // in jeugdhulp.keten: `review every 6 weeks by StuurgroepJeugd`, above mandate Inzet
        await workbench().page.keyboard.press('End');
        await workbench().page.keyboard.press('Enter');
        await workbench().page.keyboard.type('accountable ');
        await workbench().page.keyboard.press('Escape');
        // The findings of the whole text (not of a half-typed `accou`): one error, at `mandate`, the next field.
        const rows = await workbench().waitForProblems(list => list.some(row => row.includes('syntax-error') && row.includes(`[Ln ${ACCOUNTABLE + 5}, Col 3]`)));
        expect(rows.filter(row => /syntax-error/.test(row)), rows.join('\n')).toHaveLength(1);
        expect(rows.filter(row => /unresolved-reference/.test(row)), 'the names after the half field still resolve').toEqual([]);
        // The line goes again; so do the findings.
        await workbench().goTo(ACCOUNTABLE + 2, 1);
        await workbench().page.keyboard.press('Control+Shift+K');
        await workbench().waitForProblems(list => !list.some(row => row.includes('syntax-error')));
    });

    it('completes keywords and the names in scope', async () => {
        // Retype the line `accountable Zutphen.wethouder`: completion offers only fields the
        // block does not have yet, so the line goes first.
        await workbench().goTo(ACCOUNTABLE, 32);
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
