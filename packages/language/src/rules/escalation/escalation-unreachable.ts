import { deciderOf, unreachableLevelsOf } from '../../model/escalation.js';
import { defineRule } from '../rule.js';
import { holderText } from './level-text.js';

/**
 * Does not follow the holders, so it fires also when the first level after the decider names a
 * holder that did not resolve: that level is unreachable whatever its name.
 */
export const escalationUnreachable = defineRule({
    meta: {
        id: 'escalation-unreachable',
        severity: 'warning',
        area: 'escalation',
        description: 'An escalation route has levels after its decider; they can never be reached.',
        source: "Seed text: 'escaleren om snelheid te maken' — escalate to make speed. The level with doorzettingsmacht (the power to take the final decision) ends the route; levels written after it suggest a way up that does not exist and hide who really decides."
    },
    checks: {
        Escalation: (route, ctx) => {
            const decider = deciderOf(route);
            const unreachable = unreachableLevelsOf(route);
            if (!decider || unreachable.length === 0) return;
            const first = unreachable[0];
            ctx.report({
                node: first,
                property: 'holder',
                message: ctx.messages.escalationUnreachable({
                    route: route.name, holder: holderText(first), decider: holderText(decider), count: unreachable.length
                }),
                related: [{ node: decider, message: ctx.messages.escalationUnreachableRelated({ decider: holderText(decider) }) }]
            });
        }
    }
});
