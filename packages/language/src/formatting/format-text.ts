/**
 * The pure entry points of formatting, for the `keten format` command and the tests.
 *
 *   const document = parseKetenText(services, text, '/path/to/file.keten');
 *   const formatted = await formatText(services, document);   // undefined: syntax errors
 *
 * The document only needs to be parsed (not linked or validated): the layout depends on the
 * syntax alone.
 */
import { TextDocument, URI, type LangiumDocument } from 'langium';
import type { KetenServices } from '../keten-module.js';
import type { Document } from '../generated/ast.js';
import { hasSyntaxErrors } from './canonical-layout.js';

export { hasSyntaxErrors } from './canonical-layout.js';

/**
 * The text of a parsed document in canonical layout, computed by the language's Formatter
 * service (the same code that answers the editor's "Format Document").
 * Returns undefined when the document has syntax errors: such a file is left as it is and the
 * caller reports the errors.
 */
export async function formatText(services: KetenServices, document: LangiumDocument): Promise<string | undefined> {
    if (hasSyntaxErrors(document)) return undefined;
    const formatter = services.lsp.Formatter;
    if (!formatter) throw new Error('The Keten services have no Formatter.');
    const edits = await formatter.formatDocument(document, {
        textDocument: { uri: document.uri.toString() },
        options: { tabSize: 2, insertSpaces: true }
    });
    return TextDocument.applyEdits(document.textDocument, edits);
}

/**
 * Parses a text into a stand-alone document (not added to the workspace, not linked).
 * `path` only names the document (any unique string for in-memory text).
 */
export function parseKetenText(services: KetenServices, text: string, path = '/formatting/input.keten'): LangiumDocument<Document> {
    return services.shared.workspace.LangiumDocumentFactory.fromString<Document>(text, URI.file(path));
}
