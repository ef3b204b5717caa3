/**
 * A `.keten` file created or changed outside the editor (`workspace/didChangeWatchedFiles`)
 * re-checks the other files as typing the same text would: a party it declares again is
 * `duplicate-name` in the file that declares it later in path order, and the findings equal
 * those of `keten validate` of the same folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { HANG_TIMEOUT_MS, LspClient } from './lsp-client.js';
import { runKeten } from '../support/run-keten.js';

const ROOT = resolve(__dirname, '../..');
const SERVER = join(ROOT, 'packages/language-server/dist/server.cjs');
const PARTIES = 'party Gemeente "Gemeente" {\n  role wethouder "Wethouder"\n}\n\nparty JBG "Jeugdbescherming" {\n  role regisseur "Regisseur"\n}\n';
const AGREEMENT = 'agreement Hulp "Hulp" {\n  parties Gemeente, JBG\n  period 2026-01-01 to 2026-12-31\n  steering Gemeente.wethouder\n  accountable Gemeente.wethouder\n  review every 6 weeks by Gemeente.wethouder\n}\n';

let folder: string;
let client: LspClient;
const uri = (name: string) => pathToFileURL(join(folder, name)).href;

beforeAll(async () => {
    execFileSync(process.execPath, [join(ROOT, 'packages/language-server/build.mjs')], { stdio: 'inherit' });
    folder = mkdtempSync(join(tmpdir(), 'keten-lsp-disk-'));
    writeFileSync(join(folder, 'partijen.keten'), PARTIES);
    writeFileSync(join(folder, 'afspraak.keten'), AGREEMENT);
    client = new LspClient(SERVER, folder);
    await client.initialize(folder);
    await client.diagnosticsFor(uri('partijen.keten'));
});

afterAll(async () => {
    await client?.shutdown();
    if (folder) rmSync(folder, { recursive: true, force: true });
});

it('reports a party that a file created on disk declares again, in the file that declares it later', async () => {
    const since = client.notifications.length;
    // `extra.keten` sorts before `partijen.keten`: the duplicate is partijen.keten's JBG.
    writeFileSync(join(folder, 'extra.keten'), 'party JBG "Dubbel" {\n}\n');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('extra.keten'), type: 1 }] });
    const published = await client.waitForNotification(n => n.method === 'textDocument/publishDiagnostics'
        && n.params.uri === uri('partijen.keten') && n.params.diagnostics.some((d: { code: string }) => d.code === 'duplicate-name'), HANG_TIMEOUT_MS, since);
    const duplicate = published.params.diagnostics.find((d: { code: string }) => d.code === 'duplicate-name');
    expect(duplicate.range.start).toEqual({ line: 4, character: 6 });
    // As `keten validate` of the folder says.
    const cli = JSON.parse(runKeten(['validate', '.', '-f', 'json'], { cwd: folder }).stdout) as { diagnostics: Array<{ file: string; rule: string; line: number }> };
    expect(cli.diagnostics.filter(d => d.rule === 'duplicate-name').map(d => [d.file, d.line])).toEqual([['partijen.keten', 5]]);
    // No second finding from the party declared twice (`parties JBG` and `JBG.regisseur` may resolve to either).
    expect(cli.diagnostics.filter(d => d.rule === 'party-not-in-agreement')).toEqual([]);
});
