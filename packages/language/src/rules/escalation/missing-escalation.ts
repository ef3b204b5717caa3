import { escalationsOf, partiesOf } from '../../model/agreements.js';
import { defineRule } from '../rule.js';

/**
 * Counts the parties listed in `parties` that resolved, each once: a name that did not resolve
 * is `unresolved-reference` and does not make an agreement a chain (broken input does not cascade).
 */
export const missingEscalation = defineRule({
    meta: {
        id: 'missing-escalation',
        severity: 'error',
        area: 'escalation',
        description: 'An agreement with two or more parties in `parties` (those of `involving` do not count) has no escalation route.',
        source: "Seed text: 'escaleren om snelheid te maken' — escalate to make speed. Where several organisations work together, a stalemate between them is certain to come; without a route upward to someone with doorzettingsmacht (the power to take the final decision) the chain simply stalls."
    },
    checks: {
        Agreement: (agreement, ctx) => {
            const parties = partiesOf(agreement);
            if (parties.length < 2 || escalationsOf(agreement).length > 0) return;
            ctx.report({
                node: agreement,
                property: 'name',
                message: ctx.messages.missingEscalation({ agreement: agreement.name, parties: parties.map(party => party.name) })
            });
        }
    }
});
