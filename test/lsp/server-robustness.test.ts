/**
 * What a client should never send, sent to the real bundled server over stdio (issue 10,
 * item 7): requests about a document the server does not know get an empty answer, not an
 * internal error; bytes that are not LSP messages (garbage, a wrong `Content-Length`, a body
 * that is not JSON-RPC) make the server say so on stderr and exit with code 1, so that the
 * client restarts it, instead of hanging without a word. A stall is caught by a generous
 * timeout (a minute), not by a time limit.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient } from './lsp-client.js';

const ROOT = resolve(__dirname, '../..');
const SERVER = join(ROOT, 'packages/language-server/dist/server.cjs');
const AGREEMENT = `party Gemeente {\n  role wethouder\n}\n\nagreement A {\n  parties Gemeente\n  period 2026-01-01 to 2026-12-31\n}\n`;

let folder: string;
beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'keten-robust-'));
    writeFileSync(join(folder, 'a.keten'), AGREEMENT);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const MINUTE = 60_000;

async function started(): Promise<LspClient> {
    const client = new LspClient(SERVER, folder);
    await client.initialize(folder);
    await client.diagnosticsFor(pathToFileURL(join(folder, 'a.keten')).href, MINUTE);
    return client;
}

/** Empty answers: `null`, `[]`, a completion list without items, an edit without changes. */
function isEmptyAnswer(result: unknown): boolean {
    if (result === null || result === undefined) return true;
    if (Array.isArray(result)) return result.length === 0;
    if (typeof result === 'object') {
        const value = result as { items?: unknown[]; data?: unknown[]; changes?: object };
        if (Array.isArray(value.items)) return value.items.length === 0;
        if (Array.isArray(value.data)) return value.data.length === 0;
        if (value.changes) return Object.keys(value.changes).length === 0;
    }
    return false;
}

describe('requests about a document the server does not know', { timeout: 120_000 }, () => {
    const position = { line: 0, character: 7 };
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } };
    const requests: Array<[string, (uri: string) => unknown]> = [
        ['textDocument/references', uri => ({ textDocument: { uri }, position, context: { includeDeclaration: true } })],
        ['textDocument/rename', uri => ({ textDocument: { uri }, position, newName: 'Zutphen' })],
        ['textDocument/prepareRename', uri => ({ textDocument: { uri }, position })],
        ['textDocument/definition', uri => ({ textDocument: { uri }, position })],
        ['textDocument/documentHighlight', uri => ({ textDocument: { uri }, position })],
        ['textDocument/hover', uri => ({ textDocument: { uri }, position })],
        ['textDocument/completion', uri => ({ textDocument: { uri }, position })],
        ['textDocument/documentSymbol', uri => ({ textDocument: { uri } })],
        ['textDocument/codeAction', uri => ({ textDocument: { uri }, range, context: { diagnostics: [] } })],
        ['textDocument/formatting', uri => ({ textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } })],
        ['textDocument/foldingRange', uri => ({ textDocument: { uri } })],
        ['textDocument/semanticTokens/full', uri => ({ textDocument: { uri } })],
        ['textDocument/inlayHint', uri => ({ textDocument: { uri }, range })],
        ['textDocument/codeLens', uri => ({ textDocument: { uri } })]
    ];

    let client: LspClient;
    beforeAll(async () => { client = await started(); }, 2 * MINUTE);
    afterAll(async () => { await client?.shutdown(); });

    for (const [where, uriOf] of [
        ['in the workspace folder, not on disk', () => pathToFileURL(join(folder, 'nowhere.keten')).href],
        ['outside every folder', () => pathToFileURL(join(tmpdir(), 'keten-no-such-dir', 'x.keten')).href]
    ] as const) {
        it.each(requests)(`%s ${where}: an empty answer`, async (method, params) => {
            const result = await client.request(method, params(uriOf()), MINUTE);
            expect(isEmptyAnswer(result), JSON.stringify(result)).toBe(true);
        });
    }

    it('keeps answering afterwards', async () => {
        const uri = pathToFileURL(join(folder, 'a.keten')).href;
        const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } }, MINUTE);
        expect(symbols.map((s: { name: string }) => s.name)).toEqual(['Gemeente', 'A']);
        expect(client.stderr).not.toMatch(/ENOENT/);
    });
});

describe('bytes that are not LSP messages', { timeout: 120_000 }, () => {
    const cases: Array<[string, (client: LspClient) => void]> = [
        ['garbage bytes', client => client.writeRaw(Buffer.from([0x00, 0xff, 0x13, 0x37, 0x0a, 0x68, 0x65, 0x6c, 0x6c, 0x6f]))],
        ['a header line without a colon', client => client.writeRaw('hello world\r\n\r\n{}')],
        ['a header without Content-Length', client => client.writeRaw('Content-Type: application/json\r\n\r\n{}')],
        ['a Content-Length that is not a number', client => client.writeRaw('Content-Length: many\r\n\r\n{}')],
        ['a Content-Length shorter than the body', client => {
            const body = JSON.stringify({ jsonrpc: '2.0', id: 99, method: 'textDocument/documentSymbol', params: { textDocument: { uri: 'file:///x.keten' } } });
            client.writeRaw(`Content-Length: ${body.length - 10}\r\n\r\n${body}`);
        }],
        ['a Content-Length longer than the body, then a good message', client => {
            const body = JSON.stringify({ jsonrpc: '2.0', method: 'workspace/didChangeConfiguration', params: { settings: {} } });
            client.writeRaw(`Content-Length: ${body.length + 20}\r\n\r\n${body}`);
            client.writeRaw(`Content-Length: ${body.length}\r\n\r\n${body}`);
        }],
        ['a body that is JSON but not JSON-RPC', client => client.writeRaw('Content-Length: 2\r\n\r\n[]')]
    ];

    it.each(cases)('%s: a line on stderr and exit code 1', async (_name, send) => {
        const client = await started();
        try {
            send(client);
            const ended = await Promise.race([
                client.exited,
                new Promise<'still running'>(resolve => setTimeout(() => resolve('still running'), MINUTE))
            ]);
            expect(ended).toEqual({ code: 1, signal: null });
            const lines = client.stderr.trim().split('\n').filter(line => line.startsWith('keten-language-server:'));
            expect(lines, client.stderr).toHaveLength(1);
            expect(lines[0]).toMatch(/not a Language Server Protocol message|restart/);
            expect(client.stderr).not.toMatch(/\n\s+at /);
            // The client is told too, in its output log (window/logMessage), before the exit.
            expect(client.notifications.some(n => n.method === 'window/logMessage' && n.params.type === 1
                && String(n.params.message).startsWith('keten-language-server:'))).toBe(true);
        } finally {
            await client.shutdown();
        }
    }, 3 * MINUTE);
});

describe('documents opened while the workspace is being read', { timeout: 120_000 }, () => {
    // A client opens its files right after `initialized`, while the server still reads the
    // workspace. The second open used to cancel what held the workspace lock — the workspace's
    // own first build — so the files on disk were never checked; in the playground, whose client
    // opens its files before `initialized`, it threw and nothing was ever checked.
    it('checks the opened files and the files on disk, and logs no failed handler', async () => {
        const client = new LspClient(SERVER, folder);
        const uri = pathToFileURL(folder).href;
        await client.request('initialize', { processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'w' }], capabilities: {} });
        client.notify('initialized', {});
        const first = pathToFileURL(join(folder, 'early-1.keten')).href;
        const second = pathToFileURL(join(folder, 'early-2.keten')).href;
        client.notify('textDocument/didOpen', { textDocument: { uri: first, languageId: 'keten', version: 1, text: 'party Vroeg1 {\n}\n' } });
        client.notify('textDocument/didOpen', { textDocument: { uri: second, languageId: 'keten', version: 1, text: 'party Vroeg2 {\n}\n' } });
        expect(await client.diagnosticsFor(second, MINUTE)).toEqual([]);
        expect(await client.diagnosticsFor(first, MINUTE)).toEqual([]);
        expect((await client.diagnosticsFor(pathToFileURL(join(folder, 'a.keten')).href, MINUTE)).length).toBeGreaterThan(0);
        const failures = client.notifications.filter(n => n.method === 'window/logMessage' && /failed/.test(n.params.message));
        expect(failures).toEqual([]);
        await client.shutdown();
    });
});

describe('documents opened before the client says initialized', { timeout: 120_000 }, () => {
    // The playground's client opens its files as soon as it has sent `initialize`. Two opens
    // before `initialized` cancelled the workspace lock's unused first token twice, which throws
    // in vscode-jsonrpc: the workspace was never read and nothing was ever checked.
    it('still reads the workspace, and logs no failed handler', async () => {
        const client = new LspClient(SERVER, folder);
        const uri = pathToFileURL(folder).href;
        const initialize = client.request('initialize', { processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'w' }], capabilities: {} });
        for (const name of ['early-3.keten', 'early-4.keten']) {
            client.notify('textDocument/didOpen', { textDocument: { uri: pathToFileURL(join(folder, name)).href, languageId: 'keten', version: 1, text: 'party Vroeg {\n}\n' } });
        }
        await initialize;
        client.notify('initialized', {});
        expect((await client.diagnosticsFor(pathToFileURL(join(folder, 'a.keten')).href, MINUTE)).length).toBeGreaterThan(0);
        const failures = client.notifications.filter(n => n.method === 'window/logMessage' && /failed/.test(n.params.message));
        expect(failures).toEqual([]);
        await client.shutdown();
    });
});
