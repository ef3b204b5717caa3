import type { Agreement, Party, PartiesField, InvolvingField } from '../../generated/ast.js';
import { involvedPartiesOf, involvingField, isSteeringParty, partiesField, partiesOf } from '../../model/agreements.js';
import { commitmentsOwnedBy, commitmentsUnderOwnPower, holdsMandateIn } from '../../model/mandates.js';
import { powersOf } from '../../model/parties.js';
import { defineRule, type RuleContext } from '../rule.js';

/**
 * COVENANT.md: each party of a joint `by` owns the commitment; parties of `involving` are
 * checked too, on their `involving` entry (a party in both lists is checked once, on its
 * `parties` entry: the `involving` entry is `duplicate-name`). A party that decides under one of
 * its own powers in one of its commitments is a principal, not a mandate holder: exempt.
 */
export const partyWithoutMandate = defineRule({
    meta: {
        id: 'party-without-mandate',
        severity: 'warning',
        area: 'mandates',
        description: 'A party (of `parties` or `involving`) owns a commitment in the agreement, none of its roles holds a mandate in it, none of its commitments decides under a power of its own, and it is not the steering holder.',
        source: 'Awb 10:1 and the seed text, "who may decide": a party that takes on work in the chain without any mandate or power of its own has to go back to its principal for every decision, and the chain waits.'
    },
    checks: {
        Agreement: (agreement, ctx) => {
            const listed = partiesField(agreement);
            const listedParties = partiesOf(agreement);
            if (listed) for (const party of listedParties) check(agreement, party, listed, ctx);
            const involving = involvingField(agreement);
            if (!involving) return;
            for (const party of involvedPartiesOf(agreement)) {
                if (!listedParties.includes(party)) check(agreement, party, involving, ctx);
            }
        }
    }
});

function check(agreement: Agreement, party: Party, field: PartiesField | InvolvingField, ctx: RuleContext): void {
    const commitments = commitmentsOwnedBy(agreement, party);
    if (commitments.length === 0 || holdsMandateIn(agreement, party) || isSteeringParty(agreement, party)) return;
    if (commitmentsUnderOwnPower(agreement, party).length > 0) return;
    ctx.report({
        node: field,
        property: 'parties',
        index: field.parties.findIndex(ref => ref.ref === party),
        message: ctx.messages.partyWithoutMandate({
            party: party.name, agreement: agreement.name, commitments: commitments.map(c => c.name),
            powers: powersOf(party).map(power => power.name).filter(Boolean)
        }),
        data: { party: party.name }
    });
}
