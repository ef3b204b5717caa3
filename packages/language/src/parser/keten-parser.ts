/**
 * The Keten parser: Langium's parser with two changes to its error recovery, so that a field
 * that is still being typed costs one syntax error at that field and everything after it keeps
 * parsing and linking (issue: field-level error recovery).
 *
 * - A reserved word where a declaration's name belongs (`commitment review { … }`,
 *   `role review "…"`) is taken as that name after the error is recorded, so the writer gets
 *   one `syntax-error` saying the word is reserved instead of a cascade of follow-on errors from
 *   the parser re-reading the word as a keyword. The same for a reference (`through review }`).
 *   Only where what follows can follow a name but not the keyword: a title or `{` right after
 *   a declaration keyword, or `}`, `,` or `.`. A half-typed field (`accountable` on a line above
 *   `mandate Uitstel { … }`) must not swallow the keyword of the next member.
 * - A keyword is never deleted to recover (Chevrotain's single-token deletion): a keyword
 *   where something else was expected is almost always the start of the next field or member,
 *   and deleting it would make the half-typed field swallow the next one. The field ends with
 *   its error instead.
 * - Recovery resumes at the level of fields and members, never inside the parts of a field
 *   (a number, a date range, a duration, a qualified name, a free word): an error there ends
 *   the field, and the parser goes on at the next token that can start a field or member of the
 *   enclosing block. (Chevrotain would otherwise resume inside the field, e.g. take the next
 *   field's keyword as the unit of an amount whose number is missing.)
 *
 * And two changes to how its objects sit in memory, not to what they hold (docs/performance.md,
 * "Session 29"; test/language/parser-shapes.test.ts): a starting shape of its own for each node
 * type (`giveEachNodeTypeItsOwnShape`), and leaves that work out their range when first asked
 * (`TokenLeaf`).
 */
import {
    CstUtils, LangiumParser, LeafCstNodeImpl, createParser, type CompositeCstNode, type CstNode, type LangiumCoreServices,
    type RootCstNode
} from 'langium';
import type { IToken } from 'chevrotain';
import type { Range } from 'vscode-languageserver-types';
import { isReservedWord, keywordWords } from '../keywords.js';
import { deferParserAnalysis } from './deferred-analysis.js';
import { useRecordedRules } from './recorded-rules.js';
import { RECORDED_RULES } from '../recorded/recorded-rules.js';

/** Set by the bundler (scripts/build.mjs); tests and `tsx` run from source without it. */
declare const KETEN_BUNDLED: boolean | undefined;

/** The parts of Chevrotain's tokens and recognizer that recovery uses. */
interface TokenKind { readonly name: string }
interface Token { readonly image: string; readonly tokenType: TokenKind }
interface RecoveringRecognizer {
    tryInRuleRecovery(expectedTokType: TokenKind, follows: TokenKind[]): Token;
    canRecoverWithSingleTokenDeletion(expectedTokType: TokenKind): boolean;
    invokeRuleCatch(error: unknown, resyncEnabled: boolean, recoveryValue: (error: unknown) => unknown): unknown;
    getCurrRuleFullName(): string;
    LA(howMuch: number): Token;
    consumeToken(): void;
}

/** The token types after which a reserved word is read as a declaration's name. */
const FOLLOWS_A_NAME = new Set(['{', 'STRING']);
/** The token types after which a reserved word is read as a name or reference anywhere. */
const FOLLOWS_A_REFERENCE = new Set(['}', ',', '.']);

/** The keywords (English and Dutch) that a declaration's name follows. */
const DECLARATION_KEYWORDS = new Set([
    'party', 'partij', 'role', 'rol', 'power', 'bevoegdheid', 'body', 'orgaan', 'agreement', 'afspraak',
    'term', 'begrip', 'mandate', 'mandaat', 'condition', 'voorwaarde', 'commitment', 'toezegging',
    'escalation', 'escalatie', 'effect', 'data', 'gegevens', 'budget', 'begroting'
]);

/**
 * Rules that are parts of a field, not fields or members themselves: errors inside them are
 * recovered by the field's enclosing block (Langium names Chevrotain rules with a suffix).
 */
const FIELD_PART_RULES = new Set([
    'ReportsTo', 'DateRange', 'Duration', 'Amount', 'QualifiedName', 'NumberValue', 'DecidesKeyword',
    'SubmandateValue', 'ObligationValue', 'PercentKeyword', 'Comparator', 'Frequency', 'EffectKind',
    'DurationUnit', 'FreeWord'
]);

/**
 * `analysis: 'eager'` makes Chevrotain's whole self-analysis at once, as Langium does
 * (test/language/parser-start.test.ts compares both); the default does part of it when first
 * needed (`deferred-analysis.ts`) and, in a bundle, takes the rules' structure from the build.
 */
export function createKetenParser(
    services: LangiumCoreServices, analysis: 'deferred' | 'eager' = 'deferred', recordedRules = typeof KETEN_BUNDLED === 'boolean' && KETEN_BUNDLED
): LangiumParser {
    // Langium's createLangiumParser (`prepareLangiumParser`, then `finalize`), with one shape
    // per node type and part of Chevrotain's analysis done when first needed.
    const parser = new LangiumParser(services);
    giveEachNodeTypeItsOwnShape(parser);
    createParser(services.Grammar, parser, services.parser.Lexer.definition);
    const wrapper = (parser as unknown as { wrapper: unknown }).wrapper;
    if (analysis === 'deferred') deferParserAnalysis(wrapper);
    // A bundle takes the structure of its rules from the build instead of recording it (`recorded-rules.ts`).
    if (analysis === 'deferred' && recordedRules) {
        useRecordedRules(wrapper, RECORDED_RULES, Object.values(services.parser.Lexer.definition));
    }
    parser.finalize();
    // `wrapper` is Langium's Chevrotain parser; it is protected, and recovery is only open to
    // change on it (Chevrotain calls `tryInRuleRecovery` after it has saved the mismatch error,
    // and `invokeRuleCatch` when a rule fails).
    const recognizer = (parser as unknown as { wrapper: RecoveringRecognizer }).wrapper;
    const defaultRecovery = recognizer.tryInRuleRecovery.bind(recognizer);
    recognizer.tryInRuleRecovery = (expectedTokType, follows) => {
        const next = recognizer.LA(1);
        const after = recognizer.LA(2).tokenType.name;
        if (expectedTokType.name === 'ID' && next.tokenType.name !== 'ID' && isReservedWord(next.image)
            && ((DECLARATION_KEYWORDS.has(recognizer.LA(0).image) && FOLLOWS_A_NAME.has(after)) || FOLLOWS_A_REFERENCE.has(after))) {
            recognizer.consumeToken();
            return next;
        }
        return defaultRecovery(expectedTokType, follows);
    };
    const defaultDeletion = recognizer.canRecoverWithSingleTokenDeletion.bind(recognizer);
    const keywords = keywordWords();
    recognizer.canRecoverWithSingleTokenDeletion = expectedTokType => {
        const next = recognizer.LA(1);
        return !(next.tokenType.name !== 'ID' && keywords.has(next.image)) && defaultDeletion(expectedTokType);
    };
    const defaultCatch = recognizer.invokeRuleCatch.bind(recognizer);
    recognizer.invokeRuleCatch = (error, resyncEnabled, recoveryValue) => {
        const rule = recognizer.getCurrRuleFullName()?.replace(/\u200B$/, '');
        return defaultCatch(error, resyncEnabled && !FIELD_PART_RULES.has(rule), recoveryValue);
    };
    keepHiddenNodesOffTheStack(parser);
    buildLeavesWithRangesOnRequest(parser);
    return parser;
}

/** The part of Langium's parser that starts the syntax-tree node of each grammar rule. */
interface NodeStartingParser {
    startImplementation(type: string | symbol | undefined, infixName: string | undefined, implementation: (args: unknown) => void): (args: unknown) => unknown;
    isRecording(): boolean;
    construct(): unknown;
    readonly stack: object[];
}

/**
 * Langium starts every syntax-tree node as the object literal `{ $type }`, one place in its
 * code for every type, and adds the node's properties one by one as they are parsed. V8 then
 * gives all nodes of all types one starting shape with room for a single property: the others
 * go into a second object, grown as properties come (docs/performance.md, "Session 29"), and
 * code that reads nodes after parsing (linking, the rules, the report) meets many shapes.
 *
 * Here a node of a rule with a plain type is made by a constructor of that type's own
 * (`nodeShapeOf`), which V8 sizes to the properties its nodes get. The node is the same: the
 * same own properties in the same order, `Object.prototype` as its prototype, no class.
 * Data-type rules and infix rules start their nodes as Langium does.
 */
function giveEachNodeTypeItsOwnShape(langiumParser: LangiumParser): void {
    const parser = langiumParser as unknown as NodeStartingParser;
    const langiumStart = parser.startImplementation;
    parser.startImplementation = function (type, infixName, implementation) {
        if (typeof type !== 'string' || infixName !== undefined) return langiumStart.call(this, type, infixName, implementation);
        const NodeShape = nodeShapeOf(type);
        // Langium's rule implementation, with `new NodeShape()` for `{ $type }`.
        return args => {
            const createNode = !parser.isRecording();
            if (createNode) parser.stack.push(new NodeShape());
            implementation(args);
            return createNode ? parser.construct() : undefined;
        };
    };
}

/** One constructor per node type, shared by every parser in the process. */
const NODE_SHAPES = new Map<string, new () => object>();

function nodeShapeOf(type: string): new () => object {
    let NodeShape = NODE_SHAPES.get(type);
    if (!NodeShape) {
        const shape = function (this: { $type: string }) {
            this.$type = type;
        };
        // Plain objects, as Langium's: only V8's starting shape is the type's own.
        shape.prototype = Object.prototype;
        NodeShape = shape as unknown as new () => object;
        NODE_SHAPES.set(type, NodeShape);
    }
    return NodeShape;
}

/**
 * A leaf of the syntax tree that works out its range (line and character) when first asked,
 * from the token's line and column, instead of when it is parsed. Langium makes a range of
 * three objects for every token, kept as long as the tree; `keten validate` asks for the range
 * of a few leaves only (those a finding points at), the language server for those it shows.
 * The range is Langium's (`CstUtils.tokenToRange`), the same object on every request.
 */
class TokenLeaf extends LeafCstNodeImpl {
    private readonly startLine: number;
    private readonly startColumn: number;
    private readonly endLine: number;
    private readonly endColumn: number;

    constructor(token: IToken, hidden: boolean) {
        // Langium's `_range` starts empty (see `range`).
        super(token.startOffset, token.image.length, undefined as unknown as Range, token.tokenType, hidden);
        this.startLine = token.startLine!;
        this.startColumn = token.startColumn!;
        this.endLine = token.endLine!;
        this.endColumn = token.endColumn!;
    }

    override get range(): Range {
        const leaf = this as unknown as { _range: Range | undefined };
        return leaf._range ??= CstUtils.tokenToRange({
            startLine: this.startLine, startColumn: this.startColumn, endLine: this.endLine, endColumn: this.endColumn
        } as IToken);
    }
}

/** The part of Langium's CST builder that adds a token's leaf to the tree. */
interface LeafNodeBuilder {
    buildLeafNode(token: IToken, feature: unknown): CstNode;
    readonly current: CompositeCstNode;
    readonly rootNode: RootCstNode;
}

/** Langium's `buildLeafNode`, with a `TokenLeaf` for its leaf. */
function buildLeavesWithRangesOnRequest(parser: LangiumParser): void {
    const builder = (parser as unknown as { nodeBuilder: LeafNodeBuilder }).nodeBuilder;
    builder.buildLeafNode = (token, feature) => {
        const leaf = new TokenLeaf(token, !feature);
        (leaf as unknown as { grammarSource: unknown }).grammarSource = feature;
        leaf.root = builder.rootNode;
        builder.current.content.push(leaf);
        return leaf;
    };
}

/** The part of Langium's CST builder that adds comments (hidden tokens) to the tree. */
interface HiddenNodeBuilder {
    addHiddenNodes(tokens: IToken[]): void;
    readonly current: CompositeCstNode;
    readonly rootNode: RootCstNode;
}

/** Nodes added to a CST node's content per call (a spread of more arguments overflows the stack). */
const CHUNK = 10_000;

/**
 * Langium adds the comments of a stretch of text to the syntax tree with one spread call
 * (`content.push(...nodes)`), so a file of a few hundred thousand comment lines overflowed the
 * call stack ("Maximum call stack size exceeded"). The same placement, in bounded chunks.
 */
function keepHiddenNodesOffTheStack(parser: LangiumParser): void {
    const builder = (parser as unknown as { nodeBuilder: HiddenNodeBuilder }).nodeBuilder;
    builder.addHiddenNodes = tokens => {
        const nodes: CstNode[] = [];
        for (const token of tokens) {
            const leaf = new TokenLeaf(token, true);
            leaf.root = builder.rootNode;
            nodes.push(leaf);
        }
        let current: CompositeCstNode = builder.current;
        if (current.content.length > 0) {
            insertChunked(current.content, current.content.length, nodes);
            return;
        }
        while (current.container) {
            const index = current.container.content.indexOf(current);
            if (index > 0) {
                insertChunked(current.container.content, index, nodes);
                return;
            }
            current = current.container;
        }
        insertChunked(builder.rootNode.content, 0, nodes);
    };
}

/** `content.splice(at, 0, ...nodes)` in chunks (Langium's content array sets each node's container). */
function insertChunked(content: CstNode[], at: number, nodes: readonly CstNode[]): void {
    for (let start = 0; start < nodes.length; start += CHUNK) {
        // A spread of at most CHUNK nodes: bounded.
        content.splice(at + start, 0, ...nodes.slice(start, start + CHUNK));
    }
}
