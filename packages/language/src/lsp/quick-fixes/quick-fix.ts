/**
 * What a quick fix is: for one rule id (or `*` for every rule), the code actions that repair a
 * diagnostic. Quick fixes are keyed by the rule id that the diagnostic carries as its `code`,
 * and find the elements they need from the diagnostic's place in the document.
 * The list lives in `index.ts`; "suppress on this line" (CLI.md, suppressions) is its fix for
 * `*` (suppress-on-line.ts).
 */
import { CstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic, Position, Range, TextEdit } from 'vscode-languageserver';
import type { KetenServices } from '../../keten-module.js';
import type { Messages } from '../../messages/catalogue.js';
import { keywordLanguageOf, type KeywordLanguage } from '../keyword-languages.js';

export interface QuickFixContext {
    readonly document: LangiumDocument;
    readonly diagnostic: Diagnostic;
    /** The innermost AST node at the start of the diagnostic. */
    readonly node: AstNode | undefined;
    readonly messages: Messages;
    readonly services: KetenServices;
    /** The keyword language of the file: inserted text uses the file's own keywords. */
    readonly language: KeywordLanguage;
}

export interface QuickFix {
    /** The rule id this fix repairs, or `*` for a fix every rule offers. */
    readonly rule: string;
    fixes(context: QuickFixContext): CodeAction[];
}

export function createQuickFixContext(services: KetenServices, document: LangiumDocument, diagnostic: Diagnostic): QuickFixContext {
    const root = document.parseResult.value.$cstNode;
    const offset = document.textDocument.offsetAt(diagnostic.range.start);
    const leaf = root ? CstUtils.findLeafNodeAtOffset(root, offset) : undefined;
    return {
        document,
        diagnostic,
        node: leaf?.astNode,
        messages: services.keten.Settings.messages,
        services,
        language: keywordLanguageOf(document)
    };
}

/** A quick fix action with its edits in the diagnostic's document. */
export function quickFixAction(context: QuickFixContext, title: string, edits: TextEdit[], isPreferred = false): CodeAction {
    return {
        title,
        kind: 'quickfix',
        diagnostics: [context.diagnostic],
        isPreferred,
        edit: { changes: { [context.document.uri.toString()]: edits } }
    };
}

/** The English or the Dutch keyword, following the file. */
export function keyword(context: QuickFixContext, english: string, dutch: string): string {
    return context.language === 'nl' ? dutch : english;
}

/** The whitespace a line starts with. */
export function indentationOfLine(document: LangiumDocument, line: number): string {
    const text = document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    return /^[ \t]*/.exec(text)?.[0] ?? '';
}

/** The indentation one level inside a block that starts on `line` (two spaces, LANGUAGE.md). */
export function innerIndentation(document: LangiumDocument, node: AstNode): string {
    const line = node.$cstNode?.range.start.line ?? 0;
    return indentationOfLine(document, line) + '  ';
}

/** The start of the line after a node: new lines go there, so a comment after the node stays put. */
export function startOfLineAfter(node: AstNode): Position | undefined {
    const end = node.$cstNode?.range.end;
    return end ? { line: end.line + 1, character: 0 } : undefined;
}

export function rangesEqual(a: Range, b: Range): boolean {
    return a.start.line === b.start.line && a.start.character === b.start.character
        && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** A name not yet used in `taken`: `base`, `base2`, `base3`, … */
export function freshName(base: string, taken: Iterable<string>): string {
    const used = new Set(taken);
    if (!used.has(base)) return base;
    for (let i = 2; ; i++) if (!used.has(`${base}${i}`)) return `${base}${i}`;
}
