import { isSteeringParty, partiesField, partiesOf } from '../../model/agreements.js';
import { commitmentsOwnedBy, holdsMandateIn } from '../../model/mandates.js';
import { defineRule } from '../rule.js';

export const partyWithoutMandate = defineRule({
    meta: {
        id: 'party-without-mandate',
        severity: 'warning',
        area: 'mandates',
        description: 'A party owns a commitment in the agreement, none of its roles holds a mandate in it, and it is not the steering holder.',
        source: 'Awb 10:1 and the seed text, "who may decide": a party that takes on work in the chain without any mandate has to go back to its principal for every decision, and the chain waits.'
    },
    checks: {
        Agreement: (agreement, ctx) => {
            const field = partiesField(agreement);
            if (!field) return;
            for (const party of partiesOf(agreement)) {
                const commitments = commitmentsOwnedBy(agreement, party);
                if (commitments.length === 0 || holdsMandateIn(agreement, party) || isSteeringParty(agreement, party)) continue;
                ctx.report({
                    node: field,
                    property: 'parties',
                    index: field.parties.findIndex(ref => ref.ref === party),
                    message: ctx.messages.partyWithoutMandate({
                        party: party.name, agreement: agreement.name, commitments: commitments.map(c => c.name)
                    }),
                    data: { party: party.name }
                });
            }
        }
    }
});
