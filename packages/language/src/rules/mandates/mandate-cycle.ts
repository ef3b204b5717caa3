import { describeHolder } from '../../model/parties.js';
import { mandateCyclesOf } from '../../model/mandates.js';
import { defineRule } from '../rule.js';

export const mandateCycle = defineRule({
    meta: {
        id: 'mandate-cycle',
        severity: 'error',
        area: 'mandates',
        description: 'Mandates in one agreement form a cycle over holders (A grants to B, B grants back to A; a grant to oneself is a cycle).',
        source: 'Awb 10:1: a mandate passes on authority that the grantor holds; when grants run in a circle, no one in it is the source of the authority, so none of them has it.'
    },
    checks: {
        Agreement: (agreement, ctx) => {
            for (const cycle of mandateCyclesOf(agreement)) {
                const [first, ...others] = cycle.mandates;
                ctx.report({
                    node: first,
                    property: 'name',
                    message: ctx.messages.mandateCycle({
                        holders: cycle.holders.map(describeHolder),
                        mandates: cycle.mandates.map(mandate => mandate.name)
                    }),
                    related: others.map(mandate => ({
                        node: mandate,
                        property: 'name',
                        message: ctx.messages.mandateCycleRelated({ mandate: mandate.name })
                    }))
                });
            }
        }
    }
});
