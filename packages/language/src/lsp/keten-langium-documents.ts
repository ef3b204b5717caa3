/**
 * Langium's document list, with the list of all documents kept until a document is added or
 * removed. Langium collects it afresh from its tree of URIs whenever it is asked
 * (`LangiumDocuments.all`), and a change asks twice: in a workspace of a thousand agreements
 * that was a thousand-element copy, twice, on every keystroke (issue 15). The list and its
 * order are Langium's own; only the copy is kept.
 */
import { DefaultLangiumDocuments, stream, type LangiumDocument, type LangiumSharedCoreServices, type Stream, type URI } from 'langium';

export class KetenLangiumDocuments extends DefaultLangiumDocuments {
    private allDocuments: readonly LangiumDocument[] | undefined;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    override get all(): Stream<LangiumDocument> {
        this.allDocuments ??= super.all.toArray();
        return stream(this.allDocuments);
    }

    override addDocument(document: LangiumDocument): void {
        this.allDocuments = undefined;
        super.addDocument(document);
    }

    override deleteDocument(uri: URI): LangiumDocument | undefined {
        this.allDocuments = undefined;
        return super.deleteDocument(uri);
    }

    override deleteDocuments(folder: URI): LangiumDocument[] {
        this.allDocuments = undefined;
        return super.deleteDocuments(folder);
    }
}
