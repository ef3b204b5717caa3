/**
 * After a change, every other file of the workspace is linked and checked again, not only
 * those with a reference into the changed file: a change in a shared parties file re-checks
 * the agreements that use it, and findings that compare files without a reference between
 * them (`duplicate-name`) appear and disappear in both files. Agreements are small and few,
 * so checking all of them is fast enough to do on every change.
 */
import { DefaultDocumentBuilder, type LangiumDocument } from 'langium';

export class KetenDocumentBuilder extends DefaultDocumentBuilder {
    protected override shouldRelink(_document: LangiumDocument, _changedUris: Set<string>): boolean {
        return true;
    }
}
