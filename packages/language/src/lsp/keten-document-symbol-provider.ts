/**
 * The outline and breadcrumbs: parties with their roles, bodies, agreements with their
 * members (mandates, conditions, commitments, escalation routes, effects). Each symbol's
 * detail is its title.
 */
import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { DefaultDocumentSymbolProvider } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver';
import { titleOf } from './declaration-titles.js';

export class KetenDocumentSymbolProvider extends DefaultDocumentSymbolProvider {
    protected override createSymbol(
        document: LangiumDocument, astNode: AstNode, cstNode: CstNode, nameNode: CstNode, computedName?: string
    ): DocumentSymbol {
        const symbol = super.createSymbol(document, astNode, cstNode, nameNode, computedName);
        const title = titleOf(astNode);
        return title ? { ...symbol, detail: title } : symbol;
    }
}
