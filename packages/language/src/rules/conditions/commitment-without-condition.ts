import { needsField } from '../../model/conditions.js';
import { committingPartiesOf } from '../../model/mandates.js';
import { defineRule } from '../rule.js';

export const commitmentWithoutCondition = defineRule({
    meta: {
        id: 'commitment-without-condition',
        severity: 'warning',
        area: 'conditions',
        description: 'A commitment `needs` nothing: the work is put on top of existing tasks.',
        source: 'Seed text, "room to do the work": chain work that is simply added to existing tasks, without time, money or people set aside for it, does not get done.'
    },
    checks: {
        Commitment: (commitment, ctx) => {
            if (needsField(commitment)) return;
            ctx.report({
                node: commitment,
                property: 'name',
                message: ctx.messages.commitmentWithoutCondition({
                    commitment: commitment.name,
                    party: committingPartiesOf(commitment).map(party => party.name).join(', ') || undefined
                })
            });
        }
    }
});
