import type { AstNode } from 'langium';
import { AstUtils, GrammarUtils } from 'langium';
import type { Agreement } from '../../generated/ast.js';
import { involvingField, namedMembersOf, partiesField, termsOf } from '../../model/agreements.js';
import { isSameParty, rolesAndPowersOf } from '../../model/parties.js';
import { defineRule, type RuleContext } from '../rule.js';

/**
 * Names share a namespace: top-level declarations across the whole workspace; members (mandate,
 * condition, commitment, escalation, effect, data, budget) within their agreement; terms within
 * their agreement, apart from the members; roles and powers within their party (COVENANT.md,
 * Names). Every declaration after the first is reported; "first" is files in path order, then
 * text order. A party listed in both `parties` and `involving` is reported on its `involving`
 * entry (COVENANT.md).
 */
export const duplicateName = defineRule({
    meta: {
        id: 'duplicate-name',
        severity: 'error',
        area: 'structure',
        description: 'Two declarations share a name in one namespace (top level; one agreement\'s members; one agreement\'s terms; one party\'s roles and powers), or a party is listed in both `parties` and `involving`.',
        source: 'LANGUAGE.md, Names and references: a name must say which party, role or mandate is meant.'
    },
    checks: {
        Party: (party, ctx) => {
            checkTopLevel(party, ctx);
            checkLocal(rolesAndPowersOf(party), ctx);
        },
        Body: (body, ctx) => checkTopLevel(body, ctx),
        Agreement: (agreement, ctx) => {
            checkTopLevel(agreement, ctx);
            checkLocal(namedMembersOf(agreement), ctx);
            checkLocal(termsOf(agreement), ctx);
            checkInvolvingAlsoListed(agreement, ctx);
        }
    }
});

function checkTopLevel(node: AstNode & { name: string }, ctx: RuleContext): void {
    if (!node.name) return;
    const declarations = ctx.workspace.declarationsNamed(node.name)
        .filter(d => d.type === 'Party' || d.type === 'Body' || d.type === 'Agreement');
    if (declarations.length < 2) return;
    const first = declarations[0];
    const uri = AstUtils.getDocument(node).uri.toString();
    const offset = nameOffset(node);
    if (first.documentUri.toString() === uri && first.nameSegment?.offset === offset) return;
    const firstNode = first.node;
    ctx.report({
        node,
        property: 'name',
        message: ctx.messages.duplicateName({ kind: kindOf(node, ctx), name: node.name }),
        related: firstNode ? [{ node: firstNode, property: 'name', message: ctx.messages.duplicateNameRelated({ name: node.name }) }] : []
    });
}

function checkLocal(members: ReadonlyArray<AstNode>, ctx: RuleContext): void {
    const firstByName = new Map<string, AstNode & { name: string }>();
    for (const member of members as Array<AstNode & { name: string }>) {
        if (!member.name) continue;
        const first = firstByName.get(member.name);
        if (!first) {
            firstByName.set(member.name, member);
            continue;
        }
        ctx.report({
            node: member,
            property: 'name',
            message: ctx.messages.duplicateName({ kind: kindOf(member, ctx), name: member.name }),
            related: [{ node: first, property: 'name', message: ctx.messages.duplicateNameRelated({ name: member.name }) }]
        });
    }
}

/** Each `involving` entry that names a party of `parties`: it is listed twice. */
function checkInvolvingAlsoListed(agreement: Agreement, ctx: RuleContext): void {
    const listed = partiesField(agreement);
    const involving = involvingField(agreement);
    if (!listed || !involving) return;
    involving.parties.forEach((ref, index) => {
        const party = ref.ref;
        const listedIndex = party ? listed.parties.findIndex(entry => isSameParty(entry.ref, party)) : -1;
        if (!party || listedIndex < 0) return;
        ctx.report({
            node: involving,
            property: 'parties',
            index,
            message: ctx.messages.duplicateInvolvedParty({ party: party.name, agreement: agreement.name }),
            related: [{ node: listed, property: 'parties', index: listedIndex, message: ctx.messages.duplicateInvolvedPartyRelated({ party: party.name }) }]
        });
    });
}

function nameOffset(node: AstNode): number {
    return GrammarUtils.findNodeForProperty(node.$cstNode, 'name')?.offset ?? -1;
}

function kindOf(node: AstNode, ctx: RuleContext): string {
    return (ctx.messages.kinds as Record<string, string>)[node.$type] ?? node.$type.toLowerCase();
}
