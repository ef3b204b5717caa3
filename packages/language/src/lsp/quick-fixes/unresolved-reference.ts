/**
 * `unresolved-reference`: replace the name with the closest existing name of the right kind.
 *
 * A fix must not add an error (issue 10, item 9): a name that resolves can make other rules
 * speak where the unresolved one kept them quiet. So the closest name is taken among those
 * that fit the place: not a holder already on another level of the same escalation route
 * (`escalation-loop`), not a party or a role of a party the agreement does not list
 * (`party-not-in-agreement`; a party of `involving` counts, except for a `signatory`), not a
 * party in both `parties` and `involving` (`duplicate-name`), not the other side of the same
 * mandate (`mandate-cycle`), after `under` not a mandate granted to, or a power of, a party
 * other than the commitment's `by` parties (`mandate-holder-mismatch`, `power-holder-mismatch`),
 * and after a mandate's `power` not a power of another party than the grantor's
 * (`mandate-power-mismatch`). When no close name fits, no replacement is offered.
 */
import { AstUtils, isReference, type AstNode, type AstNodeDescription, type Reference, type ReferenceInfo } from 'langium';
import { TextEdit } from 'vscode-languageserver';
import {
    isAgreement, isDecidesField, isEscalation, isFromField, isInvolvingField, isLevel, isMandate, isMandatePowerField,
    isPartiesField, isParty, isPower, isRole, isSignatoryField, isToField
} from '../../generated/ast.js';
import { involvedPartiesOf, isListedParty, isPartyInAgreement, partiesField } from '../../model/agreements.js';
import { isSameParty } from '../../model/parties.js';
import { closestName } from '../../model/closest-name.js';
import { committingPartiesOf, grantorOf, holderOf, isHeldByParty } from '../../model/mandates.js';
import { quickFixAction, type QuickFix, type QuickFixContext } from './quick-fix.js';
import { KetenLinker } from '../../scoping/keten-linker.js';

export const replaceWithClosestName: QuickFix = {
    rule: 'unresolved-reference',
    fixes(context) {
        const found = referenceAt(context);
        if (!found || !found.reference.$refNode) return [];
        const scope = context.services.references.ScopeProvider.getScope(found);
        const remaining = new Set(scope.getAllElements().map(description => description.name).distinct());
        // First the name the message suggests (for a name of the wrong kind: `JBG` → `JBG.bestuurder`).
        const linker = context.services.references.Linker;
        let suggested = linker instanceof KetenLinker ? linker.unresolvedReferenceText(found).suggestion : undefined;
        for (;;) {
            const name = suggested !== undefined && remaining.has(suggested) ? suggested : closestName(found.reference.$refText, remaining);
            suggested = undefined;
            if (!name) return [];
            remaining.delete(name);
            const description = scope.getElement(name);
            const target = description ? nodeOf(context, description) : undefined;
            if (target && !fitsThePlace(found, target)) continue;
            return [quickFixAction(context, context.messages.editor.fixReplaceName({ name }),
                [TextEdit.replace(found.reference.$refNode.range, name)], true)];
        }
    }
};

function nodeOf(context: QuickFixContext, description: AstNodeDescription): AstNode | undefined {
    if (description.node) return description.node;
    const documents = context.services.shared.workspace.LangiumDocuments;
    const document = documents.getDocument(description.documentUri);
    return document ? context.services.workspace.AstNodeLocator.getAstNode(document.parseResult.value, description.path) : undefined;
}

/** Whether naming `target` at the reference's place leaves the other rules as quiet as before. */
function fitsThePlace(found: ReferenceInfo, target: AstNode): boolean {
    const container = found.container;
    if (isLevel(container)) {
        const route = container.$container;
        if (isEscalation(route) && route.levels.some(level => level !== container && level.holder?.ref === target)) return false;
    }
    const agreement = AstUtils.getContainerOfType(container, isAgreement);
    const party = isRole(target) ? target.$container : isParty(target) ? target : undefined;
    if (agreement && party) {
        // COVENANT.md: a party of `involving` counts as in the agreement, but only a party of
        // `parties` signs; a party in both lists is `duplicate-name`.
        if (isPartiesField(container)) {
            if (involvedPartiesOf(agreement).includes(party)) return false;
        } else if (isInvolvingField(container)) {
            if (isListedParty(agreement, party)) return false;
        } else if (partiesField(agreement)) {
            const allowed = isSignatoryField(container) ? isListedParty(agreement, party) : isPartyInAgreement(agreement, party);
            if (!allowed) return false;
        }
    }
    const mandate = isFromField(container) || isToField(container) ? container.$container : undefined;
    if (isMandate(mandate)) {
        const otherSide = isFromField(container) ? holderOf(mandate) : grantorOf(mandate);
        if (otherSide === target) return false;
    }
    if (isDecidesField(container)) {
        // With a joint `by`, a mandate held by, or a power of, any of the `by` parties fits.
        const parties = committingPartiesOf(container.$container);
        if (isMandate(target) && parties.length > 0 && holderOf(target) && !parties.some(p => isHeldByParty(target, p))) return false;
        if (isPower(target) && parties.length > 0 && !parties.some(p => isSameParty(p, target.$container))) return false;
    }
    if (isMandatePowerField(container) && isPower(target)) {
        const grantor = grantorOf(container.$container);
        if (isRole(grantor) && !isSameParty(grantor.$container, target.$container)) return false;
    }
    return true;
}

/** The reference the diagnostic is placed on, with what the scope provider needs to know. */
function referenceAt(context: QuickFixContext): (ReferenceInfo & { reference: Reference }) | undefined {
    const offset = context.document.textDocument.offsetAt(context.diagnostic.range.start);
    for (let node: AstNode | undefined = context.node; node; node = node.$container) {
        for (const [property, value] of Object.entries(node)) {
            if (property.startsWith('$')) continue;
            const items = Array.isArray(value) ? value : [value];
            for (let index = 0; index < items.length; index++) {
                const item: unknown = items[index];
                if (!isReference(item) || !item.$refNode) continue;
                if (item.$refNode.offset <= offset && offset <= item.$refNode.end) {
                    return { reference: item, container: node, property, index: Array.isArray(value) ? index : undefined };
                }
            }
        }
    }
    return undefined;
}
