/**
 * What each file exports to the workspace: parties, bodies and agreements by their name, and
 * every role and power as `Party.role` / `Party.power`. There are no imports: every file sees every exported name
 * (LANGUAGE.md, "Declarations at the top level").
 */
import {
    Cancellation, DefaultScopeComputation, interruptAndCheck, MultiMap, type AstNode, type AstNodeDescription,
    type LangiumDocument, type LocalSymbols
} from 'langium';
import { isParty, isPower, isRole, type Document, type Party } from '../generated/ast.js';
import { cancellable, nodesInTreeOrder, NODES_BETWEEN_YIELDS } from './syntax-tree-walk.js';

export class KetenScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(
        document: LangiumDocument
    ): Promise<AstNodeDescription[]> {
        const root = document.parseResult.value as Document;
        const exports: AstNodeDescription[] = [];
        for (const element of root.elements ?? []) {
            this.addExportedSymbol(element, exports, document);
            if (isParty(element)) for (const description of this.qualifiedMembersOf(element, document)) exports.push(description);
        }
        return exports;
    }

    /**
     * Langium's local symbols (every named node, visible in its container), without a stream
     * iterator and a promise per node: the same nodes in the same order (`syntax-tree-walk.ts`).
     */
    override async collectLocalSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<LocalSymbols> {
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        // Langium's streamAllContents: every node but the root.
        const nodes = nodesInTreeOrder(document.parseResult.value);
        const check = cancellable(cancelToken);
        for (let i = 1; i < nodes.length; i++) {
            if (check && i % NODES_BETWEEN_YIELDS === 1) await interruptAndCheck(cancelToken);
            this.addLocalSymbol(nodes[i], document, symbols);
        }
        this.addQualifiedMembers(document, symbols);
        return symbols;
    }

    /**
     * The `Party.role` / `Party.power` names of the file's own parties, visible in the whole
     * file as its parties are: a name found in the file itself comes before the workspace's, for
     * `A.r` as for `A`. Without this, a party declared in two files (`duplicate-name`) was `A`
     * from its own file but `A.r` from the first file, and every rule that compares the party of
     * a role with a listed party reported the agreement's own parties as missing.
     */
    protected addQualifiedMembers(document: LangiumDocument, symbols: MultiMap<AstNode, AstNodeDescription>): void {
        const root = document.parseResult.value as Document;
        for (const element of root.elements ?? []) {
            if (isParty(element)) for (const description of this.qualifiedMembersOf(element, document)) symbols.add(root, description);
        }
    }

    /** A party's roles and powers as `Party.role` / `Party.power`, in text order (none for a party without a name). */
    private qualifiedMembersOf(party: Party, document: LangiumDocument): AstNodeDescription[] {
        if (!party.name) return [];
        const descriptions: AstNodeDescription[] = [];
        for (const member of party.members) {
            if ((isRole(member) || isPower(member)) && member.name) {
                descriptions.push(this.descriptions.createDescription(member, `${party.name}.${member.name}`, document));
            }
        }
        return descriptions;
    }

    protected override addExportedSymbol(node: AstNode, exports: AstNodeDescription[], document: LangiumDocument): void {
        const name = this.nameProvider.getName(node);
        if (name) exports.push(this.descriptions.createDescription(node, name, document));
    }
}
