/**
 * The Keten lexer: Langium's, plus one pass over the tokens that decides, by the token that
 * follows, whether a keyword may also stand for a name or a free word (its token then gets the
 * type of its twin: see `keten-token-builder.ts`).
 *
 * - A reserved keyword may stand as a free word (`per week`, `unit days`: LANGUAGE.md). A free
 *   word is only ever followed by a keyword, `}` or the end of the file — every field and
 *   member starts with a keyword — so only then.
 * - A COVENANT.md keyword may stand as a name, a reference or a free word (`role controller`).
 *   Those are never followed by a plain identifier, while the keyword mostly is
 *   (`power Schuldhulp`, `data Signalen`, `share Apeldoorn`) — so unless an identifier follows.
 *
 * In valid text this reads every word as the grammar allows it. It matters while a field is
 * being typed: `type` on a line above `role wethouder "…"` would otherwise read `role` as the
 * party's type and lose the role, and `role` above `power Schuldhulp …` would take `power` as
 * the role's name; now the half-typed field costs one syntax error and the next member parses.
 */
import { DefaultLexer, type LangiumCoreServices, type LexerResult, type TokenizeOptions } from 'langium';
import type { IToken, TokenType } from 'chevrotain';
import { reservedWords, softKeywords } from '../keywords.js';
import { twinName } from './keten-token-builder.js';

export class KetenLexer extends DefaultLexer {
    /** Reserved keyword token type index → its twin that is also a FREE_KEYWORD. */
    private readonly freeWordTwins = new Map<number, TokenType>();
    /** COVENANT.md keyword token type index → its twin that is also an ID. */
    private readonly identifierTwins = new Map<number, TokenType>();
    /** Token type indexes of every keyword word (reserved or not) and `}`: what may follow a free word. */
    private readonly followersOfFreeWords = new Set<number>();
    private readonly identifier: number | undefined;

    constructor(services: LangiumCoreServices) {
        super(services);
        const types = this.definition;
        const reserved = reservedWords();
        const soft = softKeywords();
        for (const type of Object.values(types)) {
            const index = type.tokenTypeIdx;
            if (index === undefined) continue;
            const twin = types[twinName(type.name)];
            if (twin && reserved.has(type.name)) this.freeWordTwins.set(index, twin);
            if (twin && soft.has(type.name)) this.identifierTwins.set(index, twin);
            if (reserved.has(type.name) || soft.has(type.name) || type.name === '}') this.followersOfFreeWords.add(index);
        }
        this.identifier = types['ID']?.tokenTypeIdx;
        // Chevrotain picks its token factory in its constructor (`positionTracking: 'full'`).
        (this.chevrotainLexer as unknown as { createTokenInstance: typeof createLexedToken }).createTokenInstance = createLexedToken;
    }

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        const tokens: IToken[] = result.tokens;
        for (let i = 0; i < tokens.length; i++) {
            const token = tokens[i];
            const next = tokens[i + 1];
            let twin = this.freeWordTwins.get(token.tokenTypeIdx);
            if (twin) {
                if (next !== undefined && !this.followersOfFreeWords.has(next.tokenTypeIdx)) continue;
            } else {
                twin = this.identifierTwins.get(token.tokenTypeIdx);
                if (!twin || next?.tokenTypeIdx === this.identifier) continue;
            }
            token.tokenType = twin;
            token.tokenTypeIdx = twin.tokenTypeIdx!;
        }
        return result;
    }
}

/**
 * A token as Chevrotain's lexer makes it with `positionTracking: 'full'` (`createFullToken`):
 * the same fields in the same order, made by a class of its own.
 *
 * Why: Chevrotain makes its EOF token, and the tokens it inserts while recovering, with `NaN`
 * positions, from an object literal of the same shape as its lexer's tokens. V8 then stores the
 * positions of *every* token as boxed numbers (six extra objects per token), and Langium's
 * syntax-tree leaves, which copy them, as well (five more per leaf, kept as long as the tree).
 * A class gives the lexer's tokens a shape of their own, where positions are never `NaN`.
 */
class LexedToken implements IToken {
    image: string;
    startOffset: number;
    endOffset: number;
    startLine: number;
    endLine: number;
    startColumn: number;
    endColumn: number;
    tokenTypeIdx: number;
    tokenType: TokenType;
    constructor(image: string, startOffset: number, tokenTypeIdx: number, tokenType: TokenType, startLine: number, startColumn: number, imageLength: number) {
        // In Chevrotain's order, so the fields list as they do on its tokens.
        this.image = image;
        this.startOffset = startOffset;
        this.endOffset = startOffset + imageLength - 1;
        this.startLine = startLine;
        this.endLine = startLine;
        this.startColumn = startColumn;
        this.endColumn = startColumn + imageLength - 1;
        this.tokenTypeIdx = tokenTypeIdx;
        this.tokenType = tokenType;
    }
}

function createLexedToken(
    image: string, startOffset: number, tokenTypeIdx: number, tokenType: TokenType, startLine: number, startColumn: number, imageLength: number
): IToken {
    return new LexedToken(image, startOffset, tokenTypeIdx, tokenType, startLine, startColumn, imageLength);
}
