/**
 * Walks over a syntax tree in exactly the order of Langium's `streamAst` / `streamContents` /
 * `streamReferences` (a node, then its children property by property in the order the parser
 * created the properties, list elements in list order), without their iterator objects.
 *
 * Langium's streams create an iterator and a closure per node; linking, local scopes, the index
 * of references and validation each walk every node of every document, and those walks took
 * about a fifth of `keten validate` (docs/performance.md). The passes that replace Langium's
 * (`keten-linker.ts`, `keten-scope-computation.ts`, `keten-node-descriptions.ts`,
 * `validation/keten-document-validator.ts`) visit the same nodes in the same order, so every
 * result — diagnostics and their order, scopes, the index — is the same.
 */
import {
    Cancellation, isAstNode, isReference, type AstNode, type Reference, type ReferenceInfo
} from 'langium';

import { reflection } from '../generated/ast.js';

type CancellationToken = Cancellation.CancellationToken;

const walked = new WeakMap<AstNode, readonly AstNode[]>();

/**
 * `root` and every node below it, in `streamAst` order (`streamAllContents` is the same without `root`). A
 * syntax tree does not change once parsed (a changed text is parsed into a new tree), so the
 * list is kept per root: linking, local scopes, the index of references and validation walk
 * the same list. (Langium's default passes, had they run, would have seen the same nodes.)
 */
export function nodesInTreeOrder(root: AstNode): readonly AstNode[] {
    let nodes = walked.get(root);
    if (!nodes) walked.set(root, nodes = walkTree(root));
    return nodes;
}

/** The walk itself. An explicit stack rather than recursion: deeply nested broken input must not overflow the stack. */
function walkTree(root: AstNode): AstNode[] {
    const result: AstNode[] = [];
    const stack: AstNode[] = [root];
    while (stack.length > 0) {
        const node = stack.pop()!;
        result.push(node);
        pushChildrenReversed(node, stack);
    }
    return result;
}

/** The children of `node` in `streamContents` order, pushed last-first so they pop first-first. */
function pushChildrenReversed(node: AstNode, stack: AstNode[]): void {
    const before = stack.length;
    for (const key in node) {
        if (key.charCodeAt(0) === 36 /* $ */ || !Object.prototype.hasOwnProperty.call(node, key)) continue;
        const value = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(value)) {
            for (let i = 0; i < value.length; i++) {
                if (isAstNode(value[i])) stack.push(value[i] as AstNode);
            }
        } else if (isAstNode(value)) {
            stack.push(value);
        }
    }
    // Reverse the part just pushed.
    for (let i = before, j = stack.length - 1; i < j; i++, j--) {
        const swap = stack[i];
        stack[i] = stack[j];
        stack[j] = swap;
    }
}

/**
 * Calls `visit` for each single reference held by `node` itself, in `streamReferences` order
 * (a reference property, or each reference of a list property). Multi-references are not used
 * by the Keten grammar; a node that has one is left to Langium (`hasMultiReference`).
 */
export function forEachReferenceOf(node: AstNode, visit: (info: ReferenceInfo & { reference: Reference }) => void): void {
    if (holdsNoReferences(node.$type)) return;
    for (const key in node) {
        if (key.charCodeAt(0) === 36 /* $ */ || !Object.prototype.hasOwnProperty.call(node, key)) continue;
        const value = (node as unknown as Record<string, unknown>)[key];
        if (isReference(value)) {
            visit({ reference: value, container: node, property: key });
        } else if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const element = value[index];
                if (isReference(element)) visit({ reference: element, container: node, property: key, index });
            }
        }
    }
}

/**
 * Cancellation for the passes above: Langium awaits `interruptAndCheck` at every node, which
 * costs a promise per node even when nothing can cancel (the CLI). These passes do nothing
 * without a real token, and otherwise let the event loop in every `NODES_BETWEEN_YIELDS` nodes
 * (a few microseconds each, well inside Langium's 10 ms interruption period).
 */
export const NODES_BETWEEN_YIELDS = 64;

export function cancellable(token: CancellationToken | undefined): boolean {
    return token !== undefined && token !== Cancellation.CancellationToken.None;
}

const withoutReferences = new Map<string, boolean>();

/**
 * Whether nodes of the type can hold no reference: the grammar gives the type no reference
 * property (most nodes: agreements, blocks, dates, amounts, texts). Their properties need not
 * be looked at. A type the grammar does not know is looked at, as before.
 */
function holdsNoReferences(type: string): boolean {
    let none = withoutReferences.get(type);
    if (none === undefined) {
        const known = Object.prototype.hasOwnProperty.call(reflection.types, type);
        const properties = known ? Object.values(reflection.getTypeMetaData(type).properties) as Array<{ referenceType?: string }> : [];
        none = known && properties.every(property => property.referenceType === undefined);
        withoutReferences.set(type, none);
    }
    return none;
}
