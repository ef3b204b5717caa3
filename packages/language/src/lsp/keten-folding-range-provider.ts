/**
 * Folding: every block (`party`, `body`, `agreement` and the blocks inside an agreement) and
 * every multi-line comment, doc comments included (Langium's comment folding).
 */
import type { AstNode } from 'langium';
import { DefaultFoldingRangeProvider } from 'langium/lsp';
import {
    isAgreement, isBody, isCommitment, isCondition, isEffect, isEscalation, isMandate, isParty
} from '../generated/ast.js';

export function isBlock(node: AstNode): boolean {
    return isParty(node) || isBody(node) || isAgreement(node) || isMandate(node) || isCondition(node)
        || isCommitment(node) || isEscalation(node) || isEffect(node);
}

export class KetenFoldingRangeProvider extends DefaultFoldingRangeProvider {
    /** Only blocks fold; a field that wraps over lines (a long `members` list) does not. */
    protected override shouldProcess(node: AstNode): boolean {
        return isBlock(node);
    }
}
