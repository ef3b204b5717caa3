/**
 * `missing-covenant-clause`: insert the missing clauses among the agreement's fields, as
 * placeholders: `considering "…"`, `termination notice 3 months`, `amendment "…"`, and
 * `disputes` naming the agreement's first escalation route (or a text when it has none).
 */
import { isAgreement } from '../../generated/ast.js';
import { escalationsOf, missingCovenantClausesOf } from '../../model/agreements.js';
import { insertLinesAmongAgreementFields, insertLinesInBlock } from './block-lines.js';
import { keyword, quickFixAction, type QuickFix } from './quick-fix.js';

export const insertMissingCovenantClauses: QuickFix = {
    rule: 'missing-covenant-clause',
    fixes(context) {
        const agreement = isAgreement(context.node) ? context.node : undefined;
        if (!agreement) return [];
        const k = (en: string, nl: string) => keyword(context, en, nl);
        const todo = context.messages.editor.placeholderText();
        const route = escalationsOf(agreement).find(escalation => escalation.name)?.name;
        const lines = missingCovenantClausesOf(agreement).map(clause => {
            switch (clause) {
                case 'considering': return { field: k('considering', 'overwegende'), text: `${k('considering', 'overwegende')} "${todo}"` };
                case 'termination': return { field: k('termination', 'opzegging'), text: k('termination notice 3 months', 'opzegging termijn 3 maanden') };
                case 'amendment': return { field: k('amendment', 'wijziging'), text: `${k('amendment', 'wijziging')} "${todo}"` };
                case 'disputes': return { field: k('disputes', 'geschillen'), text: `${k('disputes', 'geschillen')} ${route ?? `"${todo}"`}` };
            }
        });
        const texts = lines.map(line => line.text);
        // In an agreement written on one line, before its `}`.
        const edit = lines.length > 0 ? insertLinesAmongAgreementFields(context.document, agreement, texts) ?? insertLinesInBlock(context.document, agreement, texts) : undefined;
        if (!edit) return [];
        return [quickFixAction(context, context.messages.editor.fixInsertMissingFields({ fields: lines.map(line => line.field) }), [edit], true)];
    }
};
