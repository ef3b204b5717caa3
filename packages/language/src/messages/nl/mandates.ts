/** Dutch messages of the mandates rules (mandaat, ondermandaat; Awb 10:1–10:12). */
import type { mandatesEn } from '../en/mandates.js';
import { formatDateFor } from '../format-values.js';
import { fieldKeywordNl, joinedNl, listedNl, writtenRangeNl } from './dutch-words.js';
import { quantitiesNl } from './quantities.js';

/** `a`, `a of b`, `a, b of c`. */
const orNl = (words: readonly string[]) =>
    words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} of ${words[words.length - 1]}`;

const POWER_PART_NL: Record<'held by' | 'basis', string> = { 'held by': 'berust bij', basis: 'grondslag' };
const POWER_PART_MEANING_NL: Record<'held by' | 'basis', string> = {
    'held by': 'bij welke van haar rollen ze berust',
    basis: 'welk wettelijk voorschrift haar geeft'
};

const MANDATE_PART_MEANING_NL: Record<string, string> = {
    from: 'wie het verleent',
    to: 'welke rol het houdt',
    scope: 'welke besluiten eronder vallen'
};

/** What a parent mandate has, as a rule wrote it (`limit 5000 EUR`, `validity A to B`), in Dutch. */
function parentAspectNl(what: string): string {
    const limit = /^limit (.*)$/.exec(what);
    if (limit) return `een limiet van ${quantitiesNl.writtenAmount(limit[1])}`;
    const validity = /^validity (.*)$/.exec(what);
    if (validity) return `een geldigheid van ${writtenRangeNl(validity[1])}`;
    return writtenRangeNl(what);
}

export const mandatesNl: typeof mandatesEn = {
    missingMandate: a =>
        `Toezegging '${a.commitment}'${a.party ? ` van ${a.party}` : ''} neemt besluiten, maar noemt geen mandaat. Noem met 'beslist onder …' het mandaat dat deze besluiten toestaat (of een eigen bevoegdheid van de partij, 'beslist onder Partij.bevoegdheid'), of voeg een mandaat toe aan de afspraak.`,
    mandateHolderMismatch: a =>
        a.parties.length > 1
            ? `Toezegging '${a.commitment}' van ${joinedNl(a.parties)} beslist onder mandaat '${a.mandate}', maar dat mandaat is verleend aan '${a.holder}', een rol van ${a.holderParty}. Samen kunnen ze alleen beslissen onder een mandaat dat een rol van een van hen houdt: verleen het mandaat aan een rol van ${orNl(a.parties)}, of noem een ander mandaat.`
            : `Toezegging '${a.commitment}' van ${a.parties[0]} beslist onder mandaat '${a.mandate}', maar dat mandaat is verleend aan '${a.holder}', een rol van ${a.holderParty}. ${a.parties[0]} kan alleen beslissen onder een mandaat dat een van haar eigen rollen houdt: verleen het mandaat aan een rol van ${a.parties[0]}, of noem een ander mandaat.`,
    mandateHolderMismatchRelated: a =>
        `Hier wordt mandaat '${a.mandate}' verleend aan '${a.holder}'.`,
    incompleteMandate: a =>
        `Mandaat '${a.mandate}' mist ${listedNl(a.missing.map(fieldKeywordNl))}: het zegt niet ${a.missing.map(part => MANDATE_PART_MEANING_NL[part] ?? part).join(', noch ')}. Voeg ${a.missing.length === 1 ? 'dit veld' : 'deze velden'} toe.`,
    mandateWithoutValidity: a =>
        `Mandaat '${a.mandate}' heeft geen 'geldig': niemand kan zien van wanneer tot wanneer het geldt. Voeg 'geldig … tot …' toe, bijvoorbeeld met de looptijd van de afspraak.`,
    mandateOutsidePeriod: a =>
        a.period.startsWith('from ')
            ? `Mandaat '${a.mandate}' geldt van ${writtenRangeNl(a.valid)}, maar afspraak '${a.agreement}' loopt vanaf ${formatDateFor('nl', a.period.slice(5))} zonder einddatum: wanneer de afspraak ingaat, mag niemand deze besluiten nemen. Laat de geldigheid ${formatDateFor('nl', a.period.slice(5))} omvatten.`
            : `Mandaat '${a.mandate}' geldt van ${writtenRangeNl(a.valid)}, maar afspraak '${a.agreement}' loopt van ${writtenRangeNl(a.period)}: voor een deel van de looptijd mag niemand deze besluiten nemen. Verleng de geldigheid zodat die de hele looptijd dekt.`,
    submandateDenied: a =>
        `Mandaat '${a.mandate}' wordt verleend door '${a.grantor}', die deze bevoegdheid alleen heeft via ${a.parents.length === 1 ? 'mandaat' : 'de mandaten'} ${listedNl(a.parents)}, en ${a.parents.length === 1 ? 'dat mandaat staat' : 'die staan'} niet toe dat ze wordt doorgegeven (Awb 10:9). Voeg 'ondermandaat toegestaan' toe aan ${a.parents.length === 1 ? 'het bovenliggende mandaat' : 'elk van die mandaten'} als de mandaatgever daarmee instemt, of laat het mandaat verlenen door de oorspronkelijke mandaatgever.`,
    submandateDeniedRelated: a =>
        `Bovenliggend mandaat '${a.parent}' staat geen ondermandaat toe.`,
    submandateLimitExceedsParent: a =>
        `Ondermandaat '${a.mandate}' heeft een limiet van ${quantitiesNl.writtenAmount(a.limit)}, hoger dan ${a.parents.map(p => `de limiet van het bovenliggende mandaat '${p.parent}' (${quantitiesNl.writtenAmount(p.value)})`).join(' en ')}: een ondermandaat kan niet meer ruimte geven dan het bovenliggende mandaat heeft. Verlaag de limiet tot hoogstens ${quantitiesNl.writtenAmount(a.maximum)}.`,
    submandateValidityExceedsParent: a =>
        `Ondermandaat '${a.mandate}' geldt van ${writtenRangeNl(a.valid)} en valt daarmee buiten ${a.parents.map(p => `de geldigheid van het bovenliggende mandaat '${p.parent}' (${writtenRangeNl(p.value)})`).join(' en ')}: buiten die tijd geeft het bovenliggende mandaat geen bevoegdheid om door te geven. Houd de geldigheid binnen die van het bovenliggende mandaat.`,
    submandateExceedsParentRelated: a =>
        `Bovenliggend mandaat '${a.parent}' heeft ${parentAspectNl(a.what)}.`,
    mandateCycle: a =>
        a.holders.length === 1
            ? `Mandaat ${listedNl(a.mandates)} wordt door '${a.holders[0]}' aan '${a.holders[0]}' zelf verleend: een rol kan zichzelf geen bevoegdheid geven. Laat het mandaat verlenen door de rol of het orgaan dat de bevoegdheid heeft.`
            : `Mandaten ${listedNl(a.mandates)} verlenen elkaar bevoegdheid in een kring: ${[...a.holders, a.holders[0]].map(h => `'${h}'`).join(' → ')}. Niemand is de bron van de bevoegdheid. Doorbreek de kring: laat een van deze mandaten verlenen door de rol of het orgaan dat de bevoegdheid heeft.`,
    mandateCycleRelated: a => `Mandaat '${a.mandate}' maakt deel uit van de kring.`,
    partyWithoutMandate: a =>
        a.powers.length > 0
            ? `Partij '${a.party}' doet ${a.commitments.length === 1 ? 'toezegging' : 'de toezeggingen'} ${listedNl(a.commitments)} in afspraak '${a.agreement}', maar geen van haar rollen heeft daar een mandaat en ${a.commitments.length === 1 ? 'de toezegging beslist' : 'geen ervan beslist'} niet onder ${a.powers.length === 1 ? 'haar eigen bevoegdheid' : 'haar eigen bevoegdheden'} ${listedNl(a.powers)}. Noem de bevoegdheid met 'beslist onder ${a.party}.${a.powers[0]}', of verleen een mandaat aan een rol van ${a.party}.`
            : `Partij '${a.party}' doet ${a.commitments.length === 1 ? 'toezegging' : 'de toezeggingen'} ${listedNl(a.commitments)} in afspraak '${a.agreement}', maar geen van haar rollen heeft daar een mandaat: voor elk besluit moet ze terug naar haar eigen bestuur. Verleen een mandaat aan een rol van ${a.party}, of leg, als ze onder een eigen bevoegdheid beslist, die bevoegdheid vast bij partij '${a.party}' en noem haar bij 'beslist onder'.`,
    incompletePower: a =>
        `Bevoegdheid '${a.power}' van partij '${a.party}' mist ${listedNl(a.missing.map(part => POWER_PART_NL[part]))}: er staat niet ${a.missing.map(part => POWER_PART_MEANING_NL[part]).join(', noch ')}. Vul ${a.missing.length === 1 ? 'dit' : 'deze'} aan op de regel van de bevoegdheid, bijvoorbeeld ${a.missing.map(part => part === 'held by' ? `'berust bij ${a.exampleRole ?? 'ROL'}'` : `'grondslag "Wet, artikel"'`).join(' en ')}.`,
    powerHolderMismatch: a =>
        `Toezegging '${a.commitment}'${a.parties.length > 0 ? ` van ${joinedNl(a.parties)}` : ''} beslist onder bevoegdheid '${a.power}', maar die bevoegdheid is van ${a.powerParty}, en ${a.powerParty} doet deze toezegging niet. Een partij beslist alleen onder haar eigen bevoegdheden: zet ${a.powerParty} bij 'door' als de partijen de toezegging gezamenlijk doen, of noem een mandaat dat ${a.powerParty} verleent aan een rol van ${joinedNl(a.parties)}.`,
    powerDeclaredRelated: a =>
        `Bevoegdheid '${a.power}' is van partij '${a.party}'.`,
    mandatePowerMismatch: a =>
        `Mandaat '${a.mandate}' betreft bevoegdheid '${a.power}' van ${a.powerParty}, maar wordt verleend door '${a.grantor}', een rol van ${a.grantorParty}: een mandaatgever kan alleen een bevoegdheid van de eigen organisatie in mandaat geven (Awb 10:1). Noem een bevoegdheid van ${a.grantorParty}, of laat het mandaat verlenen door een rol van ${a.powerParty}.`
};
