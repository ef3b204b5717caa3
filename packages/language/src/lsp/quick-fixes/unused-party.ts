/**
 * `unused-party`: remove the party from `parties` (or from `involving`, COVENANT.md), with its
 * comma; an `involving` with only that party goes as a whole line.
 */
import { TextEdit } from 'vscode-languageserver';
import { isInvolvingField, isPartiesField } from '../../generated/ast.js';
import { quickFixAction, type QuickFix } from './quick-fix.js';

export const removeUnusedParty: QuickFix = {
    rule: 'unused-party',
    fixes(context) {
        const field = isPartiesField(context.node) || isInvolvingField(context.node) ? context.node : undefined;
        if (!field) return [];
        const offset = context.document.textDocument.offsetAt(context.diagnostic.range.start);
        const index = field.parties.findIndex(ref => ref.$refNode && ref.$refNode.offset <= offset && offset < ref.$refNode.end);
        const entry = field.parties[index]?.$refNode;
        if (!entry) return [];
        const title = isInvolvingField(field)
            ? context.messages.editor.fixRemoveInvolvedParty({ party: field.parties[index].$refText })
            : context.messages.editor.fixRemoveParty({ party: field.parties[index].$refText });
        if (field.parties.length < 2) {
            // `parties` is required (missing-field): only an `involving` line may go.
            const line = isInvolvingField(field) ? wholeLineOf(context.document.textDocument.getText(), field.$cstNode) : undefined;
            return line ? [quickFixAction(context, title, [TextEdit.del(line)], true)] : [];
        }
        // Remove `, Entry` (after the previous entry), or `Entry, ` for the first one.
        const range = index > 0
            ? { start: field.parties[index - 1].$refNode!.range.end, end: entry.range.end }
            : { start: entry.range.start, end: field.parties[1].$refNode!.range.start };
        return [quickFixAction(context, title, [TextEdit.del(range)], true)];
    }
};

/** The whole line of a node that stands alone on its line (with its line break; no comment beside it), else undefined. */
function wholeLineOf(text: string, cst: { range: { start: { line: number; character: number }; end: { line: number } }; offset: number; end: number } | undefined) {
    if (!cst || cst.range.start.line !== cst.range.end.line) return undefined;
    const lineStart = text.lastIndexOf('\n', cst.offset - 1) + 1;
    const lineEnd = text.indexOf('\n', cst.end);
    const after = text.slice(cst.end, lineEnd < 0 ? text.length : lineEnd);
    if (text.slice(lineStart, cst.offset).trim() !== '' || after.trim() !== '') return undefined;
    return { start: { line: cst.range.start.line, character: 0 }, end: { line: cst.range.start.line + 1, character: 0 } };
}
