/**
 * Keten's own requests through the real bundled language server over stdio, given params that
 * are missing, `null` or of the wrong type: each answers InvalidParams (-32602) with a line that
 * names the field, never an internal error (-32603) with a JavaScript message. Good params
 * still work after them: the server is unharmed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient } from './lsp-client.js';

const ROOT = resolve(__dirname, '../..');
const SERVER = join(ROOT, 'packages/language-server/dist/server.cjs');
const TEXT = readFileSync(join(ROOT, 'test/fixtures/clean-agreement.keten'), 'utf8');

let folder: string;
let client: LspClient;
const uri = (name: string) => pathToFileURL(join(folder, name)).href;

beforeAll(async () => {
    execFileSync(process.execPath, [join(ROOT, 'packages/language-server/build.mjs')], { stdio: 'inherit' });
    folder = mkdtempSync(join(tmpdir(), 'keten-lsp-params-'));
    writeFileSync(join(folder, 'convenant.keten'), TEXT);
    client = new LspClient(SERVER, folder);
    await client.initialize(folder);
    client.notify('textDocument/didOpen', { textDocument: { uri: uri('convenant.keten'), languageId: 'keten', version: 1, text: TEXT } });
    await client.diagnosticsFor(uri('convenant.keten'));
}, 120_000);

afterAll(async () => {
    await client?.shutdown();
    if (folder) rmSync(folder, { recursive: true, force: true });
});

/** The error the server answers, as `code: message` (the test client's form). */
async function errorOf(method: string, params: unknown): Promise<string> {
    try {
        await client.request(method, params);
    } catch (error) {
        return (error as Error).message;
    }
    throw new Error(`${method} answered ${JSON.stringify(params)} without an error`);
}

describe('the params of Keten\'s own requests', { timeout: 120_000 }, () => {
    const cases: Array<[string, unknown, RegExp]> = [
        ['keten/effectReport', null, /^-32602: keten\/effectReport: the params must be an object, not null\.$/],
        ['keten/effectReport', {}, /^-32602: keten\/effectReport: 'uri' must be given/],
        ['keten/effectReport', { uri: 42 }, /^-32602: keten\/effectReport: 'uri' must be a string, not number\.$/],
        ['keten/effectReport', { uri: 'file:///x.keten', asOf: 20260101 }, /^-32602: keten\/effectReport: 'asOf' must be a string, not number\.$/],
        ['keten/chainDiagram', null, /^-32602: keten\/chainDiagram: the params must be an object/],
        ['keten/chainDiagram', { uri: 'file:///x.keten', format: ['svg'] }, /^-32602: keten\/chainDiagram: 'format' must be a string, not a list\.$/],
        ['keten/mandateRegister', { format: 7 }, /^-32602: keten\/mandateRegister: 'format' must be a string, not number\.$/],
        ['keten/covenantDocument', null, /^-32602: keten\/covenantDocument: the params must be an object, not null\.$/],
        ['keten/covenantDocument', { uri: 'file:///x.keten', position: { line: -1, character: 0 } }, /^-32602: keten\/covenantDocument: 'position.line' must be 0 or more\.$/],
        ['keten/covenantDocument', { uri: 'file:///x.keten', position: { line: 1.5, character: 0 } }, /^-32602: keten\/covenantDocument: 'position.line' must be a whole number/],
        ['keten/whatIf', { without: 42 }, /^-32602: keten\/whatIf: 'without' must be a text or a list of texts\.$/],
        ['keten/whatIf', { vacant: ['Gemeente.wethouder', 3] }, /^-32602: keten\/whatIf: 'vacant' must be a text or a list of texts\.$/],
        ['keten/whatIf', { without: 'Gemeente', format: 'pdf' }, /^-32602: keten\/whatIf: 'format' must be one of 'json', 'html'\.$/],
        ['keten/whatIf', 'Gemeente', /^-32602: keten\/whatIf: the params must be an object, not string\.$/]
    ];
    for (const [method, params, expected] of cases) {
        it(`${method} ${JSON.stringify(params)} is InvalidParams, naming what is wrong`, async () => {
            expect(await errorOf(method, params)).toMatch(expected);
        });
    }

    it('answers good params as before, after the bad ones', async () => {
        const report = await client.request<{ agreements: number }>('keten/effectReport', { uri: uri('convenant.keten'), asOf: '2026-06-30' });
        expect(report.agreements).toBe(1);
        const diagram = await client.request<{ format: string; text: string }>('keten/chainDiagram', { uri: uri('convenant.keten'), format: 'mermaid' });
        expect(diagram.format).toBe('mermaid');
        const register = await client.request<{ format: string }>('keten/mandateRegister', null);
        expect(register.format).toBe('md');
        const document = await client.request<{ agreement: string }>('keten/covenantDocument', { uri: uri('convenant.keten'), position: { line: 3, character: 0 } });
        expect(document.agreement).toBe('Convenant');
        // No scenario is still the request's own InvalidParams, with its own words.
        expect(await errorOf('keten/whatIf', null)).toMatch(/^-32602: /);
    });
});
