/**
 * The text a document was parsed from. Langium makes a document's `textDocument` on first use
 * (for a file read from disk: one object per file, ~50 µs each); checks that only look for a
 * word in the text read the text the parser kept instead.
 */
import type { LangiumDocument } from 'langium';

export function parsedTextOf(document: LangiumDocument): string {
    return document.parseResult.value.$cstNode?.root.fullText ?? document.textDocument.getText();
}
