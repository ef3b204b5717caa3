/**
 * `no-single-steering`, `no-accountability`, `no-review`: insert the field, naming the first
 * listed party's first role as a placeholder holder.
 */
import { TextEdit } from 'vscode-languageserver';
import { isAgreement, type Agreement } from '../../generated/ast.js';
import { partiesOf } from '../../model/agreements.js';
import { rolesOf } from '../../model/parties.js';
import { isAgreementBlock } from './block-lines.js';
import {
    innerIndentation, keyword, quickFixAction, startOfLineAfter, type QuickFix, type QuickFixContext
} from './quick-fix.js';

/** `keywords` is the field's text before its holder, in the file's keyword language. */
function governanceFieldFix(rule: string, keywords: (context: QuickFixContext) => string): QuickFix {
    return {
        rule,
        fixes(context) {
            const agreement = isAgreement(context.node) ? context.node : undefined;
            if (!agreement) return [];
            const holder = firstPartyFirstRole(agreement);
            const position = insertionPoint(agreement);
            if (!holder || !position) return [];
            const field = keywords(context);
            const text = `${field} ${holder}`;
            const indent = innerIndentation(context.document, agreement);
            return [quickFixAction(context, context.messages.editor.fixInsertField({ field, holder }),
                [TextEdit.insert(position, `${indent}${text}\n`)], true)];
        }
    };
}

/** `Party.role` of the first listed party's first role. */
export function firstPartyFirstRole(agreement: Agreement): string | undefined {
    const party = partiesOf(agreement)[0];
    const role = party ? rolesOf(party)[0] : undefined;
    return party && role ? `${party.name}.${role.name}` : undefined;
}

/** After the last agreement-level field that comes before the first block (a `term` is a field); else after `{`. */
function insertionPoint(agreement: Agreement) {
    let last: Agreement['members'][number] | undefined;
    for (const member of agreement.members) {
        if (isAgreementBlock(member)) break;
        last = member;
    }
    if (last) return startOfLineAfter(last);
    const start = agreement.$cstNode?.range.start;
    return start ? { line: start.line + 1, character: 0 } : undefined;
}

export const insertSteering = governanceFieldFix('no-single-steering',
    context => keyword(context, 'steering', 'sturing'));

export const insertAccountable = governanceFieldFix('no-accountability',
    context => keyword(context, 'accountable', 'verantwoordelijk'));

export const insertReview = governanceFieldFix('no-review',
    context => keyword(context, 'review every 6 weeks by', 'evaluatie elke 6 weken door'));
