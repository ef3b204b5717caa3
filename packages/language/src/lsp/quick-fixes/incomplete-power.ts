/** `incomplete-power`: add the missing `held by` (the party's first role) and `basis` placeholder to the power's line. */
import { TextEdit } from 'vscode-languageserver';
import { isPower } from '../../generated/ast.js';
import { missingPowerPartsOf, rolesOf } from '../../model/parties.js';
import { keyword, quickFixAction, type QuickFix } from './quick-fix.js';

export const insertMissingPowerParts: QuickFix = {
    rule: 'incomplete-power',
    fixes(context) {
        const power = isPower(context.node) ? context.node : undefined;
        const end = power?.$cstNode?.range.end;
        if (!power || !end) return [];
        const k = (en: string, nl: string) => keyword(context, en, nl);
        const role = rolesOf(power.$container).find(r => r.name);
        const parts: Array<{ field: string; text: string }> = [];
        for (const part of missingPowerPartsOf(power)) {
            // Without a role in the party there is nothing `held by` could name.
            if (part === 'held by' && !role) return [];
            if (part === 'held by') parts.push({ field: k('held by', 'berust bij'), text: `${k('held by', 'berust bij')} ${role!.name}` });
            else parts.push({ field: k('basis', 'grondslag'), text: `${k('basis', 'grondslag')} "${context.messages.editor.placeholderText()}"` });
        }
        if (parts.length === 0) return [];
        return [quickFixAction(context, context.messages.editor.fixInsertMissingFields({ fields: parts.map(p => p.field) }),
            [TextEdit.insert(end, parts.map(p => ` ${p.text}`).join(''))], true)];
    }
};
