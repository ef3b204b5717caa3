/**
 * Language-server measurements over stdio with the real bundled server: time from
 * `initialized` until every file has its diagnostics, edit latency in one agreement (p50/p95
 * over a series of edits), an edit to the shared parties file, and resident memory.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ChildProcess } from 'node:child_process';
import { LspClient } from '../test/lsp/lsp-client.js';
import { median, percentile, readProcessUsage, SERVER_BIN } from './measure.js';

export interface ServerMeasurement {
    readonly files: number;
    readonly initialPublishMs: number;
    readonly editMedianMs: number;
    readonly editP95Ms: number;
    readonly partiesEditMs: number;
    readonly rssMb: number;
}

const PUBLISH = 'textDocument/publishDiagnostics';

export async function measureLanguageServer(dir: string, files: readonly string[], edits: number): Promise<ServerMeasurement> {
    const client = new LspClient(SERVER_BIN, dir);
    const pid = (client as unknown as { process: ChildProcess }).process.pid;
    try {
        const uris = new Set(files.map(file => pathToFileURL(file).href));
        const initStart = performance.now();
        await client.initialize(dir);
        await waitForAll(client, uris, 0, 600_000);
        const initialPublishMs = performance.now() - initStart;

        // Edits in one agreement: alternately break and repair its period.
        const target = files[Math.floor(files.length / 2)];
        const uri = pathToFileURL(target).href;
        const original = fs.readFileSync(target, 'utf8');
        const broken = original.replace(/period (\S+) to (\S+)/, 'period $2 to $1');
        client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'keten', version: 1, text: original } });
        await client.waitForNotification(n => n.method === PUBLISH && n.params.uri === uri, 60_000);
        const latencies: number[] = [];
        for (let i = 0; i < edits; i++) {
            const since = client.notifications.length;
            const started = performance.now();
            client.notify('textDocument/didChange', {
                textDocument: { uri, version: i + 2 },
                contentChanges: [{ text: i % 2 === 0 ? broken : original }]
            });
            await client.waitForNotification(n => n.method === PUBLISH && n.params.uri === uri, 60_000, since);
            latencies.push(performance.now() - started);
        }

        // An edit to the shared parties file: every agreement that names a party is checked again.
        const partiesFile = files.find(file => path.basename(file) === 'parties.keten') ?? files[0];
        const partiesUri = pathToFileURL(partiesFile).href;
        const partiesText = fs.readFileSync(partiesFile, 'utf8');
        client.notify('textDocument/didOpen', { textDocument: { uri: partiesUri, languageId: 'keten', version: 1, text: partiesText } });
        await client.waitForNotification(n => n.method === PUBLISH && n.params.uri === partiesUri, 60_000);
        const since = client.notifications.length;
        const partiesStart = performance.now();
        client.notify('textDocument/didChange', {
            textDocument: { uri: partiesUri, version: 2 },
            contentChanges: [{ text: partiesText.replace('"Bestuurder"', '"Bestuurder (gewijzigd)"') }]
        });
        await waitForAll(client, uris, since, 600_000);
        const partiesEditMs = performance.now() - partiesStart;

        const rssMb = (readProcessUsage(pid)?.rssKb ?? 0) / 1024;
        return {
            files: files.length, initialPublishMs, partiesEditMs, rssMb,
            editMedianMs: median(latencies), editP95Ms: percentile(latencies, 95)
        };
    } finally {
        await client.shutdown();
    }
}

/** Waits until every uri has had diagnostics published after notification number `since`. */
async function waitForAll(client: LspClient, uris: ReadonlySet<string>, since: number, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const seen = new Set<string>();
    let index = since;
    while (seen.size < uris.size) {
        for (; index < client.notifications.length; index++) {
            const n = client.notifications[index];
            if (n.method === PUBLISH && uris.has(n.params.uri)) seen.add(n.params.uri);
        }
        if (seen.size >= uris.size) break;
        if (Date.now() > deadline) throw new Error(`only ${seen.size} of ${uris.size} files published within ${timeoutMs} ms`);
        await new Promise(resolve => setTimeout(resolve, 5));
    }
}
