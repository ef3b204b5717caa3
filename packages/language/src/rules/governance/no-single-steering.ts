import { steeringField } from '../../model/agreements.js';
import { defineRule } from '../rule.js';

export const noSingleSteering = defineRule({
    meta: {
        id: 'no-single-steering',
        severity: 'error',
        area: 'governance',
        description: 'An agreement has no `steering`: nobody steers the chain as a whole.',
        source: 'Seed text, "één sturing en verantwoording": a chain collaboration fails when several parties steer and none steers the whole; the agreement names the one holder that does.'
    },
    checks: {
        Agreement: (agreement, ctx) => {
            if (steeringField(agreement)) return;
            ctx.report({
                node: agreement,
                property: 'name',
                message: ctx.messages.noSingleSteering({ agreement: agreement.name })
            });
        }
    }
});
