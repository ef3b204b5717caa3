/**
 * The outline and breadcrumbs: parties with their roles and powers, bodies, agreements with
 * their terms and members (mandates, conditions, commitments, escalation routes, effects, data
 * blocks, budgets). Each symbol's detail is its title; a term's is its meaning. The kinds (the
 * icons) are in keten-node-kind-provider.ts.
 */
import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { DefaultDocumentSymbolProvider } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver';
import { isTerm } from '../generated/ast.js';
import { titleOf } from './declaration-titles.js';

export class KetenDocumentSymbolProvider extends DefaultDocumentSymbolProvider {
    protected override createSymbol(
        document: LangiumDocument, astNode: AstNode, cstNode: CstNode, nameNode: CstNode, computedName?: string
    ): DocumentSymbol {
        const symbol = super.createSymbol(document, astNode, cstNode, nameNode, computedName);
        const title = titleOf(astNode) ?? (isTerm(astNode) ? astNode.meaning : undefined);
        return title ? { ...symbol, detail: title } : symbol;
    }
}
