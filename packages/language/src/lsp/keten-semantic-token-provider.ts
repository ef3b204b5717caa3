/**
 * Semantic highlighting: declarations apart from references (the `declaration` modifier),
 * parties (`class`) apart from roles (`property`) and powers (`method`: what the party may do
 * by law) also inside `Party.role` and `Party.power`, bodies (`struct`), agreements
 * (`namespace`), agreement members (`variable`, data blocks and budgets included), terms
 * (`typeParameter`: a word the agreement defines), dates (`date`), numbers (`number`) and
 * units (`unit`). `date` and `unit` are added to the standard legend; the VS Code extension
 * declares them with `number` and `type` as their super types.
 */
import { AstUtils, isReference, type AstNode, type Reference } from 'langium';
import { AbstractSemanticTokenProvider, AllSemanticTokenTypes, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import {
    isAgreement, isAmount, isBaselineField, isBeforeField, isBody, isBudget, isCommitment, isCondition, isDataSharing, isDateRange,
    isDueField, isDuration, isEffect, isEscalation, isMandate, isParty, isPeriodField, isPower, isRole, isShareField, isTargetField,
    isTerm, isTypeField, isUnitField
} from '../generated/ast.js';
import { referencesOf, splitQualifiedReference } from './qualified-references.js';

export const KETEN_TOKEN_TYPES = { date: 'date', unit: 'unit' } as const;

const DECLARATION = SemanticTokenModifiers.declaration;

export class KetenSemanticTokenProvider extends AbstractSemanticTokenProvider {
    private readonly ketenTokenTypes: Record<string, number> = (() => {
        const base = { ...AllSemanticTokenTypes };
        let next = Math.max(...Object.values(base)) + 1;
        for (const type of Object.values(KETEN_TOKEN_TYPES)) base[type] = next++;
        return base;
    })();

    override get tokenTypes(): Record<string, number> {
        return this.ketenTokenTypes;
    }

    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        this.highlightDeclaration(node, acceptor);
        this.highlightReferences(node, acceptor);
        this.highlightLiterals(node, acceptor);
    }

    protected highlightDeclaration(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const type = isParty(node) ? SemanticTokenTypes.class
            : isRole(node) ? SemanticTokenTypes.property
            : isPower(node) ? SemanticTokenTypes.method
            : isBody(node) ? SemanticTokenTypes.struct
            : isAgreement(node) ? SemanticTokenTypes.namespace
            : isMandate(node) || isCondition(node) || isCommitment(node) || isEscalation(node) || isEffect(node)
                || isDataSharing(node) || isBudget(node) ? SemanticTokenTypes.variable
            : isTerm(node) ? SemanticTokenTypes.typeParameter
            : undefined;
        if (type && (node as { name?: string }).name) acceptor({ node, property: 'name' as never, type, modifier: DECLARATION });
    }

    protected highlightReferences(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const document = AstUtils.getDocument(node);
        for (const reference of referencesOf(node)) {
            if (!isReference(reference) || !reference.$refNode || !reference.ref) continue;
            const qualified = splitQualifiedReference(document, reference);
            if (qualified) {
                acceptor({ range: qualified.partyRange, type: SemanticTokenTypes.class });
                acceptor({ range: qualified.roleRange, type: isPower(qualified.role) ? SemanticTokenTypes.method : SemanticTokenTypes.property });
            } else {
                acceptor({ cst: reference.$refNode, type: referenceType(reference) });
            }
        }
    }

    protected highlightLiterals(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const date = KETEN_TOKEN_TYPES.date;
        const unit = KETEN_TOKEN_TYPES.unit;
        const number = SemanticTokenTypes.number;
        if (isDateRange(node)) {
            acceptor({ node, property: 'start', type: date });
            acceptor({ node, property: 'end', type: date });
        } else if (isBeforeField(node) || isDueField(node)) {
            acceptor({ node, property: 'date', type: date });
        } else if (isPeriodField(node) && node.start) {
            // `period from DATE` (open-ended); a closed period's dates are its DateRange.
            acceptor({ node, property: 'start', type: date });
        } else if (isShareField(node)) {
            acceptor({ node, property: 'value', type: number });
        } else if (isBaselineField(node) || isTargetField(node)) {
            acceptor({ node, property: 'value', type: number });
            acceptor({ node, property: 'date', type: date });
        } else if (isAmount(node)) {
            acceptor({ node, property: 'value', type: number });
            acceptor({ node, property: 'unit', type: unit });
            if (node.per) acceptor({ node, property: 'per', type: unit });
        } else if (isDuration(node)) {
            acceptor({ node, property: 'count', type: number });
            acceptor({ node, property: 'unit', type: unit });
        } else if (isUnitField(node) && node.word) {
            acceptor({ node, property: 'word', type: unit });
        } else if (isTypeField(node)) {
            acceptor({ node, property: 'value', type: SemanticTokenTypes.type });
        }
    }
}

function referenceType(reference: Reference): string {
    const target = reference.ref;
    if (isParty(target)) return SemanticTokenTypes.class;
    if (isRole(target)) return SemanticTokenTypes.property;
    if (isPower(target)) return SemanticTokenTypes.method;
    if (isBody(target)) return SemanticTokenTypes.struct;
    if (isAgreement(target)) return SemanticTokenTypes.namespace;
    return SemanticTokenTypes.variable;
}
