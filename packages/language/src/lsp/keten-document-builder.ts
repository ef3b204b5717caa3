/**
 * What a change re-checks. Langium relinks a document when it refers into a changed file (a
 * shared parties file re-checks the agreements that use it, without parsing them again) or
 * when it has an unresolved name (the change may declare it). Keten adds what compares files
 * without a reference between them: `duplicate-name`. A document is also relinked when it
 * declares a top-level name that a changed file declared before the change, and when it has a
 * `duplicate-name` finding now (the change may resolve it). All other documents keep their
 * findings, so an edit costs about the same in a workspace of one file or of a thousand.
 *
 * One corner stays: a new duplicate written into a file that sorts *before* the file holding
 * the first declaration is reported there on that file's next change (the edited file itself
 * is always checked).
 */
import { DefaultDocumentBuilder, URI, type LangiumDocument } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { Document } from '../generated/ast.js';

export class KetenDocumentBuilder extends DefaultDocumentBuilder {
    /** Top-level names the changed files declared before the change (set during `update`). */
    private namesOfChangedFiles: ReadonlySet<string> = new Set();

    override async update(changed: URI[], deleted: URI[], cancelToken?: CancellationToken): Promise<void> {
        const uris = new Set([...changed, ...deleted].map(uri => uri.toString()));
        const names = new Set<string>();
        for (const uri of uris) {
            const document = this.langiumDocuments.getDocument(URI.parse(uri));
            for (const name of topLevelNamesOf(document)) names.add(name);
        }
        this.namesOfChangedFiles = names;
        try {
            await super.update(changed, deleted, cancelToken);
        } finally {
            this.namesOfChangedFiles = new Set();
        }
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (super.shouldRelink(document, changedUris)) return true;
        if (document.diagnostics?.some(diagnostic => diagnostic.code === 'duplicate-name')) return true;
        if (this.namesOfChangedFiles.size === 0) return false;
        return topLevelNamesOf(document).some(name => this.namesOfChangedFiles.has(name));
    }
}

function topLevelNamesOf(document: LangiumDocument | undefined): string[] {
    const root = document?.parseResult?.value as Document | undefined;
    return (root?.elements ?? []).map(element => element.name).filter((name): name is string => typeof name === 'string');
}
