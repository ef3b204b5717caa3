/**
 * What one document needs from the rest of the workspace, read from its syntax tree alone
 * (before linking): the names its references are written with. `keten validate` on worker
 * threads uses it to load into each worker every file that provides such a name
 * (packages/cli/src/workers/). A qualified name `Party.role` also needs `Party`: the linker's
 * message for an unknown role names the party's roles.
 */
import type { LangiumDocument } from 'langium';
import { forEachReferenceOf, nodesInTreeOrder } from '../scoping/syntax-tree-walk.js';

/** The distinct names the document's references are written with, in text order (with the party of each `Party.role`). */
export function referredNames(document: LangiumDocument): string[] {
    const names = new Set<string>();
    for (const node of nodesInTreeOrder(document.parseResult.value)) {
        forEachReferenceOf(node, ({ reference }) => {
            const text = reference.$refText;
            if (!text) return;
            names.add(text);
            const dot = text.indexOf('.');
            if (dot > 0) names.add(text.slice(0, dot));
        });
    }
    return [...names];
}
