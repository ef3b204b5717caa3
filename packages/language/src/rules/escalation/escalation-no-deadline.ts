import { levelsBeforeDeciderOf } from '../../model/escalation.js';
import { defineRule } from '../rule.js';
import { holderText } from './level-text.js';

/**
 * The decider needs no `within` (there is nobody left to pass the matter to), and levels after
 * it are unreachable (`escalation-unreachable`). The missing deadline does not depend on who
 * holds the level, so a level whose holder did not resolve is still reported.
 */
export const escalationNoDeadline = defineRule({
    meta: {
        id: 'escalation-no-deadline',
        severity: 'warning',
        area: 'escalation',
        description: 'A level before the decider (or any level of a route without one) has no `within`.',
        source: "Seed text: 'escaleren om snelheid te maken' — escalate to make speed. A level without a deadline can keep a stuck matter for as long as it likes; only a `within` makes sure the matter reaches the level with doorzettingsmacht (the power to take the final decision) in time."
    },
    checks: {
        Escalation: (route, ctx) => {
            for (const level of levelsBeforeDeciderOf(route)) {
                if (level.within) continue;
                ctx.report({
                    node: level,
                    property: 'holder',
                    message: ctx.messages.escalationNoDeadline({ route: route.name, holder: holderText(level) })
                });
            }
        }
    }
});
