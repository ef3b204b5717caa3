/**
 * `no-single-steering`, `no-accountability`, `no-review`: insert the field, naming the first
 * listed party's first role as a placeholder holder.
 */
import { isAgreement, type Agreement } from '../../generated/ast.js';
import { partiesOf } from '../../model/agreements.js';
import { rolesOf } from '../../model/parties.js';
import { insertLinesAmongAgreementFields, insertLinesInBlock } from './block-lines.js';
import { keyword, quickFixAction, type QuickFix, type QuickFixContext } from './quick-fix.js';

/** `keywords` is the field's text before its holder, in the file's keyword language. */
function governanceFieldFix(rule: string, keywords: (context: QuickFixContext) => string): QuickFix {
    return {
        rule,
        fixes(context) {
            const agreement = isAgreement(context.node) ? context.node : undefined;
            if (!agreement) return [];
            const holder = firstPartyFirstRole(agreement);
            if (!holder) return [];
            const field = keywords(context);
            const text = `${field} ${holder}`;
            // Among the agreement's own fields; in an agreement written on one line, before its `}`.
            const edit = insertLinesAmongAgreementFields(context.document, agreement, [text]) ?? insertLinesInBlock(context.document, agreement, [text]);
            if (!edit) return [];
            return [quickFixAction(context, context.messages.editor.fixInsertField({ field, holder }), [edit], true)];
        }
    };
}

/** `Party.role` of the first listed party's first role. */
export function firstPartyFirstRole(agreement: Agreement): string | undefined {
    const party = partiesOf(agreement)[0];
    const role = party ? rolesOf(party)[0] : undefined;
    return party && role ? `${party.name}.${role.name}` : undefined;
}

export const insertSteering = governanceFieldFix('no-single-steering',
    context => keyword(context, 'steering', 'sturing'));

export const insertAccountable = governanceFieldFix('no-accountability',
    context => keyword(context, 'accountable', 'verantwoordelijk'));

export const insertReview = governanceFieldFix('no-review',
    context => keyword(context, 'review every 6 weeks by', 'evaluatie elke 6 weken door'));
