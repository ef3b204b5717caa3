/** Dutch messages of the escalation rules (escaleren om snelheid te maken; doorzettingsmacht). */
import type { escalationEn } from '../en/escalation.js';
import { formatNumberFor } from '../format-values.js';
import { durationNl, listedNl } from './dutch-words.js';

/** ` (14 dagen)` after a duration in another unit, so durations in different units can be compared. */
const inDays = (written: string, days: number) => {
    if (/\b(days?|dag|dagen)$/.test(written)) return '';
    const rounded = Number(days.toFixed(1));
    return ` (${formatNumberFor('nl', rounded)} ${rounded === 1 ? 'dag' : 'dagen'})`;
};

export const escalationNl: typeof escalationEn = {
    missingEscalation: a =>
        `Afspraak '${a.agreement}' verbindt ${a.parties.length} partijen (${listedNl(a.parties)}), maar heeft geen escalatieroute: als ze vastlopen, weet niemand wie de knoop doorhakt en hoe snel. Voeg een 'escalatie' toe waarvan het laatste niveau in handen is van iemand die 'beslist', zoals de houder van de sturing.`,
    escalationNoDecider: a =>
        `Geen enkel niveau van escalatieroute '${a.route}' beslist: een kwestie kan de hele route omhoog gaan en toch vast blijven zitten. Zet 'beslist' bij het niveau met doorzettingsmacht.`,
    escalationUnreachable: a =>
        `Niveau '${a.holder}' van escalatieroute '${a.route}'${a.count > 1 ? ` en ${a.count === 2 ? 'het niveau' : `de ${a.count - 1} niveaus`} daarna` : ''} ${a.count > 1 ? 'worden' : 'wordt'} nooit bereikt: '${a.decider}' neemt al het eindbesluit. Verwijder ${a.count > 1 ? 'deze niveaus' : 'dit niveau'}, of zet 'beslist' bij het niveau dat echt beslist.`,
    escalationUnreachableRelated: a => `'${a.decider}' beslist hier; op dit niveau eindigt de route.`,
    escalationNoDeadline: a =>
        `Niveau '${a.holder}' van escalatieroute '${a.route}' heeft geen termijn, dus niemand weet wanneer de kwestie omhoog moet. Voeg 'binnen' toe, bijvoorbeeld 'binnen 5 werkdagen'.`,
    escalationDeadlineOrder: a =>
        `Niveau '${a.holder}' van escalatieroute '${a.route}' krijgt ${durationNl(a.within)}${inDays(a.within, a.days)}, niet meer dan de ${durationNl(a.earlierWithin)}${inDays(a.earlierWithin, a.earlierDays)} van het eerdere niveau '${a.earlierHolder}'. ` +
        `Elk hoger niveau hoort meer tijd te krijgen dan het niveau eronder: geef dit niveau een langere termijn bij 'binnen', of het eerdere niveau een kortere.`,
    escalationDeadlineOrderRelated: a => `Het eerdere niveau '${a.holder}' krijgt ${durationNl(a.within)}.`,
    escalationLoop: a =>
        `'${a.holder}' komt meer dan eens voor in escalatieroute '${a.route}': de kwestie komt terug bij iemand die haar eerder niet kon oplossen. Verwijder dit niveau of noem een hogere houder.`,
    escalationLoopRelated: a => `Hier wordt '${a.holder}' voor het eerst genoemd.`,
    escalationDownward: a =>
        `In escalatieroute '${a.route}' valt '${a.holder}' onder '${a.previous}' van het niveau ervoor: de kwestie gaat omlaag in de hiërarchie in plaats van omhoog. Zet de niveaus op volgorde van laag naar hoog.`,
    escalationDownwardRelated: a => `Het niveau ervoor is in handen van '${a.holder}'.`,
    escalationFinalWithoutAuthority: a => {
        const notSteering = a.steering ? `dit is niet de houder van de sturing ('${a.steering}')` : `de afspraak noemt geen houder van de sturing`;
        const intro = `'${a.holder}' neemt het eindbesluit in escalatieroute '${a.route}', maar heeft daarvoor geen doorzettingsmacht in afspraak '${a.agreement}': `;
        return a.holderIsBody
            ? intro + notSteering + (a.steeringIsRole ? `, '${a.steering}' is er geen lid van,` : '') +
                ` en geen van de leden heeft een eigen bevoegdheid. Laat de houder van de sturing${a.steeringIsRole ? ' of een orgaan waarin die zitting heeft' : ''} beslissen.`
            : intro + notSteering + ` en '${a.holder}' heeft in deze afspraak geen mandaat en ook geen eigen bevoegdheid.` +
                ` Laat de houder van de sturing${a.steeringIsRole ? ' (of een orgaan waarin die zitting heeft)' : ''} beslissen, of verleen '${a.holder}' een mandaat.`;
    },
    escalationFinalWithoutAuthorityRelated: a => `De keten wordt gestuurd door '${a.steering}'.`
};
