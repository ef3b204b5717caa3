/**
 * The Langium Formatter service of Keten: the language server's "Format Document" and
 * "Format Selection" requests, and (through `formatText`) the `keten format` command.
 * The layout itself is computed by the token-stream printer in canonical-layout.ts; see there
 * (and docs/formatting.md) for the rules and for why this is not an `AbstractFormatter`.
 */
import type { LangiumDocument } from 'langium';
import type { Formatter } from 'langium/lsp';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentRangeFormattingParams, TextEdit
} from 'vscode-languageserver';
import { canonicalLayoutEdits, type LayoutEdit } from './canonical-layout.js';

export class KetenFormatter implements Formatter {
    /** The whole document in canonical layout (no edits when it has syntax errors). */
    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        return (canonicalLayoutEdits(document) ?? []).map(edit => toTextEdit(document, edit));
    }

    /**
     * The edits that touch the selected range: the whitespace (and comments) between two
     * tokens is rewritten when that stretch overlaps the selection, so the selected lines get
     * their canonical indentation and spacing and the rest of the file stays as it is.
     */
    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        const from = document.textDocument.offsetAt(params.range.start);
        const to = document.textDocument.offsetAt(params.range.end);
        return (canonicalLayoutEdits(document) ?? [])
            .filter(edit => edit.end >= from && edit.start <= to)
            .map(edit => toTextEdit(document, edit));
    }

    /** Formatting while typing is not offered (see `formatOnTypeOptions`). */
    formatDocumentOnType(): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }
}

function toTextEdit(document: LangiumDocument, edit: LayoutEdit): TextEdit {
    return {
        range: { start: document.textDocument.positionAt(edit.start), end: document.textDocument.positionAt(edit.end) },
        newText: edit.newText
    };
}
