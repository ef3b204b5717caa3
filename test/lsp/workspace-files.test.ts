/**
 * Which files the language server checks, and how it reads them, through the real bundled
 * server over stdio (EDITOR.md: "A `keten.config.json` in the workspace is honoured as in the
 * CLI"; RULES.md: bytes that are not UTF-8 are a `syntax-error`):
 * - `exclude` leaves the archive out at start-up, as `keten validate` of the folder does, and
 *   no `duplicate-name` comes from it; an excluded file opened in the editor is checked;
 * - a document closed in the editor is its file on disk again (closed without saving, the
 *   unsaved text goes), and one the workspace does not load from disk leaves it;
 * - a workspace folder added while the server runs is checked, and dropped when it is removed;
 * - a file with a byte that is not UTF-8 gets the CLI's `syntax-error` at that byte;
 * - `initialize` params of the wrong type (a locale that is no text, folders that are no list)
 *   do not stop the server;
 * - `KETEN_LOCALE` sets the messages' language when nothing else does.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HANG_TIMEOUT_MS, LspClient } from './lsp-client.js';
import { runKeten } from '../support/run-keten.js';

const ROOT = resolve(__dirname, '../..');
const SERVER = join(ROOT, 'packages/language-server/dist/server.cjs');
const CLEAN = readFileSync(join(ROOT, 'test/fixtures/clean-agreement.keten'), 'utf8');

const folders: string[] = [];
const clients: LspClient[] = [];

function workspace(files: Record<string, string | Buffer>): string {
    const folder = mkdtempSync(join(tmpdir(), 'keten-lsp-files-'));
    folders.push(folder);
    for (const [name, content] of Object.entries(files)) {
        mkdirSync(join(folder, name, '..'), { recursive: true });
        writeFileSync(join(folder, name), content);
    }
    return folder;
}

async function started(folder: string, extra: Record<string, unknown> = {}, env?: NodeJS.ProcessEnv): Promise<LspClient> {
    const client = new LspClient(SERVER, folder, env);
    clients.push(client);
    await client.initialize(folder, extra);
    return client;
}

const codes = (diagnostics: Array<{ code: string }>) => diagnostics.map(d => d.code);

/** The rule ids last published for `uri`, once they are `expected` (a start-up build may publish the file on disk first). */
async function publishedCodes(client: LspClient, uri: string, expected: string[]): Promise<void> {
    await client.diagnosticsFor(uri);
    await expect.poll(() => {
        const all = client.notifications.filter(n => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri);
        return codes(all[all.length - 1].params.diagnostics);
    }, { timeout: HANG_TIMEOUT_MS }).toEqual(expected);
}

beforeAll(() => {
    execFileSync(process.execPath, [join(ROOT, 'packages/language-server/build.mjs')], { stdio: 'inherit' });
}, 120_000);

afterAll(async () => {
    for (const client of clients) await client.shutdown();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('the files the language server checks', { timeout: 120_000 }, () => {
    it('leaves out what keten.config.json excludes, as keten validate does; checks an excluded file once it is opened', async () => {
        const folder = workspace({
            'keten.config.json': JSON.stringify({ exclude: ['archive/**'] }),
            'convenant.keten': CLEAN,
            'archive/convenant-2025.keten': CLEAN
        });
        expect(runKeten(['validate', '.', '--format', 'json'], { cwd: folder }).code).toBe(0);
        const client = await started(folder);
        const live = pathToFileURL(join(folder, 'convenant.keten')).href;
        expect(codes(await client.diagnosticsFor(live))).toEqual([]);
        const symbols = await client.request<Array<{ location: { uri: string } }>>('workspace/symbol', { query: 'Convenant' });
        expect(symbols.map(symbol => symbol.location.uri)).not.toContainEqual(expect.stringContaining('/archive/'));
        // Opened, the archived copy is checked (like a file named on the command line): both names clash then.
        const archived = pathToFileURL(join(folder, 'archive/convenant-2025.keten')).href;
        client.notify('textDocument/didOpen', { textDocument: { uri: archived, languageId: 'keten', version: 1, text: CLEAN } });
        const latest = (uri: string) => {
            const all = client.notifications.filter(n => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri);
            return all.length === 0 ? [] : codes(all[all.length - 1].params.diagnostics);
        };
        // `duplicate-name` sits on the later declaration in workspace order (by path: the archive's first).
        await expect.poll(() => [...latest(archived), ...latest(live)], { timeout: HANG_TIMEOUT_MS }).toContain('duplicate-name');
    });

    it('follows a change of include/exclude: loads what the configuration now selects, drops what it leaves out', async () => {
        const folder = workspace({
            'keten.config.json': JSON.stringify({ exclude: ['archive/**'] }),
            'convenant.keten': CLEAN,
            'archive/convenant-2025.keten': CLEAN
        });
        const client = await started(folder);
        const live = pathToFileURL(join(folder, 'convenant.keten')).href;
        const archived = pathToFileURL(join(folder, 'archive/convenant-2025.keten')).href;
        const config = pathToFileURL(join(folder, 'keten.config.json')).href;
        expect(codes(await client.diagnosticsFor(live))).toEqual([]);
        const latest = (uri: string) => {
            const all = client.notifications.filter(n => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri);
            return all.length === 0 ? [] : codes(all[all.length - 1].params.diagnostics);
        };
        writeFileSync(join(folder, 'keten.config.json'), JSON.stringify({}));
        client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: config, type: 2 }] });
        await expect.poll(() => [...latest(archived), ...latest(live)], { timeout: HANG_TIMEOUT_MS }).toContain('duplicate-name');
        writeFileSync(join(folder, 'keten.config.json'), JSON.stringify({ exclude: ['archive/**'] }));
        client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: config, type: 2 }] });
        await expect.poll(() => [...latest(archived), ...latest(live)], { timeout: HANG_TIMEOUT_MS }).toEqual([]);
    });

    it('takes a document closed in the editor from disk again: unsaved text and its findings go, a file not on disk leaves the workspace', async () => {
        const start = CLEAN.indexOf('agreement Convenant');
        const folder = workspace({
            'keten.config.json': JSON.stringify({ exclude: ['archive/**'] }),
            'parties.keten': CLEAN.slice(0, start),
            'convenant.keten': CLEAN.slice(start),
            'archive/convenant-2025.keten': CLEAN.slice(start)
        });
        const client = await started(folder);
        const uri = (name: string) => pathToFileURL(join(folder, name)).href;
        const latest = (name: string) => {
            const all = client.notifications.filter(n => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri(name));
            return all.length === 0 ? [] : codes(all[all.length - 1].params.diagnostics);
        };
        expect(codes(await client.diagnosticsFor(uri('convenant.keten')))).toEqual([]);
        const open = (name: string, text: string) =>
            client.notify('textDocument/didOpen', { textDocument: { uri: uri(name), languageId: 'keten', version: 1, text } });
        const close = (name: string) => client.notify('textDocument/didClose', { textDocument: { uri: uri(name) } });

        // Edited and closed without saving: the agreement that names the party follows the disk again.
        const parties = CLEAN.slice(0, start);
        expect(parties).toContain('role wethouder');
        open('parties.keten', parties.replace('role wethouder', 'role bestuurder'));
        await expect.poll(() => latest('convenant.keten'), { timeout: HANG_TIMEOUT_MS }).toContain('unresolved-reference');
        close('parties.keten');
        await expect.poll(() => latest('convenant.keten'), { timeout: HANG_TIMEOUT_MS }).toEqual([]);
        const hover = await client.request('textDocument/hover', {
            textDocument: { uri: uri('convenant.keten') },
            position: { line: CLEAN.slice(start).split('\n').findIndex(line => line.includes('steering Gemeente.wethouder')), character: '  steering Gemeente.w'.length }
        });
        expect(hover.contents.value).toContain('Gemeente.wethouder');

        // Never saved: gone from the workspace, its findings cleared.
        open('nieuw.keten', 'party X "X" {\n  role a reports to a\n}\n');
        await expect.poll(() => latest('nieuw.keten'), { timeout: HANG_TIMEOUT_MS }).toEqual(['role-cycle']);
        close('nieuw.keten');
        await expect.poll(() => latest('nieuw.keten'), { timeout: HANG_TIMEOUT_MS }).toEqual([]);
        const symbols = await client.request<Array<{ name: string }>>('workspace/symbol', { query: 'X' });
        expect(symbols.map(symbol => symbol.name)).not.toContain('X');

        // Left out by `exclude`: checked while open, gone once closed (no `duplicate-name` left behind).
        open('archive/convenant-2025.keten', CLEAN.slice(start));
        await expect.poll(() => [...latest('archive/convenant-2025.keten'), ...latest('convenant.keten')], { timeout: HANG_TIMEOUT_MS }).toContain('duplicate-name');
        close('archive/convenant-2025.keten');
        await expect.poll(() => [...latest('archive/convenant-2025.keten'), ...latest('convenant.keten')], { timeout: HANG_TIMEOUT_MS }).toEqual([]);
    });

    it('follows a workspace folder added and removed while it runs: its files are checked, then dropped', async () => {
        const start = CLEAN.indexOf('agreement Convenant');
        const agreements = workspace({ 'convenant.keten': CLEAN.slice(start) });
        const parties = workspace({ 'parties.keten': CLEAN.slice(0, start) });
        const client = await started(agreements);
        const convenant = pathToFileURL(join(agreements, 'convenant.keten')).href;
        const partiesFile = pathToFileURL(join(parties, 'parties.keten')).href;
        const latest = (uri: string) => {
            const all = client.notifications.filter(n => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri);
            return all.length === 0 ? undefined : codes(all[all.length - 1].params.diagnostics);
        };
        await expect.poll(() => latest(convenant), { timeout: HANG_TIMEOUT_MS }).toContain('unresolved-reference');
        // The server asks to be told of folder changes (a client sends them only then).
        const registered = client.serverRequests.filter(request => request.method === 'client/registerCapability')
            .flatMap(request => (request.params.registrations as Array<{ method: string }>).map(registration => registration.method));
        expect(registered).toContain('workspace/didChangeWorkspaceFolders');
        const folder = { uri: pathToFileURL(parties).href, name: 'partijen' };
        client.notify('workspace/didChangeWorkspaceFolders', { event: { added: [folder], removed: [] } });
        await expect.poll(() => latest(convenant), { timeout: HANG_TIMEOUT_MS }).toEqual([]);
        expect(latest(partiesFile)).toEqual([]);
        const symbols = async () => (await client.request<Array<{ name: string }>>('workspace/symbol', { query: 'Gemeente' })).map(symbol => symbol.name);
        expect(await symbols()).toContain('Gemeente');
        client.notify('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [folder] } });
        await expect.poll(() => latest(convenant), { timeout: HANG_TIMEOUT_MS }).toContain('unresolved-reference');
        expect(await symbols()).not.toContain('Gemeente');
    });

    it('checks a folder named out, as keten validate does', async () => {
        const folder = workspace({ 'out/convenant.keten': CLEAN.replace('  review every 6 weeks by Stuurgroep\n', '') });
        const client = await started(folder);
        expect(codes(await client.diagnosticsFor(pathToFileURL(join(folder, 'out/convenant.keten')).href))).toEqual(['no-review']);
    });

    it('reports a byte that is not UTF-8 as the CLI does', async () => {
        const bytes = Buffer.from(CLEAN.replace('"Gemeente Zutphen"', '"Gemeente Zutphen X"'), 'utf8');
        const bad = Buffer.from(bytes);
        bad[bytes.indexOf('X')] = 0xe9;
        const folder = workspace({ 'latin1.keten': bad });
        const cli = JSON.parse(runKeten(['validate', 'latin1.keten', '--format', 'json'], { cwd: folder }).stdout) as { diagnostics: Array<{ line: number; column: number; rule: string; message: string }> };
        const client = await started(folder);
        const diagnostics = await client.diagnosticsFor(pathToFileURL(join(folder, 'latin1.keten')).href);
        expect(diagnostics.map((d: { range: { start: { line: number; character: number } }; code: string; message: string }) => [d.range.start.line + 1, d.range.start.character + 1, d.code, d.message]))
            .toEqual(cli.diagnostics.map(d => [d.line, d.column, d.rule, d.message]));
        expect(codes(diagnostics)).toEqual(['syntax-error']);
    });
});

describe('initialize params of the wrong type', { timeout: 120_000 }, () => {
    for (const [name, extra] of [
        ['a locale that is a number', { locale: 42 }],
        ['a locale that is a list', { locale: ['nl'] }],
        ['workspace folders that are no list', { workspaceFolders: 'x' }],
        ['capabilities that are null', { capabilities: null }]
    ] as const) {
        it(`${name}: the server stays up and checks what it is given`, async () => {
            const folder = workspace({ 'convenant.keten': CLEAN });
            const client = await started(folder, extra);
            const uri = pathToFileURL(join(folder, 'convenant.keten')).href;
            client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'keten', version: 1, text: CLEAN.replace('  review every 6 weeks by Stuurgroep\n', '') } });
            await publishedCodes(client, uri, ['no-review']);
        });
    }
});

describe('KETEN_LOCALE', { timeout: 120_000 }, () => {
    it('sets the language of the messages when no setting or configuration does', async () => {
        const folder = workspace({ 'convenant.keten': CLEAN.replace('  review every 6 weeks by Stuurgroep\n', '') });
        const client = await started(folder, {}, { KETEN_LOCALE: 'nl' });
        const [diagnostic] = await client.diagnosticsFor(pathToFileURL(join(folder, 'convenant.keten')).href);
        expect(diagnostic.code).toBe('no-review');
        expect(diagnostic.message).toMatch(/^Afspraak 'Convenant' heeft geen evaluatie/);
        // The rule's documentation in Dutch too (docs/rules.nl.md, with the same anchors).
        expect(diagnostic.codeDescription.href).toMatch(/\/docs\/rules\.nl\.md#no-review$/);
    });
});
