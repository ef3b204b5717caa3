/**
 * `npx keten-language-server --stdio` from the repository root: the bin of
 * @keten/language-server, linked by `npm install`, starts the bundled server.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { LspClient } from './lsp-client.js';

const ROOT = resolve(__dirname, '../..');
let client: LspClient | undefined;
let folder: string | undefined;

afterAll(async () => {
    await client?.shutdown();
    if (folder) rmSync(folder, { recursive: true, force: true });
});

it('starts from the bin that npm links into node_modules/.bin', async () => {
    execFileSync(process.execPath, [join(ROOT, 'packages/language-server/build.mjs')], { stdio: 'inherit' });
    folder = mkdtempSync(join(tmpdir(), 'keten-bin-'));
    client = new LspClient(join(ROOT, 'node_modules/.bin/keten-language-server'), folder);
    const result = await client.initialize(folder);
    expect(result.capabilities.hoverProvider).toBeTruthy();
    expect(result.capabilities.completionProvider).toBeTruthy();
    expect(result.capabilities.codeActionProvider).toBeTruthy();
    expect(result.capabilities.semanticTokensProvider.legend.tokenTypes).toEqual(expect.arrayContaining(['date', 'unit']));
});
