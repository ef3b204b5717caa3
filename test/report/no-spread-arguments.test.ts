/**
 * No spread of an unbounded array into a call anywhere in `packages/` (issue: the HTML report
 * crashed with "Maximum call stack size exceeded" on `Math.min(...days)` at 130,000
 * measurements, the Markdown report on `push(...rows)` at 1,000,000): every argument of a call
 * takes a place on the stack, so `f(...list)` fails once the list is long. The TypeScript
 * syntax tree of every source file is searched; the few spreads left are of lists bounded by
 * the program itself, each named here with the reason.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/run-keten.js';

/** `file: the spread expression` → why its length is bounded. */
const BOUNDED: Readonly<Record<string, string>> = {
    'packages/language/src/keten-module.ts: extra': 'the service modules a caller passes to createKetenServices (one or two)',
    'packages/language/src/lsp/keten-code-action-provider.ts: fix.fixes(context)': 'the quick fixes of one rule for one finding (a handful)',
    'packages/language/src/lsp/keten-semantic-token-provider.ts: Object.values(base)': 'the semantic token types of the LSP protocol (a fixed list)',
    'packages/playground/src/page/workspace/share-link.ts: bytes.subarray(at, at + 0x8000)': 'bytes turned into a string in chunks of 32,768',
    'packages/language/src/parser/keten-parser.ts: nodes.slice(start, start + CHUNK)': 'comments added to the syntax tree in chunks of at most 10,000',
    'packages/changes/src/canonical-text.ts: phrase[0]': 'the words of one keyword phrase (two)',
    'packages/changes/src/render-catalogue.ts: CHANGE_IDS.map(id => id.length)': 'the change ids of CHANGES.md (a fixed list)',
    'packages/changes/src/render-catalogue.ts: CHANGE_LEVELS.map(level => level.length)': 'the three change levels',
    'packages/changes/src/render-diff-md.ts: table(changes.slice(0, FOLD_AFTER), level, options)': 'at most FOLD_AFTER rows',
    'packages/document/src/pdf/render-pdf.ts: row.map(block => block.signers.length)': 'the signature blocks of one row (two)',
    'packages/document/src/pdf/render-pdf.ts: bottoms': 'the bottoms of the signature blocks of one row (two)',
    'packages/language-server/src/main.ts: args': 'the arguments of one console.log call, passed on to format',
    'packages/language-server/src/unknown-documents.ts: rest': 'the extra arguments of one LSP handler call (cancellation token, progress)'
};

function sourceFiles(): string[] {
    const files: string[] = [];
    const visit = (dir: string) => {
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) {
                if (!['node_modules', 'generated', 'dist', 'out'].includes(entry.name)) visit(full);
            } else if (/\.(ts|mts|cts|js|mjs|cjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
                files.push(full);
            }
        }
    };
    for (const pkg of fs.readdirSync(path.join(REPO_ROOT, 'packages'))) {
        const src = path.join(REPO_ROOT, 'packages', pkg, 'src');
        if (fs.existsSync(src)) visit(src);
    }
    return files.sort();
}

/** Every `f(...x)` and `new F(...x)` in a source text, as `name: x`. */
function spreadArgumentsIn(name: string, text: string): string[] {
    const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
    const found: string[] = [];
    const visit = (node: ts.Node) => {
        if (ts.isSpreadElement(node) && (ts.isCallExpression(node.parent) || ts.isNewExpression(node.parent))) {
            found.push(`${name}: ${node.expression.getText(source)}`);
        }
        ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
}

function spreadArguments(file: string): string[] {
    return spreadArgumentsIn(path.relative(REPO_ROOT, file).split(path.sep).join('/'), fs.readFileSync(file, 'utf8'));
}

describe('no spread of an unbounded array into a call', () => {
    const files = sourceFiles();

    it('searches the sources of every package', () => {
        expect(files.some(file => file.endsWith('packages/report/src/chart-svg.ts'))).toBe(true);
        expect(files.some(file => file.endsWith('packages/cli/src/output/stylish.ts'))).toBe(true);
        expect(files.length).toBeGreaterThan(100);
    });

    it('finds a spread argument when there is one (the search works)', () => {
        const text = 'const days = [1, 2];\nexport const low = Math.min(...days);\nout.push(...rows.map(r => r.text), [...days]);\nnew Set([...days]);\n';
        expect(spreadArgumentsIn('probe.ts', text)).toEqual(['probe.ts: days', 'probe.ts: rows.map(r => r.text)']);
    });

    it('has none but the bounded ones', () => {
        const found = files.flatMap(spreadArguments);
        expect(found.filter(spread => !(spread in BOUNDED))).toEqual([]);
    });
});
