/**
 * A field that is still being typed costs one syntax error at that field, and everything after
 * it keeps parsing and linking (issue 10, item 8). Every field of every example, and of the
 * whole-covenant fixtures, is cut after each of its tokens in turn: the file then has at most
 * one syntax error, and no reference outside the cut field stops resolving (apart from
 * references to a name the cut removed).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AstUtils, CstUtils, EmptyFileSystem, type AstNode } from 'langium';
import { describe, expect, it } from 'vitest';
import { checkWorkspace, createKetenServices } from '@keten/language';
import { REPO_ROOT } from '../support/formatting-corpus.js';

const BLOCKS = new Set(['Mandate', 'Condition', 'Commitment', 'Escalation', 'Effect', 'DataSharing', 'Budget']);
const LINE_PROPERTIES = new Set(['members', 'fields', 'levels', 'parts']);

const sources = [
    ...fs.readdirSync(path.join(REPO_ROOT, 'examples')).filter(f => f.endsWith('.keten')).map(f => path.join(REPO_ROOT, 'examples', f)),
    ...fs.readdirSync(path.join(REPO_ROOT, 'test/fixtures/covenant')).map(f => path.join(REPO_ROOT, 'test/fixtures/covenant', f))
];
const partiesFile = path.join(REPO_ROOT, 'examples/partijen.keten');

/** The fields (and roles, powers, levels, terms) of a parsed file: members that are not blocks. */
function fieldsOf(root: AstNode): AstNode[] {
    return AstUtils.streamAst(root)
        .filter(node => LINE_PROPERTIES.has(node.$containerProperty ?? '') && !BLOCKS.has(node.$type))
        .toArray();
}

describe('a half-typed field costs one syntax error and nothing after it', () => {
    const services = createKetenServices(EmptyFileSystem);
    for (const file of sources) {
        it(path.relative(REPO_ROOT, file), async () => {
            const text = fs.readFileSync(file, 'utf8');
            const others = file === partiesFile ? [] : [{ path: partiesFile, bytes: fs.readFileSync(partiesFile, 'utf8') }];
            const [original] = (await checkWorkspace(services, [{ path: file, bytes: text }, ...others]));
            expect(original.diagnostics.filter(d => d.code === 'syntax-error')).toEqual([]);
            const problems: string[] = [];
            let cuts = 0;
            for (const field of fieldsOf(original.document.parseResult.value)) {
                const leaves = CstUtils.flattenCst(field.$cstNode!).filter(leaf => !leaf.hidden).toArray();
                for (let kept = 1; kept < leaves.length; kept++) {
                    const cut = text.slice(0, leaves[kept - 1].end) + text.slice(field.$cstNode!.end);
                    const removed = new Set(leaves.slice(kept).map(leaf => leaf.text));
                    const [checked] = await checkWorkspace(services, [{ path: file, bytes: cut }, ...others]);
                    cuts++;
                    const positions = checked.document.textDocument;
                    const first = positions.positionAt(field.$cstNode!.offset).line;
                    const last = positions.positionAt(leaves[kept - 1].end).line;
                    const syntax = checked.diagnostics.filter(d => d.code === 'syntax-error');
                    const lostLinks = checked.diagnostics.filter(d => d.code === 'unresolved-reference'
                        && (d.range.start.line < first || d.range.start.line > last)
                        && !removed.has(positions.getText(d.range).split('.').pop()!));
                    if (syntax.length > 1 || lostLinks.length > 0) {
                        const shown = leaves.slice(0, kept).map(leaf => leaf.text).join(' ');
                        problems.push(`line ${first + 1} '${shown}': ${syntax.length} syntax errors, ${lostLinks.length} references lost`);
                    }
                }
            }
            expect(cuts).toBeGreaterThan(0);
            expect(problems).toEqual([]);
        }, 300_000);
    }

    it('the case of the issue: `accountable` typed above a mandate', async () => {
        const file = path.join(REPO_ROOT, 'examples/vroegsignalering.keten');
        const text = fs.readFileSync(file, 'utf8');
        const at = text.indexOf('  mandaat ');
        const typed = `${text.slice(0, at)}  accountable \n${text.slice(at)}`;
        const [checked] = await checkWorkspace(services, [
            { path: file, bytes: typed }, { path: partiesFile, bytes: fs.readFileSync(partiesFile, 'utf8') }
        ]);
        const syntax = checked.diagnostics.filter(d => d.code === 'syntax-error');
        expect(syntax).toHaveLength(1);
        expect(checked.diagnostics.filter(d => d.code === 'unresolved-reference')).toEqual([]);
        // The mandate after it is still a mandate, with its references linked.
        const mandates = AstUtils.streamAst(checked.document.parseResult.value).filter(n => n.$type === 'Mandate').toArray();
        expect(mandates.length).toBeGreaterThan(0);
    });
});
