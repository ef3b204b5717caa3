/**
 * `missing-mandate`: add a mandate skeleton to the agreement, granted `to` a role of the
 * committing party, and link the commitment to it with `under`.
 */
import { TextEdit } from 'vscode-languageserver';
import { isCommitment, isDecidesField, type Commitment } from '../../generated/ast.js';
import { periodField, steeringField } from '../../model/agreements.js';
import { firstOfType } from '../../model/fields.js';
import { rolesOf } from '../../model/parties.js';
import {
    freshName, indentationOfLine, keyword, quickFixAction, type QuickFix, type QuickFixContext
} from './quick-fix.js';

export const addMandateSkeleton: QuickFix = {
    rule: 'missing-mandate',
    fixes(context) {
        const decides = isDecidesField(context.node) ? context.node : undefined;
        const commitment = decides?.$container;
        if (!decides || !isCommitment(commitment) || !decides.$cstNode) return [];
        const agreement = commitment.$container;
        const name = freshName(`${commitment.name}${keyword(context, 'Mandate', 'Mandaat')}`, agreement.members.map(member => (member as { name?: string }).name ?? ''));
        const indent = indentationOfLine(context.document, commitment.$cstNode!.range.start.line);
        const skeleton = mandateLines(context, commitment, name).map(line => `${indent}${line}\n`).join('') + '\n';
        const keywordEnd = decides.$cstNode.range.end;
        return [quickFixAction(context, context.messages.editor.fixAddMandate({ commitment: commitment.name, mandate: name }), [
            TextEdit.insert({ line: commitment.$cstNode!.range.start.line, character: 0 }, skeleton),
            TextEdit.insert(keywordEnd, ` ${keyword(context, 'under', 'onder')} ${name}`)
        ], true)];
    }
};

function mandateLines(context: QuickFixContext, commitment: Commitment, name: string): string[] {
    const agreement = commitment.$container;
    const party = firstOfType(commitment.fields, 'ByField')?.parties[0]?.ref;
    const role = party ? rolesOf(party)[0] : undefined;
    const holder = party && role ? `${party.name}.${role.name}` : keyword(context, 'Party.role', 'Partij.rol');
    const grantor = steeringField(agreement)?.holder.$refText || keyword(context, 'Party.role', 'Partij.rol');
    const period = periodField(agreement)?.range;
    const todo = context.messages.editor.placeholderText();
    const k = (en: string, nl: string) => keyword(context, en, nl);
    return [
        `${k('mandate', 'mandaat')} ${name} "${todo}" {`,
        `  ${k('from', 'van')} ${grantor}`,
        `  ${k('to', 'aan')} ${holder}`,
        `  ${k('scope', 'reikwijdte')} "${todo}"`,
        `  ${k('submandate', 'ondermandaat')} ${k('denied', 'uitgesloten')}`,
        ...(period?.start && period.end ? [`  ${k('valid', 'geldig')} ${period.start} ${k('to', 'tot')} ${period.end}`] : []),
        '}'
    ];
}
