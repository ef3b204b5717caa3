/**
 * The canonical layout of a `.keten` file (LANGUAGE.md, "Formatting"), computed as a
 * token-stream printer: the visible tokens come from the CST (so we know which declaration
 * and which field each token belongs to), the comments from the text between the tokens (so
 * no comment can be lost, whatever the CST attaches it to). Tokens and comments are never
 * reordered; only the whitespace between them is rewritten. That is why formatting cannot
 * change the meaning, cannot move a comment to another declaration, and keeps a doc comment
 * attached (Langium finds a doc comment by token order, not by position).
 *
 * Why not Langium's AbstractFormatter: its rules attach to AST regions and treat comments as
 * hidden nodes of whatever region they happen to sit in; a trailing `// …` comment can be
 * moved onto the next line (or a line comment end up in front of code it then comments out)
 * and a comment in an empty block has no region at all. A printer over the token stream keeps
 * every comment exactly where it was in the sequence.
 *
 * The layout rules (also in docs/formatting.md):
 *
 * - Lines: every top-level declaration and every member of a block (a field, a `role`, a
 *   `level`, a nested block) starts a new line; `}` stands on its own line; all other tokens of
 *   a declaration line or field follow on the same line. Indentation is two spaces per block.
 * - Spaces: one space between tokens; none before `,` and none around the `.` of `Party.role`.
 * - Blank lines: exactly one between top-level declarations; exactly one between agreement
 *   members when either of the two is a block (`mandate`, `condition`, `commitment`,
 *   `escalation`, `effect`, `data`, `budget`); none after `{` and none before `}`; elsewhere (between two fields
 *   or roles) a blank line the author left is kept, several are collapsed to one.
 * - Comments stay where they are in the token sequence:
 *   - a comment on the same line as the code before it stays at the end of that line (one space
 *     before it);
 *   - a comment on its own line stays on its own line, indented like the line that follows it
 *     (like the block's members when it is followed by `}`); the blank line that separates two
 *     declarations goes above such comments, so a comment above a declaration stays with it;
 *   - a doc comment `/** … *\/` directly above a declaration stays directly above it (a blank
 *     line between them is removed);
 *   - when a line comment ends a line in the middle of a field (`role a // … ⏎ reports to b`),
 *     the rest of the field continues on the next line, indented one level deeper;
 *   - trailing whitespace inside comments is removed; the continuation lines of a multi-line
 *     block comment that starts its own line are shifted with it.
 * - Suppression comments: the line after a `// keten-disable-next-line` comment keeps exactly
 *   its tokens and comments, directly after the comment (suppressed-lines.ts), so formatting
 *   never changes what a suppression silences.
 * - The file starts with its first token or comment and ends with exactly one line break; the
 *   line-break style (LF or CRLF) is that of the file's first line break.
 * - Formatting with the editor's tab settings still gives two spaces: the layout is canonical.
 *
 * Files with syntax errors are not formatted (`canonicalLayoutEdits` returns undefined).
 */
import { CstUtils, GrammarAST, type AstNode, type LangiumDocument, type LeafCstNode } from 'langium';
import {
    isAgreement, isBudget, isCommitment, isCondition, isDataSharing, isDocument, isEffect, isEscalation, isMandate
} from '../generated/ast.js';
import { suppressedLineBreaks, type SuppressedLineBreak } from './suppressed-lines.js';

/** Replaces `text.slice(start, end)` by `newText` (offsets in the unformatted text). */
export interface LayoutEdit {
    readonly start: number;
    readonly end: number;
    readonly newText: string;
}

const INDENT = '  ';
const COMMENT = /\/\/[^\n\r]*|\/\*[\s\S]*?\*\//g;
const LINE_BREAK = /\r\n|\r|\n/g;
/** Containment properties whose elements are lines of their block. */
const LINE_PROPERTIES = new Set(['members', 'fields', 'levels']);

/** Whether the document has lexer or parser errors (such a file is never formatted). */
export function hasSyntaxErrors(document: LangiumDocument): boolean {
    return document.parseResult.lexerErrors.length > 0 || document.parseResult.parserErrors.length > 0;
}

interface TokenInfo {
    readonly leaf: LeafCstNode;
    /** The declaration or member (line node) the token belongs to. */
    readonly line: AstNode;
    /** First token of its line node, or a `}`: begins a new line. */
    readonly startsLine: boolean;
    /** Blank lines required before this line (1 between declarations, else undefined). */
    readonly separated: boolean;
    readonly depth: number;
}

interface CommentItem {
    readonly start: number;
    readonly end: number;
    readonly text: string;
}

/**
 * The edits that bring a document to the canonical layout: one edit per stretch of text
 * between two tokens (its whitespace and comments), only where something changes.
 * Undefined when the document has syntax errors.
 */
export function canonicalLayoutEdits(document: LangiumDocument): LayoutEdit[] | undefined {
    if (hasSyntaxErrors(document)) return undefined;
    const text = document.textDocument.getText();
    const root = document.parseResult.value.$cstNode;
    const leaves = root ? CstUtils.flattenCst(root).filter(leaf => !leaf.hidden && leaf.length > 0).toArray() : [];
    const tokens = describeTokens(leaves);
    const eol = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
    const suppressed = suppressedLineBreaks(text, leaves);
    const edits: LayoutEdit[] = [];
    for (let index = 0; index <= tokens.length; index++) {
        const before = index > 0 ? tokens[index - 1] : undefined;
        const after = index < tokens.length ? tokens[index] : undefined;
        const start = before ? before.leaf.end : 0;
        const end = after ? after.leaf.offset : text.length;
        const gap = new GapPrinter(text, start, end, before, after, eol, suppressed).print();
        if (gap === undefined) return undefined;
        if (gap !== text.slice(start, end)) edits.push({ start, end, newText: gap });
    }
    return edits;
}

/** Applies layout edits (sorted, not overlapping) to a text. */
export function applyLayoutEdits(text: string, edits: readonly LayoutEdit[]): string {
    let result = '';
    let position = 0;
    for (const edit of edits) {
        result += text.slice(position, edit.start) + edit.newText;
        position = edit.end;
    }
    return result + text.slice(position);
}

function describeTokens(leaves: readonly LeafCstNode[]): TokenInfo[] {
    const seen = new Set<AstNode>();
    return leaves.map(leaf => {
        const line = lineNodeOf(leaf.astNode);
        const first = !seen.has(line);
        seen.add(line);
        return {
            leaf,
            line,
            startsLine: first || isKeyword(leaf, '}'),
            separated: first && needsBlankLineBefore(line),
            depth: depthOf(line)
        };
    });
}

function isLineNode(node: AstNode): boolean {
    const container = node.$container;
    if (!container) return false;
    return isDocument(container) || LINE_PROPERTIES.has(node.$containerProperty ?? '');
}

function lineNodeOf(node: AstNode): AstNode {
    let current: AstNode | undefined = node;
    while (current && !isLineNode(current)) current = current.$container;
    return current ?? node;
}

function depthOf(line: AstNode): number {
    let depth = 0;
    for (let up = line.$container; up; up = up.$container) if (isLineNode(up)) depth++;
    return depth;
}

function isAgreementBlock(node: AstNode): boolean {
    return isMandate(node) || isCondition(node) || isCommitment(node) || isEscalation(node) || isEffect(node)
        || isDataSharing(node) || isBudget(node);
}

/** A top-level declaration after another, or an agreement block next to another member. */
function needsBlankLineBefore(line: AstNode): boolean {
    const container = line.$container;
    const index = line.$containerIndex ?? 0;
    if (!container || index === 0) return false;
    if (isDocument(container)) return true;
    if (!isAgreement(container)) return false;
    const previous = container.members[index - 1];
    return isAgreementBlock(line) || (previous !== undefined && isAgreementBlock(previous));
}

function isKeyword(leaf: LeafCstNode, value: string): boolean {
    return GrammarAST.isKeyword(leaf.grammarSource) && leaf.grammarSource.value === value;
}

function countLineBreaks(whitespace: string): number {
    return whitespace.match(LINE_BREAK)?.length ?? 0;
}

/** Prints the stretch between two tokens: their separation and the comments in it. */
class GapPrinter {
    private output = '';
    private brokeLine = false;
    /** The indentation just written when the next item starts a line, else undefined. */
    private lineIndent: string | undefined;
    /** Whether the last comment written began its own line. */
    private commentStartsLine = false;

    constructor(
        private readonly text: string,
        private readonly start: number,
        private readonly end: number,
        private readonly before: TokenInfo | undefined,
        private readonly after: TokenInfo | undefined,
        private readonly eol: string,
        /** Separations fixed by suppression comments, by the offset of the item they precede. */
        private readonly suppressed: ReadonlyMap<number, SuppressedLineBreak>
    ) {}

    /** The new text of the gap; undefined if it holds anything but whitespace and comments. */
    print(): string | undefined {
        const comments = this.commentsInGap();
        if (!comments) return undefined;
        let previousEnd = this.start;
        let previous: CommentItem | 'token' | undefined = this.before ? 'token' : undefined;
        for (const comment of comments) {
            this.separate(previous, this.text.slice(previousEnd, comment.start), comment.start);
            this.commentStartsLine = this.lineIndent !== undefined;
            this.output += this.commentText(comment);
            previous = comment;
            previousEnd = comment.end;
        }
        this.separate(previous, this.text.slice(previousEnd, this.end), this.end);
        return this.output;
    }

    private commentsInGap(): CommentItem[] | undefined {
        const gap = this.text.slice(this.start, this.end);
        const comments: CommentItem[] = [];
        let position = 0;
        for (const match of gap.matchAll(COMMENT)) {
            if (gap.slice(position, match.index).trim() !== '') return undefined;
            comments.push({ start: this.start + match.index, end: this.start + match.index + match[0].length, text: match[0] });
            position = match.index + match[0].length;
        }
        return gap.slice(position).trim() === '' ? comments : undefined;
    }

    /**
     * Writes the separation between the previous item (a token, a comment, or nothing at the
     * start of the file) and the next one (a comment, or the gap's closing token), which
     * starts at `next` in the unformatted text.
     */
    private separate(previous: CommentItem | 'token' | undefined, whitespace: string, next: number): void {
        const beforeToken = next === this.end;
        const breaks = countLineBreaks(whitespace);
        const keptBlank = breaks > 1 ? 1 : 0;
        const after = this.after;
        if (beforeToken && !after) {
            if (previous) this.output += this.eol;
            return;
        }
        if (!previous) {
            // Start of the file: no leading blank lines.
            this.brokeLine = true;
            this.lineIndent = INDENT.repeat(beforeToken ? after!.depth : this.commentDepth());
            this.output += this.lineIndent;
            return;
        }
        const suppressed = this.suppressed.get(next);
        if (suppressed && this.separateSuppressedLine(suppressed, previous, breaks, beforeToken)) return;
        if (!beforeToken) {
            if (breaks === 0) { this.space(' '); return; }
            this.newLine(this.brokeLine ? keptBlank : this.firstBlank(keptBlank, false), this.commentDepth());
            return;
        }
        const token = after!;
        if (token.startsLine) {
            if (previous !== 'token' && previous.text.startsWith('/*') && breaks === 0 && this.commentStartsLine) {
                // `/* … */ role a`: a block comment that opens the line keeps its place.
                this.space(' ');
                return;
            }
            const closing = isKeyword(token.leaf, '}');
            let blank: number;
            if (!this.brokeLine) blank = this.firstBlank(keptBlank, true);
            else if (closing || (previous !== 'token' && previous.text.startsWith('/**'))) blank = 0;
            else blank = keptBlank;
            this.newLine(blank, token.depth);
            return;
        }
        if (previous !== 'token' && (previous.text.startsWith('//') || breaks > 0)) {
            this.newLine(0, token.depth + 1);
            return;
        }
        this.spaceBeforeToken(previous);
    }

    private spaceBeforeToken(previous: CommentItem | 'token'): void {
        const token = this.after!;
        const tightBefore = isKeyword(token.leaf, ',') || isKeyword(token.leaf, '.');
        const tightAfter = previous === 'token' && this.before !== undefined && isKeyword(this.before.leaf, '.');
        this.space(tightBefore || tightAfter ? '' : ' ');
    }

    /**
     * The separation in front of an item of (or after) the line that a suppression comment
     * silences (suppressed-lines.ts). Returns false where the layout rules already give it.
     */
    private separateSuppressedLine(
        rule: SuppressedLineBreak, previous: CommentItem | 'token', breaks: number, beforeToken: boolean
    ): boolean {
        const token = beforeToken ? this.after! : undefined;
        const depth = !token ? this.commentDepth() : token.startsLine ? token.depth : token.depth + 1;
        switch (rule) {
            case 'same-line':
                if (token) this.spaceBeforeToken(previous); else this.space(' ');
                return true;
            case 'next-line':
                this.newLine(0, depth);
                return true;
            case 'blank-line':
                this.newLine(1, depth);
                return true;
            case 'new-line':
                // Where the layout would continue the line (a field's value, a comment after
                // code), the item starts a line of its own instead.
                if (token?.startsLine && !(previous !== 'token' && previous.text.startsWith('/*') && breaks === 0)) return false;
                if (!token && breaks > 0) return false;
                if (token && previous !== 'token' && (previous.text.startsWith('//') || breaks > 0)) return false;
                this.newLine(0, depth);
                return true;
        }
    }

    private space(space: string): void {
        this.lineIndent = undefined;
        this.output += space;
    }

    /** Blank lines at the first line break of the gap: the separation of the two lines. */
    private firstBlank(keptBlank: number, atToken: boolean): number {
        const after = this.after;
        if (!this.before || isKeyword(this.before.leaf, '{')) return 0;
        if (!after) return keptBlank;
        if (atToken && isKeyword(after.leaf, '}')) return 0;
        if (after.separated) return 1;
        return keptBlank;
    }

    private newLine(blankLines: number, depth: number): void {
        this.brokeLine = true;
        this.lineIndent = INDENT.repeat(depth);
        this.output += this.eol.repeat(1 + blankLines) + this.lineIndent;
    }

    /** Own-line comments are indented like the line that follows them. */
    private commentDepth(): number {
        const after = this.after;
        if (!after) return 0;
        if (isKeyword(after.leaf, '}')) return after.depth + 1;
        return after.startsLine ? after.depth : after.depth + 1;
    }

    private commentText(comment: CommentItem): string {
        if (comment.text.startsWith('//')) return comment.text.trimEnd();
        const lines = comment.text.split(LINE_BREAK).map(line => line.trimEnd());
        const newIndent = this.lineIndent;
        const continuation = lines.slice(1);
        if (newIndent !== undefined && continuation.length > 0 && continuation.every(line => /^\s*\*/.test(line))) {
            // A doc-comment style block (every line starts with `*`): the stars line up under
            // the first line's `/*`.
            for (let i = 1; i < lines.length; i++) lines[i] = `${newIndent} ${lines[i].trimStart()}`;
        } else if (newIndent !== undefined && lines.length > 1) {
            const oldColumn = comment.start - lineStartOf(this.text, comment.start);
            for (let i = 1; i < lines.length; i++) {
                const leading = /^\s*/.exec(lines[i])![0].length;
                const body = lines[i].slice(Math.min(leading, oldColumn));
                lines[i] = body === '' ? '' : newIndent + body;
            }
        }
        return lines.join(this.eol);
    }
}

function lineStartOf(text: string, offset: number): number {
    let index = offset;
    while (index > 0 && text[index - 1] !== '\n' && text[index - 1] !== '\r') index--;
    return index;
}

