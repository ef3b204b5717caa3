/**
 * The shortcuts that make the parser start faster (docs/performance.md, "One file, cold") give
 * what Langium and Chevrotain give without them:
 * - the token types built with the grammar walked without streams (`grammar-contents.ts`) are
 *   Langium's, in the same order;
 * - the reserved and soft keywords are those a walk with Langium's `streamAllContents` finds;
 * - a parser whose lookahead functions and recovery follow sets are built when first needed
 *   (`deferred-analysis.ts`) parses every fixture and example, with and without syntax errors,
 *   to the same tree and the same errors as one analysed at once;
 * - the rule structure the build recorded (`recorded/recorded-rules.ts`, used by the bundles
 *   instead of Chevrotain's recording phase) rebuilds, rule by rule, the very objects
 *   Chevrotain records from the current sources: same classes, same own properties in the
 *   same order, the same token types.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AstUtils, DefaultTokenBuilder, EmptyFileSystem, GrammarAST, isReference, type LangiumCoreServices } from 'langium';
import { Lexer, type TokenType } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { createKetenServices, reservedWords, softKeywords, type KetenServices } from '@keten/language';
import { KetenTokenBuilder } from '../../packages/language/src/parser/keten-token-builder.js';
import { createKetenParser } from '../../packages/language/src/parser/keten-parser.js';
import { rebuildRecordedRule, useRecordedRules } from '../../packages/language/src/parser/recorded-rules.js';
import { RECORDED_RULES } from '../../packages/language/src/recorded/recorded-rules.js';
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

    it('parse every fixture and example as a parser analysed at once does (also with the recorded rules)', () => {
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
        // As the bundles run it: deferred, with the recorded rules.
        const bundled = createKetenServices(EmptyFileSystem, {
            parser: { LangiumParser: (core: KetenServices) => createKetenParser(core as unknown as LangiumCoreServices, 'deferred', true) }
        }).Keten;
        let withErrors = 0;
        for (const [name, text] of texts) {
            const expected = outcome(eager, text);
            if (expected.parserErrors.length > 0) withErrors++;
            expect(outcome(services, text), name).toEqual(expected);
            expect(outcome(bundled, text), `${name} (recorded rules)`).toEqual(expected);
        }
        expect(withErrors).toBeGreaterThan(20);
    });

    it('rebuild from the recorded rule structure what Chevrotain records', () => {
        const recognizer = (services.parser.LangiumParser as unknown as { wrapper: { gastProductionsCache: Record<string, object> } }).wrapper;
        const recorded = recognizer.gastProductionsCache;
        const tokenTypes = Object.values(services.parser.Lexer.definition);
        const tokens = new Map(tokenTypes.map(token => [token.name, token]));
        // Every own property, in order; token types and resolved rules by identity (name), children in full.
        const dump = (production: object, resolved: boolean): unknown => [
            production.constructor.name,
            Object.entries(production).filter(([key]) => resolved || key !== 'referencedRule').map(([key, value]) =>
                key === '_definition' ? [key, (value as object[]).map(child => dump(child, resolved))]
                    : key === 'terminalType' || key === 'separator' ? [key, tokens.get((value as TokenType).name) === value ? (value as TokenType).name : 'another token type']
                        : key === 'referencedRule' ? [key, (value as { name: string }).name] : [key, value])
        ];
        expect(RECORDED_RULES).toBeDefined();
        expect(Object.keys(RECORDED_RULES!.rules)).toEqual(Object.keys(recorded));
        expect(RECORDED_RULES!.tokens).toEqual(tokenTypes.map(token => token.name));
        for (const name of Object.keys(recorded)) {
            const rebuilt = rebuildRecordedRule(RECORDED_RULES!, name, tokens)!;
            expect(dump(rebuilt, false), name).toEqual(dump(recorded[name], false));
        }
        // A recording made with other token types is not used: the rules are recorded as before.
        const target = { topLevelRuleRecord: () => 'recorded', tokensMap: {} };
        useRecordedRules(target, { ...RECORDED_RULES!, tokens: RECORDED_RULES!.tokens.slice(1) }, tokenTypes);
        expect(target.topLevelRuleRecord()).toBe('recorded');
    });
});
