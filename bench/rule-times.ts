/**
 * CPU time per rule on a workspace: every check of every rule is wrapped with a timer, the
 * workspace is built and validated once, then the validation is repeated `--repeat N` times
 * (warm). Prints the rules by time, with the sum of all rules, and (with `--repeat`) the time of
 * the whole validation. Bundled like the CLI into `bench/dist/rule-times.cjs` by
 * `bench/bare-parse-bundle.ts` (`buildBareParse`, with the bare parse and the phases):
 *
 *   node bench/dist/rule-times.cjs DIR [--repeat N]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { ALL_RULES, createKetenServices, decodeUtf8 } from '@keten/language';
import { walkDirectory } from '../packages/cli/src/workspace/collect-files.js';

const spent = new Map<string, { ms: number; calls: number }>();
for (const rule of ALL_RULES) {
    const checks = rule.checks as Record<string, (node: unknown, ctx: unknown) => void>;
    for (const type of Object.keys(checks)) {
        const check = checks[type];
        const key = Object.keys(checks).length > 1 ? `${rule.meta.id} (${type})` : rule.meta.id;
        const entry = { ms: 0, calls: 0 };
        spent.set(key, entry);
        checks[type] = (node, ctx) => {
            const start = performance.now();
            try {
                check(node, ctx);
            } finally {
                entry.ms += performance.now() - start;
                entry.calls++;
            }
        };
    }
}

async function main(): Promise<void> {
    const folder = path.resolve(process.argv[2] ?? '.');
    const repeatAt = process.argv.indexOf('--repeat');
    const repeat = repeatAt > 0 ? Number(process.argv[repeatAt + 1]) : 0;
    const services = createKetenServices(NodeFileSystem);
    const { shared } = services;
    const documents: LangiumDocument[] = [];
    for (const file of walkDirectory(folder)) {
        const document = shared.workspace.LangiumDocumentFactory.fromString(decodeUtf8(fs.readFileSync(file)).text, URI.file(file));
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.push(document);
    }
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    const validator = services.Keten.validation.DocumentValidator;
    if (repeat > 0) {
        for (const entry of spent.values()) { entry.ms = 0; entry.calls = 0; }
        const start = performance.now();
        for (let round = 0; round < repeat; round++) {
            for (const document of documents) await validator.validateDocument(document);
        }
        console.log(`${((performance.now() - start) / repeat).toFixed(1).padStart(8)} ms  validateDocument, all files (per round)`);
    }
    const rows = [...spent.entries()].filter(([, e]) => e.calls > 0).sort((a, b) => b[1].ms - a[1].ms);
    const rounds = Math.max(1, repeat);
    let total = 0;
    for (const [id, entry] of rows) {
        total += entry.ms;
        console.log(`${(entry.ms / rounds).toFixed(1).padStart(8)} ms  ${String(entry.calls / rounds).padStart(6)} calls  ${id}`);
    }
    console.log(`${(total / rounds).toFixed(1).padStart(8)} ms  all rules (per round of ${documents.length} files)`);
}

void main();
