/**
 * A quick fix never adds an error (issue 10, item 9). For every quick fix the code-action
 * provider offers on every finding of every rule fixture (test/fixtures/rules/**) and of the
 * examples, in English and with the keywords translated into Dutch: the edit is applied, the
 * workspace is checked again, and
 *   - no error-level finding appears that was not there before (compared by file, rule and
 *     message: positions move with the inserted text), and
 *   - the finding the fix was offered for is gone (one fewer finding of that rule and message).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { checkWorkspace, createKetenServices, parseKetenText, translateKeywords } from '@keten/language';
import { ketenFilesUnder } from '../support/check-sources.js';

const ROOT = path.resolve(__dirname, '../..');
const RULE_FIXTURES = path.join(ROOT, 'test/fixtures/rules');

interface Workspace { readonly name: string; readonly files: Record<string, string> }

/** Each fixture file on its own, each fixture folder as one workspace (as rule-fixtures.test.ts), and the examples. */
function workspaces(): Workspace[] {
    const result: Workspace[] = [];
    const read = (files: string[]) => Object.fromEntries(files.map(file => [file, fs.readFileSync(file, 'utf8')]));
    for (const area of fs.readdirSync(RULE_FIXTURES).sort()) {
        const areaDir = path.join(RULE_FIXTURES, area);
        if (!fs.statSync(areaDir).isDirectory()) continue;
        for (const rule of fs.readdirSync(areaDir).sort()) {
            const ruleDir = path.join(areaDir, rule);
            if (!fs.statSync(ruleDir).isDirectory()) continue;
            for (const entry of fs.readdirSync(ruleDir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
                const full = path.join(ruleDir, entry.name);
                if (entry.isDirectory()) result.push({ name: `${area}/${rule}/${entry.name}/`, files: read(ketenFilesUnder(full)) });
                else if (entry.name.endsWith('.keten')) result.push({ name: `${area}/${rule}/${entry.name}`, files: read([full]) });
            }
        }
    }
    const examples = path.join(ROOT, 'examples');
    result.push({ name: 'examples/', files: read(fs.readdirSync(examples).filter(f => f.endsWith('.keten')).map(f => path.join(examples, f))) });
    result.push({ name: 'examples/gaps/', files: read(ketenFilesUnder(path.join(examples, 'gaps'))) });
    // Blocks written on one line: the fixes insert inside them, not above or after them.
    result.push({ name: 'an effect on one line', files: { '/one-line/effect.keten': 'party P { role r }\nagreement G {\n  parties P\n  period 2026-01-01 to 2026-12-31\n  steering P.r\n  effect E { kind outcome }\n}\n' } });
    result.push({ name: 'an agreement on one line', files: { '/one-line/agreement.keten': 'party P { role r role d }\nparty Q { role q }\nagreement G { parties P, Q period 2026-01-01 to 2026-12-31 commitment K { by Q decides } }\n' } });
    result.push({ name: 'an agreement of two parties on one line, without an escalation', files: { '/one-line/escalation.keten': 'party P { role r }\nparty Q { role q }\nagreement G { parties P, Q period 2026-01-01 to 2026-12-31 steering P.r accountable P.r review every 6 weeks by P.r }\n' } });
    result.push({ name: 'a signed agreement on one line', files: { '/one-line/signed.keten': 'party P { role r }\nagreement G { parties P period 2026-01-01 to 2026-12-31 steering P.r accountable P.r review every 6 weeks by P.r signatory P.r "A. de Vries" }\n' } });
    return result;
}

const services = createKetenServices(EmptyFileSystem);

async function check(files: Record<string, string>): Promise<Map<string, { document: LangiumDocument; diagnostics: Diagnostic[] }>> {
    // Removed through the builder, so the index forgets them too (a stale index entry would
    // link a name to the node of an earlier version).
    const uris = services.shared.workspace.LangiumDocuments.all.map(document => document.uri).toArray();
    await services.shared.workspace.DocumentBuilder.update([], uris);
    const checked = await checkWorkspace(services, Object.entries(files).map(([file, text]) => ({ path: file, bytes: text })));
    return new Map(checked.map(file => [URI.file(file.path).toString(), { document: file.document, diagnostics: file.diagnostics }]));
}

type Checked = Awaited<ReturnType<typeof check>>;

/**
 * The findings as a multiset: errors by file and rule (a fix may change the words of another
 * finding, as removing a party changes the party list of `missing-escalation`, without adding
 * one), or every finding by file, rule and message (to find the one a fix was offered for).
 */
function findings(checked: Checked, errorsOnly: boolean): Map<string, number> {
    const counts = new Map<string, number>();
    for (const [uri, { diagnostics }] of checked) {
        for (const d of diagnostics) {
            if (errorsOnly && (d.severity ?? 1) !== 1) continue;
            const file = path.basename(URI.parse(uri).fsPath);
            const key = errorsOnly ? `${file} ${String(d.code)}` : `${file} ${String(d.code)}: ${d.message}`;
            counts.set(key, (counts.get(key) ?? 0) + 1);
        }
    }
    return counts;
}

function added(before: Map<string, number>, after: Map<string, number>): string[] {
    return [...after].filter(([key, count]) => count > (before.get(key) ?? 0)).map(([key]) => key);
}

function dutch(text: string): string | undefined {
    return translateKeywords(parseKetenText(services.Keten, text), 'nl');
}

interface Outcome { readonly fixes: number; readonly problems: string[] }

async function sweep(workspace: Workspace): Promise<Outcome> {
    const before = await check(workspace.files);
    const errorsBefore = findings(before, true);
    const allBefore = findings(before, false);
    // Every action for every finding, gathered first: checking again replaces the documents.
    const offered: Array<{ uri: string; diagnostic: Diagnostic; action: CodeAction }> = [];
    for (const [uri, { document, diagnostics }] of before) {
        for (const diagnostic of diagnostics) {
            const actions = await services.Keten.lsp.CodeActionProvider!.getCodeActions(document, {
                textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
            }) as CodeAction[];
            for (const action of actions) offered.push({ uri, diagnostic, action });
        }
    }
    const problems: string[] = [];
    for (const { uri, diagnostic, action } of offered) {
        const files = { ...workspace.files };
        for (const [changedUri, edits] of Object.entries(action.edit?.changes ?? {})) {
            const file = URI.parse(changedUri).fsPath;
            const original = before.get(changedUri)?.document.textDocument ?? TextDocument.create(changedUri, 'keten', 0, files[file]);
            files[file] = TextDocument.applyEdits(original, edits as TextEdit[]);
        }
        const after = await check(files);
        const where = `${path.basename(URI.parse(uri).fsPath)}:${diagnostic.range.start.line + 1} ${String(diagnostic.code)} → "${action.title}"`;
        for (const error of added(errorsBefore, findings(after, true))) problems.push(`${where} adds ${error}`);
        const target = `${path.basename(URI.parse(uri).fsPath)} ${String(diagnostic.code)}: ${diagnostic.message}`;
        if ((findings(after, false).get(target) ?? 0) >= (allBefore.get(target) ?? 0)) problems.push(`${where} leaves the finding it fixes`);
    }
    return { fixes: offered.length, problems };
}

const all = workspaces();

describe('every quick fix on every fixture adds no error and removes its finding', () => {
    it.each(all.map(w => [w.name, w] as const))('%s', async (_name, workspace) => {
        const { problems } = await sweep(workspace);
        expect(problems).toEqual([]);
    }, 120_000);

    it.each(all.map(w => [w.name, w] as const))('%s, keywords in Dutch', async (_name, workspace) => {
        const files: Record<string, string> = {};
        for (const [file, text] of Object.entries(workspace.files)) files[file] = dutch(text) ?? text;
        const { problems } = await sweep({ name: workspace.name, files });
        expect(problems).toEqual([]);
    }, 120_000);

    it('offers fixes at all (the sweep is not empty)', async () => {
        const gaps = all.find(w => w.name === 'examples/gaps/')!;
        expect((await sweep(gaps)).fixes).toBeGreaterThan(10);
    }, 120_000);
});
