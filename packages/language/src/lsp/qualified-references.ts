/**
 * `Party.role` and `Party.power` references in the text: which part of a qualified name the
 * cursor is on, and the ranges of the two parts. A qualified name resolves to the role (or the
 * power) as a whole; the editor treats its first part as a reference to the party (hover, go to
 * definition, find references, rename, highlighting).
 */
import { CstUtils, isReference, type AstNode, type CstNode, type LangiumDocument, type Reference } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { isPower, isRole, type Party, type Power, type Role } from '../generated/ast.js';

/** A member of a party that is referred to as `Party.member`: a role or a power (COVENANT.md). */
export type PartyMember = Role | Power;

export function isPartyMember(node: unknown): node is PartyMember {
    return isRole(node) || isPower(node);
}

export interface QualifiedRoleReference {
    readonly reference: Reference<PartyMember>;
    /** The role or power the whole name resolves to. */
    readonly role: PartyMember;
    /** The range of `Party` in `Party.role`. */
    readonly partyRange: Range;
    /** The range of `role` (or `power`) in `Party.role`. */
    readonly roleRange: Range;
}

/** Every reference held by a node (single and list properties). */
export function referencesOf(node: AstNode): Reference[] {
    const result: Reference[] = [];
    for (const value of Object.values(node)) {
        if (isReference(value)) result.push(value);
        else if (Array.isArray(value)) for (const item of value) if (isReference(item)) result.push(item);
    }
    return result;
}

/** Splits a resolved `Party.role` or `Party.power` reference into its two parts; `undefined` for a plain name. */
export function splitQualifiedReference(document: LangiumDocument, reference: Reference): QualifiedRoleReference | undefined {
    const refNode = reference.$refNode;
    const role = reference.ref;
    if (!refNode || !isPartyMember(role)) return undefined;
    const text = refNode.text;
    const dot = text.indexOf('.');
    if (dot < 0) return undefined;
    const positionAt = (offset: number) => document.textDocument.positionAt(offset);
    const lastDot = text.lastIndexOf('.');
    return {
        reference: reference as Reference<PartyMember>,
        role,
        partyRange: { start: positionAt(refNode.offset), end: positionAt(refNode.offset + text.slice(0, dot).trimEnd().length) },
        roleRange: { start: positionAt(refNode.offset + lastDot + 1), end: positionAt(refNode.end) }
    };
}

/** The qualified role or power reference whose party part lies under `offset`, if any. */
export function partyPartAt(document: LangiumDocument, offset: number): { party: Party; range: Range; qualified: QualifiedRoleReference } | undefined {
    const root = document.parseResult.value.$cstNode;
    if (!root) return undefined;
    const leaf: CstNode | undefined = CstUtils.findLeafNodeAtOffset(root, offset);
    if (!leaf) return undefined;
    for (const reference of referencesOf(leaf.astNode)) {
        const refNode = reference.$refNode;
        if (!refNode || offset < refNode.offset || offset > refNode.end) continue;
        const qualified = splitQualifiedReference(document, reference);
        if (!qualified) continue;
        const partyEnd = document.textDocument.offsetAt(qualified.partyRange.end);
        if (offset <= partyEnd) return { party: qualified.role.$container, range: qualified.partyRange, qualified };
    }
    return undefined;
}
