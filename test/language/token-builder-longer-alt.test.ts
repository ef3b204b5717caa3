/**
 * KetenTokenBuilder works out the terminals each keyword could be the start of (LONGER_ALT)
 * with each terminal's partial pattern built once (keten-token-builder.ts). It must give the
 * very token types Langium's own `findLongerAlt` gives.
 */
import { describe, expect, it } from 'vitest';
import { DefaultTokenBuilder, EmptyFileSystem, type GrammarAST } from 'langium';
import type { TokenType } from 'chevrotain';
import { createKetenServices } from '@keten/language';
import { KetenTokenBuilder } from '../../packages/language/src/parser/keten-token-builder.js';

class LangiumLongerAlts extends KetenTokenBuilder {
    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        return (DefaultTokenBuilder.prototype as unknown as { findLongerAlt(k: GrammarAST.Keyword, t: TokenType[]): TokenType[] })
            .findLongerAlt.call(this, keyword, terminalTokens);
    }
}

const summary = (tokens: TokenType[]) => tokens.map(token => [token.name, String(token.PATTERN), (token.LONGER_ALT as TokenType[] | undefined ?? []).map(alt => alt.name)]);

describe('the longer alternatives of keyword tokens', () => {
    it('are those of Langium\'s findLongerAlt', () => {
        const grammar = createKetenServices(EmptyFileSystem).Keten.Grammar;
        const ours = summary(new KetenTokenBuilder().buildTokens(grammar) as TokenType[]);
        const langiums = summary(new LangiumLongerAlts().buildTokens(grammar) as TokenType[]);
        expect(ours.length).toBeGreaterThan(100);
        expect(ours.some(([, , alts]) => alts.length > 0)).toBe(true);
        expect(ours).toEqual(langiums);
    });
});
