import { partiesField, partiesWithoutSignatoryOf, signatoriesOf } from '../../model/agreements.js';
import { rolesOf } from '../../model/parties.js';
import { defineRule } from '../rule.js';

export const partyWithoutSignatory = defineRule({
    meta: {
        id: 'party-without-signatory',
        severity: 'warning',
        area: 'covenant',
        description: 'The agreement names at least one `signatory`, but no role of this party (of `parties`) signs it.',
        source: 'Covenant practice (Aanwijzingen voor convenanten, Stcrt. 2003, 18): a covenant binds a party only when someone authorised to represent it signs it (for a municipality the mayor, Gemeentewet art. 171; for a province the King\'s Commissioner, Provinciewet art. 176); a party for which nobody signs is not bound.'
    },
    checks: {
        Agreement: (agreement, ctx) => {
            const field = partiesField(agreement);
            if (!field) return;
            const first = signatoriesOf(agreement)[0];
            for (const party of partiesWithoutSignatoryOf(agreement)) {
                ctx.report({
                    node: field,
                    property: 'parties',
                    index: field.parties.findIndex(ref => ref.ref === party),
                    message: ctx.messages.partyWithoutSignatory({
                        party: party.name, agreement: agreement.name, exampleRole: rolesOf(party).find(role => role.name)?.name
                    }),
                    related: first ? [{ node: first, message: ctx.messages.partyWithoutSignatoryRelated({ agreement: agreement.name }) }] : [],
                    data: { party: party.name }
                });
            }
        }
    }
});
