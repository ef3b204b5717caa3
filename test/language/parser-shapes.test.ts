/**
 * Two changes that only change how V8 lays out the parser's objects in memory
 * (docs/performance.md, "Session 29") must leave the objects themselves as Langium and
 * Chevrotain make them:
 * - the syntax-tree nodes that `keten-parser.ts` starts with a constructor per node type are
 *   plain objects with the same own properties, in the same order, with the same values, as
 *   the nodes of Langium's own parser (`createLangiumParser`);
 * - the leaves of the syntax tree, whose range `keten-parser.ts` works out when first asked,
 *   have the offsets, lengths and ranges of Langium's, comments included;
 * - the tokens that `keten-lexer.ts` makes with its own class have Chevrotain's fields, in
 *   Chevrotain's order, with the values Chevrotain's lexer gives.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AstUtils, CstUtils, createLangiumParser, EmptyFileSystem, isLeafCstNode, isReference, type AstNode, type LangiumCoreServices } from 'langium';
import { Lexer, type IToken } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { createKetenServices } from '@keten/language';
import { REPO_ROOT } from '../support/formatting-corpus.js';

function ketenSources(folder: string): string[] {
    return fs.readdirSync(folder, { withFileTypes: true, recursive: true })
        .filter(entry => entry.isFile() && entry.name.endsWith('.keten'))
        .map(entry => path.join(entry.parentPath, entry.name))
        .sort();
}

const sources = [...ketenSources(path.join(REPO_ROOT, 'examples')), ...ketenSources(path.join(REPO_ROOT, 'test/fixtures'))];

/** Every node in tree order: its prototype, and each own property in order with a comparable value. */
function layout(root: AstNode): unknown[] {
    return AstUtils.streamAst(root).map(node => [
        Object.getPrototypeOf(node) === Object.prototype ? 'plain object' : 'another prototype',
        Object.entries(node).map(([key, value]) => [
            key,
            key === '$container' || key === '$document' ? typeof value
                : key === '$cstNode' ? `${(value as { offset: number }).offset}+${(value as { length: number }).length}`
                    : isReference(value) ? `ref:${value.$refText}`
                        : Array.isArray(value) ? `array of ${value.length}`
                            : typeof value === 'object' && value !== null ? (value as AstNode).$type ?? typeof value : value
        ])
    ]).toArray();
}

describe('the parser\'s memory layout', () => {
    const keten = createKetenServices(EmptyFileSystem).Keten;
    const langiums = createLangiumParser(keten as unknown as LangiumCoreServices);

    it('gives syntax-tree nodes the own properties, order and prototype of Langium\'s parser', () => {
        expect(sources.length).toBeGreaterThan(100);
        let compared = 0;
        for (const file of sources) {
            const text = fs.readFileSync(file, 'utf8');
            const expected = langiums.parse(text);
            // Keten's parser recovers from syntax errors in its own way (keten-parser.ts): only
            // files that both parse without errors have the same tree to compare.
            const actual = keten.parser.LangiumParser.parse(text);
            if (expected.parserErrors.length > 0 || actual.parserErrors.length > 0) continue;
            expect(layout(actual.value), path.relative(REPO_ROOT, file)).toEqual(layout(expected.value));
            compared++;
        }
        expect(compared).toBeGreaterThan(100);
    });

    it('gives every leaf of the syntax tree Langium\'s offset, length and range, comments included', () => {
        const leaves = (root: AstNode) => CstUtils.streamCst(root.$cstNode!).filter(isLeafCstNode)
            .map(leaf => [leaf.offset, leaf.length, leaf.hidden, leaf.text, JSON.stringify(leaf.range)]).toArray();
        let compared = 0, comments = 0;
        for (const file of sources) {
            const text = fs.readFileSync(file, 'utf8');
            const expected = langiums.parse(text);
            const actual = keten.parser.LangiumParser.parse(text);
            if (expected.parserErrors.length > 0 || actual.parserErrors.length > 0) continue;
            const ours = leaves(actual.value);
            expect(ours, path.relative(REPO_ROOT, file)).toEqual(leaves(expected.value));
            comments += ours.filter(([, , hidden]) => hidden).length;
            compared++;
        }
        expect(compared).toBeGreaterThan(100);
        expect(comments).toBeGreaterThan(100);
        // Asked twice, the same range object (as Langium's, which keeps one per leaf).
        const leaf = CstUtils.streamCst(keten.parser.LangiumParser.parse('party A "a" { type municipality }').value.$cstNode!)
            .find(node => 'tokenType' in node)!;
        expect(leaf.range).toBe(leaf.range);
    });

    it('makes tokens with Chevrotain\'s fields, order and values', () => {
        const definition = Object.values(keten.parser.Lexer.definition);
        const chevrotains = new Lexer(definition, { positionTracking: 'full', skipValidations: true });
        const positions = (token: IToken) => Object.entries(token).filter(([key]) => key !== 'tokenType' && key !== 'tokenTypeIdx');
        for (const file of sources.slice(0, 40)) {
            const text = fs.readFileSync(file, 'utf8');
            const ours = keten.parser.Lexer.tokenize(text).tokens;
            const theirs = chevrotains.tokenize(text).tokens;
            expect(ours.length).toBe(theirs.length);
            ours.forEach((token, i) => {
                expect(Object.getPrototypeOf(token), 'made by the lexer\'s own class').not.toBe(Object.prototype);
                expect(Object.keys(token)).toEqual(Object.keys(theirs[i]));
                // The token pass of keten-lexer.ts gives some keywords the type of their twin.
                expect(positions(token)).toEqual(positions(theirs[i]));
            });
        }
    });
});
