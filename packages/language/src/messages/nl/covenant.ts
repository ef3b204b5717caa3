/** Dutch messages of the covenant rules (COVENANT.md): ondertekening, de vereiste bepalingen, het einde van een afspraak. */
import type { covenantEn } from '../en/covenant.js';
import type { CovenantClause } from '../../model/agreements.js';
import { formatDateFor } from '../format-values.js';
import { listedNl } from './dutch-words.js';

const CLAUSE_NL: Record<CovenantClause, string> = {
    considering: 'overwegende', termination: 'opzegging', amendment: 'wijziging', disputes: 'geschillen'
};

const CLAUSE_MEANING_NL: Record<CovenantClause, string> = {
    considering: 'waarom de partijen haar sluiten',
    termination: 'hoe een partij haar deelname kan opzeggen',
    amendment: 'hoe de afspraak wordt gewijzigd',
    disputes: 'hoe geschillen tussen de partijen worden beslecht'
};

export const covenantNl: typeof covenantEn = {
    partyWithoutSignatory: a =>
        `Niemand ondertekent afspraak '${a.agreement}' namens partij '${a.party}': de afspraak noemt ondertekenaars, maar geen rol van ${a.party} staat daarbij, dus ${a.party} is niet aan de afspraak gebonden. Voeg 'ondertekenaar ${a.party}.${a.exampleRole ?? 'rol'}' toe met de rol die ${a.party} vertegenwoordigt, of zet ${a.party} bij 'betrokken' als ze meewerkt zonder te ondertekenen.`,
    partyWithoutSignatoryRelated: a =>
        `Hier staat de eerste ondertekenaar van afspraak '${a.agreement}'.`,
    missingCovenantClause: a =>
        `Afspraak '${a.agreement}' wordt ondertekend (er staan ondertekenaars in), maar mist ${listedNl(a.missing.map(clause => CLAUSE_NL[clause]))}: er staat niet in ${a.missing.map(clause => CLAUSE_MEANING_NL[clause]).join(', noch ')}. Voeg ${a.missing.length === 1 ? 'deze bepaling' : 'deze bepalingen'} toe.`,
    openEndedWithoutTermination: a =>
        `Afspraak '${a.agreement}' loopt vanaf ${formatDateFor('nl', a.start)} zonder einddatum en heeft geen 'opzegging': geen enkele partij kan haar deelname ooit beëindigen. Voeg een opzegtermijn toe, bijvoorbeeld 'opzegging termijn 3 maanden', of geef de looptijd een einde ('looptijd ${a.start} tot …').`
};
