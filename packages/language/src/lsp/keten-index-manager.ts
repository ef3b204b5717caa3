/**
 * Langium's index, with the files each document refers into kept beside its references.
 * On every change Langium asks, of every document in the workspace, whether it refers into a
 * changed file (`isAffected`); Langium's own answer walks the document's references and
 * writes each target's URI out again, so in a workspace of a thousand agreements an edit cost
 * a thousand such walks (issue 15). Here the answer is a lookup in the set of files the
 * document refers into, made once when its references are indexed. The answer is the same:
 * a document is affected when one of its non-local references points into a changed file.
 *
 * A run that checks once and exits (the command line: `withoutReferenceIndex`) keeps no
 * reference index at all: only the editor asks it (find references, rename, which documents a
 * change affects); no rule, report or document does.
 */
import { DefaultIndexManager, type LangiumDocument, type LangiumSharedCoreServices, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

export class KetenIndexManager extends DefaultIndexManager {
    /** Per document (URI string): the URIs of the other files its references point into. */
    private readonly filesReferredTo = new Map<string, ReadonlySet<string>>();

    /** False for a run that checks once and exits: then references are not indexed. */
    indexesReferences = true;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    override async updateReferences(document: LangiumDocument, cancelToken?: CancellationToken): Promise<void> {
        if (!this.indexesReferences) return;
        await super.updateReferences(document, cancelToken);
        const uri = document.uri.toString();
        const targets = new Set<string>();
        for (const reference of this.referenceIndex.get(uri) ?? []) if (!reference.local) targets.add(reference.targetUri.toString());
        this.filesReferredTo.set(uri, targets);
    }

    override removeReferences(uri: URI): void {
        super.removeReferences(uri);
        this.filesReferredTo.delete(uri.toString());
    }

    override isAffected(document: LangiumDocument, changedUris: Set<string>): boolean {
        const targets = this.filesReferredTo.get(document.uri.toString());
        if (targets === undefined) return super.isAffected(document, changedUris);
        if (changedUris.size <= targets.size) {
            for (const changed of changedUris) if (targets.has(changed)) return true;
        } else {
            for (const target of targets) if (changedUris.has(target)) return true;
        }
        return false;
    }
}

/**
 * Services for a run that checks once and exits (the command line): Langium's build phase
 * "index of references" is skipped (about 0.1 s per 1,000 files). Nothing a command does reads
 * the reference index; the language server, which does, never calls this.
 */
export function withoutReferenceIndex(shared: { workspace: { IndexManager: unknown } }): void {
    const index = shared.workspace.IndexManager;
    if (index instanceof KetenIndexManager) index.indexesReferences = false;
}
