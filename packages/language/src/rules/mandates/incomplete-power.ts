import { missingPowerPartsOf, partyOfPower, rolesOf } from '../../model/parties.js';
import { defineRule } from '../rule.js';

export const incompletePower = defineRule({
    meta: {
        id: 'incomplete-power',
        severity: 'error',
        area: 'mandates',
        description: 'A power of a party lacks `held by` or `basis`; the message lists what is missing.',
        source: 'Awb 1:3 and 10:1 (attribution): a power exists only where a statutory provision gives it to an administrative body; a power that names no body holding it or no legal basis cannot be checked, nor handed on in mandate.'
    },
    checks: {
        Power: (power, ctx) => {
            const missing = missingPowerPartsOf(power);
            if (missing.length === 0 || !power.name) return;
            const party = partyOfPower(power);
            ctx.report({
                node: power,
                property: 'name',
                message: ctx.messages.incompletePower({
                    power: power.name, party: party.name, missing, exampleRole: rolesOf(party).find(role => role.name)?.name
                }),
                data: { missing }
            });
        }
    }
});
