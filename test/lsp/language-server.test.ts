/**
 * The real bundled language server (`node packages/language-server/dist/server.cjs --stdio`),
 * driven over stdio by a client written from the LSP specification. The workspace is the
 * clean agreement split over a parties file and an agreement file, plus a file with gaps
 * that is never opened.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HANG_TIMEOUT_MS, LspClient } from './lsp-client.js';

const ROOT = resolve(__dirname, '../..');
const SERVER = join(ROOT, 'packages/language-server/dist/server.cjs');
const CLEAN = readFileSync(join(ROOT, 'test/fixtures/clean-agreement.keten'), 'utf8');
const AGREEMENT_START = CLEAN.indexOf('agreement Convenant');
const PARTIES_TEXT = CLEAN.slice(0, AGREEMENT_START);
const AGREEMENT_TEXT = CLEAN.slice(AGREEMENT_START);
const GAPS_TEXT = `party Extra "Extra" {
  role a reports to b
  role b reports to a
}

agreement Gaten "Afspraak met gaten" {
  parties Gemeente, Aanbieder
  period 2026-01-01 to 2027-12-31
  steering Gemeente.wethouder
  accountable Gemeente.wethouder
}
`;

let folder: string;
let client: LspClient;
const uri = (name: string) => pathToFileURL(join(folder, name)).href;
let version = 1;

/** Positions in the agreement text: line and column of the first occurrence of `needle` (+ shift). */
function positionOf(text: string, needle: string, shift = 0) {
    const offset = text.indexOf(needle) + shift;
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
}

function open(name: string, text: string) {
    client.notify('textDocument/didOpen', { textDocument: { uri: uri(name), languageId: 'keten', version: version++, text } });
}

function change(name: string, text: string) {
    client.notify('textDocument/didChange', { textDocument: { uri: uri(name), version: version++ }, contentChanges: [{ text }] });
}

function applyEdits(text: string, edits: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>): string {
    const lines = text.split('\n');
    const offsetOf = (p: { line: number; character: number }) =>
        lines.slice(0, p.line).reduce((sum, line) => sum + line.length + 1, 0) + p.character;
    const sorted = [...edits].sort((a, b) => offsetOf(b.range.start) - offsetOf(a.range.start));
    for (const edit of sorted) text = text.slice(0, offsetOf(edit.range.start)) + edit.newText + text.slice(offsetOf(edit.range.end));
    return text;
}

beforeAll(async () => {
    execFileSync(process.execPath, [join(ROOT, 'packages/language-server/build.mjs')], { stdio: 'inherit' });
    folder = mkdtempSync(join(tmpdir(), 'keten-lsp-'));
    writeFileSync(join(folder, 'parties.keten'), PARTIES_TEXT);
    writeFileSync(join(folder, 'agreement.keten'), AGREEMENT_TEXT);
    writeFileSync(join(folder, 'gaps.keten'), GAPS_TEXT);
    client = new LspClient(SERVER, folder);
    const result = await client.initialize(folder);
    expect(result.capabilities.renameProvider).toBeTruthy();
    expect(result.capabilities.completionProvider.triggerCharacters).toEqual(['.']);
});

afterAll(async () => {
    await client?.shutdown();
    if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('language server over stdio', { timeout: 120_000 }, () => {
    it('publishes findings for a file that was never opened, with rule id, documentation link and related locations', async () => {
        const diagnostics = await client.diagnosticsFor(uri('gaps.keten'));
        const codes = diagnostics.map(d => d.code);
        expect(codes).toContain('no-review');
        const noReview = diagnostics.find(d => d.code === 'no-review');
        expect(noReview.codeDescription.href).toMatch(/#no-review$/);
        const cycle = diagnostics.find(d => d.code === 'role-cycle');
        expect(cycle.relatedInformation.length).toBeGreaterThan(0);
        expect(cycle.relatedInformation[0].location.uri).toBe(uri('gaps.keten'));
    });

    it('reports nothing on the clean agreement split over two files', async () => {
        expect(await client.diagnosticsFor(uri('parties.keten'))).toEqual([]);
        expect(await client.diagnosticsFor(uri('agreement.keten'))).toEqual([]);
    });

    it('completes a body and Party.role holders after `level `', async () => {
        const text = AGREEMENT_TEXT.replace('    level Gemeente.wethouder within 20 workdays decides\n',
            '    level Gemeente.wethouder within 20 workdays decides\n    level \n');
        open('agreement.keten', text);
        const position = positionOf(text, '    level \n', '    level '.length);
        const result = await client.request('textDocument/completion', { textDocument: { uri: uri('agreement.keten') }, position });
        const labels: string[] = (result.items ?? result).map((item: { label: string }) => item.label);
        expect(labels).toContain('Stuurgroep');
        expect(labels).toContain('Gemeente.wethouder');
        expect(labels).toContain('Aanbieder.regisseur');
        change('agreement.keten', AGREEMENT_TEXT);
    });

    it('completes the roles of a party as soon as the dot after its name is typed, replacing the whole name', async () => {
        const text = AGREEMENT_TEXT.replace('    level Gemeente.wethouder within 20 workdays decides\n',
            '    level Gemeente.wethouder within 20 workdays decides\n    level Gemeente.\n');
        open('agreement.keten', text);
        const position = positionOf(text, '    level Gemeente.\n', '    level Gemeente.'.length);
        const result = await client.request('textDocument/completion', {
            textDocument: { uri: uri('agreement.keten') }, position, context: { triggerKind: 2, triggerCharacter: '.' }
        });
        const items: Array<{ label: string; textEdit: { newText: string; range: { start: { character: number }; end: { character: number } } } }> = result.items ?? result;
        const wethouder = items.find(item => item.label === 'Gemeente.wethouder');
        expect(wethouder?.textEdit.newText).toBe('Gemeente.wethouder');
        expect([wethouder?.textEdit.range.start.character, wethouder?.textEdit.range.end.character]).toEqual(['    level '.length, '    level Gemeente.'.length]);
        // Inside a text a dot offers nothing.
        expect(AGREEMENT_TEXT).toContain('goal "Elk gezin');
        const inText = AGREEMENT_TEXT.replace('goal "Elk gezin', 'goal "Zie art. 2. Elk gezin');
        change('agreement.keten', inText);
        const dotInText = positionOf(inText, 'Zie art.', 'Zie art.'.length);
        const none = await client.request('textDocument/completion', {
            textDocument: { uri: uri('agreement.keten') }, position: dotInText, context: { triggerKind: 2, triggerCharacter: '.' }
        });
        expect(none.items ?? none).toEqual([]);
        change('agreement.keten', AGREEMENT_TEXT);
    });

    it('does not complete a field the block already has', async () => {
        const text = AGREEMENT_TEXT.replace('    to Aanbieder.regisseur\n', '    to Aanbieder.regisseur\n    \n').replace(/    basis "[^"]*"\n/, '');
        open('agreement.keten', text);
        const position = positionOf(text, '    to Aanbieder.regisseur\n    \n', '    to Aanbieder.regisseur\n    '.length);
        const result = await client.request('textDocument/completion', { textDocument: { uri: uri('agreement.keten') }, position });
        const labels: string[] = (result.items ?? result).map((item: { label: string }) => item.label);
        expect(labels).not.toContain('from');
        expect(labels).not.toContain('scope');
        expect(labels).not.toContain('van');
        expect(labels).toContain('basis');
        change('agreement.keten', AGREEMENT_TEXT);
    });

    it('shows the title of a mandate when hovering a reference to it', async () => {
        const position = positionOf(AGREEMENT_TEXT, 'decides under Inzet', 'decides under '.length + 1);
        const hover = await client.request('textDocument/hover', { textDocument: { uri: uri('agreement.keten') }, position });
        expect(hover.contents.value).toContain('Inzet ambulante jeugdhulp');
    });

    it('goes from a role reference to its declaration in the other file', async () => {
        const position = positionOf(AGREEMENT_TEXT, 'steering Gemeente.wethouder', 'steering Gemeente.'.length + 2);
        const result = await client.request('textDocument/definition', { textDocument: { uri: uri('agreement.keten') }, position });
        const location = Array.isArray(result) ? result[0] : result;
        expect(location.targetUri ?? location.uri).toBe(uri('parties.keten'));
        const range = location.targetSelectionRange ?? location.range;
        expect(range.start).toEqual(positionOf(PARTIES_TEXT, 'role wethouder', 'role '.length));
    });

    it('finds the references of a party in every file', async () => {
        const position = positionOf(PARTIES_TEXT, 'party Gemeente', 'party '.length);
        const locations: Array<{ uri: string }> = await client.request('textDocument/references', {
            textDocument: { uri: uri('parties.keten') }, position, context: { includeDeclaration: false }
        });
        const files = new Set(locations.map(location => location.uri));
        expect(files).toContain(uri('agreement.keten'));
        expect(files).toContain(uri('gaps.keten'));
        // `Gemeente.wethouder` is a use of `Gemeente`: its party half is among the references.
        const steering = positionOf(AGREEMENT_TEXT, 'steering Gemeente.wethouder', 'steering '.length);
        expect(locations).toContainEqual({ uri: uri('agreement.keten'), range: { start: steering, end: { line: steering.line, character: steering.character + 'Gemeente'.length } } });
        const uses = (text: string) => (text.match(/\bGemeente\b(?! Zutphen")/g) ?? []).length;
        expect(locations).toHaveLength(uses(AGREEMENT_TEXT) + uses(GAPS_TEXT) + uses(PARTIES_TEXT) - 1);
    });

    it('goes from the party half of a Party.role to the party in the other file', async () => {
        const position = positionOf(AGREEMENT_TEXT, 'steering Gemeente.wethouder', 'steering Ge'.length);
        const result = await client.request('textDocument/definition', { textDocument: { uri: uri('agreement.keten') }, position });
        const location = Array.isArray(result) ? result[0] : result;
        expect(location.targetUri ?? location.uri).toBe(uri('parties.keten'));
        expect((location.targetSelectionRange ?? location.range).start).toEqual(positionOf(PARTIES_TEXT, 'party Gemeente', 'party '.length));
        expect(location.originSelectionRange?.end.character).toBe(position.character - 2 + 'Gemeente'.length);
    });

    it('renames a party and the party part of every Party.role in every file', async () => {
        const position = positionOf(PARTIES_TEXT, 'party Gemeente', 'party '.length);
        const edit = await client.request('textDocument/rename', {
            textDocument: { uri: uri('parties.keten') }, position, newName: 'Zutphen'
        });
        const agreement = applyEdits(AGREEMENT_TEXT, edit.changes[uri('agreement.keten')]);
        const parties = applyEdits(PARTIES_TEXT, edit.changes[uri('parties.keten')]);
        const gaps = applyEdits(GAPS_TEXT, edit.changes[uri('gaps.keten')]);
        expect(parties).toContain('party Zutphen "Gemeente Zutphen"');
        expect(parties).toContain('members Zutphen.wethouder, Aanbieder.bestuurder');
        expect(agreement).toContain('parties Zutphen, Aanbieder');
        expect(agreement).toContain('steering Zutphen.wethouder');
        expect(agreement).toContain('from Zutphen.directeur');
        expect(agreement).not.toMatch(/\bGemeente\b/);
        expect(gaps).toContain('accountable Zutphen.wethouder');
    });

    it('renames an effect, and says nothing of measurement files when none are configured', async () => {
        const since = client.notifications.length;
        const position = positionOf(AGREEMENT_TEXT, 'effect Wachttijd', 'effect '.length + 1);
        const edit = await client.request('textDocument/rename', {
            textDocument: { uri: uri('agreement.keten') }, position, newName: 'Doorlooptijd'
        });
        expect(applyEdits(AGREEMENT_TEXT, edit.changes[uri('agreement.keten')])).toContain('effect Doorlooptijd "Kortere wachttijd');
        // The notice (test/lsp/effect-report.test.ts) is sent before the answer: none came.
        expect(client.notifications.slice(since).filter(n => n.method === 'window/showMessage')).toEqual([]);
    });

    it('finds declarations of every file by title as workspace symbols', async () => {
        const symbols: Array<{ name: string; location: { uri: string } }> = await client.request('workspace/symbol', { query: 'Ketenregisseur' });
        expect(symbols.map(s => s.name)).toEqual(['Aanbieder.regisseur']);
        expect(symbols[0].location.uri).toBe(uri('parties.keten'));
    });

    it('follows the rule severities of the keten.rules setting', async () => {
        const since = client.notifications.length;
        client.settings = { keten: { rules: { 'no-review': 'off' } } };
        client.notify('workspace/didChangeConfiguration', { settings: { keten: { rules: { 'no-review': 'off' } } } });
        const codes = (n: { params: { diagnostics: Array<{ code: string }> } }) => n.params.diagnostics.map(d => d.code);
        const published = await client.waitForNotification(n => n.method === 'textDocument/publishDiagnostics'
            && n.params.uri === uri('gaps.keten') && !codes(n).includes('no-review'), HANG_TIMEOUT_MS, since);
        expect(codes(published)).toContain('role-cycle');
        const restored = client.notifications.length;
        client.settings = {};
        client.notify('workspace/didChangeConfiguration', { settings: { keten: { rules: {} } } });
        const again = await client.waitForNotification(n => n.method === 'textDocument/publishDiagnostics'
            && n.params.uri === uri('gaps.keten') && codes(n).includes('no-review'), HANG_TIMEOUT_MS, restored);
        expect(codes(again)).toContain('role-cycle');
    });

    it('outlines an agreement with its members', async () => {
        const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: uri('agreement.keten') } });
        expect(symbols).toHaveLength(1);
        expect(symbols[0].name).toBe('Convenant');
        expect(symbols[0].detail).toBe('Convenant Jeugdhulp');
        expect(symbols[0].children.map((child: { name: string }) => child.name)).toEqual(['Inzet', 'Tijd', 'Intake', 'Casus', 'Wachttijd']);
    });

    it('formats a messy line', async () => {
        const messy = AGREEMENT_TEXT.replace('  goal "Elk gezin', '      goal     "Elk gezin');
        open('agreement.keten', messy);
        const edits = await client.request('textDocument/formatting', {
            textDocument: { uri: uri('agreement.keten') }, options: { tabSize: 2, insertSpaces: true }
        });
        expect(applyEdits(messy, edits ?? [])).toBe(AGREEMENT_TEXT);
        change('agreement.keten', AGREEMENT_TEXT);
    });

    it('reports missing-mandate after `under M` is dropped, with a quick fix', async () => {
        open('agreement.keten', AGREEMENT_TEXT);
        const since = client.notifications.length;
        const edited = AGREEMENT_TEXT.replace('decides under Inzet', 'decides');
        change('agreement.keten', edited);
        const published = await client.waitForNotification(n => n.method === 'textDocument/publishDiagnostics'
            && n.params.uri === uri('agreement.keten')
            && n.params.diagnostics.some((d: { code: string }) => d.code === 'missing-mandate'), HANG_TIMEOUT_MS, since);
        const diagnostic = published.params.diagnostics.find((d: { code: string }) => d.code === 'missing-mandate');
        const actions = await client.request('textDocument/codeAction', {
            textDocument: { uri: uri('agreement.keten') }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        });
        expect(actions.length).toBeGreaterThan(0);
        const fixed = applyEdits(edited, actions[0].edit.changes[uri('agreement.keten')]);
        expect(fixed).toContain('decides under IntakeMandate');
        expect(fixed).toContain('to Aanbieder.bestuurder');
        change('agreement.keten', AGREEMENT_TEXT);
    });

    it('re-checks the agreements that use a parties file when it changes', async () => {
        open('parties.keten', PARTIES_TEXT);
        const since = client.notifications.length;
        change('parties.keten', PARTIES_TEXT.replace('role directeur', 'role manager'));
        const published = await client.waitForNotification(n => n.method === 'textDocument/publishDiagnostics'
            && n.params.uri === uri('agreement.keten')
            && n.params.diagnostics.some((d: { code: string }) => d.code === 'unresolved-reference'), HANG_TIMEOUT_MS, since);
        expect(published.params.diagnostics.length).toBeGreaterThan(0);
        change('parties.keten', PARTIES_TEXT);
        const cleared = await client.waitForNotification(n => n.method === 'textDocument/publishDiagnostics'
            && n.params.uri === uri('agreement.keten') && n.params.diagnostics.length === 0, HANG_TIMEOUT_MS, client.notifications.length);
        expect(cleared.params.diagnostics).toEqual([]);
    });

    it('reports a duplicate name typed into a file that sorts first in the other file, and clears it again', async () => {
        // No reference between the two files: only the names tie them (duplicate-name).
        const later = 'party Dubbel "Later" {\n  role r\n}\n';
        open('zz-later.keten', later);
        await client.waitForNotification(n => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri('zz-later.keten'), HANG_TIMEOUT_MS);
        open('aa-first.keten', 'party Enkel {\n  role r\n}\n');
        const since = client.notifications.length;
        change('aa-first.keten', 'party Dubbel {\n  role r\n}\n');
        const flagged = await client.waitForNotification(n => n.method === 'textDocument/publishDiagnostics'
            && n.params.uri === uri('zz-later.keten')
            && n.params.diagnostics.some((d: { code: string }) => d.code === 'duplicate-name'), HANG_TIMEOUT_MS, since);
        expect(flagged.params.diagnostics.map((d: { code: string }) => d.code)).toEqual(['duplicate-name']);
        change('aa-first.keten', 'party Enkel {\n  role r\n}\n');
        const cleared = await client.waitForNotification(n => n.method === 'textDocument/publishDiagnostics'
            && n.params.uri === uri('zz-later.keten') && n.params.diagnostics.length === 0, HANG_TIMEOUT_MS, client.notifications.length);
        expect(cleared.params.diagnostics).toEqual([]);
    });

    it('resolves a name in another file as soon as it is declared', async () => {
        open('uses-nieuw.keten', 'body Raad {\n  members Nieuw.lid\n}\n');
        const unresolved = await client.waitForNotification(n => n.method === 'textDocument/publishDiagnostics'
            && n.params.uri === uri('uses-nieuw.keten') && n.params.diagnostics.length > 0, HANG_TIMEOUT_MS);
        expect(unresolved.params.diagnostics.map((d: { code: string }) => d.code)).toEqual(['unresolved-reference']);
        const since = client.notifications.length;
        open('declares-nieuw.keten', 'party Nieuw {\n  role lid\n}\n');
        const resolved = await client.waitForNotification(n => n.method === 'textDocument/publishDiagnostics'
            && n.params.uri === uri('uses-nieuw.keten') && n.params.diagnostics.length === 0, HANG_TIMEOUT_MS, since);
        expect(resolved.params.diagnostics).toEqual([]);
    });

    it('completes, hovers and renames the powers of a whole covenant, and offers its snippets in the file\'s keyword language', async () => {
        const covenant = readFileSync(join(ROOT, 'test/fixtures/covenant/whole-covenant.keten'), 'utf8');
        const typing = covenant.replace('decides under Regeling, Apeldoorn.Schuldhulp', 'decides under Regeling, ');
        open('covenant.keten', typing);
        const position = positionOf(typing, 'decides under Regeling, ', 'decides under Regeling, '.length);
        const completion = await client.request('textDocument/completion', { textDocument: { uri: uri('covenant.keten') }, position });
        const items: Array<{ label: string; detail?: string; kind?: number; textEdit?: { newText: string } }> = completion.items ?? completion;
        expect(items.find(item => item.label === 'Apeldoorn.Schuldhulp')?.detail).toBe('power: Schuldhulpverlening');
        change('covenant.keten', covenant);

        const hover = await client.request('textDocument/hover', {
            textDocument: { uri: uri('covenant.keten') }, position: positionOf(covenant, 'power Schuldhulp', 'power S'.length)
        });
        expect(hover.contents.value).toContain('Held by `Apeldoorn.college`');
        expect(hover.contents.value).toContain('Handed on by the mandates `Vroeg.Regeling`');

        const edit = await client.request('textDocument/rename', {
            textDocument: { uri: uri('covenant.keten') }, position: positionOf(covenant, '    power Apeldoorn.Schuldhulp', '    power Apeldoorn.S'.length), newName: 'Schulden'
        });
        expect(applyEdits(covenant, edit.changes[uri('covenant.keten')]))
            .toBe(covenant.replace('power Schuldhulp', 'power Schulden').replaceAll('Apeldoorn.Schuldhulp', 'Apeldoorn.Schulden'));

        const end = covenant.lastIndexOf('}\n', covenant.indexOf('\nparty power'));
        const blank = covenant.slice(0, end) + '  \n' + covenant.slice(end);
        change('covenant.keten', blank);
        const snippets = async (text: string, at: number) => {
            const before = text.slice(0, at).split('\n');
            const list = await client.request('textDocument/completion', {
                textDocument: { uri: uri('covenant.keten') }, position: { line: before.length - 1, character: before[before.length - 1].length }
            });
            return ((list.items ?? list) as typeof items).filter(item => item.kind === 15).map(item => item.label);
        };
        const english = await snippets(blank, end + 2);
        expect(english).toEqual(expect.arrayContaining(['data', 'budget', 'considering']));
        expect(english).not.toContain('gegevens');
        const dutch = readFileSync(join(ROOT, 'test/fixtures/covenant/heel-convenant.keten'), 'utf8');
        const dutchEnd = dutch.lastIndexOf('}');
        const dutchBlank = dutch.slice(0, dutchEnd) + '  \n' + dutch.slice(dutchEnd);
        change('covenant.keten', dutchBlank);
        const inDutch = await snippets(dutchBlank, dutchEnd + 2);
        expect(inDutch).toEqual(expect.arrayContaining(['gegevens', 'begroting', 'overwegende']));
        expect(inDutch).not.toContain('data');
        change('covenant.keten', covenant);
    });
});
