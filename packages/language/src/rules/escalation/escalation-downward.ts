import { downwardStepsOf } from '../../model/escalation.js';
import { describeHolder } from '../../model/parties.js';
import { defineRule } from '../rule.js';

/**
 * Compares each reachable level with the level right before it, only when both are held by
 * roles that resolved. Roles that report to each other in a cycle are `role-cycle` and are not
 * reported here as well.
 */
export const escalationDownward = defineRule({
    meta: {
        id: 'escalation-downward',
        severity: 'warning',
        area: 'escalation',
        description: "A level's role reports, directly or through others, to the role of the level before it.",
        source: "Seed text: 'escaleren om snelheid te maken' — escalate to make speed. Escalating means going up, towards doorzettingsmacht (the power to take the final decision); handing a stuck matter down to someone who reports to the previous holder cannot resolve it and only loses time."
    },
    checks: {
        Escalation: (route, ctx) => {
            for (const step of downwardStepsOf(route)) {
                const previous = describeHolder(step.previousRole);
                ctx.report({
                    node: step.level,
                    property: 'holder',
                    message: ctx.messages.escalationDownward({ route: route.name, holder: describeHolder(step.role), previous }),
                    related: [{ node: step.previous, message: ctx.messages.escalationDownwardRelated({ holder: previous }) }]
                });
            }
        }
    }
});
