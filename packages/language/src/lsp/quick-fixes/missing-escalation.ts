/** `missing-escalation`: add an escalation route skeleton that ends in the steering holder, who `decides`. */
import { isAgreement, isRole } from '../../generated/ast.js';
import { partiesOf, steeringField, steeringHolderOf } from '../../model/agreements.js';
import { rolesOf } from '../../model/parties.js';
import { insertLinesInBlock } from './block-lines.js';
import { freshName, keyword, quickFixAction, type QuickFix } from './quick-fix.js';

export const addEscalationSkeleton: QuickFix = {
    rule: 'missing-escalation',
    fixes(context) {
        const agreement = isAgreement(context.node) ? context.node : undefined;
        const steering = agreement ? steeringField(agreement)?.holder.$refText : undefined;
        if (!agreement || !steering) return [];
        const k = (en: string, nl: string) => keyword(context, en, nl);
        const steeringHolder = steeringHolderOf(agreement);
        // The first level: a role of a listed party other than the steering holder's.
        const firstLevel = partiesOf(agreement)
            .filter(party => !(isRole(steeringHolder) && steeringHolder.$container === party))
            .map(party => ({ party, role: rolesOf(party)[0] }))
            .find(entry => entry.role);
        const name = freshName(k('Escalation', 'Escalatie'), agreement.members.map(member => (member as { name?: string }).name ?? ''));
        const lines = [
            '',
            `${k('escalation', 'escalatie')} ${name} "${context.messages.editor.placeholderText()}" {`,
            ...(firstLevel ? [`  ${k('level', 'niveau')} ${firstLevel.party.name}.${firstLevel.role!.name} ${k('within', 'binnen')} 5 ${k('workdays', 'werkdagen')}`] : []),
            `  ${k('level', 'niveau')} ${steering} ${k('within', 'binnen')} 10 ${k('workdays', 'werkdagen')} ${k('decides', 'beslist')}`,
            '}'
        ];
        // Before the agreement's `}`, also when the agreement is written on one line.
        const edit = insertLinesInBlock(context.document, agreement, lines);
        if (!edit) return [];
        return [quickFixAction(context, context.messages.editor.fixAddEscalation({ holder: steering }), [edit], true)];
    }
};
