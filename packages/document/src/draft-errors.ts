/**
 * How many `error` findings make an agreement's covenant text a draft (DOCUMENT.md): those
 * placed in the agreement, or in a party or body it names. The caller knows where the
 * findings are (the CLI's validation result, the language server's diagnostics); this module
 * knows which declarations count.
 */
import { AstUtils, type AstNode } from 'langium';
import { isBody, isDocument, isParty, type Agreement, type Body, type Party } from '@keten/language';

/** A 0-based range, as in LSP. */
export interface PlacedRange {
    readonly start: { readonly line: number; readonly character: number };
    readonly end: { readonly line: number; readonly character: number };
}

/** The top-level declarations whose errors count for the agreement: itself, then the parties and bodies it names. */
export function declarationsCountedFor(agreement: Agreement): AstNode[] {
    const named = new Set<Party | Body>();
    for (const node of AstUtils.streamAst(agreement)) {
        for (const info of AstUtils.streamReferences(node)) {
            const reference = info.reference as { ref?: AstNode };
            const declaration = topLevelOf(reference.ref);
            if (declaration && (isParty(declaration) || isBody(declaration))) named.add(declaration);
        }
    }
    return [agreement, ...named];
}

function topLevelOf(node: AstNode | undefined): AstNode | undefined {
    let current = node;
    while (current?.$container && !isDocument(current.$container)) current = current.$container;
    return current?.$container ? current : undefined;
}

/**
 * The number of errors placed in the agreement or a party or body it names. `errorsIn` gives
 * the ranges of the `error` findings of the file that holds a declaration; an error counts when
 * it starts inside one of those declarations.
 */
export function draftErrorsOf(agreement: Agreement, errorsIn: (declaration: AstNode) => readonly PlacedRange[]): number {
    let count = 0;
    for (const declaration of declarationsCountedFor(agreement)) {
        const range = declaration.$cstNode?.range;
        if (!range) continue;
        count += errorsIn(declaration).filter(error => contains(range, error.start)).length;
    }
    return count;
}

function contains(range: PlacedRange, position: PlacedRange['start']): boolean {
    const after = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
    const before = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
    return after && before;
}
