/** Dutch messages of the governance rules (één sturing en verantwoording). */
import type { governanceEn } from '../en/governance.js';

export const governanceNl: typeof governanceEn = {
    noSingleSteering: a =>
        `Afspraak '${a.agreement}' noemt geen sturing: niemand stuurt de keten als geheel. Voeg 'sturing' toe met de ene rol of het ene orgaan dat stuurt, bijvoorbeeld 'sturing Stuurgroep'.`,
    noAccountability: a =>
        `Afspraak '${a.agreement}' noemt niemand die verantwoordelijk is voor de resultaten van de keten. Voeg 'verantwoordelijk' toe met de rol of het orgaan dat er verantwoording over aflegt.`,
    noReview: a =>
        `Afspraak '${a.agreement}' heeft geen evaluatie: niemand volgt de samenwerking op vaste momenten. Voeg 'evaluatie elke … door …' toe, bijvoorbeeld 'evaluatie elke 6 weken door Stuurgroep'.`,
    partyNotInAgreement: a => {
        const who = a.named === a.party ? `Partij '${a.party}'` : `'${a.named}' (een rol van partij '${a.party}')`;
        if (a.signatory && a.involved) {
            return `${who} wordt genoemd bij '${a.field}', maar ${a.party} staat bij 'betrokken' van afspraak '${a.agreement}': die partijen werken mee zonder aan de afspraak gebonden te zijn, en ondertekenen haar niet. Zet ${a.party} bij 'partijen' als ze wel gebonden is, of haal deze ondertekenaar weg.`;
        }
        if (a.signatory) {
            return `${who} wordt genoemd bij '${a.field}', maar ${a.party} is geen partij van afspraak '${a.agreement}': alleen een rol van een partij bij 'partijen' ondertekent. Voeg ${a.party} toe aan 'partijen', of noem een rol van een partij die er wel bij staat.`;
        }
        return `${who} wordt genoemd bij '${a.field}', maar ${a.party} is geen partij van afspraak '${a.agreement}'. Voeg ${a.party} toe aan 'partijen' (of aan 'betrokken', als ze meewerkt zonder gebonden te zijn), of noem een rol van een partij die er wel bij staat.`;
    },
    unusedParty: a =>
        a.involving
            ? `Partij '${a.party}' staat bij 'betrokken' van afspraak '${a.agreement}', maar speelt er geen enkele rol in: ze heeft geen toezegging of voorwaarde, verleent of houdt geen mandaat, staat op geen escalatieniveau, meet geen effect, levert of ontvangt geen gegevens, is voor geen gegevens verantwoordelijk, betaalt geen aandeel en heeft geen deel aan sturing, verantwoording of evaluatie. Geef haar een taak, of haal haar weg bij 'betrokken'.`
            : `Partij '${a.party}' staat bij de partijen van afspraak '${a.agreement}', maar speelt er geen enkele rol in: ze heeft geen toezegging of voorwaarde, verleent of houdt geen mandaat, staat op geen escalatieniveau, meet geen effect, levert of ontvangt geen gegevens, is voor geen gegevens verantwoordelijk, betaalt geen aandeel, ondertekent niet en heeft geen deel aan sturing, verantwoording of evaluatie. Geef haar een taak, of haal haar weg bij 'partijen'.`
};
