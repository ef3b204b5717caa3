/**
 * The language server honours keten.config.json as the CLI does: each file uses the nearest
 * one from its folder upward; an unusable one is ignored and the user is told; a change to one
 * re-checks the files.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { HANG_TIMEOUT_MS, LspClient } from './lsp-client.js';

const ROOT = resolve(__dirname, '../..');
const SERVER = join(ROOT, 'packages/language-server/dist/server.cjs');
const AGREEMENT = (name: string) => `party P${name} { role baas }
agreement A${name} {
  parties P${name}
  period 2026-01-01 to 2026-12-31
  steering P${name}.baas
  accountable P${name}.baas
}
`;

let folder: string;
let client: LspClient;
const uri = (name: string) => pathToFileURL(join(folder, name)).href;
const codes = (diagnostics: Array<{ code: string }>) => diagnostics.map(d => d.code);

beforeAll(async () => {
    execFileSync(process.execPath, [join(ROOT, 'packages/language-server/build.mjs')], { stdio: 'inherit' });
    folder = mkdtempSync(join(tmpdir(), 'keten-lsp-config-'));
    writeFileSync(join(folder, 'keten.config.json'), JSON.stringify({ rules: { 'no-review': 'off', 'no-effects': 'info' } }));
    writeFileSync(join(folder, 'top.keten'), AGREEMENT('Top'));
    mkdirSync(join(folder, 'broken'));
    writeFileSync(join(folder, 'broken', 'keten.config.json'), '{ "rules": { "no-reveiw": "off" } }');
    writeFileSync(join(folder, 'broken', 'inner.keten'), AGREEMENT('Inner'));
    client = new LspClient(SERVER, folder);
    await client.initialize(folder);
});

afterAll(async () => {
    await client?.shutdown();
    if (folder) rmSync(folder, { recursive: true, force: true });
});

it('applies the nearest keten.config.json of each file', async () => {
    const top = await client.diagnosticsFor(uri('top.keten'));
    expect(codes(top)).not.toContain('no-review');
    expect(top.find(d => d.code === 'no-effects')?.severity).toBe(3); // Information
});

it('ignores an unusable configuration file and says why', async () => {
    const inner = await client.diagnosticsFor(uri('broken/inner.keten'));
    expect(codes(inner)).toContain('no-review');
    const message = await client.waitForNotification(n => n.method === 'window/showMessage');
    expect(message.params.message).toContain('no-reveiw');
    expect(message.params.message).toContain('no-review');
});

it('checks the files again when a configuration file changes', async () => {
    const since = client.notifications.length;
    writeFileSync(join(folder, 'keten.config.json'), JSON.stringify({ rules: {} }));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('keten.config.json'), type: 2 }] });
    const published = await client.waitForNotification(n => n.method === 'textDocument/publishDiagnostics'
        && n.params.uri === uri('top.keten') && codes(n.params.diagnostics).includes('no-review'), HANG_TIMEOUT_MS, since);
    expect(published.params.diagnostics.find((d: { code: string }) => d.code === 'no-effects').severity).toBe(1);
});
