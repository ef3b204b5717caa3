import { agreementOf, steeringField, steeringHolderOf, steeringRoleOf } from '../../model/agreements.js';
import { deciderOf, finalAuthorityOf } from '../../model/escalation.js';
import { describeHolder, isBody } from '../../model/parties.js';
import type { RelatedSpec } from '../rule.js';
import { defineRule } from '../rule.js';

/**
 * Skipped when the decider's holder did not resolve, and when `steering` names a holder that did
 * not resolve (whether the decider is the steering holder cannot be told then). An agreement
 * without `steering` is checked: only a mandate can give the decider its authority there.
 */
export const escalationFinalWithoutAuthority = defineRule({
    meta: {
        id: 'escalation-final-without-authority',
        severity: 'warning',
        area: 'escalation',
        description: 'The decider of an escalation route is not the steering holder, not a body that includes the steering role, holds no mandate in the agreement and no power of its own (nor is it a body with a member that holds one).',
        source: "Seed text: 'escaleren om snelheid te maken' — escalate to make speed, up to whoever has doorzettingsmacht (the power to take the final decision). A decider without that power — not the chain's steering, holding no mandate and no power of its own — cannot make its decision stick, so the stalemate returns and the chain stalls."
    },
    checks: {
        Escalation: (route, ctx) => {
            const decider = deciderOf(route);
            const holder = decider?.holder?.ref;
            if (!decider || !holder) return;
            const agreement = agreementOf(route);
            const steering = steeringField(agreement);
            const steeringHolder = steeringHolderOf(agreement);
            if (steering && !steeringHolder) return;
            if (finalAuthorityOf(agreement, holder)) return;
            const related: RelatedSpec[] = steering && steeringHolder
                ? [{ node: steering, message: ctx.messages.escalationFinalWithoutAuthorityRelated({ steering: describeHolder(steeringHolder) }) }]
                : [];
            ctx.report({
                node: decider,
                property: 'holder',
                message: ctx.messages.escalationFinalWithoutAuthority({
                    route: route.name,
                    holder: describeHolder(holder),
                    holderIsBody: isBody(holder),
                    agreement: agreement.name,
                    steering: steeringHolder ? describeHolder(steeringHolder) : undefined,
                    steeringIsRole: steeringRoleOf(agreement) !== undefined
                }),
                related
            });
        }
    }
});
