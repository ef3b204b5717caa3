/**
 * Dutch texts of `keten diff` and `keten whatif` (see `en/changes.ts`). Change ids, levels and
 * JSON keys stay English (the machine contract); every text a reader sees is Dutch.
 */
import type { ChangeIdName, ChangeText, WhatIfGroupName, changesEn } from '../en/changes.js';
import { formatDateFor } from '../format-values.js';

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
/** Naast een onbekende naam: de vermoedelijke tikfout, of anders de naam die er het dichtst bij komt. */
const bedoeld = (a: { suggestion?: string; nearest?: string }) =>
    a.suggestion ? ` Bedoelt u '${a.suggestion}'?` : a.nearest ? ` De naam die er het dichtst bij komt: '${a.nearest}'.` : '';

const changes: Readonly<Record<ChangeIdName, ChangeText>> = {
    // --- partijen van een afspraak
    'party-removed': {
        description: 'Een partij verdwijnt uit `partijen` van de afspraak: zij is er niet meer aan gebonden en de anderen kunnen niet meer op haar rekenen.',
        message: f => `${f.element} treedt uit afspraak '${f.agreement}': zij is er niet meer aan gebonden en de andere partijen kunnen niet meer op haar rekenen.`
    },
    'party-added': {
        description: 'Een partij komt bij `partijen` van de afspraak.',
        message: f => `${f.element} treedt toe tot afspraak '${f.agreement}' als partij die eraan gebonden is.`
    },
    'involved-party-removed': {
        description: 'Een partij verdwijnt uit `betrokken` van de afspraak: zij werkt er niet meer aan mee.',
        message: f => `${f.element} is niet meer betrokken bij afspraak '${f.agreement}': het werk dat zij daar deed, heeft niemand meer.`
    },
    'involved-party-added': {
        description: 'Een partij komt bij `betrokken` van de afspraak.',
        message: f => `${f.element} wordt betrokken bij afspraak '${f.agreement}', zonder eraan gebonden te zijn.`
    },
    'party-declaration-removed': {
        description: 'Een partijdeclaratie is verwijderd (wat dat betekent, staat bij de wijzigingen van de afspraken zelf).',
        message: f => `De declaratie van partij '${f.element}' is verwijderd.`
    },
    'party-declaration-added': {
        description: 'Een partijdeclaratie is toegevoegd.',
        message: f => `Partij '${f.element}' is gedeclareerd.`
    },
    'party-type-changed': {
        description: 'De `soort` van een partij verandert.',
        message: f => `De soort van partij '${f.element}' verandert.`
    },
    // --- rollen, bevoegdheden en organen
    'role-removed': {
        description: 'Een rol is bij haar partij verwijderd: wie op die functie rekende, verliest haar.',
        message: f => `Rol '${f.element}' is verwijderd: elk mandaat, elk niveau en elke zetel van die rol heeft niemand meer in die functie.`
    },
    'role-added': {
        description: 'Een rol is aan een partij toegevoegd.',
        message: f => `Rol '${f.element}' is toegevoegd.`
    },
    'reports-to-changed': {
        description: 'Een rol valt onder iemand anders (`valt onder`).',
        message: f => `Rol '${f.element}' valt onder iemand anders: de lijn naar boven, en escalatie langs die lijn, verandert.`
    },
    'power-removed': {
        description: 'Een eigen bevoegdheid van een partij is verwijderd: besluiten die daarop steunden, verliezen hun grond.',
        message: f => `Bevoegdheid '${f.element}' is verwijderd: toezeggingen die eronder besloten, verliezen hun grond.`
    },
    'power-added': {
        description: 'Een eigen bevoegdheid van een partij is toegevoegd.',
        message: f => `Bevoegdheid '${f.element}' is toegevoegd.`
    },
    'power-holder-changed': {
        description: 'Een bevoegdheid berust bij een andere rol (`berust bij`): de vorige verliest haar.',
        message: f => `Bevoegdheid '${f.element}' berust bij een andere rol: de vorige oefent haar niet meer uit.`
    },
    'power-basis-changed': {
        description: 'De grondslag van een bevoegdheid verandert.',
        message: f => `De grondslag van bevoegdheid '${f.element}' verandert.`
    },
    'body-removed': {
        description: 'Een orgaan is verwijderd: de leden verliezen hun zetel en wat het stuurde, evalueerde of besliste, heeft niemand meer.',
        message: f => `Orgaan '${f.element}' is verwijderd: wat het stuurde, evalueerde of besliste, heeft niemand meer.`
    },
    'body-added': {
        description: 'Een orgaan is toegevoegd.',
        message: f => `Orgaan '${f.element}' is toegevoegd.`
    },
    'body-member-removed': {
        description: 'Een rol verdwijnt uit de `leden` van een orgaan: zij verliest haar zetel en haar stem.',
        message: f => `Een lid verlaat orgaan '${f.element}': die rol verliest haar zetel en haar stem.`
    },
    'body-member-added': {
        description: 'Een rol komt bij de `leden` van een orgaan.',
        message: f => `Een lid treedt toe tot orgaan '${f.element}'.`
    },
    'body-chair-changed': {
        description: 'De `voorzitter` van een orgaan verandert.',
        message: f => `Orgaan '${f.element}' heeft een andere voorzitter.`
    },
    // --- de afspraak
    'agreement-removed': {
        description: 'Een afspraak is verwijderd: elke partij verliest wat die afspraak haar waarborgde.',
        message: f => `Afspraak '${f.element}' is verwijderd: elke partij verliest wat die afspraak haar waarborgde.`
    },
    'agreement-added': {
        description: 'Een afspraak is toegevoegd.',
        message: f => `Afspraak '${f.element}' is toegevoegd.`
    },
    'steering-changed': {
        description: 'Iemand anders stuurt de keten, of niemand (`sturing`).',
        message: f => f.new === null ? `Afspraak '${f.element}' noemt geen sturing meer: niemand stuurt de keten.` : f.old === null ? `Afspraak '${f.element}' krijgt sturing.` : `Afspraak '${f.element}' wordt door iemand anders gestuurd: de vorige sturing verliest die rol.`
    },
    'accountable-changed': {
        description: 'Iemand anders is verantwoordelijk voor de keten, of niemand (`verantwoordelijk`).',
        message: f => f.new === null ? `Afspraak '${f.element}' noemt geen verantwoordelijke meer: niemand is aanspreekbaar op de resultaten van de keten.` : f.old === null ? `Afspraak '${f.element}' noemt een verantwoordelijke.` : `Afspraak '${f.element}' heeft een andere verantwoordelijke: wie voor de keten aanspreekbaar is, verandert.`
    },
    'review-changed': {
        description: 'De evaluatie verandert: hoe vaak, of door wie (`evaluatie elke … door …`).',
        message: f => `De evaluatie van afspraak '${f.element}' verandert: hoe vaak, of door wie.`
    },
    'period-shortened': {
        description: 'De afspraak loopt korter: een latere begindatum, een eerdere einddatum, of een einde waar zij er geen had.',
        message: f => `Afspraak '${f.element}' loopt korter: de partijen kunnen er minder lang op rekenen.`
    },
    'period-extended': {
        description: 'De afspraak loopt langer: een eerdere begindatum, een latere einddatum, of helemaal geen einde (`looptijd vanaf`).',
        message: f => `Afspraak '${f.element}' loopt langer.`
    },
    'basis-changed': {
        description: 'De grondslag van de afspraak (`grondslag`) verandert.',
        message: f => `De grondslag van afspraak '${f.element}' verandert.`
    },
    'signatory-removed': {
        description: 'Een `ondertekenaar` is geschrapt: die rol tekent niet meer.',
        message: f => `Een ondertekenaar van afspraak '${f.element}' is geschrapt: die rol tekent niet meer.`
    },
    'signatory-added': {
        description: 'Een `ondertekenaar` is toegevoegd.',
        message: f => `Aan afspraak '${f.element}' is een ondertekenaar toegevoegd.`
    },
    'signatory-changed': {
        description: 'De persoon of de bevoegdheid (`krachtens`) van een ondertekenaar verandert.',
        message: f => `Een ondertekenaar van afspraak '${f.element}' tekent als een andere persoon of krachtens iets anders.`
    },
    'term-removed': {
        description: 'Een begripsbepaling (`begrip`) is geschrapt: woorden die erop steunden, hebben geen vaste betekenis meer.',
        message: f => `Begrip '${f.element}' is geschrapt: het woord heeft in de afspraak geen vaste betekenis meer.`
    },
    'term-added': {
        description: 'Een begripsbepaling (`begrip`) is toegevoegd.',
        message: f => `Begrip '${f.element}' is bepaald.`
    },
    'term-changed': {
        description: 'Een begripsbepaling (`begrip`) betekent iets anders.',
        message: f => `Begrip '${f.element}' betekent nu iets anders.`
    },
    'renewal-changed': {
        description: 'Stilzwijgende verlenging (`verlenging`) is toegevoegd, geschrapt of gewijzigd.',
        message: f => `De verlenging van afspraak '${f.element}' verandert.`
    },
    'termination-notice-shortened': {
        description: 'Een partij kan met een kortere opzegtermijn vertrekken: de anderen kunnen minder lang op haar rekenen.',
        message: f => `Een partij kan afspraak '${f.element}' met een kortere termijn opzeggen: de anderen kunnen minder lang op elkaar rekenen.`
    },
    'termination-notice-lengthened': {
        description: 'Een partij moet met een langere termijn opzeggen.',
        message: f => `Een partij moet afspraak '${f.element}' met een langere termijn opzeggen.`
    },
    'termination-changed': {
        description: 'De opzeggingsbepaling is toegevoegd of geschrapt.',
        message: f => `De opzeggingsbepaling van afspraak '${f.element}' is toegevoegd of geschrapt.`
    },
    'amendment-changed': {
        description: 'Hoe de afspraak gewijzigd wordt (`wijziging`), verandert.',
        message: f => `Hoe afspraak '${f.element}' gewijzigd wordt, verandert.`
    },
    'accession-changed': {
        description: 'Hoe een nieuwe partij toetreedt (`toetreding`), verandert.',
        message: f => `Hoe een nieuwe partij tot afspraak '${f.element}' toetreedt, verandert.`
    },
    'disputes-changed': {
        description: 'Hoe geschillen beslecht worden (`geschillen`), verandert.',
        message: f => `Hoe geschillen in afspraak '${f.element}' beslecht worden, verandert.`
    },
    'publication-changed': {
        description: 'Waar of hoe snel de afspraak gepubliceerd wordt (`publicatie`), verandert.',
        message: f => `De publicatie van afspraak '${f.element}' verandert.`
    },
    // --- mandaten
    'mandate-removed': {
        description: 'Een mandaat is ingetrokken: de mandaathouder mag niet meer besluiten, en toezeggingen die eronder besloten, verliezen hun mandaat.',
        message: f => `Mandaat '${f.element}' is ingetrokken: de mandaathouder mag deze besluiten niet meer nemen.`
    },
    'mandate-added': {
        description: 'Een mandaat is verleend.',
        message: f => `Mandaat '${f.element}' is verleend.`
    },
    'mandate-grantor-changed': {
        description: 'Iemand anders verleent een mandaat (`van`).',
        message: f => `Mandaat '${f.element}' wordt door iemand anders verleend: het steunt op een andere mandaatgever.`
    },
    'mandate-holder-changed': {
        description: 'Een andere rol krijgt een mandaat (`aan`): de vorige mandaathouder verliest het.',
        message: f => `Mandaat '${f.element}' gaat naar een andere rol: de vorige mandaathouder mag deze besluiten niet meer nemen.`
    },
    'mandate-scope-changed': {
        description: 'Een mandaat dekt andere besluiten (`reikwijdte`).',
        message: f => `Mandaat '${f.element}' dekt andere besluiten: wat de mandaathouder mag beslissen, verandert.`
    },
    'mandate-limit-lowered': {
        description: 'De `limiet` van een mandaat is verlaagd, of er is een limiet gesteld waar er geen was: de mandaathouder mag over minder beslissen.',
        message: f => f.old === null ? `Mandaat '${f.element}' krijgt een limiet: de mandaathouder mag over minder beslissen dan voorheen.` : `De limiet van mandaat '${f.element}' is verlaagd: de mandaathouder mag over minder beslissen dan voorheen.`
    },
    'mandate-limit-raised': {
        description: 'De `limiet` van een mandaat is verhoogd, of geschrapt.',
        message: f => f.new === null ? `Mandaat '${f.element}' heeft geen limiet meer: de mandaathouder mag over meer beslissen.` : `De limiet van mandaat '${f.element}' is verhoogd: de mandaathouder mag over meer beslissen.`
    },
    'mandate-limit-changed': {
        description: 'De `limiet` van een mandaat staat in een andere eenheid of met een ander `per`-woord: de oude en de nieuwe limiet zijn niet te vergelijken.',
        message: f => `De limiet van mandaat '${f.element}' staat in een andere eenheid: wat de mandaathouder mag beslissen, is niet met voorheen te vergelijken.`
    },
    'mandate-validity-shortened': {
        description: 'Een mandaat geldt korter (`geldig`), of krijgt een einde waar het er geen had.',
        message: f => `Mandaat '${f.element}' geldt korter: de mandaathouder mag gedurende een kortere periode besluiten.`
    },
    'mandate-validity-extended': {
        description: 'Een mandaat geldt langer (`geldig`), of zonder vastgestelde periode.',
        message: f => `Mandaat '${f.element}' geldt langer.`
    },
    'submandate-withdrawn': {
        description: 'Een mandaat mag niet meer worden doorgegeven (`ondermandaat toegestaan` wordt uitgesloten): ondermandaten eronder verliezen hun grond.',
        message: f => `Mandaat '${f.element}' mag niet meer worden doorgegeven: ondermandaten eronder verliezen hun grond.`
    },
    'submandate-granted': {
        description: 'Een mandaat mag worden doorgegeven (`ondermandaat toegestaan`).',
        message: f => `Mandaat '${f.element}' mag nu worden doorgegeven.`
    },
    'mandate-basis-changed': {
        description: 'De grondslag van een mandaat (`grondslag`) verandert.',
        message: f => `De grondslag van mandaat '${f.element}' verandert.`
    },
    'mandate-power-changed': {
        description: 'Een mandaat geeft een andere bevoegdheid door (`bevoegdheid`), of geen.',
        message: f => f.new === null ? `Mandaat '${f.element}' noemt de bevoegdheid die het doorgeeft niet meer.` : f.old === null ? `Mandaat '${f.element}' noemt de bevoegdheid die het doorgeeft.` : `Mandaat '${f.element}' geeft een andere bevoegdheid door.`
    },
    // --- toezeggingen
    'commitment-removed': {
        description: 'Een toezegging is geschrapt: de anderen kunnen niet meer op dat werk rekenen.',
        message: f => `Toezegging '${f.element}' is geschrapt: de andere partijen kunnen niet meer op dat werk rekenen.`
    },
    'commitment-added': {
        description: 'Een toezegging is toegevoegd.',
        message: f => `Toezegging '${f.element}' is toegevoegd.`
    },
    'commitment-party-removed': {
        description: 'Een partij doet een (gezamenlijke) toezegging niet meer (`door`).',
        message: f => `Een partij doet toezegging '${f.element}' niet meer: de anderen kunnen niet meer op haar deel rekenen.`
    },
    'commitment-party-added': {
        description: 'Een partij doet mee aan een toezegging (`door`).',
        message: f => `Een partij doet mee aan toezegging '${f.element}'.`
    },
    'commitment-authority-removed': {
        description: 'Een toezegging beslist niet meer onder een mandaat of bevoegdheid die zij noemde (`beslist onder`).',
        message: f => `Toezegging '${f.element}' beslist niet meer onder een mandaat of bevoegdheid die zij noemde: haar besluiten kunnen hun grond verliezen.`
    },
    'commitment-authority-added': {
        description: 'Een toezegging beslist ook onder een ander mandaat of een andere bevoegdheid (`beslist onder`).',
        message: f => `Toezegging '${f.element}' beslist ook onder een ander mandaat of een andere bevoegdheid.`
    },
    'commitment-decides-changed': {
        description: 'Een toezegging gaat besluiten nemen, of neemt ze niet meer (`beslist`).',
        message: f => `Toezegging '${f.element}' gaat besluiten nemen, of neemt ze niet meer.`
    },
    'commitment-due-earlier': {
        description: 'Een toezegging moet eerder klaar zijn (`uiterlijk`), of krijgt een termijn waar zij er geen had: de partij heeft minder tijd.',
        message: f => f.old === null ? `Toezegging '${f.element}' heeft nu een termijn: de partij heeft er minder tijd voor.` : `Toezegging '${f.element}' moet eerder klaar zijn: de partij heeft er minder tijd voor.`
    },
    'commitment-due-later': {
        description: 'Een toezegging mag later klaar zijn (`uiterlijk`), of heeft geen termijn meer.',
        message: f => f.new === null ? `Toezegging '${f.element}' heeft geen termijn meer: de anderen kunnen er niet op een datum op rekenen.` : `Toezegging '${f.element}' mag later klaar zijn: de anderen krijgen het later.`
    },
    'commitment-due-changed': {
        description: '`uiterlijk` van een toezegging wisselt tussen een datum en een termijn na een gebeurtenis, of noemt een andere gebeurtenis.',
        message: f => `Toezegging '${f.element}' moet op een ander soort moment klaar zijn (een datum, of een termijn na een gebeurtenis).`
    },
    'commitment-obligation-weakened': {
        description: 'Een toezegging belooft een inspanning waar zij een resultaat beloofde (`verplichting`).',
        message: f => `Toezegging '${f.element}' belooft geen resultaat meer, alleen een inspanning: de anderen verliezen een waarborg.`
    },
    'commitment-obligation-strengthened': {
        description: 'Een toezegging belooft een resultaat (`verplichting resultaat`).',
        message: f => `Toezegging '${f.element}' belooft nu een resultaat.`
    },
    'commitment-obligation-changed': {
        description: '`verplichting inspanning` van een toezegging is toegevoegd of geschrapt.',
        message: f => `Toezegging '${f.element}' zegt anders of zij een inspanning belooft.`
    },
    'commitment-condition-removed': {
        description: 'Een toezegging vereist een voorwaarde niet meer (`vereist`): het werk verliest waar het op zou steunen.',
        message: f => `Toezegging '${f.element}' vereist een voorwaarde die zij noemde niet meer: het werk verliest waar het op zou steunen.`
    },
    'commitment-condition-added': {
        description: 'Een toezegging vereist een andere voorwaarde (`vereist`).',
        message: f => `Toezegging '${f.element}' vereist een andere voorwaarde.`
    },
    // --- voorwaarden
    'condition-removed': {
        description: 'Een voorwaarde is geschrapt: het werk dat haar nodig had, heeft minder ruimte.',
        message: f => `Voorwaarde '${f.element}' is geschrapt: het werk dat haar nodig had, heeft minder ruimte.`
    },
    'condition-added': {
        description: 'Een voorwaarde is toegevoegd.',
        message: f => `Voorwaarde '${f.element}' is toegevoegd.`
    },
    'condition-provider-removed': {
        description: 'Een partij levert een voorwaarde niet meer (`geleverd door`).',
        message: f => `Een partij levert voorwaarde '${f.element}' niet meer.`
    },
    'condition-provider-added': {
        description: 'Een partij levert een voorwaarde mee (`geleverd door`).',
        message: f => `Een andere partij levert voorwaarde '${f.element}' mee.`
    },
    'condition-resource-lowered': {
        description: 'Een voorwaarde levert minder (`middel`), of helemaal geen middel meer.',
        message: f => `Voorwaarde '${f.element}' levert minder: het werk heeft minder tijd of geld.`
    },
    'condition-resource-raised': {
        description: 'Een voorwaarde levert meer (`middel`), of een middel waar zij er geen noemde.',
        message: f => `Voorwaarde '${f.element}' levert meer.`
    },
    'condition-resource-changed': {
        description: 'Een voorwaarde levert iets wat niet met voorheen te vergelijken is (een andere eenheid, een ander `per`-woord of een andere omschrijving).',
        message: f => `Voorwaarde '${f.element}' levert iets anders: dat is niet met voorheen te vergelijken.`
    },
    'condition-before-later': {
        description: 'Een voorwaarde is later geregeld (`voor`), of er staat geen datum meer.',
        message: f => f.new === null ? `Voorwaarde '${f.element}' zegt niet meer wanneer zij geregeld is: het werk moet misschien zonder beginnen.` : `Voorwaarde '${f.element}' is later geregeld: het werk moet misschien zonder beginnen.`
    },
    'condition-before-earlier': {
        description: 'Een voorwaarde is eerder geregeld (`voor`), of er staat een datum waar er geen was.',
        message: f => `Voorwaarde '${f.element}' is eerder geregeld.`
    },
    // --- escalatie
    'escalation-removed': {
        description: 'Een escalatieroute is geschrapt: een impasse kan nergens meer heen.',
        message: f => `Escalatieroute '${f.element}' is geschrapt: een impasse kan nergens meer heen.`
    },
    'escalation-added': {
        description: 'Een escalatieroute is toegevoegd.',
        message: f => `Escalatieroute '${f.element}' is toegevoegd.`
    },
    'escalation-level-removed': {
        description: 'Een niveau van een escalatieroute is geschrapt (niveaus worden op hun houder vergeleken).',
        message: f => `Een niveau van escalatieroute '${f.element}' is geschrapt: die houder krijgt de zaak niet meer.`
    },
    'escalation-level-added': {
        description: 'Aan een escalatieroute is een niveau toegevoegd.',
        message: f => `Aan escalatieroute '${f.element}' is een niveau toegevoegd.`
    },
    'escalation-order-changed': {
        description: 'Dezelfde houders krijgen een geëscaleerde zaak in een andere volgorde.',
        message: f => `De niveaus van escalatieroute '${f.element}' staan in een andere volgorde: een zaak bereikt de houders in een andere volgorde.`
    },
    'escalation-decider-changed': {
        description: 'Een ander niveau beslist (`beslist`).',
        message: f => `In escalatieroute '${f.element}' beslist een ander niveau.`
    },
    'escalation-decider-removed': {
        description: 'Geen niveau van een route beslist meer.',
        message: f => `Geen niveau van escalatieroute '${f.element}' beslist meer: een impasse wordt nooit doorbroken.`
    },
    'escalation-decider-added': {
        description: 'Een route zonder beslisser krijgt er een.',
        message: f => `Escalatieroute '${f.element}' krijgt een niveau dat beslist.`
    },
    'escalation-deadline-lengthened': {
        description: 'Een niveau mag er langer over doen (`binnen`), of heeft geen termijn meer: een impasse duurt langer.',
        message: f => `Een niveau van escalatieroute '${f.element}' mag er langer over doen${f.new !== null && !f.new.includes(' within ') ? ' (het heeft geen termijn meer)' : ''}: een impasse duurt langer.`
    },
    'escalation-deadline-shortened': {
        description: 'Een niveau moet sneller handelen (`binnen`), of krijgt een termijn waar het er geen had.',
        message: f => `Een niveau van escalatieroute '${f.element}' moet sneller handelen.`
    },
    // --- effecten
    'effect-removed': {
        description: 'Een effect is geschrapt: de keten zegt niet meer dat zij het bereikt.',
        message: f => `Effect '${f.element}' is geschrapt: de keten zegt niet meer dat zij het bereikt.`
    },
    'effect-added': {
        description: 'Een effect is toegevoegd.',
        message: f => `Effect '${f.element}' is toegevoegd.`
    },
    'effect-unit-changed': {
        description: 'Een effect wordt in een andere `eenheid` gemeten: oude en nieuwe metingen en streefwaarden zijn niet te vergelijken.',
        message: f => `Effect '${f.element}' wordt in een andere eenheid gemeten: eerdere metingen zijn niet meer te vergelijken.`
    },
    'effect-kind-changed': {
        description: 'Een effect is van een andere `soort` (uitkomst, kwaliteit, prestatie).',
        message: f => `Effect '${f.element}' is van een andere soort.`
    },
    'indicator-text-changed': {
        description: 'De `indicator` van een effect is anders verwoord.',
        message: f => `De indicator van effect '${f.element}' is anders verwoord.`
    },
    'baseline-changed': {
        description: 'De `nulmeting` van een effect verandert.',
        message: f => `De nulmeting van effect '${f.element}' verandert.`
    },
    'target-weakened': {
        description: 'Een streefwaarde is minder ambitieus: een waarde die minder vraagt bij haar vergelijking (hoger bij `<=`/`<`, lager bij `>=`/`>`), een latere datum of een ruimere vergelijking, en niets wat strenger wordt.',
        message: f => `De streefwaarde van effect '${f.element}' is afgezwakt: de keten belooft minder, of later.`
    },
    'target-strengthened': {
        description: 'Een streefwaarde is ambitieuzer in alles wat verandert.',
        message: f => `De streefwaarde van effect '${f.element}' is aangescherpt.`
    },
    'target-changed': {
        description: 'Een streefwaarde verandert in onderdelen die verschillende kanten op gaan (of geen kant op).',
        message: f => `De streefwaarde van effect '${f.element}' verandert op een manier die niet één kant op gaat.`
    },
    'target-removed': {
        description: 'Een effect heeft geen `streefwaarde` meer.',
        message: f => `Effect '${f.element}' heeft geen streefwaarde meer: niets zegt wanneer het bereikt is.`
    },
    'target-added': {
        description: 'Een effect krijgt een `streefwaarde`.',
        message: f => `Effect '${f.element}' krijgt een streefwaarde.`
    },
    'measurement-changed': {
        description: 'Hoe, hoe vaak, door wie of waaruit een effect `gemeten` wordt, verandert.',
        message: f => `Effect '${f.element}' wordt anders gemeten.`
    },
    'measurement-added': {
        description: 'Een effect krijgt `gemeten`: iemand volgt het.',
        message: f => `Effect '${f.element}' wordt nu gemeten.`
    },
    'measurement-removed': {
        description: 'Een effect wordt niet meer `gemeten`: niemand volgt het.',
        message: f => `Effect '${f.element}' wordt niet meer gemeten: niemand volgt het.`
    },
    'effect-through-changed': {
        description: 'De toezeggingen waarlangs (`via`) een effect bereikt wordt, veranderen.',
        message: f => `Effect '${f.element}' moet via andere toezeggingen bereikt worden.`
    },
    // --- gegevens
    'data-removed': {
        description: 'Een gegevensblok is geschrapt: die gegevens worden niet meer gedeeld.',
        message: f => `Gegevensblok '${f.element}' is geschrapt: die gegevens worden niet meer gedeeld.`
    },
    'data-added': {
        description: 'Een gegevensblok is toegevoegd: er worden gegevens gedeeld die eerder niet gedeeld werden.',
        message: f => `Gegevensblok '${f.element}' is toegevoegd: er worden persoonsgegevens gedeeld die eerder niet gedeeld werden.`
    },
    'data-purpose-changed': {
        description: 'Gegevens worden voor een ander `doel` gedeeld (AVG art. 5 lid 1 sub b: doelbinding).',
        message: f => `De gegevens van '${f.element}' worden voor een ander doel gedeeld: de betrokkenen verliezen de waarborg van het oude doel.`
    },
    'data-recipient-added': {
        description: 'Een andere partij ontvangt de gegevens (`aan`).',
        message: f => `Een andere partij ontvangt de gegevens van '${f.element}'.`
    },
    'data-recipient-removed': {
        description: 'Een partij ontvangt de gegevens niet meer (`aan`).',
        message: f => `Een partij ontvangt de gegevens van '${f.element}' niet meer.`
    },
    'data-provider-added': {
        description: 'Een andere partij verstrekt de gegevens (`van`).',
        message: f => `Een andere partij verstrekt de gegevens van '${f.element}'.`
    },
    'data-provider-removed': {
        description: 'Een partij verstrekt de gegevens niet meer (`van`).',
        message: f => `Een partij verstrekt de gegevens van '${f.element}' niet meer.`
    },
    'data-basis-changed': {
        description: 'De grondslag voor het delen van de gegevens (`grondslag`) verandert.',
        message: f => `De grondslag voor het delen van de gegevens van '${f.element}' verandert.`
    },
    'data-categories-changed': {
        description: 'Er worden andere soorten gegevens gedeeld (`categorieën`).',
        message: f => `In '${f.element}' worden andere soorten gegevens gedeeld.`
    },
    'data-special-changed': {
        description: 'Bijzondere of strafrechtelijke gegevens (`bijzonder`, AVG art. 9/10) zijn toegevoegd, geschrapt of gewijzigd.',
        message: f => `De bijzondere gegevens die in '${f.element}' gedeeld worden, veranderen.`
    },
    'data-retention-lengthened': {
        description: 'Gegevens worden langer bewaard (`bewaartermijn`), of zonder vastgestelde termijn.',
        message: f => f.new === null ? `De gegevens van '${f.element}' worden zonder vaste termijn bewaard: niets zegt wanneer ze vernietigd worden.` : `De gegevens van '${f.element}' worden langer bewaard.`
    },
    'data-retention-shortened': {
        description: 'Gegevens worden korter bewaard (`bewaartermijn`), of er is een bewaartermijn gesteld waar er geen was.',
        message: f => `De gegevens van '${f.element}' worden korter bewaard.`
    },
    'data-controller-changed': {
        description: 'Iemand anders is verwerkingsverantwoordelijke voor de gegevens (`verantwoordelijke`), of niemand.',
        message: f => f.new === null ? `Niemand is nog verwerkingsverantwoordelijke voor de gegevens van '${f.element}'.` : `Iemand anders is verantwoordelijk voor de gegevens van '${f.element}'.`
    },
    // --- geld
    'budget-removed': {
        description: 'Een begroting is geschrapt: het geld voor dat werk is niet meer afgesproken.',
        message: f => `Begroting '${f.element}' is geschrapt: het geld voor dat werk is niet meer afgesproken.`
    },
    'budget-added': {
        description: 'Een begroting is toegevoegd.',
        message: f => `Begroting '${f.element}' is toegevoegd.`
    },
    'budget-amount-changed': {
        description: 'Het `bedrag` van een begroting verandert.',
        message: f => `Het bedrag van begroting '${f.element}' verandert.`
    },
    'budget-share-changed': {
        description: 'Wie welk aandeel van een begroting betaalt, verandert (één wijziging per begroting, met de oude en de nieuwe aandelen).',
        message: f => `Wie welk aandeel van begroting '${f.element}' betaalt, verandert.`
    },
    // --- verwoording
    'title-changed': {
        description: 'Een titel is anders verwoord.',
        message: f => `De titel van '${f.element}' is anders verwoord.`
    },
    'goal-changed': {
        description: 'Het `doel` van de afspraak is anders verwoord.',
        message: f => `Het doel van afspraak '${f.element}' is anders verwoord.`
    },
    'considering-changed': {
        description: 'De overwegingen (`overwegende`) zijn anders verwoord.',
        message: f => `De overwegingen van afspraak '${f.element}' zijn anders verwoord.`
    },
    'doc-comment-changed': {
        description: 'Een toelichting `/** … */` is anders verwoord.',
        message: f => `De toelichting bij '${f.element}' is anders verwoord.`
    }
};

export const changesNl: typeof changesEn = {
    changes,
    levelWord: { breaking: 'ingrijpend', notable: 'van belang', info: 'verwoording' },
    levelMeaning: {
        breaking: 'iemand verliest een recht of een waarborg, of de keten verliest ambitie of zekerheid',
        notable: 'een echte wijziging die niemand een recht ontneemt',
        info: 'alleen de verwoording'
    },

    diffSummary: a => `${a.breaking} ingrijpend, ${a.notable} van belang, ${a.info} verwoording`,
    noChanges: () => 'Geen wijzigingen in betekenis',
    agreementGroup: a => `afspraak ${a.agreement}`,
    declarationsGroup: () => 'partijen en organen',
    was: () => 'was',
    now: () => 'nu',
    markdownTitle: () => 'Keten: wijzigingen in betekenis',
    markdownSummaryHead: () => '| niveau | wijzigingen | betekenis |',
    markdownLevelSection: a => `${a.level} (${a.count})`,
    markdownTableHead: () => '| wijziging | element | afspraak | was | nu | wat het betekent |',
    markdownMoreChanges: a => n(a.count, 'andere wijziging', 'andere wijzigingen'),
    markdownNoChanges: () => 'Geen wijzigingen in betekenis: opmaak, commentaar, de taal van de trefwoorden en de volgorde van velden tellen niet mee.',
    cataloguePageHead: () => [
        '<!-- Gegenereerd uit packages/changes/src/change-catalogue.ts en de berichtencatalogus met `npm run docs`; niet met de hand bewerken. -->',
        ''
    ],
    catalogueLevelHead: () => '| niveau | betekenis |',
    catalogueTableHead: () => '| id | niveau | betekenis |',
    catalogueArea: {
        parties: 'Partijen van een afspraak', declarations: 'Rollen, bevoegdheden en organen', agreement: 'De afspraak',
        mandates: 'Mandaten', commitments: 'Toezeggingen', conditions: 'Voorwaarden', escalation: 'Escalatieroutes',
        effects: 'Effecten', data: 'Gedeelde gegevens', money: 'Geld', wording: 'Verwoording'
    },
    catalogueSummary: a => `${a.count} soorten wijzigingen.`,
    diffNeedsTwoSides: () => 'keten diff heeft twee kanten nodig: keten diff OUD NIEUW (elk een bestand of een map), of keten diff --base REVISIE [PAD…].',
    diffBaseWithTwoSides: () => 'Met --base komt de oude kant uit git: geef alleen de paden van de werkmap (keten diff --base REVISIE [PAD…]).',
    unknownFailOn: a => `Onbekende --fail-on '${a.value}': gebruik breaking of notable.`,
    unknownDiffFormat: a => `Onbekend formaat '${a.format}': gebruik stylish, md of json.`,
    sideDoesNotParse: a =>
        `${a.file} is niet te lezen (${n(a.count, 'syntaxfout', 'syntaxfouten')}${a.line !== undefined ? `, de eerste op regel ${a.line}` : ''}): een vergelijking van kapotte invoer zou misleiden. Herstel het eerst (keten validate ${a.file}).`,
    sideNotUtf8: a => `${a.file} is geen UTF-8-tekst: een vergelijking ervan zou misleiden. Sla het op als UTF-8.`,
    atRevision: a => `${a.file} in ${a.revision}`,
    gitNotFound: () => 'git is niet geïnstalleerd (of staat niet in het PATH): --base leest de oude kant via git.',
    notAGitRepository: a => `${a.folder} ligt niet in een git-repository: --base heeft er een nodig.`,
    unknownRevision: a => `Onbekende git-revisie '${a.revision}'.`,
    gitFailed: a => `git is mislukt: ${a.reason}`,

    whatIfNeedsScenario: () => 'keten whatif heeft een scenario nodig: --without PARTIJ, --revoke MANDAAT, --vacant Partij.rol of --expire DATUM.',
    unknownParty: a => `Onbekende partij '${a.name}'.`
        + (a.isA === 'role' ? ` '${a.name}' is een rol: voor een functie die leeg is schrijft u --vacant ${a.name}.`
            : a.isA === 'body' ? ` '${a.name}' is een orgaan: een orgaan vertrekt niet, zijn leden wel (--without PARTIJ, of --vacant Partij.rol).`
            : bedoeld(a)),
    unknownMandate: a => `Onbekend mandaat '${a.name}' (schrijf Afspraak.Mandaat).${bedoeld(a)}`,
    ambiguousMandate: a => `Mandaat '${a.name}' is niet eenduidig: het kan ${a.candidates.map(c => `'${c}'`).join(', ')} zijn. Schrijf Afspraak.Mandaat.`,
    unknownRole: a => `Onbekende rol '${a.name}' (schrijf Partij.rol).${bedoeld(a)}`,
    ambiguousRole: a => `Rol '${a.name}' is niet eenduidig: zij kan ${a.candidates.map(c => `'${c}'`).join(', ')} zijn. Schrijf Partij.rol.`,
    invalidExpireDate: a => `--expire heeft een kalenderdatum nodig in de vorm JJJJ-MM-DD, niet '${a.value}'.`,
    scenarioDoesNotParse: a =>
        `${a.file} is niet te lezen (${n(a.count, 'syntaxfout', 'syntaxfouten')}${a.line !== undefined ? `, de eerste op regel ${a.line}` : ''}): een scenario op kapotte invoer zou misleiden. Herstel het eerst (keten validate ${a.file}).`,
    scenarioWithout: a => `${a.party} vertrekt`,
    scenarioRevoke: a => `mandaat ${a.mandate} wordt ingetrokken`,
    scenarioVacant: a => `${a.role} is vacant`,
    scenarioExpire: a => `alles wat vóór ${formatDateFor('nl', a.date)} afloopt, vervalt`,
    joinScenario: parts => parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}`,
    capitalize: text => text.charAt(0).toUpperCase() + text.slice(1),
    whatIfGroup: {
        'commitments-without-mandate': count => n(count, 'toezegging verliest haar mandaat', 'toezeggingen verliezen hun mandaat'),
        'routes-without-decider': count => n(count, 'escalatieroute verliest haar beslisser', 'escalatieroutes verliezen hun beslisser'),
        'routes-with-gap': count => n(count, 'escalatieroute heeft een gat', 'escalatieroutes hebben een gat'),
        'effects-unmeasured': count => `${count} ${count === 1 ? 'effect wordt' : 'effecten worden'} niet meer gemeten`,
        'conditions-unprovided': count => `${count} ${count === 1 ? 'voorwaarde wordt' : 'voorwaarden worden'} niet meer geleverd`,
        'governance-gone': count => n(count, 'afspraak verliest sturing, verantwoordelijke of evaluatie', 'afspraken verliezen sturing, verantwoordelijke of evaluatie'),
        'data-incomplete': count => n(count, 'gegevensblok verliest een verstrekker, ontvanger of verantwoordelijke', 'gegevensblokken verliezen een verstrekker, ontvanger of verantwoordelijke'),
        'budgets-unbalanced': count => `${count} ${count === 1 ? 'begroting klopt' : 'begrotingen kloppen'} niet meer`,
        'mandates-unsound': count => `${count} ${count === 1 ? 'mandaat klopt' : 'mandaten kloppen'} niet meer`,
        'powers-without-holder': count => n(count, 'bevoegdheid verliest haar houder', 'bevoegdheden verliezen hun houder'),
        'parties': count => n(count, 'bevinding over partijen', 'bevindingen over partijen'),
        'other': count => n(count, 'andere bevinding', 'andere bevindingen')
    } satisfies Record<WhatIfGroupName, (count: number) => string>,
    whatIfGroupTitle: {
        'commitments-without-mandate': 'Toezeggingen zonder mandaat',
        'routes-without-decider': 'Escalatieroutes zonder beslisser',
        'routes-with-gap': 'Escalatieroutes met een vacant of ontbrekend niveau',
        'effects-unmeasured': 'Effecten die niemand meet',
        'conditions-unprovided': 'Voorwaarden die niemand levert',
        'governance-gone': 'Sturing, verantwoordelijke of evaluatie weg',
        'data-incomplete': 'Gegevens zonder verstrekker, ontvanger of verantwoordelijke',
        'budgets-unbalanced': 'Begrotingen waarvan de aandelen niet meer kloppen',
        'mandates-unsound': 'Mandaten die niet meer kloppen',
        'powers-without-holder': 'Bevoegdheden zonder houder',
        'parties': 'Partijen',
        'other': 'Andere bevindingen'
    },
    whatIfCounts: a => {
        const parts = [
            a.errors > 0 ? n(a.errors, 'nieuwe fout', 'nieuwe fouten') : '',
            a.warnings > 0 ? n(a.warnings, 'nieuwe waarschuwing', 'nieuwe waarschuwingen') : '',
            a.infos > 0 ? n(a.infos, 'nieuwe melding', 'nieuwe meldingen') : '',
            a.resolved > 0 ? `${a.resolved} opgelost` : ''
        ].filter(part => part !== '');
        return parts.length === 0 ? '(geen nieuwe bevindingen)' : `(${parts.join(', ')})`;
    },
    whatIfNothingBreaks: () => 'er gaat niets nieuws mis',
    whatIfAdded: () => 'Nieuw door het scenario',
    whatIfResolved: () => 'Opgelost door het scenario',
    whatIfMarkdownTitle: () => 'Keten: wat als',
    whatIfFindingHead: () => '| bestand | regelnr. | ernst | regel | bericht |',

    whatIfPickTitle: () => 'Keten: Wat als…',
    whatIfPickPlaceholder: () => 'Kies een partij die vertrekt, een mandaat dat wordt ingetrokken, een rol die vacant raakt of een datum',
    whatIfPartiesHeading: () => 'Partijen',
    whatIfMandatesHeading: () => 'Mandaten',
    whatIfRolesHeading: () => 'Rollen',
    whatIfDateHeading: () => 'Datum',
    whatIfLeaves: () => 'vertrekt',
    whatIfIsRevoked: () => 'wordt ingetrokken',
    whatIfIsVacant: () => 'is vacant',
    whatIfExpireItem: () => 'Alles wat vóór een datum afloopt, vervalt…',
    whatIfExpirePrompt: () => 'Mandaten en afspraken waarvan de geldigheid vóór deze datum afloopt, vervallen',
    whatIfExpireInvalid: a => `Schrijf een kalenderdatum als JJJJ-MM-DD (bijvoorbeeld 2027-01-01), niet '${a.value}'.`,
    whatIfNothingToPick: () => 'Er zijn geen partijen, mandaten of rollen om een scenario op door te rekenen: open een map met .keten-bestanden.',
    whatIfPanelTitle: a => `Wat als: ${a.scenario}`,
    whatIfServerNotRunning: () => 'De Keten-taalserver draait niet.',
    whatIfFailed: a => `Keten kon het scenario niet doorrekenen: ${a.reason}`
};
