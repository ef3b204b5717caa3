/**
 * References that understand `Party.role` (issue 10, item 10). The linker resolves a qualified
 * name to the role as a whole, but the policy writer reads two names in it: `Apeldoorn` in
 * `Apeldoorn.wethouder` is a use of the party. So:
 * - the declaration of the party half of `Party.role` is the party, of the role half the role
 *   (go to definition, go to declaration, document highlight and find references start there);
 * - the references of a party include the party half of every `Party.role` of its roles
 *   (find references, peek, document highlight; rename replaces exactly those ranges).
 * One service, Langium's `References`, so every feature that asks it agrees.
 */
import {
    AstUtils, DefaultReferences, stream, type AstNode, type CstNode, type FindReferencesOptions, type LangiumCoreServices,
    type LangiumDocuments, type ReferenceDescription, type Stream
} from 'langium';
import { isParty, type Party } from '../generated/ast.js';
import { rolesOf } from '../model/parties.js';
import { partyPartAt } from './qualified-references.js';

export class KetenReferences extends DefaultReferences {
    protected readonly langiumDocuments: LangiumDocuments;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.langiumDocuments = services.shared.workspace.LangiumDocuments;
    }

    override findDeclarations(sourceCstNode: CstNode): AstNode[] {
        const party = this.partyOfPartyHalf(sourceCstNode);
        return party ? [party] : super.findDeclarations(sourceCstNode);
    }

    override findReferences(targetNode: AstNode, options: FindReferencesOptions): Stream<ReferenceDescription> {
        const own = super.findReferences(targetNode, options);
        if (!isParty(targetNode)) return own;
        const partyHalves: ReferenceDescription[] = [];
        for (const role of rolesOf(targetNode)) {
            for (const use of super.findReferences(role, { ...options, includeDeclaration: false })) {
                const half = this.partyHalfOf(use, targetNode);
                if (half) partyHalves.push(half);
            }
        }
        // In text order per file, as one list of uses.
        const all = [...own, ...partyHalves].sort((a, b) =>
            a.sourceUri.toString().localeCompare(b.sourceUri.toString()) || a.segment.offset - b.segment.offset);
        return stream(all);
    }

    /** The party when the CST node is the `Party` of a resolved `Party.role`. */
    protected partyOfPartyHalf(sourceCstNode: CstNode): Party | undefined {
        const document = AstUtils.findRootNode(sourceCstNode.astNode).$document;
        return document ? partyPartAt(document, sourceCstNode.offset)?.party : undefined;
    }

    /** The same use of a role, narrowed to the party half of its `Party.role` text, as a use of the party. */
    protected partyHalfOf(use: ReferenceDescription, party: Party): ReferenceDescription | undefined {
        const document = this.langiumDocuments.getDocument(use.sourceUri);
        if (!document) return undefined;
        const text = document.textDocument.getText(use.segment.range);
        const dot = text.indexOf('.');
        if (dot <= 0) return undefined;
        const length = text.slice(0, dot).trimEnd().length;
        const offset = use.segment.offset;
        return {
            ...use,
            targetUri: AstUtils.getDocument(party).uri,
            targetPath: this.nodeLocator.getAstNodePath(party),
            segment: {
                offset,
                end: offset + length,
                length,
                range: { start: use.segment.range.start, end: document.textDocument.positionAt(offset + length) }
            }
        };
    }
}
