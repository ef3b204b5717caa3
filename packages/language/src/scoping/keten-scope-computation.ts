/**
 * What each file exports to the workspace: parties, bodies and agreements by their name, and
 * every role and power as `Party.role` / `Party.power`. There are no imports: every file sees every exported name
 * (LANGUAGE.md, "Declarations at the top level").
 */
import { DefaultScopeComputation, type AstNode, type AstNodeDescription, type LangiumDocument } from 'langium';
import { isParty, isPower, isRole, type Document } from '../generated/ast.js';

export class KetenScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(
        document: LangiumDocument
    ): Promise<AstNodeDescription[]> {
        const root = document.parseResult.value as Document;
        const exports: AstNodeDescription[] = [];
        for (const element of root.elements ?? []) {
            this.addExportedSymbol(element, exports, document);
            if (isParty(element)) {
                for (const member of element.members) {
                    if ((isRole(member) || isPower(member)) && member.name && element.name) {
                        exports.push(this.descriptions.createDescription(member, `${element.name}.${member.name}`, document));
                    }
                }
            }
        }
        return exports;
    }

    protected override addExportedSymbol(node: AstNode, exports: AstNodeDescription[], document: LangiumDocument): void {
        const name = this.nameProvider.getName(node);
        if (name) exports.push(this.descriptions.createDescription(node, name, document));
    }
}
