/**
 * CHANGES.md: "Changes of layout, of `//` and `/* *\/` comments, of keyword language (`format
 * --locale`), of file names, and of the order of fields inside a block or of entries in a list
 * give no change at all." Each of those edits, on the examples, the covenant fixtures and the
 * base of the pairs, gives an empty diff; a changed doc comment does not.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AstUtils, EmptyFileSystem, type AstNode, type CstNode, type Reference } from 'langium';
import { createKetenServices, formatText, parseKetenText, translateKeywords } from '@keten/language';
import { REPO_ROOT } from '../support/run-keten.js';
import { baseFiles, diffFiles, type Files } from './diff-support.js';

const services = createKetenServices(EmptyFileSystem).Keten;

function folder(relative: string): Files {
    const dir = path.join(REPO_ROOT, relative);
    return Object.fromEntries(fs.readdirSync(dir).filter(f => f.endsWith('.keten')).map(f => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
}

const WORKSPACES: Record<string, Files> = {
    examples: folder('examples'),
    'whole covenant (English)': { 'whole-covenant.keten': fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/covenant/whole-covenant.keten'), 'utf8') },
    'heel convenant (Dutch)': { 'heel-convenant.keten': fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/covenant/heel-convenant.keten'), 'utf8') },
    'base of the pairs': baseFiles()
};

async function mapFiles(files: Files, change: (text: string) => string | undefined | Promise<string | undefined>): Promise<Files> {
    const result: Files = {};
    for (const [name, text] of Object.entries(files)) {
        const changed = await change(text);
        if (changed === undefined) throw new Error(`${name} could not be changed`);
        result[name] = changed;
    }
    return result;
}

const parse = (text: string) => parseKetenText(services, text);

/** Every block's fields (and the agreements' and parties' members) in reverse order, each with the lines above it. */
function reverseFields(text: string): string {
    // Blocks inside agreements first, then agreement and party members: two passes, so that no edits overlap.
    for (const pass of [(node: AstNode) => node.$type !== 'Agreement' && node.$type !== 'Document', (node: AstNode) => node.$type === 'Agreement' || node.$type === 'Party' || node.$type === 'Body']) {
        const root = parse(text).parseResult.value;
        const edits: Array<{ start: number; end: number; text: string }> = [];
        for (const node of AstUtils.streamAst(root)) {
            if (!pass(node)) continue;
            const members = ((node as unknown as Record<string, unknown>).fields ?? (node as unknown as Record<string, unknown>).members) as AstNode[] | undefined;
            if (!Array.isArray(members) || members.length < 2) continue;
            const cst = members.map(m => m.$cstNode!);
            if (cst.some((c, i) => i > 0 && c.range.start.line === cst[i - 1].range.end.line)) continue; // a one-line block
            const chunks = cst.map((c, i) => {
                const start = i === 0 ? text.lastIndexOf('\n', c.offset) + 1 : text.indexOf('\n', cst[i - 1].end) + 1;
                const end = text.indexOf('\n', c.end);
                return text.slice(start, end < 0 ? text.length : end);
            });
            const start = text.lastIndexOf('\n', cst[0].offset) + 1;
            const lastEnd = text.indexOf('\n', cst[cst.length - 1].end);
            edits.push({ start, end: lastEnd < 0 ? text.length : lastEnd, text: [...chunks].reverse().map(c => c.replace(/^\n+/, '')).join('\n') });
        }
        for (const edit of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    }
    return text;
}

/** Every list of names in reverse order (`parties A, B, C` → `parties C, B, A`). */
function reverseLists(text: string): string {
    const root = parse(text).parseResult.value;
    const edits: Array<{ start: number; end: number; text: string }> = [];
    for (const node of AstUtils.streamAst(root)) {
        for (const [property, value] of Object.entries(node)) {
            if (property.startsWith('$') || !Array.isArray(value) || value.length < 2 || !(value[0] as Reference).$refText) continue;
            const nodes = (value as Reference[]).map(ref => ref.$refNode as CstNode);
            nodes.forEach((cst, i) => edits.push({ start: cst.offset, end: cst.end, text: nodes[nodes.length - 1 - i].text }));
        }
    }
    for (const edit of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    return text;
}

/** Line comments and block comments between the lines, existing `//` comments reworded. */
function otherComments(text: string): string {
    return text
        .replace(/\/\/[^\n]*/g, '// reworded comment')
        .replace(/\n(\s*)(goal|doel|scope|reikwijdte|level|niveau)\b/g, '\n$1/* a block comment */ // and a line comment\n$1$2');
}

/**
 * Layout nobody would write: every token on a line of its own, indented oddly — except the
 * parts of a qualified name, which are one word (LANGUAGE.md: "no spaces").
 */
function oddLayout(text: string): string {
    const root = parse(text).parseResult.value;
    const leaves = root.$cstNode ? [...streamLeaves(root.$cstNode)] : [];
    let result = '';
    let position = 0;
    leaves.forEach((leaf, i) => {
        const gap = text.slice(position, leaf.offset);
        const inName = leaf.text === '.' || leaves[i - 1]?.text === '.';
        result += (inName || gap.includes('//') || gap.includes('/*') ? gap : i % 2 === 0 ? '\n      ' : '  \t ') + leaf.text;
        position = leaf.end;
    });
    return result + text.slice(position);
}

function* streamLeaves(node: CstNode): Generator<CstNode> {
    const children = (node as { content?: CstNode[] }).content;
    if (!children) {
        if (!(node as { hidden?: boolean }).hidden) yield node;
        return;
    }
    for (const child of children) yield* streamLeaves(child);
}

describe('keten diff: what gives no change at all', () => {
    for (const [name, files] of Object.entries(WORKSPACES)) {
        describe(name, () => {
            it('the canonical layout (keten format)', async () => {
                const formatted = await mapFiles(files, text => formatText(services, parse(text)));
                expect(diffFiles(files, formatted)).toEqual([]);
            });

            it('an odd layout', async () => {
                const odd = await mapFiles(files, oddLayout);
                expect(Object.values(odd).join('')).not.toBe(Object.values(files).join(''));
                expect(diffFiles(files, odd)).toEqual([]);
            });

            it('keywords in Dutch and in English (format --locale nl / en)', async () => {
                const dutch = await mapFiles(files, text => translateKeywords(parse(text), 'nl'));
                const english = await mapFiles(files, text => translateKeywords(parse(text), 'en'));
                expect(diffFiles(files, dutch)).toEqual([]);
                expect(diffFiles(files, english)).toEqual([]);
                expect(diffFiles(dutch, english)).toEqual([]);
            });

            it('// and /* */ comments added and reworded', async () => {
                const commented = await mapFiles(files, otherComments);
                expect(diffFiles(files, commented)).toEqual([]);
            });

            it('fields of every block and members of every declaration in reverse order', async () => {
                const reversed = await mapFiles(files, reverseFields);
                expect(reversed).not.toEqual(files);
                expect(diffFiles(files, reversed)).toEqual([]);
            });

            it('entries of every list in reverse order', async () => {
                const reversed = await mapFiles(files, reverseLists);
                expect(diffFiles(files, reversed)).toEqual([]);
            });

            it('other file names, and all declarations in one file', () => {
                const renamed = Object.fromEntries(Object.entries(files).map(([file, text], i) => [`renamed-${i}-${file}`, text]));
                expect(diffFiles(files, renamed)).toEqual([]);
                expect(diffFiles(files, { 'all.keten': Object.values(files).join('\n') })).toEqual([]);
            });
        });
    }

    it('a reworded /** doc comment */ is doc-comment-changed (info), and re-wrapping it is not', () => {
        const files = baseFiles();
        const rewrapped = { ...files, 'agreement.keten': files['agreement.keten'].replace('/** Vroegsignalering van schulden in Apeldoorn. */', '/**\n * Vroegsignalering van\n * schulden in Apeldoorn.\n */') };
        expect(diffFiles(files, rewrapped)).toEqual([]);
        const reworded = { ...files, 'agreement.keten': files['agreement.keten'].replace('/** Vroegsignalering van schulden in Apeldoorn. */', '/** Vroegsignalering van schulden in de gemeente Apeldoorn. */') };
        const changes = diffFiles(files, reworded);
        expect(changes.map(c => [c.id, c.level, c.element, c.old, c.new])).toEqual([
            ['doc-comment-changed', 'info', 'Vroeg', 'Vroegsignalering van schulden in Apeldoorn.', 'Vroegsignalering van schulden in de gemeente Apeldoorn.']
        ]);
    });

    it('the order of escalation levels is not a list order: it is escalation-order-changed', () => {
        const files = baseFiles();
        const swapped = { ...files, 'agreement.keten': files['agreement.keten'].replace('    level Kredietbank.teamleider within 5 workdays\n    level Apeldoorn.directeur within 10 workdays\n', '    level Apeldoorn.directeur within 10 workdays\n    level Kredietbank.teamleider within 5 workdays\n') };
        expect(diffFiles(files, swapped).map(c => c.id)).toEqual(['escalation-order-changed']);
    });
});
