/**
 * "Suppress it on this line" through the real bundled language server over stdio: the code
 * action offered for a finding inserts the `keten-disable-next-line` comment above it; applied
 * (as an editor would), the server's next diagnostics lack exactly that finding and report no
 * unused suppression.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { HANG_TIMEOUT_MS, LspClient } from './lsp-client.js';

const ROOT = resolve(__dirname, '../..');
const SERVER = join(ROOT, 'packages/language-server/dist/server.cjs');
/** Two findings: no baseline on the effect, and the effect's commitment removed. */
const TEXT = readFileSync(join(ROOT, 'test/fixtures/clean-agreement.keten'), 'utf8')
    .replace('    baseline 45 on 2025-12-31\n', '')
    .replace('    through Intake\n', '');

let folder: string;
let client: LspClient;
const uri = () => pathToFileURL(join(folder, 'convenant.keten')).href;
const codes = (diagnostics: Array<{ code: string }>) => diagnostics.map(d => d.code).sort();

beforeAll(async () => {
    execFileSync(process.execPath, [join(ROOT, 'packages/language-server/build.mjs')], { stdio: 'inherit' });
    folder = mkdtempSync(join(tmpdir(), 'keten-lsp-suppress-'));
    writeFileSync(join(folder, 'convenant.keten'), TEXT);
    client = new LspClient(SERVER, folder);
    await client.initialize(folder);
}, 60_000);

afterAll(async () => {
    await client?.shutdown();
    if (folder) rmSync(folder, { recursive: true, force: true });
});

it('suppresses exactly the finding under the cursor', async () => {
    client.notify('textDocument/didOpen', { textDocument: { uri: uri(), languageId: 'keten', version: 1, text: TEXT } });
    const before = await client.diagnosticsFor(uri());
    expect(codes(before)).toEqual(['effect-without-baseline', 'effect-without-commitment']);
    const finding = before.find(d => d.code === 'effect-without-baseline');

    const actions = await client.request('textDocument/codeAction', {
        textDocument: { uri: uri() }, range: finding.range, context: { diagnostics: [finding] }
    });
    const suppress = actions.find((a: { title: string }) => a.title === 'Suppress effect-without-baseline on this line');
    expect(suppress, JSON.stringify(actions.map((a: { title: string }) => a.title))).toBeDefined();
    const document = TextDocument.create(uri(), 'keten', 1, TEXT);
    const fixed = TextDocument.applyEdits(document, suppress.edit.changes[uri()]);
    expect(fixed).toBe(TEXT.replace('  effect Wachttijd', '  // keten-disable-next-line effect-without-baseline -- \n  effect Wachttijd'));

    const since = client.notifications.length;
    client.notify('textDocument/didChange', { textDocument: { uri: uri(), version: 2 }, contentChanges: [{ text: fixed }] });
    const after = await client.diagnosticsFor(uri(), HANG_TIMEOUT_MS, since);
    expect(codes(after)).toEqual(['effect-without-commitment']);
    expect(after[0].range.start.line).toBe(finding.range.start.line + 1);
});
