/**
 * `keten/whatIf` through the real bundled language server over stdio: the same JSON as
 * `keten whatif --format json`, unsaved edits included, the editor's documents untouched, an
 * unknown name answered with the closest one, the HTML report, Dutch, and the choices for the
 * quick pick (`keten/whatIfChoices`).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureKetenBuilt, makeWorkspace } from '../support/cli-workspace.js';
import { REPO_ROOT, runKeten } from '../support/run-keten.js';
import { LspClient } from '../lsp/lsp-client.js';
import { baseFiles } from './diff-support.js';
import { whatIfPicks, whatIfTexts, whatIfTitle } from '../../packages/extension/src/what-if-pick.js';
import { reportPage } from '../../packages/extension/src/webview-html.js';

const SERVER = path.join(REPO_ROOT, 'packages/language-server/dist/server.cjs');
const base = baseFiles();
let folder: string;
let client: LspClient;
const uri = (name: string) => pathToFileURL(path.join(folder, name)).href;

beforeAll(async () => {
    ensureKetenBuilt();
    execFileSync(process.execPath, [path.join(REPO_ROOT, 'packages/language-server/build.mjs')], { stdio: 'inherit' });
    folder = makeWorkspace(base);
    client = new LspClient(SERVER, folder);
    await client.initialize(folder);
    for (const name of Object.keys(base)) {
        client.notify('textDocument/didOpen', { textDocument: { uri: uri(name), languageId: 'keten', version: 1, text: base[name] } });
    }
    await client.diagnosticsFor(uri('agreement.keten'));
}, 300_000);

afterAll(async () => {
    await client?.shutdown();
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

describe('keten/whatIf', { timeout: 120_000 }, () => {
    it('answers with the same JSON as keten whatif --format json', async () => {
        const answer = await client.request('keten/whatIf', { without: ['Kredietbank'] });
        const cli = runKeten(['whatif', '.', '--without', 'Kredietbank', '-f', 'json'], { cwd: folder });
        expect(cli.code).toBe(1);
        expect(answer).toEqual(JSON.parse(cli.stdout));
        expect(answer.added.length).toBeGreaterThan(0);
        // Several scenario options, as single names or lists.
        const combined = await client.request('keten/whatIf', { revoke: 'Vroeg.Melden', vacant: ['Apeldoorn.wethouder'], expire: null });
        const cliCombined = runKeten(['whatif', '.', '--revoke', 'Vroeg.Melden', '--vacant', 'Apeldoorn.wethouder', '-f', 'json'], { cwd: folder });
        expect(combined).toEqual(JSON.parse(cliCombined.stdout));
    });

    it('plays the scenario on unsaved edits, and leaves the editor\'s documents and diagnostics as they are', async () => {
        const edited = base['agreement.keten'].replace('    decides under Melden\n', '    decides under Melden, Regeling\n');
        const since = client.notifications.length;
        client.notify('textDocument/didChange', { textDocument: { uri: uri('agreement.keten'), version: 2 }, contentChanges: [{ text: edited }] });
        const before = await client.diagnosticsFor(uri('agreement.keten'), 60_000, since);
        const answer = await client.request('keten/whatIf', { revoke: ['Vroeg.Melden'] });
        // `Regeling` is still named, so the commitment keeps a mandate (not missing-mandate, but a holder mismatch).
        expect(answer.added.map((f: { rule: string }) => f.rule)).not.toContain('missing-mandate');
        const published = client.notifications.slice(since).filter(n => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri('agreement.keten'));
        expect(published[published.length - 1].params.diagnostics).toEqual(before);
        expect(fs.readFileSync(path.join(folder, 'agreement.keten'), 'utf8')).toBe(base['agreement.keten']);
        client.notify('textDocument/didChange', { textDocument: { uri: uri('agreement.keten'), version: 3 }, contentChanges: [{ text: base['agreement.keten'] }] });
    });

    it('an unknown name is an error with the closest name; no scenario is an error', async () => {
        await expect(client.request('keten/whatIf', { without: ['Kredietbnk'] })).rejects.toThrow(/Unknown party 'Kredietbnk'. Did you mean 'Kredietbank'\?/);
        await expect(client.request('keten/whatIf', {})).rejects.toThrow(/needs a scenario/);
    });

    it('gives the HTML report page on request: escaped, no script', async () => {
        const answer = await client.request('keten/whatIf', { without: ['Woonstede'], format: 'html' });
        expect(answer.html).toMatch(/^<!DOCTYPE html>/);
        expect(answer.html).toContain('Woonstede leaves:');
        expect(answer.html).toContain('Commitments without a mandate');
        expect(answer.html).not.toMatch(/<script/i);
        const { html, ...json } = answer;
        expect(html).toBeTypeOf('string');
        expect(json.summary).toMatch(/^Woonstede leaves: /);
    });

    it('lists the parties, mandates and roles a scenario can name', async () => {
        const choices = await client.request('keten/whatIfChoices', null);
        expect(choices.parties).toEqual(['Apeldoorn', 'Kredietbank', 'Vitens', 'Woonstede']);
        expect(choices.mandates).toEqual(['Vroeg.Consulent', 'Vroeg.Melden', 'Vroeg.Regeling']);
        expect(choices.roles).toContain('Kredietbank.teamleider');
        // What the extension's quick pick sends for the first party, mandate and role, and a date, plays.
        const texts = whatIfTexts('en', 'en');
        const picks = whatIfPicks(choices, texts).flatMap(pick => pick.kind === 'scenario' ? [pick.scenario] : []);
        const firsts = [picks.find(p => p.without), picks.find(p => p.revoke), picks.find(p => p.vacant), { expire: '2030-01-01' }];
        for (const scenario of firsts) {
            const answer = await client.request('keten/whatIf', { ...scenario, format: 'html' });
            expect(answer.scenario).toEqual({ without: [], revoke: [], vacant: [], expire: null, ...scenario });
            expect(answer.summary.startsWith(whatIfTitle(scenario!, texts).replace('What if: ', '').replace(/^./, c => c.toUpperCase()))).toBe(true);
            expect(reportPage(answer.html, { cspSource: 'vscode-resource:', nonce: 'n' })).toContain("script-src 'none'");
        }
    });

    it('speaks Dutch when the editor does', async () => {
        const dutch = { keten: { locale: 'nl' } };
        client.settings = dutch;
        client.notify('workspace/didChangeConfiguration', { settings: dutch });
        await expect.poll(async () => (await client.request('keten/whatIf', { without: ['Woonstede'] })).summary, { timeout: 60_000 }).toMatch(/^Woonstede vertrekt: /);
        const answer = await client.request('keten/whatIf', { without: ['Woonstede'], format: 'html' });
        expect(answer.html).toContain('<html lang="nl">');
        expect(answer.html).toContain('Toezeggingen zonder mandaat');
        await expect(client.request('keten/whatIf', { vacant: ['Apeldoorn.wethoudr'] })).rejects.toThrow(/Onbekende rol 'Apeldoorn.wethoudr'/);
    });
});

