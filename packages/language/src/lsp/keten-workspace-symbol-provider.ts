/**
 * Workspace symbols: every declaration of every file (parties, `Party.role`, `Party.power`,
 * bodies, agreements and their members and terms), found by name or by title.
 */
import { AstUtils, interruptAndCheck, type AstNode, type LangiumDocuments } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import type { FuzzyMatcher, LangiumSharedServices, NodeKindProvider, WorkspaceSymbolProvider } from 'langium/lsp';
import type { WorkspaceSymbol, WorkspaceSymbolParams } from 'vscode-languageserver';
import { isAgreement, isParty, isPower, isRole } from '../generated/ast.js';
import { titleOf } from './declaration-titles.js';

export class KetenWorkspaceSymbolProvider implements WorkspaceSymbolProvider {
    protected readonly documents: LangiumDocuments;
    protected readonly nodeKindProvider: NodeKindProvider;
    protected readonly fuzzyMatcher: FuzzyMatcher;

    constructor(services: LangiumSharedServices) {
        this.documents = services.workspace.LangiumDocuments;
        this.nodeKindProvider = services.lsp.NodeKindProvider;
        this.fuzzyMatcher = services.lsp.FuzzyMatcher;
    }

    async getSymbols(params: WorkspaceSymbolParams, cancelToken = CancellationToken.None): Promise<WorkspaceSymbol[]> {
        const query = params.query.toLowerCase();
        const symbols: WorkspaceSymbol[] = [];
        for (const document of this.documents.all) {
            await interruptAndCheck(cancelToken);
            for (const node of AstUtils.streamAst(document.parseResult.value)) {
                const name = (node as { name?: unknown }).name;
                if (typeof name !== 'string' || !name) continue;
                const qualified = qualifiedName(node, name);
                const title = titleOf(node);
                const matches = query === ''
                    || this.fuzzyMatcher.match(query, qualified)
                    || (title !== undefined && title.toLowerCase().includes(query));
                const range = node.$cstNode?.range;
                if (!matches || !range) continue;
                // The title goes with the container, so a person sees why a title search found it.
                const container = [title, containerName(node)].filter(Boolean).join(' · ');
                symbols.push({
                    name: qualified,
                    kind: this.nodeKindProvider.getSymbolKind(node),
                    location: { uri: document.uri.toString(), range },
                    ...(container ? { containerName: container } : {})
                });
            }
        }
        return symbols;
    }
}

/** `Party.role` for a role, `Party.power` for a power; the plain name otherwise (members are shown with their agreement). */
function qualifiedName(node: AstNode, name: string): string {
    return isRole(node) || isPower(node) ? `${node.$container.name}.${name}` : name;
}

function containerName(node: AstNode): string | undefined {
    const container = node.$container;
    if (isAgreement(container) || isParty(container)) return container.name;
    return undefined;
}
