/**
 * Edit storm: 1,000 random incremental edits (KETEN_STORM_EDITS) to one agreement, sent to the
 * real bundled language server over stdio without waiting for answers. The server stays alive,
 * and once it is quiet its diagnostics for the file equal those of a fresh server started on
 * the final text.
 *
 * Edit burst (issue 10, item 7): 10,000 edits (KETEN_BURST_EDITS) sent at once, with no pause,
 * then a request. The server coalesces them (only the latest text is built), so the request is
 * answered — within a generous minute, not a time limit; `npm run bench` measures how fast —
 * and the answer and the diagnostics are those of a fresh server on the final text.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateWorkspace } from '../../bench/generate-workspace.js';
import { SERVER_BIN } from '../../bench/measure.js';
import { LspClient } from './lsp-client.js';

const EDITS = Number(process.env.KETEN_STORM_EDITS ?? 1000);
const BURST_EDITS = Number(process.env.KETEN_BURST_EDITS ?? 10_000);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-storm-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const PIECES = ['{', '}', '"', ' ', '\n', 'mandate', 'party', 'P1.regisseur', '2026-13-01', '42', '//', 'by', ',', 'x', 'level P0.manager within 3 workdays\n'];

function random(seed: number): () => number {
    let state = seed >>> 0;
    return () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function positionAt(text: string, offset: number): { line: number; character: number } {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
}

/** The diagnostics as a comparable list (positions, rule ids and messages). */
function summary(diagnostics: Array<{ range: { start: { line: number; character: number } }; code?: unknown; message: string }>): string[] {
    return diagnostics.map(d => `${d.range.start.line}:${d.range.start.character} ${String(d.code)} ${d.message}`).sort();
}

async function quietDiagnostics(client: LspClient, uri: string, quietMs: number): Promise<string[]> {
    let count = -1;
    while (count !== client.notifications.length) {
        count = client.notifications.length;
        await new Promise(resolve => setTimeout(resolve, quietMs));
    }
    return summary(await client.diagnosticsFor(uri, 60_000));
}

/** `count` random edits of `text`: the changes to send and the text they end in. */
function randomEdits(text: string, count: number, seed: number) {
    const next = random(seed);
    const changes: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }> = [];
    for (let i = 0; i < count; i++) {
        const start = Math.floor(next() * (text.length + 1));
        const end = Math.min(text.length, start + (next() < 0.5 ? Math.floor(next() * 12) : 0));
        const insert = next() < 0.7 ? PIECES[Math.floor(next() * PIECES.length)] : '';
        changes.push({ range: { start: positionAt(text, start), end: positionAt(text, end) }, text: insert });
        text = text.slice(0, start) + insert + text.slice(end);
    }
    return { changes, text };
}

describe('edit storm through the language server', () => {
    it.skipIf(!fs.existsSync(SERVER_BIN))(`${EDITS} random edits: the server survives and ends where a fresh server starts`, async () => {
        const workspace = generateWorkspace(path.join(work, 'storm'), 5);
        const target = workspace.files[3];
        const uri = pathToFileURL(target).href;
        let text = fs.readFileSync(target, 'utf8');
        const next = random(20261127);

        const client = new LspClient(SERVER_BIN, workspace.dir);
        let stormDiagnostics: string[];
        try {
            await client.initialize(workspace.dir);
            client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'keten', version: 1, text } });
            await client.diagnosticsFor(uri, 60_000);
            for (let i = 0; i < EDITS; i++) {
                const start = Math.floor(next() * (text.length + 1));
                const end = Math.min(text.length, start + (next() < 0.5 ? Math.floor(next() * 12) : 0));
                const insert = next() < 0.7 ? PIECES[Math.floor(next() * PIECES.length)] : '';
                const range = { start: positionAt(text, start), end: positionAt(text, end) };
                text = text.slice(0, start) + insert + text.slice(end);
                client.notify('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [{ range, text: insert }] });
                if (i % 100 === 99) await new Promise(resolve => setTimeout(resolve, 20));
            }
            // The server is alive: it answers a request after the storm.
            const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } }, 60_000);
            expect(Array.isArray(symbols)).toBe(true);
            stormDiagnostics = await quietDiagnostics(client, uri, 1500);
        } finally {
            await client.shutdown();
        }

        // A fresh server on the final text.
        fs.writeFileSync(target, text);
        const fresh = new LspClient(SERVER_BIN, workspace.dir);
        try {
            await fresh.initialize(workspace.dir);
            const freshDiagnostics = await quietDiagnostics(fresh, uri, 1500);
            console.log(`edit storm: ${EDITS} edits, final text ${text.length} characters, ${freshDiagnostics.length} diagnostics`);
            expect(stormDiagnostics).toEqual(freshDiagnostics);
        } finally {
            await fresh.shutdown();
        }
    }, 300_000);

    it.skipIf(!fs.existsSync(SERVER_BIN))(`a burst of ${BURST_EDITS} edits without a pause: answered, and from the final text`, async () => {
        const workspace = generateWorkspace(path.join(work, 'burst'), 5);
        const target = workspace.files[2];
        const uri = pathToFileURL(target).href;
        const original = fs.readFileSync(target, 'utf8');
        const { changes, text } = randomEdits(original, BURST_EDITS, 20261201);
        const symbolsOf = (client: LspClient) => client.request('textDocument/documentSymbol', { textDocument: { uri } }, 60_000);
        // Semantic tokens tell declarations from references: they need the final text linked.
        const tokensOf = async (client: LspClient) => (await client.request('textDocument/semanticTokens/full', { textDocument: { uri } }, 60_000)).data;

        const client = new LspClient(SERVER_BIN, workspace.dir);
        let burst: { symbols: unknown; tokens: unknown; diagnostics: string[] };
        try {
            await client.initialize(workspace.dir);
            client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'keten', version: 1, text: original } });
            await client.diagnosticsFor(uri, 60_000);
            changes.forEach((change, i) => client.notify('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [change] }));
            const [symbols, tokens] = await Promise.all([symbolsOf(client), tokensOf(client)]);
            burst = { symbols, tokens, diagnostics: await quietDiagnostics(client, uri, 1500) };
        } finally {
            await client.shutdown();
        }

        fs.writeFileSync(target, text);
        const fresh = new LspClient(SERVER_BIN, workspace.dir);
        try {
            await fresh.initialize(workspace.dir);
            const diagnostics = await quietDiagnostics(fresh, uri, 1500);
            fresh.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'keten', version: 1, text } });
            expect(burst.symbols).toEqual(await symbolsOf(fresh));
            expect(burst.tokens).toEqual(await tokensOf(fresh));
            expect(burst.diagnostics).toEqual(diagnostics);
            console.log(`edit burst: ${BURST_EDITS} edits, final text ${text.length} characters, ${diagnostics.length} diagnostics`);
        } finally {
            await fresh.shutdown();
        }
    }, 300_000);
});
