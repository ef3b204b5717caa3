/**
 * The tokens of the Keten lexer: Langium's, plus a twin token type for each keyword word, so
 * the lexer (`keten-lexer.ts`) can say by what follows a keyword whether it may also stand for
 * something else. A token of a twin type matches its keyword everywhere (Chevrotain token
 * categories), and also:
 *
 * - for the keywords COVENANT.md added (`power`, `data`, `budget`, `percent`, …), which are not
 *   reserved: the ID token. Wherever an ID is expected — a declaration name, a reference, a free
 *   word — such a word is taken as one (`role controller`, `unit percent`), while the places
 *   that expect the keyword still see the keyword.
 * - for the reserved keywords: FREE_KEYWORD, what `FreeWord` accepts (`per week`, `unit days`).
 */
import { DefaultTokenBuilder, RegExpUtils, type Grammar, type GrammarAST, type TokenBuilderOptions } from 'langium';
import { Lexer, type TokenType, type TokenVocabulary } from 'chevrotain';
import { reservedWords, softKeywords } from '../keywords.js';

/** The name of the twin of a keyword's token type. */
export const twinName = (keyword: string) => `${keyword}\u200Btwin`;

export class KetenTokenBuilder extends DefaultTokenBuilder {
    /** Per terminal token type, Langium's partial pattern of it (see `findLongerAlt`). */
    private partialPatterns = new Map<TokenType, RegExp | undefined>();

    override buildTokens(grammar: Grammar, options?: TokenBuilderOptions): TokenVocabulary {
        this.partialPatterns = new Map();
        const tokens = super.buildTokens(grammar, options) as TokenType[];
        const id = tokens.find(token => token.name === 'ID');
        const freeKeyword = tokens.find(token => token.name === 'FREE_KEYWORD');
        if (!id || !freeKeyword) return tokens;
        freeKeyword.PATTERN = Lexer.NA;
        const soft = softKeywords();
        const reserved = reservedWords();
        const twins: TokenType[] = [];
        for (const token of tokens) {
            const category = soft.has(token.name) ? id : reserved.has(token.name) ? freeKeyword : undefined;
            if (category) twins.push({ name: twinName(token.name), PATTERN: Lexer.NA, CATEGORIES: [token, category] } as TokenType);
        }
        return [...tokens, ...twins];
    }

    /**
     * Langium's `findLongerAlt`, with the same result: the terminals a keyword could be the
     * start of. Langium builds each terminal's partial pattern again for every keyword (a
     * quarter of building the lexer at every start, with ~300 keywords); here it is built once
     * per terminal. A pattern with the `g` or `y` flag would keep state between matches, so it
     * is built fresh each time, as Langium does.
     */
    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        const longerAlts: TokenType[] = [];
        for (const token of terminalTokens) {
            const partial = this.partialPatternOf(token);
            if (!partial) continue;
            const match = keyword.value.match(partial.global || partial.sticky ? new RegExp(partial) : partial);
            if (match && match[0].length > 0) longerAlts.push(token);
        }
        return longerAlts;
    }

    private partialPatternOf(token: TokenType): RegExp | undefined {
        if (this.partialPatterns.has(token)) return this.partialPatterns.get(token);
        const source = (token?.PATTERN as { source?: string } | undefined)?.source;
        const partial = source ? RegExpUtils.partialRegExp('^' + source + '$') : undefined;
        this.partialPatterns.set(token, partial);
        return partial;
    }
}
