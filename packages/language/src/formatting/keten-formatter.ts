/**
 * The canonical layout of LANGUAGE.md, "Formatting": two-space indentation, one field per
 * line, a blank line between declarations, `{` on the declaration line, lists separated by
 * `, `. Formatting never changes the meaning and never drops a comment.
 */
import type { AstNode } from 'langium';
import { AbstractFormatter } from 'langium/lsp';

export class KetenFormatter extends AbstractFormatter {
    protected format(_node: AstNode): void {
        // Filled in by the formatter work (issue 2).
    }
}
