import { grantorOf, handsOnForeignPower, mandatePowerField, mandatePowerOf } from '../../model/mandates.js';
import { isRole, qualifiedPowerName, qualifiedRoleName } from '../../model/parties.js';
import { defineRule } from '../rule.js';

export const mandatePowerMismatch = defineRule({
    meta: {
        id: 'mandate-power-mismatch',
        severity: 'error',
        area: 'mandates',
        description: "A mandate's `power` belongs to another party than the role named in its `from` (skipped when `from` is a body).",
        source: 'Awb 10:1: a mandate hands on the power of the one who grants it; a role cannot grant in mandate a power that belongs to another organisation.'
    },
    checks: {
        Mandate: (mandate, ctx) => {
            if (!handsOnForeignPower(mandate)) return;
            const field = mandatePowerField(mandate)!;
            const power = mandatePowerOf(mandate)!;
            const grantor = grantorOf(mandate);
            if (!isRole(grantor)) return;
            ctx.report({
                node: field,
                property: 'power',
                message: ctx.messages.mandatePowerMismatch({
                    mandate: mandate.name, power: qualifiedPowerName(power), powerParty: power.$container.name,
                    grantor: qualifiedRoleName(grantor), grantorParty: grantor.$container.name
                }),
                related: [{
                    node: power,
                    property: 'name',
                    message: ctx.messages.powerDeclaredRelated({ power: power.name, party: power.$container.name })
                }]
            });
        }
    }
});
