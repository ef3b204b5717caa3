import { involvingField, partiesField } from '../../model/agreements.js';
import { unusedInvolvedPartiesOf, unusedPartiesOf } from '../../model/party-involvement.js';
import { defineRule } from '../rule.js';

export const unusedParty = defineRule({
    meta: {
        id: 'unused-party',
        severity: 'warning',
        area: 'governance',
        description: 'A listed party plays no part: no commitment, condition, mandate, escalation level, measurement, steering, accountability, review or body membership.',
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
            // COVENANT.md: entries of `involving` too, placed on that entry.
            const involving = involvingField(agreement);
            if (!involving) return;
            for (const party of unusedInvolvedPartiesOf(agreement)) {
                const index = involving.parties.findIndex(ref => ref.ref === party);
                ctx.report({
                    node: involving,
                    property: 'parties',
                    index,
                    message: ctx.messages.unusedParty({ agreement: agreement.name, party: party.name }),
                    data: { party: party.name }
                });
            }
        }
    }
});
