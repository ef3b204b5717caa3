/**
 * The effect report in the editor, through the real bundled language server over stdio: the
 * status code lens above an effect from the measurement files of `keten.report.data` (sent
 * through `workspace/configuration`), following changes to those files, and the requests
 * `keten/effectReport`, `keten/chainDiagram` and `keten/mandateRegister`.
 *
 * Measurements are chosen so the statuses do not depend on the day the test runs: `achieved`
 * (the latest value meets the target) and `stale` (a monthly effect last measured long ago).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HANG_TIMEOUT_MS, LspClient } from './lsp-client.js';

const ROOT = resolve(__dirname, '../..');
const SERVER = join(ROOT, 'packages/language-server/dist/server.cjs');
const CLEAN = readFileSync(join(ROOT, 'test/fixtures/clean-agreement.keten'), 'utf8');
/** A second effect, never measured, and a title with markup in it. */
const AGREEMENT = CLEAN
    .replace('"Convenant Jeugdhulp"', '"Convenant <b>Jeugdhulp</b>"')
    .replace(/\n}\n?$/, `

  effect Gezinnen "Gezinnen met één plan" {
    kind outcome
    indicator "Aandeel gezinnen met één plan"
    unit percent
    baseline 40 on 2025-12-31
    target >= 90 by 2027-06-30
    measured quarterly by Gemeente from "Registratie"
    through Intake
  }
}
`);

let folder: string;
let client: LspClient;
const uri = (name: string) => pathToFileURL(join(folder, name)).href;

function writeData(text: string) {
    writeFileSync(join(folder, 'data', 'metingen.csv'), text);
}

async function lensTitles(): Promise<Array<{ line: number; title: string }>> {
    const lenses = await client.request<Array<{ range: { start: { line: number } }; command: { title: string; command: string } }>>(
        'textDocument/codeLens', { textDocument: { uri: uri('convenant.keten') } });
    return lenses.map(lens => ({ line: lens.range.start.line, title: lens.command.title }));
}

const lineOf = (needle: string) => AGREEMENT.slice(0, AGREEMENT.indexOf(needle)).split('\n').length - 1;

beforeAll(async () => {
    execFileSync(process.execPath, [join(ROOT, 'packages/language-server/build.mjs')], { stdio: 'inherit' });
    folder = mkdtempSync(join(tmpdir(), 'keten-lsp-report-'));
    mkdirSync(join(folder, 'data'));
    writeFileSync(join(folder, 'convenant.keten'), AGREEMENT);
    writeData('effect,date,value,source\nConvenant.Wachttijd,2026-09-30,24,Monitor Jeugd\nConvenant.Wachttijd,2026-10-31,18,Monitor Jeugd\n');
    client = new LspClient(SERVER, folder);
    client.settings = { keten: { report: { data: ['data/*.csv'] } } };
    await client.initialize(folder);
    client.notify('textDocument/didOpen', { textDocument: { uri: uri('convenant.keten'), languageId: 'keten', version: 1, text: AGREEMENT } });
    await client.diagnosticsFor(uri('convenant.keten'));
}, 60_000);

afterAll(async () => {
    await client?.shutdown();
    if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('the status code lens', { timeout: 120_000 }, () => {
    it('shows each effect\'s status, latest value and target from the configured measurement file', async () => {
        expect(await lensTitles()).toEqual([
            { line: lineOf('effect Wachttijd'), title: 'Status: achieved · latest 18 days on 2026-10-31 · target ≤ 20 days by 2027-06-30' },
            { line: lineOf('effect Gezinnen'), title: 'Status: no data · no measurement yet · target ≥ 90 percent by 2027-06-30' }
        ]);
    });

    it('opens the effect report when clicked', async () => {
        const lenses = await client.request('textDocument/codeLens', { textDocument: { uri: uri('convenant.keten') } });
        expect(lenses[0].command).toMatchObject({ command: 'keten.showEffectReport', arguments: [uri('convenant.keten')] });
    });

    it('follows a change of the measurement file, announced or not', async () => {
        writeData('effect;date;value\nConvenant.Wachttijd;2026-01-31;44,5\n');
        client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('data/metingen.csv'), type: 2 }] });
        expect((await lensTitles())[0].title).toBe('Status: stale · latest 44.5 days on 2026-01-31 · target ≤ 20 days by 2027-06-30');

        // Without a notification the file's new modification time is enough.
        writeData('effect,date,value\nConvenant.Wachttijd,2026-10-31,19\nConvenant.Gezinnen,2026-09-30,95\n');
        expect(await lensTitles()).toEqual([
            { line: lineOf('effect Wachttijd'), title: 'Status: achieved · latest 19 days on 2026-10-31 · target ≤ 20 days by 2027-06-30' },
            { line: lineOf('effect Gezinnen'), title: 'Status: achieved · latest 95 percent on 2026-09-30 · target ≥ 90 percent by 2027-06-30' }
        ]);
    });

    it('picks up a new file matching the pattern, and tells the user about one it cannot use', async () => {
        writeFileSync(join(folder, 'data', 'broken.csv'), Buffer.from([0x00, 0x01, 0x02]));
        const since = client.notifications.length;
        client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('data/broken.csv'), type: 1 }] });
        const warning = await client.waitForNotification(n => n.method === 'window/showMessage', HANG_TIMEOUT_MS, since);
        expect(warning.params.type).toBe(2);
        expect(warning.params.message).toContain("'data/broken.csv'");
        expect(warning.params.message).toContain('keten.report.data');
        // The other file still gives the statuses.
        expect((await lensTitles())[0].title).toContain('Status: achieved');
        rmSync(join(folder, 'data', 'broken.csv'));
        client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('data/broken.csv'), type: 3 }] });
    });

    it('speaks the locale of the editor\'s messages', async () => {
        const dutch = { keten: { locale: 'nl', report: { data: ['data/*.csv'] } } };
        client.settings = dutch;
        client.notify('workspace/didChangeConfiguration', { settings: dutch });
        await expect.poll(async () => (await lensTitles())[0]?.title, { timeout: HANG_TIMEOUT_MS })
            .toBe('Status: gehaald · laatste meting 19 dagen op 31 oktober 2026 · streefwaarde ≤ 20 dagen uiterlijk 30 juni 2027');
        expect((await client.request('keten/mandateRegister', { format: 'md' })).text).toMatch(/^# Mandaatregister/);
        const english = { keten: { report: { data: ['data/*.csv'] } } };
        client.settings = english;
        client.notify('workspace/didChangeConfiguration', { settings: english });
        await expect.poll(async () => (await lensTitles())[0]?.title, { timeout: HANG_TIMEOUT_MS }).toMatch(/^Status: achieved/);
    });

    it('shows no lens when no measurement files are configured', async () => {
        client.settings = { keten: { report: { data: [] } } };
        client.notify('workspace/didChangeConfiguration', { settings: { keten: { report: { data: [] } } } });
        await expect.poll(async () => (await lensTitles()).length, { timeout: HANG_TIMEOUT_MS }).toBe(0);
        client.settings = { keten: { report: { data: ['data/*.csv'] } } };
        client.notify('workspace/didChangeConfiguration', { settings: { keten: { report: { data: ['data/*.csv'] } } } });
        await expect.poll(async () => (await lensTitles()).length, { timeout: HANG_TIMEOUT_MS }).toBe(2);
    });
});

describe('keten/effectReport', { timeout: 120_000 }, () => {
    it('returns the self-contained HTML report of the document\'s agreements, as of the given date', async () => {
        const result = await client.request('keten/effectReport', { uri: uri('convenant.keten'), asOf: '2026-11-15' });
        expect(result).toMatchObject({ asOf: '2026-11-15', agreements: 1, effects: 2 });
        const html: string = result.html;
        expect(html).toMatch(/^<!DOCTYPE html>/);
        expect(html).toContain('Convenant &lt;b&gt;Jeugdhulp&lt;/b&gt;');
        expect(html).not.toContain('<b>Jeugdhulp');
        expect(html).toContain('Convenant.Wachttijd');
        expect(html).toContain('2026-10-31');
        expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
    });

    it('refuses a report date that is not a date', async () => {
        await expect(client.request('keten/effectReport', { uri: uri('convenant.keten'), asOf: '31-12-2026' })).rejects.toThrow(/YYYY-MM-DD/);
    });
});

describe('keten/chainDiagram', { timeout: 120_000 }, () => {
    it('returns the chain as SVG laid out by Graphviz, and as DOT and Mermaid', async () => {
        const svg = await client.request('keten/chainDiagram', { uri: uri('convenant.keten') });
        expect(svg.format).toBe('svg');
        expect(svg.text).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
        expect(svg.text).toContain('Wethouder Jeugd');
        expect(svg.text).toContain('Inzet');
        expect(svg.text).not.toMatch(/<script|\son\w+=/i);
        const dot = await client.request('keten/chainDiagram', { uri: uri('convenant.keten'), format: 'dot' });
        expect(dot.text).toMatch(/^digraph/);
        const mermaid = await client.request('keten/chainDiagram', { uri: uri('convenant.keten'), format: 'mermaid' });
        expect(mermaid.text).toMatch(/^flowchart LR/);
    });
});

describe('keten/mandateRegister', { timeout: 120_000 }, () => {
    it('returns the register of the workspace as Markdown, CSV and JSON', async () => {
        const md = await client.request('keten/mandateRegister', { format: 'md' });
        expect(md.text).toMatch(/^# Mandate register/);
        expect(md.text).toContain('| Convenant | Inzet |');
        const csv = await client.request('keten/mandateRegister', { format: 'csv' });
        expect(csv.text.split(/\r?\n/)[0]).toContain('agreement');
        expect(csv.text).toContain('Gemeente.directeur');
        const json = JSON.parse((await client.request('keten/mandateRegister', { format: 'json' })).text);
        expect(JSON.stringify(json)).toContain('"Inzet"');
        expect(JSON.stringify(json)).toContain('convenant.keten');
        await expect(client.request('keten/mandateRegister', { format: 'xlsx' })).rejects.toThrow(/md, csv or json/);
        // A property every object has is no format either.
        for (const format of ['toString', 'constructor']) {
            await expect(client.request('keten/mandateRegister', { format })).rejects.toThrow(/md, csv or json/);
        }
    });
});

describe('renaming an effect that a measurement file names', { timeout: 120_000 }, () => {
    const positionOf = (needle: string) => {
        const before = AGREEMENT.slice(0, AGREEMENT.indexOf(needle) + needle.length - 1).split('\n');
        return { line: before.length - 1, character: before[before.length - 1].length };
    };
    const rename = (needle: string, newName: string) =>
        client.request<{ changes: Record<string, unknown[]> }>('textDocument/rename', { textDocument: { uri: uri('convenant.keten') }, position: positionOf(needle), newName });
    const messagesSince = (since: number) => client.notifications.slice(since).filter(n => n.method === 'window/showMessage');

    beforeAll(() => {
        // `Convenant.Gezinnen` only in a note, inside a longer id: not its id.
        writeData('effect,date,value,note\nConvenant.Wachttijd,2026-10-31,19,zie Convenant.Gezinnen2\n');
        client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('data/metingen.csv'), type: 2 }] });
    });

    it('tells the user that the file keeps the old id (EDITOR.md)', async () => {
        const since = client.notifications.length;
        const edit = await rename('effect Wachttijd', 'Doorlooptijd');
        expect(edit.changes[uri('convenant.keten')].length).toBeGreaterThan(0);
        const message = await client.waitForNotification(n => n.method === 'window/showMessage', HANG_TIMEOUT_MS, since);
        expect(message.params.message).toContain("'Convenant.Wachttijd' to 'Convenant.Doorlooptijd'");
    });

    it('says nothing for an effect that no measurement file names', async () => {
        const since = client.notifications.length;
        const edit = await rename('effect Gezinnen', 'Bereik');
        expect(edit.changes[uri('convenant.keten')].length).toBeGreaterThan(0);
        // The notice is sent before the rename is answered, so it would be here by now.
        await client.request('keten/mandateRegister', { format: 'md' });
        expect(messagesSince(since)).toEqual([]);
    });

    it('names only the ids a file names when an agreement is renamed', async () => {
        const since = client.notifications.length;
        await rename('agreement Convenant', 'Pact');
        const message = await client.waitForNotification(n => n.method === 'window/showMessage', HANG_TIMEOUT_MS, since);
        expect(message.params.message).toContain("'Convenant.Wachttijd' to 'Pact.Wachttijd'");
        expect(message.params.message).not.toContain('Gezinnen');
    });
});
