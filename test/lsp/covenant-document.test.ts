/**
 * `keten/covenantDocument` through the real bundled language server over stdio (DOCUMENT.md,
 * "In the editor"): the HTML of the agreement named, or the one around the cursor, in the
 * locale asked for; the draft mark when it has errors; the text following an edit before it is
 * saved; the sources of the elements, for revealing them; `null` for a document the server does
 * not know; markup in the agreement shown as text.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient } from './lsp-client.js';

const ROOT = resolve(__dirname, '../..');
const SERVER = join(ROOT, 'packages/language-server/dist/server.cjs');
const CLEAN = readFileSync(join(ROOT, 'test/fixtures/clean-agreement.keten'), 'utf8');
const TEXT = `${CLEAN.replace('"Convenant Jeugdhulp"', '"Convenant <script>x()</script> Jeugdhulp"')}
agreement Tweede "Tweede convenant" {
  parties Gemeente
  period 2026-01-01 to 2026-12-31
}
`;

interface Result {
    agreement?: string;
    agreements: string[];
    locale: string;
    errors: number;
    html?: string;
    sources: Record<string, { uri: string; range: { start: { line: number; character: number } } }>;
}

let folder: string;
let client: LspClient;
const uri = (name: string) => pathToFileURL(join(folder, name)).href;
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length - 1;

beforeAll(async () => {
    execFileSync(process.execPath, [join(ROOT, 'packages/language-server/build.mjs')], { stdio: 'inherit' });
    folder = mkdtempSync(join(tmpdir(), 'keten-lsp-document-'));
    writeFileSync(join(folder, 'convenant.keten'), TEXT);
    client = new LspClient(SERVER, folder);
    await client.initialize(folder);
    client.notify('textDocument/didOpen', { textDocument: { uri: uri('convenant.keten'), languageId: 'keten', version: 1, text: TEXT } });
    await client.diagnosticsFor(uri('convenant.keten'));
}, 120_000);

afterAll(async () => {
    await client?.shutdown();
    if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('keten/covenantDocument', { timeout: 120_000 }, () => {
    it('answers the HTML of the document\'s first agreement, in the locale asked for, with its sources', async () => {
        const result = await client.request<Result>('keten/covenantDocument', { uri: uri('convenant.keten'), locale: 'nl' });
        expect(result.agreement).toBe('Convenant');
        expect(result.agreements).toEqual(['Convenant', 'Tweede']);
        expect(result.locale).toBe('nl');
        expect(result.errors).toBe(0);
        expect(result.html).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
        for (const phrase of ['De ondergetekenden', 'Komen het volgende overeen', 'Artikel 1', 'Aldus overeengekomen en in 2-voud ondertekend te']) {
            expect(result.html).toContain(phrase);
        }
        expect(result.html).not.toMatch(/<script\b/);
        expect(result.html).toContain('Convenant &lt;script&gt;x()&lt;/script&gt; Jeugdhulp');
        expect(result.html).toContain('id="Convenant.Intake"');
        expect(result.sources['Convenant.Intake'].uri).toBe(uri('convenant.keten'));
        expect(result.sources['Convenant.Intake'].range.start.line).toBe(lineOf(TEXT, 'commitment Intake'));
        expect(result.sources['Convenant.article.obligations'].range.start.line).toBe(lineOf(TEXT, 'commitment Intake'));
        expect(result.sources.Gemeente.range.start.line).toBe(lineOf(TEXT, 'party Gemeente'));
        const english = await client.request<Result>('keten/covenantDocument', { uri: uri('convenant.keten'), locale: 'en' });
        expect(english.html).toContain('The undersigned');
    });

    it('follows the agreement around the cursor, or the one named', async () => {
        const around = await client.request<Result>('keten/covenantDocument', { uri: uri('convenant.keten'), position: { line: lineOf(TEXT, 'agreement Tweede') + 2, character: 4 } });
        expect(around.agreement).toBe('Tweede');
        expect(around.html).toContain('<h1>Tweede convenant</h1>');
        const named = await client.request<Result>('keten/covenantDocument', { uri: uri('convenant.keten'), agreement: 'Tweede', position: { line: 0, character: 0 } });
        expect(named.agreement).toBe('Tweede');
    });

    it('follows the text as it is typed, and marks a draft', async () => {
        const edited = TEXT.replace(/\n {4}decides under Inzet\n/, '\n    decides\n');
        expect(edited).not.toBe(TEXT);
        client.notify('textDocument/didChange', { textDocument: { uri: uri('convenant.keten'), version: 2 }, contentChanges: [{ text: edited }] });
        await client.diagnosticsFor(uri('convenant.keten'), 60_000, 1);
        const result = await client.request<Result>('keten/covenantDocument', { uri: uri('convenant.keten'), locale: 'nl' });
        expect(result.errors).toBe(1);
        expect(result.html).toContain('Concept — bevat 1 fout');
        expect(result.html).toContain('Daarbij worden besluiten genomen, maar is geen mandaat of bevoegdheid genoemd.');
    });

    it('answers null for a document it does not know, and refuses an unknown locale', async () => {
        expect(await client.request('keten/covenantDocument', { uri: uri('elders.keten') })).toBeNull();
        await expect(client.request('keten/covenantDocument', { uri: uri('convenant.keten'), locale: 'de' })).rejects.toThrow(/Unknown locale 'de'/);
    });
});
