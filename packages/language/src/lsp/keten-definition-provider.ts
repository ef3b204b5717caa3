/**
 * Go to definition (F12): Langium's, on Keten's `References`, which sends the party half of
 * `Party.role` to the party and the role half to the role (keten-references.ts). The link's
 * origin is the half the cursor is on, so the editor underlines `Party` or `role`, not both.
 */
import { AstUtils, type CstNode, type LangiumDocument, type MaybePromise } from 'langium';
import { DefaultDefinitionProvider } from 'langium/lsp';
import type { DefinitionParams, LocationLink, Range } from 'vscode-languageserver';
import { partyPartAt, referencesOf, splitQualifiedReference } from './qualified-references.js';

export class KetenDefinitionProvider extends DefaultDefinitionProvider {
    protected override collectLocationLinks(sourceCstNode: CstNode, params: DefinitionParams): MaybePromise<LocationLink[] | undefined> {
        const links = super.collectLocationLinks(sourceCstNode, params) as LocationLink[] | undefined;
        const document = AstUtils.findRootNode(sourceCstNode.astNode).$document;
        if (!document || !links) return links;
        const offset = document.textDocument.offsetAt(params.position);
        const origin = partyPartAt(document, offset)?.range ?? roleHalfAt(document, sourceCstNode, offset);
        return origin ? links.map(link => ({ ...link, originSelectionRange: origin })) : links;
    }
}

/** The range of the role half when the offset is on a qualified `Party.role`. */
function roleHalfAt(document: LangiumDocument, sourceCstNode: CstNode, offset: number): Range | undefined {
    for (const reference of referencesOf(sourceCstNode.astNode)) {
        const refNode = reference.$refNode;
        if (!refNode || offset < refNode.offset || offset > refNode.end) continue;
        const qualified = splitQualifiedReference(document, reference);
        if (qualified) return qualified.roleRange;
    }
    return undefined;
}
