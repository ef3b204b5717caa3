/**
 * A field written inside a block it does not belong in (`steering` inside a `mandate`,
 * `verantwoordelijk` inside `gegevens`) is one syntax error, not three.
 *
 * The parser reads such a field as the end of the block: the field may follow the block's `}`,
 * so its recovery "inserts" that `}` and takes the field as one of the enclosing block. The
 * block's own `}` then closes the enclosing block, and every field after it, up to the end of the
 * file, is reported too ("expected '}' but found 'scope'", "expected 'party', 'body' or
 * 'agreement' but found '}'"). The syntax tree stays as the parser made it (completion and the
 * outline read it while a block is being typed); only the findings change: when every `{` of the
 * file has its `}`, the misplaced field's text is blanked out and the file parsed once more,
 * and so on for the next such error (a few times at most). A field is taken out only when the
 * parser read it as a field of an enclosing block and the second parse reads the text around it
 * as a block of another kind (the block it was written in). Each such field gets one finding of
 * its own that says where it belongs, and the other parser errors are those of the last parse:
 * the errors the cascade hid show, the cascade does not (their places are the same: blanking
 * keeps every line and column). Only a file with such an error is parsed again.
 */
import type { AstNode, LangiumParser, ParseResult } from 'langium';
import type { IRecognitionException } from 'chevrotain';
import type { KetenServices } from '../keten-module.js';
import { nodesInTreeOrder } from '../scoping/syntax-tree-walk.js';

/** A field found in a block it does not belong in, with the blocks involved. */
export interface MisplacedField {
    /** The parser's error at the field's first word. */
    readonly error: IRecognitionException;
    /** The field's first word as written (`steering`, `stuurt`). */
    readonly word: string;
    /** The block it is written in (`Mandate`), and that block's name. */
    readonly writtenIn: { readonly type: string; readonly name?: string };
    /** The block the field belongs in, as the parser read it (`Agreement`), and its name. */
    readonly belongsIn: { readonly type: string; readonly name?: string };
}

/** The parser errors to report: one per misplaced field, then those of the text without them. */
export interface ParserErrorsWithoutCascade {
    readonly misplaced: readonly MisplacedField[];
    readonly others: readonly IRecognitionException[];
}

/** At most this many misplaced fields are taken out of one file (each costs a parse). */
const MAX_ROUNDS = 8;

export class MisplacedFields {
    private readonly parser: () => LangiumParser;
    private readonly lexer: KetenServices['parser']['Lexer'];

    constructor(services: KetenServices) {
        this.parser = () => services.parser.LangiumParser;
        this.lexer = services.parser.Lexer;
    }

    /**
     * The parser errors of `parseResult` without the cascade of misplaced fields, or undefined
     * when there is none (then the parser's own errors are reported, as they are).
     */
    parserErrorsOf(parseResult: ParseResult, text: string): ParserErrorsWithoutCascade | undefined {
        if (!parseResult.parserErrors.some(isBlockEndExpected)) return undefined;
        if (!this.bracesBalance(text)) return undefined;
        const misplaced: MisplacedField[] = [];
        let blanked = text;
        let current: { readonly value: AstNode; readonly parserErrors: readonly IRecognitionException[] } = parseResult;
        for (let round = 0; round < MAX_ROUNDS; round++) {
            const error = current.parserErrors.find(isBlockEndExpected);
            if (!error) break;
            const field = nodeStartingAt(current.value, error.token.startOffset);
            const cst = field?.$cstNode;
            const belongsIn = field?.$container;
            if (!cst || !belongsIn || !Number.isFinite(cst.end) || cst.end <= cst.offset) break;
            const writtenIn = blockLeftOpenBefore(field, blanked);
            if (!writtenIn || writtenIn.$type === belongsIn.$type) break;
            const next = blank(blanked, cst.offset, cst.end);
            const reparsed = this.parser().parse(next);
            if (reparsed.lexerErrors.length !== parseResult.lexerErrors.length) break;
            misplaced.push({
                error,
                word: error.token.image,
                writtenIn: { type: writtenIn.$type, name: nameOf(writtenIn) },
                belongsIn: { type: belongsIn.$type, name: nameOf(belongsIn) }
            });
            blanked = next;
            current = reparsed;
        }
        return misplaced.length === 0 ? undefined : { misplaced, others: current.parserErrors };
    }

    /** Whether every `{` of the text has its `}` (strings and comments left out, as the lexer reads them). */
    private bracesBalance(text: string): boolean {
        let depth = 0;
        for (const token of this.lexer.tokenize(text).tokens) {
            if (token.tokenType.name === '{') depth++;
            else if (token.tokenType.name === '}' && --depth < 0) return false;
        }
        return depth === 0;
    }
}

/** Chevrotain's error where a block's `}` was expected and a word was found instead. */
function isBlockEndExpected(error: IRecognitionException): boolean {
    return error.name === 'MismatchedTokenException'
        && /^Expecting token of type '\}' but found `[A-Za-z\u00C0-\u024F_]/.test(error.message)
        && Number.isFinite(error.token.startOffset);
}

/** The outermost node whose text begins at `offset`, below the root. */
function nodeStartingAt(root: AstNode, offset: number): AstNode | undefined {
    for (const node of nodesInTreeOrder(root)) {
        if (node !== root && node.$cstNode?.offset === offset) return node;
    }
    return undefined;
}

/**
 * The block the field was written in: the member just before it in its container, when that is
 * a block (it has a `{`) whose `}` the parser supplied — between its text and the field stand only
 * spaces and comments, no `}`.
 */
function blockLeftOpenBefore(field: AstNode, text: string): AstNode | undefined {
    const container = field.$container;
    const property = field.$containerProperty;
    const members = container && property ? (container as unknown as Record<string, unknown>)[property] : undefined;
    if (!Array.isArray(members) || field.$containerIndex === undefined || field.$containerIndex < 1) return undefined;
    const before = members[field.$containerIndex - 1] as AstNode | undefined;
    const cst = before?.$cstNode;
    const start = field.$cstNode?.offset;
    if (!before || !cst || start === undefined || !cst.text.includes('{')) return undefined;
    const between = text.slice(cst.end, start).replace(/\/\/[^\n\r]*|\/\*[\s\S]*?\*\//g, '');
    return /^\s*$/.test(between) ? before : undefined;
}

function nameOf(node: AstNode): string | undefined {
    const name = (node as { name?: unknown }).name;
    return typeof name === 'string' && name !== '' ? name : undefined;
}

/** The text with `[start, end)` replaced by spaces, line breaks kept: every other place stays where it was. */
function blank(text: string, start: number, end: number): string {
    return text.slice(0, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ') + text.slice(end);
}
