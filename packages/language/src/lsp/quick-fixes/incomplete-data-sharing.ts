/**
 * `incomplete-data-sharing`: insert each missing part (`from`, `to`, `purpose`, `basis`) as a
 * placeholder line; `from` and `to` name parties of the agreement, so they resolve at once.
 */
import { isDataSharing } from '../../generated/ast.js';
import { involvedPartiesOf, partiesOf } from '../../model/agreements.js';
import { missingDataSharingPartsOf } from '../../model/data-sharing.js';
import { insertLinesInBlock } from './block-lines.js';
import { keyword, quickFixAction, type QuickFix } from './quick-fix.js';

export const insertMissingDataSharingParts: QuickFix = {
    rule: 'incomplete-data-sharing',
    fixes(context) {
        const data = isDataSharing(context.node) ? context.node : undefined;
        if (!data) return [];
        const k = (en: string, nl: string) => keyword(context, en, nl);
        const todo = context.messages.editor.placeholderText();
        const agreement = data.$container;
        const parties = [...partiesOf(agreement), ...involvedPartiesOf(agreement)];
        const provider = parties[0]?.name;
        const recipient = (parties[1] ?? parties[0])?.name;
        const lines: Array<{ field: string; text: string }> = [];
        for (const part of missingDataSharingPartsOf(data)) {
            if ((part === 'from' || part === 'to') && !provider) return [];
            if (part === 'from') lines.push({ field: k('from', 'van'), text: `${k('from', 'van')} ${provider}` });
            if (part === 'to') lines.push({ field: k('to', 'aan'), text: `${k('to', 'aan')} ${recipient}` });
            if (part === 'purpose') lines.push({ field: k('purpose', 'doel'), text: `${k('purpose', 'doel')} "${todo}"` });
            if (part === 'basis') lines.push({ field: k('basis', 'grondslag'), text: `${k('basis', 'grondslag')} "${todo}"` });
        }
        const edit = lines.length > 0 ? insertLinesInBlock(context.document, data, lines.map(line => line.text)) : undefined;
        if (!edit) return [];
        return [quickFixAction(context, context.messages.editor.fixInsertMissingFields({ fields: lines.map(line => line.field) }), [edit], true)];
    }
};
