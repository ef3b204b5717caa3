import { qualifiedRoleName } from '../../model/parties.js';
import { committingPartiesOf, decidesFieldOf, holderOf, isHeldByParty, toField } from '../../model/mandates.js';
import { isMandate } from '../../generated/ast.js';
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
            // COVENANT.md: M must be granted to a role of one of the commitment's `by` parties.
            // One finding per commitment: on the first mandate after `under` that is not.
            const parties = committingPartiesOf(commitment);
            const decides = decidesFieldOf(commitment);
            if (parties.length === 0 || !decides) return;
            const index = decides.authorities.findIndex(ref => {
                const mandate = ref.ref;
                return isMandate(mandate) && holderOf(mandate) !== undefined && !parties.some(party => isHeldByParty(mandate, party));
            });
            if (index < 0) return;
            const mandate = decides.authorities[index].ref;
            const holder = isMandate(mandate) ? holderOf(mandate) : undefined;
            if (!isMandate(mandate) || !holder) return;
            const holderName = qualifiedRoleName(holder);
            ctx.report({
                node: decides,
                property: 'authorities',
                index,
                message: ctx.messages.mandateHolderMismatch({
                    commitment: commitment.name, parties: parties.map(p => p.name), mandate: mandate.name,
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
