/**
 * Language-server measurements over stdio with the real bundled server: time from
 * `initialized` until every file has its diagnostics, edit latency in one agreement (p50/p95
 * over a series of edits), an edit to the shared parties file, a burst of edits sent without
 * waiting (issue 15: "a burst of 10,000 edits answered within 2 s after the last"), and
 * resident memory.
 *
 * The burst alone, on a generated workspace:  npx tsx bench/language-server.ts --burst [FILES] [EDITS]
 * The edit-latency ratio alone (FILES against one file, interleaved):
 *   npx tsx bench/language-server.ts --edits [FILES] [EDITS] [--server BUNDLE]…
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../test/lsp/lsp-client.js';
import { median, percentile, readProcessUsage, SERVER_BIN } from './measure.js';

export interface ServerMeasurement {
    readonly files: number;
    readonly initialPublishMs: number;
    readonly editMedianMs: number;
    readonly editP95Ms: number;
    readonly partiesEditMs: number;
    readonly rssMb: number;
    /** The burst, when one was asked for. */
    readonly burst?: BurstMeasurement;
}

export interface BurstMeasurement {
    readonly edits: number;
    /** From the last edit sent to the answer of a request that needs the document validated. */
    readonly answerMs: number;
    /** The server's CPU time from the first edit to the answer: what the burst costs, whatever the machine's load. */
    readonly serverCpuMs: number;
    readonly rssBeforeMb: number;
    readonly rssAfterMb: number;
}

const PUBLISH = 'textDocument/publishDiagnostics';

export async function measureLanguageServer(dir: string, files: readonly string[], edits: number, burstEdits = 0): Promise<ServerMeasurement> {
    const client = new LspClient(SERVER_BIN, dir);
    const pid = client.pid;
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
        const burst = burstEdits > 0 ? await measureBurst(client, files[Math.floor(files.length / 3)], burstEdits) : undefined;
        return {
            files: files.length, initialPublishMs, partiesEditMs, rssMb, burst,
            editMedianMs: median(latencies), editP95Ms: percentile(latencies, 95)
        };
    } finally {
        await client.shutdown();
    }
}

/**
 * A burst of `edits` incremental edits to one agreement, sent at once without waiting: a
 * comment typed character by character above its first field (lines of 80 characters), the
 * way a paste, a macro or another extension's edits arrive. Then a code-action request, which
 * the server answers only once the document's final text is validated; the time from the
 * last edit sent to that answer is the measurement.
 */
export async function measureBurst(client: LspClient, file: string, edits: number): Promise<BurstMeasurement> {
    const uri = pathToFileURL(file).href;
    const text = fs.readFileSync(file, 'utf8');
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'keten', version: 1, text } });
    await client.waitForNotification(n => n.method === PUBLISH && n.params.uri === uri, 60_000);
    const before = readProcessUsage(client.pid);
    const rssBeforeMb = (before?.rssKb ?? 0) / 1024;
    const typed = burstEdits(text, edits);
    typed.forEach((change, index) => client.notify('textDocument/didChange', { textDocument: { uri, version: index + 2 }, contentChanges: [change] }));
    const lastSent = performance.now();
    await client.request('textDocument/codeAction', {
        textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] }
    }, 600_000);
    const answerMs = performance.now() - lastSent;
    const after = readProcessUsage(client.pid);
    const rssAfterMb = (after?.rssKb ?? 0) / 1024;
    return { edits, answerMs, serverCpuMs: (after?.cpuMs ?? 0) - (before?.cpuMs ?? 0), rssBeforeMb, rssAfterMb };
}

/** The incremental changes that type a comment of `edits` characters into the agreement. */
export function burstEdits(text: string, edits: number): Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }> {
    const line = text.split('\n').findIndex(l => /^\s*parties\b/.test(l));
    const changes = [];
    let character = 0;
    let current = line;
    for (let i = 0; i < edits; i++) {
        let insert: string;
        if (character === 0) insert = '  /';
        else if (character === 3) insert = '/';
        else if (character >= 80) insert = '\n';
        else insert = 'abcdefghij klmnopqrst'[i % 21];
        const position = { line: current, character };
        changes.push({ range: { start: position, end: position }, text: insert });
        if (insert === '\n') { current++; character = 0; } else character += insert.length;
    }
    return changes;
}

export interface EditLatency {
    readonly files: number;
    readonly medianMs: number;
    readonly p95Ms: number;
    /** The server's CPU time (user + system, /proc) over the series, per edit. */
    readonly cpuPerEditMs: number;
    /** `publishDiagnostics` notifications per edit (1: only the edited file's). */
    readonly publishedPerEdit: number;
}

export interface EditLatencyComparison {
    readonly edits: number;
    readonly big: EditLatency;
    readonly one: EditLatency;
    /** p95 of the big workspace over p95 of the one-file workspace (issue 15: ≤ 1.5). */
    readonly p95Ratio: number;
    readonly medianRatio: number;
}

/**
 * The edit-latency ratio of issue 15, measured so that the machine's load weighs on both sides
 * alike: two servers side by side, one on the big workspace and one on a one-file workspace,
 * each edit of the one followed by the same edit of the other (`didChange` → its
 * `publishDiagnostics`, the agreement's period broken and repaired in turn), after a warm-up
 * that is not counted; the median, the p95 and the CPU of each server.
 */
export async function compareEditLatency(big: { dir: string; files: readonly string[] }, one: { dir: string; files: readonly string[] }, edits = 200, warmUp = 20): Promise<EditLatencyComparison> {
    return (await compareEditLatencyOf([SERVER_BIN], big, one, edits, warmUp))[0];
}

/**
 * The same for several builds of the server at once (a build before a change and after it):
 * a pair of servers per build, every server's edits interleaved with every other's.
 */
export async function compareEditLatencyOf(servers: readonly string[], big: { dir: string; files: readonly string[] }, one: { dir: string; files: readonly string[] }, edits = 200, warmUp = 20): Promise<EditLatencyComparison[]> {
    const sides = servers.flatMap(server => [big, one].map(workspace => ({ server, workspace }))).map(({ server, workspace }) => {
        const target = workspace.files.find(file => path.basename(file) !== 'parties.keten' && /period \S+ to \S+/.test(fs.readFileSync(file, 'utf8')))
            ?? workspace.files[Math.floor(workspace.files.length / 2)];
        return { workspace, client: new LspClient(server, workspace.dir), target, latencies: [] as number[], cpuMs: 0, version: 1, published: 0 };
    });
    try {
        await Promise.all(sides.map(async side => {
            await side.client.initialize(side.workspace.dir);
            await waitForAll(side.client, new Set(side.workspace.files.map(file => pathToFileURL(file).href)), 0, 600_000);
        }));
        const texts = sides.map(side => {
            const uri = pathToFileURL(side.target).href;
            const original = fs.readFileSync(side.target, 'utf8');
            side.client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'keten', version: 1, text: original } });
            return { uri, original, broken: original.replace(/period (\S+) to (\S+)/, 'period $2 to $1') };
        });
        await Promise.all(sides.map((side, at) => side.client.waitForNotification(n => n.method === PUBLISH && n.params.uri === texts[at].uri, 60_000)));
        const edit = async (at: number): Promise<number> => {
            const side = sides[at];
            const { uri, original, broken } = texts[at];
            const since = side.client.notifications.length;
            side.version++;
            const started = performance.now();
            side.client.notify('textDocument/didChange', { textDocument: { uri, version: side.version }, contentChanges: [{ text: side.version % 2 === 0 ? broken : original }] });
            await side.client.waitForNotification(n => n.method === PUBLISH && n.params.uri === uri, 60_000, since);
            return performance.now() - started;
        };
        for (let i = 0; i < warmUp; i++) for (let at = 0; at < sides.length; at++) await edit(at);
        const cpuBefore = sides.map(side => readProcessUsage(side.client.pid)?.cpuMs ?? 0);
        const publishedBefore = sides.map(side => side.client.notifications.length);
        for (let i = 0; i < edits; i++) {
            // Which server goes first alternates too.
            const order = sides.map((_, at) => at);
            for (const at of i % 2 === 0 ? order : order.reverse()) sides[at].latencies.push(await edit(at));
        }
        sides.forEach((side, at) => {
            side.cpuMs = (readProcessUsage(side.client.pid)?.cpuMs ?? 0) - cpuBefore[at];
            side.published = side.client.notifications.slice(publishedBefore[at]).filter(n => n.method === PUBLISH).length;
        });
    } finally {
        await Promise.all(sides.map(side => side.client.shutdown()));
    }
    const latencies = sides.map(side => ({ files: side.workspace.files.length, medianMs: median(side.latencies), p95Ms: percentile(side.latencies, 95), cpuPerEditMs: side.cpuMs / edits, publishedPerEdit: side.published / edits }));
    return servers.map((_, at) => {
        const [b, o] = latencies.slice(at * 2, at * 2 + 2);
        return { edits, big: b, one: o, p95Ratio: b.p95Ms / o.p95Ms, medianRatio: b.medianMs / o.medianMs };
    });
}

export function describeEditLatency(result: EditLatencyComparison): string {
    const side = (latency: EditLatency) => `${latency.files} file${latency.files === 1 ? '' : 's'}: median ${latency.medianMs.toFixed(1)} ms, p95 ${latency.p95Ms.toFixed(1)} ms, server CPU ${latency.cpuPerEditMs.toFixed(1)} ms and ${latency.publishedPerEdit.toFixed(1)} publications per edit`;
    return `${result.edits} interleaved edits; ${side(result.big)}; ${side(result.one)}; ratio p95 ${result.p95Ratio.toFixed(2)}×, median ${result.medianRatio.toFixed(2)}× (target p95 ≤ 1.5×: ${result.p95Ratio <= 1.5 ? 'met' : 'not met'})`;
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

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname) && process.argv.includes('--burst')) {
    const [files = '1000', edits = '10000'] = process.argv.slice(process.argv.indexOf('--burst') + 1);
    const { generateWorkspace } = await import('./generate-workspace.js');
    const os = await import('node:os');
    const workspace = generateWorkspace(fs.mkdtempSync(path.join(os.tmpdir(), 'keten-burst-')), Number(files));
    const client = new LspClient(SERVER_BIN, workspace.dir);
    try {
        await client.initialize(workspace.dir);
        await waitForAll(client, new Set(workspace.files.map(file => pathToFileURL(file).href)), 0, 600_000);
        const burst = await measureBurst(client, workspace.files[Math.floor(workspace.files.length / 3)], Number(edits));
        console.log(`burst of ${burst.edits} edits in a ${workspace.files.length}-file workspace: answered ${burst.answerMs.toFixed(0)} ms after the last edit (target ≤ 2,000 ms: ${burst.answerMs <= 2000 ? 'met' : 'not met'}; server CPU for the whole burst ${burst.serverCpuMs.toFixed(0)} ms); RSS ${burst.rssBeforeMb.toFixed(0)} → ${burst.rssAfterMb.toFixed(0)} MB`);
    } finally {
        await client.shutdown();
        fs.rmSync(workspace.dir, { recursive: true, force: true });
    }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname) && process.argv.includes('--edits')) {
    const [files = '1000', edits = '200'] = process.argv.slice(process.argv.indexOf('--edits') + 1);
    const { generateWorkspace } = await import('./generate-workspace.js');
    const os = await import('node:os');
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-edits-'));
    try {
        const big = generateWorkspace(path.join(root, 'big'), Number(files));
        const one = generateWorkspace(path.join(root, 'one'), 1);
        // --server PATH (repeatable): builds to compare, each against itself; default the repository's.
        const servers = process.argv.flatMap((arg, at) => arg === '--server' ? [path.resolve(process.argv[at + 1])] : []);
        const results = await compareEditLatencyOf(servers.length ? servers : [SERVER_BIN], big, one, Number(edits));
        console.log(`load average ${os.loadavg().map(load => load.toFixed(2)).join(' ')}`);
        results.forEach((result, at) => console.log(`${servers.length ? `${path.relative(process.cwd(), servers[at])}: ` : ''}${describeEditLatency(result)}`));
    } finally {
        fs.rmSync(root, { recursive: true, force: true });
    }
}
