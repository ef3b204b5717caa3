/**
 * What a scenario takes out of the text (CHANGES.md, `keten whatif`): which entries, fields,
 * levels and mandates go, on the base of the pairs, and how places in the changed text map
 * back to the unchanged one.
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EmptyFileSystem } from 'langium';
import { checkWorkspace, createKetenServices } from '@keten/language';
import { applyScenario, originalOffset, type Scenario } from '@keten/changes';
import { baseFiles, type Files } from './diff-support.js';

const NONE: Scenario = { without: [], revoke: [], vacant: [], expire: null };

async function scenarioTexts(files: Files, scenario: Partial<Scenario>): Promise<Files> {
    const services = createKetenServices(EmptyFileSystem);
    const checked = await checkWorkspace(services, Object.entries(files).map(([name, text]) => ({ path: path.resolve('/virtual', name), bytes: text })));
    const { edited } = applyScenario(checked, { ...NONE, ...scenario });
    return Object.fromEntries(edited.map(file => [path.basename(file.path), String(file.bytes)]));
}

/** The lines of `before` that are not in `after`, and the lines of `after` that are new, in order. */
function lineChanges(before: string, after: string): { gone: string[]; changed: string[] } {
    const a = before.split('\n'), b = after.split('\n');
    const remaining = [...b];
    const gone: string[] = [];
    for (const line of a) {
        const at = remaining.indexOf(line);
        if (at < 0) gone.push(line.trim());
        else remaining.splice(at, 1);
    }
    const all = [...a];
    const changed = b.filter(line => {
        const at = all.indexOf(line);
        if (at < 0) return true;
        all.splice(at, 1);
        return false;
    }).map(line => line.trim());
    return { gone, changed };
}

const base = baseFiles();

describe('keten whatif: what a scenario takes out', () => {
    it('--without Kredietbank: its entries, its fields, the mandates from or to its roles, the under that named them, its roles in bodies and in its own declaration', async () => {
        const texts = await scenarioTexts(base, { without: ['Kredietbank'] });
        const agreement = lineChanges(base['agreement.keten'], texts['agreement.keten']);
        expect(agreement.changed).toEqual(['parties Apeldoorn, Woonstede', 'by Apeldoorn', 'decides under Apeldoorn.Schuldhulp']);
        expect(agreement.gone).toEqual(expect.arrayContaining([
            'parties Apeldoorn, Kredietbank, Woonstede',
            'signatory Kredietbank.directeur',
            // Both mandates that name its roles are revoked, the doc comment with the first.
            '/** De teamleider mag betalingsregelingen afspreken. */', 'mandate Regeling "Betalingsregelingen afspreken" {',
            'mandate Consulent "Kleine betalingsregelingen" {',
            // A field that named only it goes.
            'provided by Kredietbank', 'level Kredietbank.teamleider within 5 workdays',
            'measured monthly by Kredietbank from "Registratie vroegsignalering"', 'to Kredietbank',
            'share Kredietbank 40 percent',
            // From a list only the entry goes.
            'by Kredietbank, Apeldoorn', 'decides under Consulent, Apeldoorn.Schuldhulp'
        ]));
        expect(texts['agreement.keten']).not.toContain('Kredietbank');
        const parties = lineChanges(base['parties.keten'], texts['parties.keten']);
        expect(parties.changed).toEqual([
            'role teamleider "Teamleider Vroegsignalering"',
            'role consulent "Schuldhulpconsulent"',
            'members Apeldoorn.wethouder, Woonstede.directeur'
        ]);
        // The declaration itself stays: other agreements may still count on the party.
        expect(texts['parties.keten']).toContain('party Kredietbank "Kredietbank Oost" {');
    });

    it('--vacant Apeldoorn.college: a power it held stays, without its holder', async () => {
        const texts = await scenarioTexts(base, { vacant: ['Apeldoorn.college'] });
        expect(texts['parties.keten']).toContain('  power Schuldhulp "Schuldhulpverlening" basis "Wgs, art. 2"\n');
        expect(texts['agreement.keten']).toBe(base['agreement.keten']);
    });

    it('--vacant Apeldoorn.wethouder: it leaves accountable, signatory, the body\'s members and chair, and reports to', async () => {
        const texts = await scenarioTexts(base, { vacant: ['Apeldoorn.wethouder'] });
        expect(lineChanges(base['agreement.keten'], texts['agreement.keten']).gone.sort()).toEqual([
            'accountable Apeldoorn.wethouder', 'signatory Apeldoorn.wethouder "J. Jansen" pursuant to "Gemeentewet, art. 171"'
        ]);
        const parties = lineChanges(base['parties.keten'], texts['parties.keten']);
        expect(parties.gone.sort()).toEqual(['chair Apeldoorn.wethouder', 'members Apeldoorn.wethouder, Kredietbank.directeur, Woonstede.directeur', 'role directeur "Directeur Samenleving" reports to wethouder']);
        expect(parties.changed.sort()).toEqual(['members Kredietbank.directeur, Woonstede.directeur', 'role directeur "Directeur Samenleving"']);
    });

    it('--revoke Vroeg.Consulent: the mandate goes with its under entry; a decides under with no name left becomes a bare decides', async () => {
        const one = await scenarioTexts(base, { revoke: ['Vroeg.Consulent'] });
        expect(one['agreement.keten']).toContain('    decides under Apeldoorn.Schuldhulp\n');
        expect(one['agreement.keten']).not.toContain('mandate Consulent');
        const melden = await scenarioTexts(base, { revoke: ['Melden'] });
        expect(melden['agreement.keten']).toContain('    by Woonstede\n    decides\n    needs Gegevens\n');
    });

    it('--expire: a mandate whose validity ends before the date; an ended agreement without renewal', async () => {
        const files = { ...base, 'agreement.keten': base['agreement.keten'].replace('    valid 2026-01-01 to 2028-12-31\n  }\n\n  condition Uren', '    valid 2026-01-01 to 2026-06-30\n  }\n\n  condition Uren') };
        const texts = await scenarioTexts(files, { expire: '2027-01-01' });
        expect(texts['agreement.keten']).not.toContain('mandate Melden');
        expect(texts['agreement.keten']).toContain('mandate Regeling');
        const ended = await scenarioTexts(base, { expire: '2029-01-01' });
        expect(ended['agreement.keten'].trim()).toBe('');
        expect(ended['parties.keten']).toBe(base['parties.keten']);
        // The end day itself is not before the date.
        expect((await scenarioTexts(base, { expire: '2028-12-31' }))['agreement.keten']).toBe(base['agreement.keten']);
    });

    it('places in the changed text map back to the unchanged one', () => {
        // "abcdefghij" without "cd" and "gh": "abefij".
        const deletions = [{ start: 2, end: 4 }, { start: 6, end: 8 }];
        expect([0, 1, 2, 3, 4, 5].map(offset => originalOffset(deletions, offset, 'start'))).toEqual([0, 1, 4, 5, 8, 9]);
        expect([0, 1, 2, 3, 4, 5, 6].map(offset => originalOffset(deletions, offset, 'end'))).toEqual([0, 1, 2, 5, 6, 9, 10]);
    });
});
