/** Messages of the covenant rules (COVENANT.md): signing, the required clauses, the end of an agreement. */
import type { CovenantClause } from '../../model/agreements.js';

const quoted = (names: readonly string[]) => names.map(name => `'${name}'`);

/** `'a'`, `'a' and 'b'`, `'a', 'b' and 'c'`. */
const listed = (names: readonly string[]) => {
    const items = quoted(names);
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
};

const CLAUSE_MEANING: Record<CovenantClause, string> = {
    considering: 'why the parties make it',
    termination: 'how a party can end its part in it',
    amendment: 'how it is changed',
    disputes: 'how disputes between the parties are settled'
};

export const covenantEn = {
    partyWithoutSignatory: (a: { party: string; agreement: string; exampleRole?: string }) =>
        `Nobody signs agreement '${a.agreement}' for party '${a.party}': the agreement names signatories, but no role of ${a.party} is among them, so ${a.party} is not bound by it. Add 'signatory ${a.party}.${a.exampleRole ?? 'role'}' with the role that represents ${a.party}, or move ${a.party} to 'involving' if it acts in the agreement without signing it.`,
    partyWithoutSignatoryRelated: (a: { agreement: string }) =>
        `The first signatory of agreement '${a.agreement}' is here.`,
    missingCovenantClause: (a: { agreement: string; missing: readonly CovenantClause[] }) =>
        `Agreement '${a.agreement}' is to be signed (it names signatories), but lacks ${listed(a.missing)}: it does not say ${a.missing.map(clause => CLAUSE_MEANING[clause]).join(', nor ')}. Add ${a.missing.length === 1 ? 'this clause' : 'these clauses'}.`,
    openEndedWithoutTermination: (a: { agreement: string; start: string }) =>
        `Agreement '${a.agreement}' runs from ${a.start} with no end, and has no 'termination': no party can ever leave it. Add a notice period, for example 'termination notice 3 months', or give the period an end ('period ${a.start} to …').`
};
