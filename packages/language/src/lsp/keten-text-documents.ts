/**
 * The documents an editor has open, as Langium keeps them, with one shortcut: asking for a
 * document when none is open answers at once. Langium asks on every build phase of every
 * document (which services a file has, whether the editor holds its text), and each answer
 * first parses and prints the document's address again (`UriUtils.normalize`); on the command
 * line and in the workers nothing is ever open, and that cost ~40 ms per 1,000 files.
 */
import { TextDocument, type URI } from 'langium';
import { NormalizedTextDocuments } from 'langium/lsp';

export class KetenTextDocuments extends NormalizedTextDocuments<TextDocument> {
    constructor() {
        super(TextDocument);
    }

    override get(uri: string | URI): TextDocument | undefined {
        // Langium's own map (private in its types): empty means no open document has this address.
        const synced = (this as unknown as { _syncedDocuments?: unknown })._syncedDocuments;
        if (synced instanceof Map && synced.size === 0) return undefined;
        return super.get(uri);
    }
}
