/**
 * A document opened right after `initialized` — as a test client or an editor restoring its
 * tabs does, while the server is still building the workspace — is checked and published, and
 * requests about it are answered. (The workspace manager is "ready" before its first build is
 * done; a change queued then cancelled that build and left the opened document unbuilt, in
 * about half of the starts.) Five starts, each with a fresh server.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LspClient } from './lsp-client.js';

const SERVER = join(resolve(__dirname, '../..'), 'packages/language-server/dist/server.cjs');

describe('a document opened while the workspace is first built', { timeout: 300_000 }, () => {
    it('is checked and published, every time', async () => {
        for (let round = 0; round < 5; round++) {
            const folder = mkdtempSync(join(tmpdir(), 'keten-lsp-open-'));
            writeFileSync(join(folder, 'c.keten'), 'party C {\n  role r\n}\n');
            const client = new LspClient(SERVER, folder);
            try {
                await client.initialize(folder);
                const uri = pathToFileURL(join(folder, 'new.keten')).href;
                client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'keten', version: 1, text: 'party week {\n  role x\n}\nparty P "Titel P" {\n  role r\n}\n' } });
                const diagnostics = await client.diagnosticsFor(uri, 30_000);
                expect(diagnostics.map((d: { code: string }) => d.code), `round ${round}`).toEqual(['syntax-error']);
                // Before, a request about it failed: "Document state … is Changed, requiring Linked".
                const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } });
                expect(JSON.stringify(symbols), `round ${round}`).toContain('"P"');
            } finally {
                await client.shutdown();
                rmSync(folder, { recursive: true, force: true });
            }
        }
    });
});
