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
import {
    DefaultTokenBuilder, GrammarAST, GrammarUtils, RegExpUtils, stream, type Grammar, type Stream, type TokenBuilderOptions
} from 'langium';
import { Lexer, type TokenType, type TokenVocabulary } from 'chevrotain';
import { reservedWords, softKeywords } from '../keywords.js';
import { contentsOfRule } from './grammar-contents.js';

/** The name of the twin of a keyword's token type. */
export const twinName = (keyword: string) => `${keyword}\u200Btwin`;

export class KetenTokenBuilder extends DefaultTokenBuilder {
    /** Per terminal token type, Langium's partial pattern of it (see `findLongerAlt`). */
    private partialPatterns = new Map<TokenType, RegExp | undefined>();

    override buildTokens(grammar: Grammar, options?: TokenBuilderOptions): TokenVocabulary {
        this.partialPatterns = new Map();
        const tokens = this.buildGrammarTokens(grammar, options);
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
     * Langium's `buildTokens` (the keyword tokens, longest first, then the terminals in their
     * order), with the grammar walked without streams (`grammar-contents.ts`): the same tokens
     * in the same order, in a third of the time at a cold start.
     */
    private buildGrammarTokens(grammar: Grammar, options?: TokenBuilderOptions): TokenType[] {
        const reachableRules = stream(reachableRulesOf(grammar));
        const terminalTokens = this.buildTerminalTokens(reachableRules);
        const tokens = this.buildKeywordTokens(reachableRules, terminalTokens, options);
        for (const token of terminalTokens) tokens.push(token);
        return tokens;
    }

    protected override buildKeywordTokens(
        rules: Stream<GrammarAST.AbstractRule>, terminalTokens: TokenType[], options?: TokenBuilderOptions
    ): TokenType[] {
        const keywords = new Map<string, GrammarAST.Keyword>();
        for (const rule of rules) {
            if (!GrammarAST.isAbstractParserRule(rule)) continue;
            for (const keyword of contentsOfRule(rule).keywords) {
                if (!keywords.has(keyword.value)) keywords.set(keyword.value, keyword);
            }
        }
        return [...keywords.values()]
            .sort((a, b) => b.value.length - a.value.length)
            .map(keyword => this.buildKeywordToken(keyword, terminalTokens, Boolean(options?.caseInsensitive)));
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

/**
 * Langium's `GrammarUtils.getAllReachableRules(grammar, false)`: the rules reachable from the
 * entry rule and the hidden terminals through rule calls, in the grammar's order.
 */
function reachableRulesOf(grammar: Grammar): Set<GrammarAST.AbstractRule> {
    const entryRule = GrammarUtils.getEntryRule(grammar);
    if (!entryRule) return new Set(grammar.rules);
    const names = new Set<string>();
    const visit = (rule: GrammarAST.AbstractRule): void => {
        names.add(rule.name);
        for (const call of contentsOfRule(rule).ruleCalls) {
            const called = call.rule.ref;
            if (called && !names.has(called.name)) visit(called);
        }
    };
    for (const rule of [entryRule, ...GrammarUtils.getHiddenRules(grammar)]) visit(rule);
    return new Set(grammar.rules.filter(rule => names.has(rule.name) || (GrammarAST.isTerminalRule(rule) && rule.hidden)));
}
