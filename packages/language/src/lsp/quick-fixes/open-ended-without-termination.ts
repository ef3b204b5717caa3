/** `open-ended-without-termination`: add `termination notice 3 months` (a placeholder notice) after the `period` line. */
import { TextEdit } from 'vscode-languageserver';
import { isPeriodField } from '../../generated/ast.js';
import { indentationOfLine, keyword, quickFixAction, startOfLineAfter, type QuickFix } from './quick-fix.js';

export const insertTerminationNotice: QuickFix = {
    rule: 'open-ended-without-termination',
    fixes(context) {
        const period = isPeriodField(context.node) ? context.node : undefined;
        const cst = period?.$cstNode;
        const position = period ? startOfLineAfter(period) : undefined;
        if (!period || !cst || !position) return [];
        const text = keyword(context, 'termination notice 3 months', 'opzegging termijn 3 maanden');
        const indent = indentationOfLine(context.document, cst.range.start.line);
        // On a line of its own after the period; an agreement written on one line gets it beside the period.
        const edit = cst.range.start.line === period.$container.$cstNode?.range.start.line
            ? TextEdit.insert(cst.range.end, ` ${text}`)
            : TextEdit.insert(position, `${indent}${text}\n`);
        return [quickFixAction(context, context.messages.editor.fixInsertText({ text }), [edit], true)];
    }
};
