/**
 * The shortcuts that make the parser start faster (docs/performance.md, "One file, cold") give
 * what Langium and Chevrotain give without them:
 * - the token types built with the grammar walked without streams (`grammar-contents.ts`) are
 *   Langium's, in the same order;
 * - the reserved and soft keywords are those a walk with Langium's `streamAllContents` finds;
 * - a parser whose lookahead functions and recovery follow sets are built when first needed
 *   (`deferred-analysis.ts`) parses every fixture and example, with and without syntax errors,
 *   to the same tree and the same errors as one analysed at once.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AstUtils, DefaultTokenBuilder, EmptyFileSystem, GrammarAST, isReference, type LangiumCoreServices } from 'langium';
import { Lexer, type TokenType } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { createKetenServices, reservedWords, softKeywords, type KetenServices } from '@keten/language';
import { KetenTokenBuilder } from '../../packages/language/src/parser/keten-token-builder.js';
import { createKetenParser } from '../../packages/language/src/parser/keten-parser.js';
import { REPO_ROOT } from '../support/formatting-corpus.js';

const summary = (tokens: TokenType[]) => tokens.map(token => [
    token.name, token.PATTERN === Lexer.NA ? 'NA' : String(token.PATTERN), token.GROUP,
    (token.LONGER_ALT as TokenType[] | undefined ?? []).map(alt => alt.name)
]);

function ketenSources(folder: string): string[] {
    return fs.readdirSync(folder, { withFileTypes: true, recursive: true })
        .filter(entry => entry.isFile() && entry.name.endsWith('.keten'))
        .map(entry => path.join(entry.parentPath, entry.name))
        .sort();
}

describe('the parser\'s start-up shortcuts', () => {
    const services = createKetenServices(EmptyFileSystem).Keten;
    const grammar = services.Grammar;

    it('build Langium\'s token types, in Langium\'s order', () => {
        const ours = new KetenTokenBuilder().buildTokens(grammar) as TokenType[];
        const langiums = new DefaultTokenBuilder().buildTokens(grammar) as TokenType[];
        // Keten's own additions: the twins after Langium's tokens, FREE_KEYWORD only through them.
        const freeKeyword = langiums.find(token => token.name === 'FREE_KEYWORD')!;
        freeKeyword.PATTERN = Lexer.NA;
        expect(langiums.length).toBeGreaterThan(100);
        expect(summary(ours.slice(0, langiums.length))).toEqual(summary(langiums));
        expect(ours.slice(langiums.length).every(token => token.name.endsWith('\u200Btwin'))).toBe(true);
    });

    it('find the keywords Langium\'s walk of the grammar finds', () => {
        const words = (node: GrammarAST.Grammar | GrammarAST.ParserRule) => AstUtils.streamAllContents(node)
            .filter(GrammarAST.isKeyword).map(keyword => keyword.value).filter(value => /^[A-Za-z_][A-Za-z0-9_]*$/.test(value)).toArray();
        const softRule = grammar.rules.find(rule => rule.name === 'SoftKeyword') as GrammarAST.ParserRule;
        const soft = new Set(words(softRule));
        expect(soft.size).toBeGreaterThan(5);
        expect([...softKeywords()].sort()).toEqual([...soft].sort());
        expect([...reservedWords()].sort()).toEqual([...new Set(words(grammar).filter(word => !soft.has(word)))].sort());
    });

    it('parse every fixture and example as a parser analysed at once does', () => {
        const eager = createKetenServices(EmptyFileSystem, {
            parser: { LangiumParser: (core: KetenServices) => createKetenParser(core as unknown as LangiumCoreServices, 'eager') }
        }).Keten;
        const sources = [...ketenSources(path.join(REPO_ROOT, 'examples')), ...ketenSources(path.join(REPO_ROOT, 'test/fixtures'))];
        expect(sources.length).toBeGreaterThan(100);
        const outcome = (keten: KetenServices, text: string) => {
            const result = keten.parser.LangiumParser.parse(text);
            return {
                tree: AstUtils.streamAst(result.value).map(node => [
                    node.$type, node.$containerProperty, node.$containerIndex, node.$cstNode?.offset, node.$cstNode?.length,
                    Object.entries(node).filter(([key]) => !key.startsWith('$'))
                        .map(([key, value]) => [key, isReference(value) ? `ref:${value.$refText}` : typeof value === 'object' ? typeof value : value])
                ]).toArray(),
                lexerErrors: result.lexerErrors.map(error => [error.offset, error.length, error.message]),
                parserErrors: result.parserErrors.map(error => [error.name, error.message, error.token.startOffset, error.token.image])
            };
        };
        // Each file as it is, and the examples with one line in seven left out (syntax errors
        // everywhere, so recovery needs its follow sets).
        const texts = sources.map(file => [path.relative(REPO_ROOT, file), fs.readFileSync(file, 'utf8')]);
        for (const [name, text] of texts.filter(([name]) => name.startsWith('examples'))) {
            for (let start = 0; start < 7; start += 2) {
                texts.push([`${name}, every 7th line from ${start} left out`, text.split('\n').filter((_, i) => i % 7 !== start).join('\n')]);
            }
        }
        let withErrors = 0;
        for (const [name, text] of texts) {
            const deferred = outcome(services, text);
            if (deferred.parserErrors.length > 0) withErrors++;
            expect(deferred, name).toEqual(outcome(eager, text));
        }
        expect(withErrors).toBeGreaterThan(20);
    });
});
