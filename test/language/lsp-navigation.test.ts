/**
 * Go to definition, find references and document highlight follow every reference,
 * `Party.role` included: its party half is a use of the party, its role half of the role
 * (issue 10, item 10; lsp/keten-references.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem } from 'langium';
import { clearDocuments, expectFindReferences, expectGoToDefinition, expectHighlight } from 'langium/test';
import { afterEach, describe, expect, it } from 'vitest';
import { createKetenServices } from '@keten/language';

const CLEAN = readFileSync(join(__dirname, '../fixtures/clean-agreement.keten'), 'utf8');
const services = createKetenServices(EmptyFileSystem).Keten;

afterEach(async () => {
    await clearDocuments(services);
});

/** Puts `<|` `|>` around every match of `ranges` (a RegExp with the g flag) and `<|>` at `index` + shift (also inside a match). */
function markedText(ranges: RegExp, index: string, shift: number): string {
    const at = CLEAN.indexOf(index) + shift;
    const marks: Array<[number, string]> = [[at, '<|>']];
    for (const match of CLEAN.matchAll(ranges)) marks.push([match.index!, '<|'], [match.index! + match[0].length, '|>']);
    // From the end, so earlier offsets stay valid; at one offset a range closes before the index opens.
    marks.sort((a, b) => b[0] - a[0] || (a[1] === '|>' ? 1 : -1));
    let text = CLEAN;
    for (const [offset, mark] of marks) text = text.slice(0, offset) + mark + text.slice(offset);
    return text;
}

describe('navigation', () => {
    it('goes from a Party.role reference to the role', async () => {
        const text = CLEAN.replace('role wethouder', 'role <|wethouder|>').replace('steering Gemeente.wethouder', 'steering Gemeente.weth<|>ouder');
        await expectGoToDefinition(services)({ text, index: 0, rangeIndex: 0 });
    });

    it('goes from `reports to` to the role of the same party', async () => {
        const text = CLEAN.replace('role bestuurder', 'role <|bestuurder|>').replace('reports to bestuurder', 'reports to <|>bestuurder');
        await expectGoToDefinition(services)({ text, index: 0, rangeIndex: 0 });
    });

    it('goes from `decides under` to the mandate', async () => {
        const text = CLEAN.replace('mandate Inzet', 'mandate <|Inzet|>').replace('decides under Inzet', 'decides under In<|>zet');
        await expectGoToDefinition(services)({ text, index: 0, rangeIndex: 0 });
    });

    it('finds every reference of a role, qualified or plain', async () => {
        // Declaration excluded: the uses are the four `Gemeente.wethouder` and `reports to wethouder`.
        const text = markedText(/Gemeente\.wethouder|(?<=reports to )wethouder/g, 'role wethouder', 6);
        await expectFindReferences(services)({ text, includeDeclaration: false });
    });

    it('finds every reference of a party: plain, and the party half of each Party.role', async () => {
        // 4 plain uses and 3 qualified ones (`Aanbieder.bestuurder`, `Aanbieder.regisseur` twice).
        const text = markedText(/(?<=[ ,])Aanbieder(?=[\n,.]| from)/g, 'party Aanbieder', 6);
        expect(text.match(/<\|Aanbieder\|>/g)).toHaveLength(7);
        await expectFindReferences(services)({ text, includeDeclaration: false });
    });

    it('finds the party from the party half of a Party.role, the declaration included', async () => {
        const text = markedText(/(?<=[ ,])Gemeente(?=[\n,.]| from| ")/g, 'steering Gemeente.wethouder', 'steering Gem'.length);
        await expectFindReferences(services)({ text, includeDeclaration: true });
    });

    it('goes from the party half of a Party.role to the party (F12), from the role half to the role', async () => {
        const toParty = CLEAN.replace('party Gemeente', 'party <|Gemeente|>').replace('steering Gemeente.wethouder', 'steering Geme<|>ente.wethouder');
        await expectGoToDefinition(services)({ text: toParty, index: 0, rangeIndex: 0 });
        const toRole = CLEAN.replace('role regisseur', 'role <|regisseur|>').replace('to Aanbieder.regisseur', 'to Aanbieder.re<|>gisseur');
        await expectGoToDefinition(services)({ text: toRole, index: 0, rangeIndex: 0 });
    });

    it('highlights a party and the party half of its qualified uses in the document', async () => {
        const uses = /(?<=[ ,])Aanbieder(?=[\n,.]| from| ")/g;
        const text = markedText(uses, 'to Aanbieder.regisseur', 'to Aan'.length);
        const count = CLEAN.match(uses)!.length;
        expect(count).toBe(8);
        await expectHighlight(services)({ text, index: 0, rangeIndex: Array.from({ length: count }, (_, i) => i) });
    });

    it('highlights the declaration and the uses of a mandate in the document', async () => {
        const text = CLEAN.replace('mandate Inzet', 'mandate <|Inz<|>et|>').replace('decides under Inzet', 'decides under <|Inzet|>');
        await expectHighlight(services)({ text, index: 0, rangeIndex: [0, 1] });
    });
});
