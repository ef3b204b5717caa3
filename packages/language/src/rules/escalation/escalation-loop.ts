import { repeatedLevelsOf } from '../../model/escalation.js';
import { describeHolder } from '../../model/parties.js';
import { defineRule } from '../rule.js';

/**
 * Only reachable levels count (levels after the decider are `escalation-unreachable`), and
 * levels whose holder did not resolve are skipped. A body and a role that is one of its members
 * are different holders.
 */
export const escalationLoop = defineRule({
    meta: {
        id: 'escalation-loop',
        severity: 'error',
        area: 'escalation',
        description: 'The same holder appears twice in one escalation route.',
        source: "Seed text: 'escaleren om snelheid te maken' — escalate to make speed. A route that sends a stuck matter back to a holder who already failed to resolve it goes round in a circle instead of up to doorzettingsmacht (the power to take the final decision), and only costs time."
    },
    checks: {
        Escalation: (route, ctx) => {
            for (const repeat of repeatedLevelsOf(route)) {
                const holder = describeHolder(repeat.holder);
                ctx.report({
                    node: repeat.level,
                    property: 'holder',
                    message: ctx.messages.escalationLoop({ route: route.name, holder }),
                    related: [{ node: repeat.first, property: 'holder', message: ctx.messages.escalationLoopRelated({ holder }) }]
                });
            }
        }
    }
});
