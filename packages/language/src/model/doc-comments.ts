/**
 * The doc comment of a declaration (LANGUAGE.md: `/** … *\/` right before a declaration is
 * "shown on hover and in reports"): one line of plain text for the report, the covenant text and
 * the editor alike.
 */
import { CstUtils, parseJSDoc, type AstNode } from 'langium';

/** The doc comment right before a declaration, as one line of plain text; undefined without one. */
export function docCommentOf(node: AstNode | undefined): string | undefined {
    const comment = CstUtils.findCommentNode(node?.$cstNode, ['ML_COMMENT']);
    if (!comment || !isDocComment(comment.text)) return undefined;
    const text = oneLineOfText(parseJSDoc(comment).toString());
    return text === '' ? undefined : text;
}

/**
 * Langium's `isJSDoc` with its default options (the first line starts with `/**`, the last ends
 * with `*\/`), for the ML_COMMENT token, which always ends with `*\/`. Langium builds its
 * regular expressions anew for every comment it is asked about; a report asks about every
 * agreement and mandate.
 */
function isDocComment(commentText: string): boolean {
    return commentText.startsWith('/**');
}

/**
 * Text from the source as one line: control characters (which no document format can hold;
 * XML forbids most of them) dropped, line breaks and runs of white space made one space.
 */
export function oneLineOfText(text: string): string {
    // eslint-disable-next-line no-control-regex -- dropping control characters is the point
    return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g, '').replace(/\s+/g, ' ').trim();
}
