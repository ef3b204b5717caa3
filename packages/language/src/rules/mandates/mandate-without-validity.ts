import { validField } from '../../model/mandates.js';
import { defineRule } from '../rule.js';

export const mandateWithoutValidity = defineRule({
    meta: {
        id: 'mandate-without-validity',
        severity: 'warning',
        area: 'mandates',
        description: 'A mandate has no `valid` range.',
        source: 'Awb 10:5 and 10:8: a mandate is given in general or for a case and lasts until it is revoked; without a stated term nobody can tell from the agreement whether it still holds.'
    },
    checks: {
        Mandate: (mandate, ctx) => {
            if (validField(mandate)) return;
            ctx.report({
                node: mandate,
                property: 'name',
                message: ctx.messages.mandateWithoutValidity({ mandate: mandate.name })
            });
        }
    }
});
