import { involvedPartiesOf, involvingField, partiesField } from '../../model/agreements.js';
import { isMentionInAgreement, partyMentionsIn, partyOfMention } from '../../model/party-involvement.js';
import { describeHolder, membersOfBody } from '../../model/parties.js';
import { isBody, isRole, type Role } from '../../generated/ast.js';
import { fieldKeywordText } from '../field-keywords.js';
import { defineRule } from '../rule.js';

export const partyNotInAgreement = defineRule({
    meta: {
        id: 'party-not-in-agreement',
        severity: 'error',
        area: 'governance',
        description: 'A party, or a role of a party, named inside an agreement is listed in neither its `parties` nor its `involving` (a `signatory` must be a role of a party in `parties`); members of a body named there are exempt.',
        source: 'Seed text, "één sturing en verantwoording": an agreement binds only the parties that signed it; giving work, mandates or steering to an organisation that is not a party binds nobody.'
    },
    checks: {
        Agreement: (agreement, ctx) => {
            // Without a `parties` field every name would be reported; `missing-field` says it once.
            if (!partiesField(agreement)) return;
            // Broken input does not cascade (RULES.md): with an entry of `parties` or `involving`
            // that does not resolve, which party it meant is not known; `unresolved-reference` says so.
            if ([partiesField(agreement), involvingField(agreement)].some(field => field?.parties.some(entry => entry.ref === undefined))) return;
            const mentions = partyMentionsIn(agreement);
            // RULES.md: "the members of a body named there are exempt" — a role that sits in a
            // body the agreement names may be named itself (e.g. as an escalation level).
            // Made only when a mention is out of place (most agreements have none).
            let exemptRoles: Set<Role> | undefined;
            for (const mention of mentions) {
                const party = partyOfMention(mention);
                if (!party || isMentionInAgreement(agreement, mention)) continue;
                exemptRoles ??= new Set(mentions.flatMap(m => (isBody(m.target) ? membersOfBody(m.target) : [])));
                // A signatory signs for a party in `parties`, body or no body (COVENANT.md).
                if (mention.kind !== 'signatory' && isRole(mention.target) && exemptRoles.has(mention.target)) continue;
                ctx.report({
                    node: mention.node,
                    property: mention.property,
                    index: mention.index,
                    message: ctx.messages.partyNotInAgreement({
                        agreement: agreement.name,
                        party: party.name,
                        named: isRole(mention.target) ? describeHolder(mention.target) : party.name,
                        field: fieldKeywordText(mention.node),
                        signatory: mention.kind === 'signatory',
                        involved: involvedPartiesOf(agreement).includes(party)
                    })
                });
            }
        }
    }
});
