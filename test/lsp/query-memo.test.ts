/**
 * The model queries the rules share are remembered only while the rules of one document run
 * (packages/language/src/model/query-memo.ts). The language server relinks an agreement without
 * parsing it again when the parties file changes: its nodes stay the same objects, so a memo
 * that outlived a validation would still answer with the previous links. Here an edit of the
 * parties file alone makes a party of the agreement play a part (as a member of a body the
 * agreement names) and then none again: `unused-party` on the agreement, which is never
 * touched, must disappear and come back.
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
const THIRD = '\nparty Derde "Derde partij" {\n  type provider\n  role lid "Lid"\n}\n';
const PARTIES = CLEAN.slice(0, AGREEMENT_START) + THIRD;
const MEMBERS = 'members Gemeente.wethouder, Aanbieder.bestuurder';
const PARTIES_WITH_THIRD_IN_BODY = PARTIES.replace(MEMBERS, `${MEMBERS}, Derde.lid`);
const AGREEMENT = CLEAN.slice(AGREEMENT_START).replace('parties Gemeente, Aanbieder', 'parties Gemeente, Aanbieder, Derde');

let folder: string;
let client: LspClient;
let version = 1;
const uri = (name: string) => pathToFileURL(join(folder, name)).href;
type Diagnostic = { code: string; message: string };

beforeAll(async () => {
    expect(PARTIES_WITH_THIRD_IN_BODY).not.toBe(PARTIES);
    execFileSync(process.execPath, [join(ROOT, 'packages/language-server/build.mjs')], { stdio: 'inherit' });
    folder = mkdtempSync(join(tmpdir(), 'keten-memo-'));
    writeFileSync(join(folder, 'parties.keten'), PARTIES);
    writeFileSync(join(folder, 'agreement.keten'), AGREEMENT);
    client = new LspClient(SERVER, folder);
    await client.initialize(folder);
});

afterAll(async () => {
    await client?.shutdown();
    if (folder) rmSync(folder, { recursive: true, force: true });
});

async function agreementFindingsAfter(partiesText: string, expectUnused: boolean): Promise<Diagnostic[]> {
    const since = client.notifications.length;
    client.notify('textDocument/didChange', { textDocument: { uri: uri('parties.keten'), version: version++ }, contentChanges: [{ text: partiesText }] });
    const published = await client.waitForNotification(n => n.method === 'textDocument/publishDiagnostics'
        && n.params.uri === uri('agreement.keten')
        && n.params.diagnostics.some((d: Diagnostic) => d.code === 'unused-party') === expectUnused, HANG_TIMEOUT_MS, since);
    return published.params.diagnostics;
}

describe('remembered model queries in the language server', { timeout: 120_000 }, () => {
    it('follow an edit of the parties file into the agreement it does not touch', async () => {
        const before = await client.diagnosticsFor(uri('agreement.keten'));
        expect(before.map((d: Diagnostic) => d.code)).toEqual(['unused-party']);
        expect(before[0].message).toContain('Derde');
        client.notify('textDocument/didOpen', { textDocument: { uri: uri('parties.keten'), languageId: 'keten', version: version++, text: PARTIES } });
        expect(await agreementFindingsAfter(PARTIES_WITH_THIRD_IN_BODY, false)).toEqual([]);
        const again = await agreementFindingsAfter(PARTIES, true);
        expect(again.map(d => d.code)).toEqual(['unused-party']);
        expect(await agreementFindingsAfter(PARTIES_WITH_THIRD_IN_BODY, false)).toEqual([]);
    });
});
