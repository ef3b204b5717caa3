/** `unused-party`: remove the party from `parties`, with its comma. */
import { TextEdit } from 'vscode-languageserver';
import { isPartiesField } from '../../generated/ast.js';
import { quickFixAction, type QuickFix } from './quick-fix.js';

export const removeUnusedParty: QuickFix = {
    rule: 'unused-party',
    fixes(context) {
        const field = isPartiesField(context.node) ? context.node : undefined;
        if (!field || field.parties.length < 2) return [];
        const offset = context.document.textDocument.offsetAt(context.diagnostic.range.start);
        const index = field.parties.findIndex(ref => ref.$refNode && ref.$refNode.offset <= offset && offset < ref.$refNode.end);
        const entry = field.parties[index]?.$refNode;
        if (!entry) return [];
        // Remove `, Entry` (after the previous entry), or `Entry, ` for the first one.
        const range = index > 0
            ? { start: field.parties[index - 1].$refNode!.range.end, end: entry.range.end }
            : { start: entry.range.start, end: field.parties[1].$refNode!.range.start };
        return [quickFixAction(context, context.messages.editor.fixRemoveParty({ party: field.parties[index].$refText }),
            [TextEdit.del(range)], true)];
    }
};
