import { isListedParty, partiesField } from '../../model/agreements.js';
import { partyMentionsIn, partyOfMention } from '../../model/party-involvement.js';
import { describeHolder } from '../../model/parties.js';
import { isRole } from '../../generated/ast.js';
import { fieldKeywordText } from '../field-keywords.js';
import { defineRule } from '../rule.js';

export const partyNotInAgreement = defineRule({
    meta: {
        id: 'party-not-in-agreement',
        severity: 'error',
        area: 'governance',
        description: 'A party, or a role of a party, named inside an agreement is not listed in its `parties`; members of a body named there are exempt.',
        source: 'Seed text, "één sturing en verantwoording": an agreement binds only the parties that signed it; giving work, mandates or steering to an organisation that is not a party binds nobody.'
    },
    checks: {
        Agreement: (agreement, ctx) => {
            // Without a `parties` field every name would be reported; `missing-field` says it once.
            if (!partiesField(agreement)) return;
            for (const mention of partyMentionsIn(agreement)) {
                const party = partyOfMention(mention);
                if (!party || isListedParty(agreement, party)) continue;
                ctx.report({
                    node: mention.node,
                    property: mention.property,
                    message: ctx.messages.partyNotInAgreement({
                        agreement: agreement.name,
                        party: party.name,
                        named: isRole(mention.target) ? describeHolder(mention.target) : party.name,
                        field: fieldKeywordText(mention.node)
                    })
                });
            }
        }
    }
});
