/**
 * Where an element of the covenant text comes from (its id, file and range), and its doc
 * comment (`/** … *\/`, printed as *Toelichting*). Pure functions over the syntax tree; they
 * run wherever Langium runs, in a browser too.
 */
import { AstUtils, type AstNode } from 'langium';
import { model } from '@keten/language';
import type { SourceOf } from './covenant-document.js';

/** The id, file and range of `node`; undefined for a node that was not parsed from text. */
export function sourceOf(node: AstNode | undefined, id: string): SourceOf | undefined {
    const cst = node?.$cstNode;
    if (!node || !cst) return undefined;
    const uri = (AstUtils.findRootNode(node) as { $document?: { uri: { toString(): string } } }).$document?.uri.toString() ?? '';
    const { start, end } = cst.range;
    return { id, uri, range: { start: { line: start.line, character: start.character }, end: { line: end.line, character: end.character } } };
}

/** The doc comment of a declaration and one line of source text: the language's model queries, shared with the report. */
export const docCommentOf = model.docCommentOf;
export const cleanText = model.oneLineOfText;
