/**
 * Where the time of a validation goes, phase by phase, in one process: reading, parsing,
 * Langium's build phases (index of exports, local scopes, linking, index of references,
 * validation) and the CLI's findings. CPU time per phase (`process.cpuUsage`, all threads of
 * the process: garbage collection included), next to wall time. Bundled like the CLI
 * (`bench/run.ts` builds `bench/dist/phases.cjs`); docs/performance.md quotes it.
 *
 *   node bench/dist/phases.cjs DIR [--json] [--data MEASUREMENTS.csv [--repeat N]]
 *
 * With `--data`, the phases of `keten report DIR --data FILE --format html --as-of 2029-01-01`
 * follow: parsing and checking the measurement rows, the report model, the HTML (without
 * writing it). `--repeat N` runs the report phases N times more (medians are then easier to
 * read from a profile).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DocumentState, URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createKetenServices, decodeUtf8, messagesFor, type Document } from '@keten/language';
// The files `keten validate DIR` reads, found the same way.
import { walkDirectory } from '../packages/cli/src/workspace/collect-files.js';
import { buildReportModel, effectIdsOf, readMeasurements, renderReportHtml } from '@keten/report';


const phases: Array<{ phase: string; cpuMs: number; wallMs: number }> = [];
let lastCpu = process.cpuUsage();
let lastWall = performance.now();
function mark(phase: string): void {
    const cpu = process.cpuUsage(lastCpu);
    const now = performance.now();
    phases.push({ phase, cpuMs: (cpu.user + cpu.system) / 1000, wallMs: now - lastWall });
    lastCpu = process.cpuUsage();
    lastWall = now;
}

async function main(): Promise<void> {
    const folder = path.resolve(process.argv[2] ?? '.');
    mark('start-up (node, bundle)');
    const { shared } = createKetenServices(NodeFileSystem);
    mark('services (parser construction)');
    const files = walkDirectory(folder);
    const texts = files.map(file => decodeUtf8(fs.readFileSync(file)).text);
    mark('reading files');
    const documents: LangiumDocument[] = [];
    for (let i = 0; i < files.length; i++) {
        const document = shared.workspace.LangiumDocumentFactory.fromString(texts[i], URI.file(files[i]));
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.push(document);
    }
    mark('parsing');
    const builder = shared.workspace.DocumentBuilder;
    const names: Array<[DocumentState, string]> = [
        [DocumentState.IndexedContent, 'index of exports'], [DocumentState.ComputedScopes, 'local scopes'],
        [DocumentState.Linked, 'linking'], [DocumentState.IndexedReferences, 'index of references'],
        [DocumentState.Validated, 'validation (rules, suppressions)']
    ];
    for (const [state, name] of names) builder.onBuildPhase(state, () => mark(name));
    await builder.build(documents, { validation: true });
    let findings = 0;
    for (const document of documents) findings += document.diagnostics?.length ?? 0;
    mark('collecting findings');
    const dataAt = process.argv.indexOf('--data');
    if (dataAt > 0) {
        const dataFile = process.argv[dataAt + 1];
        const repeatAt = process.argv.indexOf('--repeat');
        const rounds = 1 + (repeatAt > 0 ? Number(process.argv[repeatAt + 1]) : 0);
        const bytes = fs.readFileSync(dataFile);
        const messages = messagesFor('en');
        const presented = documents.map((document, i) => ({ file: path.relative(folder, files[i]), document: document.parseResult.value as Document }));
        const effectIds = effectIdsOf(presented.map(p => p.document));
        mark('report: effect ids');
        for (let round = 0; round < rounds; round++) {
            const measurements = readMeasurements([{ file: path.basename(dataFile), bytes }], effectIds, '2029-01-01', messages.measurements);
            mark('report: measurement rows (csv-parse, zod)');
            const report = buildReportModel({ documents: presented, measurements, asOf: '2029-01-01', findings: [] });
            mark('report: report model');
            const html = renderReportHtml(report, messages.report);
            mark(`report: html (${(html.length / 1e6).toFixed(1)} MB)`);
        }
    }
    const total = phases.reduce((sum, p) => sum + p.cpuMs, 0);
    if (process.argv.includes('--json')) {
        process.stdout.write(JSON.stringify({ files: files.length, findings, phases }) + '\n');
        return;
    }
    for (const p of phases) {
        process.stdout.write(`${p.phase.padEnd(36)} ${p.cpuMs.toFixed(0).padStart(6)} ms cpu ${p.wallMs.toFixed(0).padStart(6)} ms wall ${(100 * p.cpuMs / total).toFixed(1).padStart(5)} %\n`);
    }
    process.stdout.write(`${files.length} files, ${findings} findings, ${total.toFixed(0)} ms cpu\n`);
}

main().catch(error => { console.error(error); process.exitCode = 1; });
