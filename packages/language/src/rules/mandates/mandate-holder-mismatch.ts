import { qualifiedRoleName } from '../../model/parties.js';
import { committingPartyOf, decidesFieldOf, decidingMandateOf, holderOf, isHeldByParty, toField } from '../../model/mandates.js';
import { defineRule } from '../rule.js';

export const mandateHolderMismatch = defineRule({
    meta: {
        id: 'mandate-holder-mismatch',
        severity: 'error',
        area: 'mandates',
        description: 'A commitment by one party decides under a mandate granted to a role of another party.',
        source: 'Awb 10:1 and 10:2: a decision binds the grantor only when the holder of the mandate takes it; a mandate held by another organisation gives this party no authority.'
    },
    checks: {
        Commitment: (commitment, ctx) => {
            const party = committingPartyOf(commitment);
            const mandate = decidingMandateOf(commitment);
            const holder = mandate && holderOf(mandate);
            if (!party || !mandate || !holder || isHeldByParty(mandate, party)) return;
            const holderName = qualifiedRoleName(holder);
            ctx.report({
                node: decidesFieldOf(commitment)!,
                property: 'mandate',
                message: ctx.messages.mandateHolderMismatch({
                    commitment: commitment.name, party: party.name, mandate: mandate.name,
                    holder: holderName, holderParty: holder.$container.name
                }),
                related: [{
                    node: toField(mandate)!,
                    property: 'role',
                    message: ctx.messages.mandateHolderMismatchRelated({ mandate: mandate.name, holder: holderName })
                }]
            });
        }
    }
});
