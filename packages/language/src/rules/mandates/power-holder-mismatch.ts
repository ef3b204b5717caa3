import { committingPartiesOf, decidesFieldOf, foreignPowersOf } from '../../model/mandates.js';
import { qualifiedPowerName } from '../../model/parties.js';
import { defineRule } from '../rule.js';

export const powerHolderMismatch = defineRule({
    meta: {
        id: 'power-holder-mismatch',
        severity: 'error',
        area: 'mandates',
        description: "A commitment decides under a power (`Party.power`) of a party that is none of the commitment's `by` parties.",
        source: 'Awb 10:1 and 10:2: a party decides under its own powers, and under another\'s only through a mandate that other grants; naming another party\'s power gives the committing party no authority at all.'
    },
    checks: {
        Commitment: (commitment, ctx) => {
            const decides = decidesFieldOf(commitment);
            if (!decides) return;
            const parties = committingPartiesOf(commitment).map(party => party.name);
            for (const { power, index } of foreignPowersOf(commitment)) {
                ctx.report({
                    node: decides,
                    property: 'authorities',
                    index,
                    message: ctx.messages.powerHolderMismatch({
                        commitment: commitment.name, parties, power: qualifiedPowerName(power), powerParty: power.$container.name
                    }),
                    related: [{
                        node: power,
                        property: 'name',
                        message: ctx.messages.powerDeclaredRelated({ power: power.name, party: power.$container.name })
                    }]
                });
            }
        }
    }
});
