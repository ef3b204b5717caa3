import { committingPartyOf, decidesFieldOf, decidesWithoutMandate } from '../../model/mandates.js';
import { defineRule } from '../rule.js';

export const missingMandate = defineRule({
    meta: {
        id: 'missing-mandate',
        severity: 'error',
        area: 'mandates',
        description: 'A commitment `decides` but names no mandate (`decides` without `under`).',
        source: 'Awb 10:1: only who holds a mandate may take decisions in the name of an administrative body; a commitment that involves deciding must name the mandate that allows it.'
    },
    checks: {
        Commitment: (commitment, ctx) => {
            const decides = decidesFieldOf(commitment);
            if (!decides || !decidesWithoutMandate(commitment)) return;
            ctx.report({
                node: decides,
                property: 'keyword',
                message: ctx.messages.missingMandate({ commitment: commitment.name, party: committingPartyOf(commitment)?.name }),
                data: { commitment: commitment.name }
            });
        }
    }
});
