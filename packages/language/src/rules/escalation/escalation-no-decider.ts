import { deciderOf } from '../../model/escalation.js';
import { defineRule } from '../rule.js';

/** A route without levels has no decider either, and is reported the same way. */
export const escalationNoDecider = defineRule({
    meta: {
        id: 'escalation-no-decider',
        severity: 'error',
        area: 'escalation',
        description: 'No level of an escalation route `decides`.',
        source: "Seed text: 'escaleren om snelheid te maken' — escalate to make speed. Escalation only makes speed when it ends with someone who has doorzettingsmacht (the power to take the final decision); a route that only passes the matter on ends in the same stalemate, higher up."
    },
    checks: {
        Escalation: (route, ctx) => {
            if (deciderOf(route)) return;
            ctx.report({ node: route, property: 'name', message: ctx.messages.escalationNoDecider({ route: route.name }) });
        }
    }
});
