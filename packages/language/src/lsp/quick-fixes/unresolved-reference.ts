/** `unresolved-reference`: replace the name with the closest existing name of the right kind. */
import { isReference, type AstNode, type Reference, type ReferenceInfo } from 'langium';
import { TextEdit } from 'vscode-languageserver';
import { closestName } from '../../model/closest-name.js';
import { quickFixAction, type QuickFix, type QuickFixContext } from './quick-fix.js';

export const replaceWithClosestName: QuickFix = {
    rule: 'unresolved-reference',
    fixes(context) {
        const found = referenceAt(context);
        if (!found || !found.reference.$refNode) return [];
        const scope = context.services.references.ScopeProvider.getScope(found);
        const candidates = scope.getAllElements().map(description => description.name).distinct().toArray();
        const name = closestName(found.reference.$refText, candidates);
        if (!name) return [];
        return [quickFixAction(context, context.messages.editor.fixReplaceName({ name }),
            [TextEdit.replace(found.reference.$refNode.range, name)], true)];
    }
};

/** The reference the diagnostic is placed on, with what the scope provider needs to know. */
function referenceAt(context: QuickFixContext): (ReferenceInfo & { reference: Reference }) | undefined {
    const offset = context.document.textDocument.offsetAt(context.diagnostic.range.start);
    for (let node: AstNode | undefined = context.node; node; node = node.$container) {
        for (const [property, value] of Object.entries(node)) {
            if (property.startsWith('$')) continue;
            const items = Array.isArray(value) ? value : [value];
            for (let index = 0; index < items.length; index++) {
                const item: unknown = items[index];
                if (!isReference(item) || !item.$refNode) continue;
                if (item.$refNode.offset <= offset && offset <= item.$refNode.end) {
                    return { reference: item, container: node, property, index: Array.isArray(value) ? index : undefined };
                }
            }
        }
    }
    return undefined;
}
