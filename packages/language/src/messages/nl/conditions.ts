/** Dutch messages of the conditions rules (randvoorwaarden: ruimte om het werk te doen). */
import type { conditionsEn } from '../en/conditions.js';
import { formatDateFor } from '../format-values.js';

export const conditionsNl: typeof conditionsEn = {
    conditionUnowned: a =>
        `Voorwaarde '${a.condition}' zegt niet wie haar levert. Voeg 'geleverd door' toe met de partij die ervoor zorgt dat ze er is.`,
    commitmentWithoutCondition: a =>
        `Toezegging '${a.commitment}'${a.party ? ` van ${a.party}` : ''} vereist niets: het werk komt bovenop bestaande taken, zonder dat er tijd, geld, mensen of gegevens voor zijn vrijgemaakt. Voeg 'vereist' toe met de voorwaarden die het werk mogelijk maken.`,
    conditionLate: a =>
        `Voorwaarde '${a.condition}' hoeft pas vóór ${formatDateFor('nl', a.before)} geregeld te zijn, maar toezegging '${a.commitment}', die haar vereist, moet al uiterlijk ${formatDateFor('nl', a.due)} klaar zijn. Zet de 'voor'-datum van de voorwaarde op ${formatDateFor('nl', a.due)} of eerder, of schuif de 'uiterlijk'-datum van de toezegging op.`,
    conditionLateRelated: a =>
        `Voorwaarde '${a.condition}' moet vóór ${formatDateFor('nl', a.before)} geregeld zijn.`,
    unusedCondition: a =>
        `Geen enkele toezegging vereist voorwaarde '${a.condition}'. Noem haar bij 'vereist' van de toezegging die ze mogelijk maakt, of verwijder haar.`
};
