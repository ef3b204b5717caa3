import { involvingField, partiesField, partiesOf } from '../../model/agreements.js';
import { unusedInvolvedPartiesOf, unusedPartiesOf } from '../../model/party-involvement.js';
import { defineRule } from '../rule.js';

export const unusedParty = defineRule({
    meta: {
        id: 'unused-party',
        severity: 'warning',
        area: 'governance',
        description: 'A party listed in `parties` or `involving` plays no part: no commitment, condition, mandate, escalation level, measurement, steering, accountability, review, body membership, data it provides, receives or controls, share, or signatory.',
        source: 'Seed text, "één sturing en verantwoording": every party of a chain agreement has a task in it; a party without one signs without being bound to anything.'
    },
    checks: {
        Agreement: (agreement, ctx) => {
            const field = partiesField(agreement);
            if (!field) return;
            for (const party of unusedPartiesOf(agreement)) {
                const index = field.parties.findIndex(ref => ref.ref === party);
                ctx.report({
                    node: field,
                    property: 'parties',
                    index,
                    message: ctx.messages.unusedParty({ agreement: agreement.name, party: party.name }),
                    data: { party: party.name }
                });
            }
            // COVENANT.md: entries of `involving` too, placed on that entry. A party in both lists
            // is reported on its `parties` entry only (its `involving` entry is `duplicate-name`).
            const involving = involvingField(agreement);
            if (!involving) return;
            const listed = partiesOf(agreement);
            for (const party of unusedInvolvedPartiesOf(agreement)) {
                if (listed.includes(party)) continue;
                const index = involving.parties.findIndex(ref => ref.ref === party);
                ctx.report({
                    node: involving,
                    property: 'parties',
                    index,
                    message: ctx.messages.unusedParty({ agreement: agreement.name, party: party.name, involving: true }),
                    data: { party: party.name }
                });
            }
        }
    }
});
