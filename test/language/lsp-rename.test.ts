/**
 * Rename: the declaration and every reference follow, in every file; in `Party.role` renaming
 * the party changes only the party part and renaming the role only the role part.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceEdit } from 'vscode-languageserver';
import { afterEach, describe, expect, it } from 'vitest';
import { createKetenServices } from '@keten/language';

const CLEAN = readFileSync(join(__dirname, '../fixtures/clean-agreement.keten'), 'utf8');
const AGREEMENT_START = CLEAN.indexOf('agreement Convenant');
const PARTIES = CLEAN.slice(0, AGREEMENT_START);
const AGREEMENT = CLEAN.slice(AGREEMENT_START);
const services = createKetenServices(EmptyFileSystem).Keten;
const parse = parseHelper(services);

afterEach(async () => {
    await clearDocuments(services);
});

async function workspace() {
    const parties = await parse(PARTIES, { documentUri: 'file:///ws/parties.keten' });
    const agreement = await parse(AGREEMENT, { documentUri: 'file:///ws/agreement.keten' });
    await services.shared.workspace.DocumentBuilder.build([parties, agreement], { validation: false });
    return { parties, agreement };
}

function position(document: LangiumDocument, needle: string, shift: number) {
    const offset = document.textDocument.getText().indexOf(needle);
    expect(offset).toBeGreaterThanOrEqual(0);
    return document.textDocument.positionAt(offset + shift);
}

function applied(document: LangiumDocument, edit: WorkspaceEdit | undefined): string {
    const edits = edit?.changes?.[document.uri.toString()] ?? [];
    return TextDocument.applyEdits(document.textDocument, edits);
}

async function rename(document: LangiumDocument, needle: string, shift: number, newName: string) {
    return services.lsp.RenameProvider!.rename(document, {
        textDocument: { uri: document.uri.toString() }, position: position(document, needle, shift), newName
    });
}

describe('rename', () => {
    it('renames a party and the party part of every Party.role, across files', async () => {
        const { parties, agreement } = await workspace();
        const edit = await rename(parties, 'party Gemeente', 7, 'Zutphen');
        expect(applied(parties, edit)).toBe(PARTIES.replace('party Gemeente', 'party Zutphen').replaceAll('Gemeente.', 'Zutphen.'));
        expect(applied(agreement, edit)).toBe(AGREEMENT.replaceAll(/\bGemeente\b/g, 'Zutphen'));
    });

    it('renames a party from the party part of a Party.role reference', async () => {
        const { parties, agreement } = await workspace();
        const edit = await rename(agreement, 'steering Gemeente.wethouder', 10, 'Zutphen');
        expect(applied(parties, edit)).toContain('party Zutphen "Gemeente Zutphen"');
        expect(applied(agreement, edit)).toContain('steering Zutphen.wethouder');
    });

    it('renames a role and only the role part of every Party.role, and `reports to`', async () => {
        const { parties, agreement } = await workspace();
        const edit = await rename(agreement, 'accountable Gemeente.wethouder', 'accountable Gemeente.'.length + 1, 'portefeuillehouder');
        expect(applied(parties, edit)).toBe(PARTIES
            .replace('role wethouder', 'role portefeuillehouder')
            .replace('reports to wethouder', 'reports to portefeuillehouder')
            .replaceAll('Gemeente.wethouder', 'Gemeente.portefeuillehouder'));
        expect(applied(agreement, edit)).toBe(AGREEMENT.replaceAll('Gemeente.wethouder', 'Gemeente.portefeuillehouder'));
    });

    it('renames an agreement member and its references', async () => {
        const { agreement } = await workspace();
        const edit = await rename(agreement, 'condition Tijd', 10, 'Uren');
        expect(applied(agreement, edit)).toBe(AGREEMENT.replace('condition Tijd', 'condition Uren').replace('needs Tijd', 'needs Uren'));
    });

    it('prepares a rename of only the part under the cursor in Party.role', async () => {
        const { agreement } = await workspace();
        const provider = services.lsp.RenameProvider!;
        const onParty = await provider.prepareRename(agreement, { textDocument: { uri: agreement.uri.toString() }, position: position(agreement, 'steering Gemeente.wethouder', 10) });
        expect(agreement.textDocument.getText(onParty as never)).toBe('Gemeente');
        const onRole = await provider.prepareRename(agreement, { textDocument: { uri: agreement.uri.toString() }, position: position(agreement, 'steering Gemeente.wethouder', 20) });
        expect(agreement.textDocument.getText(onRole as never)).toBe('wethouder');
    });

    it('refuses a name already taken in the same namespace, and allows one taken elsewhere', async () => {
        const { parties } = await workspace();
        await expect(rename(parties, 'party Gemeente', 7, 'Aanbieder')).rejects.toThrow(/^The name 'Aanbieder' is taken here, by the party 'Aanbieder': two declarations of one name would be a duplicate-name error\. Choose another name\.$/);
        await expect(rename(parties, 'role wethouder', 6, 'directeur')).rejects.toThrow(/taken here, by the role 'directeur'/);
        // A role of another party, and a party's own name, are no clash.
        await expect(rename(parties, 'role wethouder', 6, 'bestuurder')).resolves.toBeDefined();
    });

    it('refuses a reserved word or an invalid name', async () => {
        const { parties } = await workspace();
        await expect(rename(parties, 'party Gemeente', 7, 'mandate')).rejects.toThrow(/cannot be a name/);
        await expect(rename(parties, 'party Gemeente', 7, 'Gemeente Zutphen')).rejects.toThrow(/cannot be a name/);
    });
});
