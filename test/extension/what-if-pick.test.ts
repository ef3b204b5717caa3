/**
 * Keten: What If… (CHANGES.md): what the quick pick offers (parties, mandates and roles under
 * their headings, then a date), the `keten/whatIf` parameters of each pick, the check of a typed
 * date and the report's title, in English and in Dutch. The same picks are played against the
 * real language server in test/changes/whatif-lsp.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { expireDateProblem, hasChoices, whatIfPicks, whatIfTexts, whatIfTitle } from '../../packages/extension/src/what-if-pick.js';

const CHOICES = { parties: ['Gemeente', 'Kredietbank'], mandates: ['Vroeg.Melden'], roles: ['Kredietbank.teamleider'] };

describe('Keten: What If…', () => {
    it('follows keten.locale, else the display language', () => {
        expect(whatIfTexts('nl', 'en').whatIfPickTitle()).toBe('Keten: Wat als…');
        expect(whatIfTexts('en', 'nl').whatIfPickTitle()).toBe('Keten: What If…');
        expect(whatIfTexts('', 'nl-BE').whatIfPickTitle()).toBe('Keten: Wat als…');
        expect(whatIfTexts(undefined, 'de').whatIfPickTitle()).toBe('Keten: What If…');
    });

    it('offers each party, mandate and role under its heading, and a date; each pick is one scenario', () => {
        const picks = whatIfPicks(CHOICES, whatIfTexts('en', 'en'));
        expect(picks.map(pick => pick.kind === 'scenario' ? `${pick.label} ${pick.description}` : `[${pick.kind}] ${pick.label}`)).toEqual([
            '[heading] Parties', 'Gemeente leaves', 'Kredietbank leaves',
            '[heading] Mandates', 'Vroeg.Melden is revoked',
            '[heading] Roles', 'Kredietbank.teamleider is vacant',
            '[heading] Date', '[date] Everything ending before a date lapses…'
        ]);
        expect(picks.flatMap(pick => pick.kind === 'scenario' ? [pick.scenario] : [])).toEqual([
            { without: ['Gemeente'] }, { without: ['Kredietbank'] }, { revoke: ['Vroeg.Melden'] }, { vacant: ['Kredietbank.teamleider'] }
        ]);
        // An empty group has no heading; nothing at all to pick is said.
        const dutch = whatIfPicks({ parties: ['Gemeente'], mandates: [], roles: [] }, whatIfTexts('nl', 'en'));
        expect(dutch.map(pick => pick.label)).toEqual(['Partijen', 'Gemeente', 'Datum', 'Alles wat vóór een datum afloopt, vervalt…']);
        expect(hasChoices({ parties: [], mandates: [], roles: [] })).toBe(false);
        expect(hasChoices(CHOICES)).toBe(true);
    });

    it('takes only a calendar date written YYYY-MM-DD', () => {
        const texts = whatIfTexts('en', 'en');
        expect(expireDateProblem('2027-01-01', texts)).toBeUndefined();
        expect(expireDateProblem(' 2028-02-29 ', texts)).toBeUndefined();
        expect(expireDateProblem('2027-02-29', texts)).toBe("Write a calendar date as YYYY-MM-DD (for example 2027-01-01), not '2027-02-29'.");
        expect(expireDateProblem('1-1-2027', whatIfTexts('nl', 'en'))).toMatch(/^Schrijf een kalenderdatum als JJJJ-MM-DD/);
    });

    it('titles the report with the words of the summary', () => {
        expect(whatIfTitle({ without: ['Kredietbank'] }, whatIfTexts('en', 'en'))).toBe('What if: Kredietbank leaves');
        expect(whatIfTitle({ revoke: ['Vroeg.Melden'], expire: '2027-01-01' }, whatIfTexts('nl', 'en')))
            .toBe('Wat als: mandaat Vroeg.Melden wordt ingetrokken en alles wat vóór 1 januari 2027 afloopt, vervalt');
    });
});
