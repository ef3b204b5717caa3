/** Messages of the governance rules. */
export const governanceEn = {
    noSingleSteering: (a: { agreement: string }) =>
        `Agreement '${a.agreement}' names no steering: nobody steers the chain as a whole. Add 'steering' with the one role or body that steers, for example 'steering Stuurgroep'.`,
    noAccountability: (a: { agreement: string }) =>
        `Agreement '${a.agreement}' names nobody who is accountable for the chain's results. Add 'accountable' with the role or body that answers for them.`,
    noReview: (a: { agreement: string }) =>
        `Agreement '${a.agreement}' has no review: nobody follows the collaboration at set times. Add 'review every … by …', for example 'review every 6 weeks by Stuurgroep'.`,
    partyNotInAgreement: (a: { agreement: string; party: string; named: string; field: string; signatory?: boolean; involved?: boolean }) => {
        const who = a.named === a.party ? `Party '${a.party}'` : `'${a.named}' (a role of party '${a.party}')`;
        if (a.signatory && a.involved) {
            return `${who} is named in '${a.field}', but ${a.party} is listed in 'involving' of agreement '${a.agreement}': those parties act in the agreement without being bound by it, and do not sign it. Move ${a.party} to 'parties' if it is bound, or remove this signatory.`;
        }
        if (a.signatory) {
            return `${who} is named in '${a.field}', but ${a.party} is not one of the parties of agreement '${a.agreement}': only a role of a party in 'parties' signs. Add ${a.party} to 'parties', or name a role of a listed party.`;
        }
        return `${who} is named in '${a.field}' but ${a.party} is not one of the parties of agreement '${a.agreement}'. Add ${a.party} to 'parties' (or to 'involving', if it acts without being bound), or name a role of a listed party.`;
    },
    unusedParty: (a: { agreement: string; party: string; involving?: boolean }) =>
        a.involving
            ? `Party '${a.party}' is listed in 'involving' of agreement '${a.agreement}' but plays no part in it: it owns no commitment or condition, grants or holds no mandate, holds no escalation level, measures no effect, provides, receives or controls no data, pays no share and takes no part in steering, accountability or review. Give it a part, or remove it from 'involving'.`
            : `Party '${a.party}' is listed in the parties of agreement '${a.agreement}' but plays no part in it: it owns no commitment or condition, grants or holds no mandate, holds no escalation level, measures no effect, provides, receives or controls no data, pays no share, signs nothing and takes no part in steering, accountability or review. Give it a part, or remove it from 'parties'.`
};
