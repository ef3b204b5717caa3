/**
 * Where an element of the covenant text comes from (its id, file and range), and its doc
 * comment (`/** … *\/`, printed as *Toelichting*). Pure functions over the syntax tree; they
 * run wherever Langium runs, in a browser too.
 */
import { AstUtils, CstUtils, isJSDoc, parseJSDoc, type AstNode } from 'langium';
import type { SourceOf } from './covenant-document.js';

/** The id, file and range of `node`; undefined for a node that was not parsed from text. */
export function sourceOf(node: AstNode | undefined, id: string): SourceOf | undefined {
    const cst = node?.$cstNode;
    if (!node || !cst) return undefined;
    const uri = (AstUtils.findRootNode(node) as { $document?: { uri: { toString(): string } } }).$document?.uri.toString() ?? '';
    const { start, end } = cst.range;
    return { id, uri, range: { start: { line: start.line, character: start.character }, end: { line: end.line, character: end.character } } };
}

/** The doc comment right before a declaration, as one line of plain text; undefined without one. */
export function docCommentOf(node: AstNode | undefined): string | undefined {
    const comment = CstUtils.findCommentNode(node?.$cstNode, ['ML_COMMENT']);
    if (!comment || !isJSDoc(comment)) return undefined;
    const text = cleanText(parseJSDoc(comment).toString());
    return text === '' ? undefined : text;
}

/**
 * Text from the source as one line: control characters (which no document format can hold;
 * XML forbids most of them) dropped, line breaks and runs of white space made one space.
 */
export function cleanText(text: string): string {
    // eslint-disable-next-line no-control-regex -- dropping control characters is the point
    return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g, '').replace(/\s+/g, ' ').trim();
}
