/**
 * Any rule: suppress the finding on its line (RULES.md, "Quick fixes the editor offers"; CLI.md,
 * "Suppressions"). Inserts `// keten-disable-next-line RULE -- ` above the line the finding
 * starts on, with that line's indentation, ready for the reason; when the line above already
 * is a `keten-disable-next-line` comment, the rule is added to its list instead.
 *
 * Not offered for `syntax-error`: a text that does not parse stays broken whatever a comment
 * says, and the fix there is to correct the text.
 */
import { TextEdit } from 'vscode-languageserver';
import { readSuppressions } from '../../validation/suppressions.js';
import { indentationOfLine, quickFixAction, type QuickFix } from './quick-fix.js';

const NEXT_LINE_DIRECTIVE = 'keten-disable-next-line';

export const suppressOnLine: QuickFix = {
    rule: '*',
    fixes(context) {
        const rule = context.diagnostic.code;
        if (typeof rule !== 'string' || rule === 'syntax-error') return [];
        const line = context.diagnostic.range.start.line;
        const title = context.messages.fixSuppressRule({ rule });
        const above = readSuppressions(context.document)
            .find(suppression => suppression.scope === 'next-line' && suppression.range.end.line + 1 === line);
        if (above) {
            if (above.rules.some(named => named.id === rule)) return [];
            const last = above.rules.at(-1);
            const edit = last
                ? TextEdit.insert(last.range.end, `, ${rule}`)
                : TextEdit.insert(afterDirective(context.document.textDocument.getText(above.range), above.range.start), ` ${rule}`);
            return [quickFixAction(context, title, [edit])];
        }
        const indent = indentationOfLine(context.document, line);
        return [quickFixAction(context, title, [
            TextEdit.insert({ line, character: 0 }, `${indent}// ${NEXT_LINE_DIRECTIVE} ${rule} -- \n`)
        ])];
    }
};

/** The position just after `keten-disable-next-line` in a comment that names no rule yet. */
function afterDirective(comment: string, start: { line: number; character: number }) {
    const end = comment.indexOf(NEXT_LINE_DIRECTIVE) + NEXT_LINE_DIRECTIVE.length;
    return { line: start.line, character: start.character + end };
}
