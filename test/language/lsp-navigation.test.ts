/**
 * Go to definition, find references and document highlight follow every reference,
 * `Party.role` included (Langium's defaults on Keten's scoping).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem } from 'langium';
import { clearDocuments, expectFindReferences, expectGoToDefinition, expectHighlight } from 'langium/test';
import { afterEach, describe, it } from 'vitest';
import { createKetenServices } from '@keten/language';

const CLEAN = readFileSync(join(__dirname, '../fixtures/clean-agreement.keten'), 'utf8');
const services = createKetenServices(EmptyFileSystem).Keten;

afterEach(async () => {
    await clearDocuments(services);
});

/** Puts `<|` `|>` around every match of `range` (a RegExp with the g flag) and `<|>` at `index` + shift. */
function markedText(ranges: RegExp, index: string, shift: number): string {
    const at = CLEAN.indexOf(index) + shift;
    const withIndex = CLEAN.slice(0, at) + '\u0000' + CLEAN.slice(at);
    return withIndex.replace(ranges, match => `<|${match}|>`).replace('\u0000', '<|>');
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

    it('finds every plain reference of a party (its roles are found on the roles)', async () => {
        const text = CLEAN
            .replace('party Aanbieder', 'party <|>Aanbieder')
            .replace('parties Gemeente, Aanbieder', 'parties Gemeente, <|Aanbieder|>')
            .replace('provided by Aanbieder', 'provided by <|Aanbieder|>')
            .replace('    by Aanbieder\n', '    by <|Aanbieder|>\n')
            .replace('measured monthly by Aanbieder', 'measured monthly by <|Aanbieder|>');
        await expectFindReferences(services)({ text, includeDeclaration: false });
    });

    it('highlights the declaration and the uses of a mandate in the document', async () => {
        const text = CLEAN.replace('mandate Inzet', 'mandate <|Inz<|>et|>').replace('decides under Inzet', 'decides under <|Inzet|>');
        await expectHighlight(services)({ text, index: 0, rangeIndex: [0, 1] });
    });
});
