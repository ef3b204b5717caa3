/** `unmeasured-effect`: insert each missing field (indicator, unit, target, measured) as a placeholder line. */
import { isEffect, type Effect } from '../../generated/ast.js';
import { partiesOf, periodField } from '../../model/agreements.js';
import { baselineField, indicatorField, measuredField, targetField, unitField } from '../../model/effects.js';
import { insertLinesInBlock } from './block-lines.js';
import { keyword, quickFixAction, type QuickFix, type QuickFixContext } from './quick-fix.js';

export const insertMissingEffectFields: QuickFix = {
    rule: 'unmeasured-effect',
    fixes(context) {
        const effect = isEffect(context.node) ? context.node : undefined;
        if (!effect) return [];
        const lines = missingLines(context, effect);
        // Inside the effect, also when it is written on one line (`effect E { kind outcome }`).
        const edit = lines.length > 0 ? insertLinesInBlock(context.document, effect, lines.map(line => line.text)) : undefined;
        if (!edit) return [];
        return [quickFixAction(context, context.messages.editor.fixInsertMissingFields({ fields: lines.map(line => line.field) }), [edit], true)];
    }
};

function missingLines(context: QuickFixContext, effect: Effect): Array<{ field: string; text: string }> {
    const k = (en: string, nl: string) => keyword(context, en, nl);
    const todo = context.messages.editor.placeholderText();
    const agreement = effect.$container;
    const until = periodField(agreement)?.range?.end ?? `${new Date().getUTCFullYear() + 1}-12-31`;
    const party = partiesOf(agreement)[0]?.name ?? k('Party', 'Partij');
    const lines: Array<{ field: string; text: string }> = [];
    if (!indicatorField(effect)) lines.push({ field: k('indicator', 'indicator'), text: `indicator "${todo}"` });
    if (!unitField(effect)) lines.push({ field: k('unit', 'eenheid'), text: `${k('unit', 'eenheid')} "${todo}"` });
    // A placeholder the baseline does not meet already (else `target-already-met` would speak): better than the baseline.
    const baseline = baselineField(effect)?.value;
    const placeholderTarget = typeof baseline === 'number' ? `> ${baseline}` : '>= 0';
    if (!targetField(effect)) lines.push({ field: k('target', 'streefwaarde'), text: `${k('target', 'streefwaarde')} ${placeholderTarget} ${k('by', 'uiterlijk')} ${until}` });
    if (!measuredField(effect)) lines.push({ field: k('measured', 'gemeten'), text: `${k('measured', 'gemeten')} ${k('monthly', 'maandelijks')} ${k('by', 'door')} ${party} ${k('from', 'uit')} "${todo}"` });
    return lines;
}
