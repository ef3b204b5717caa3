/**
 * The rule documentation in Dutch (`keten rules --locale nl`, docs/rules.nl.md): what each rule
 * checks and why it matters, keyed by rule id. The English texts are the rule metadata in each
 * rule module; a test checks that every rule has its Dutch twin here.
 */
import type { RuleArea } from '../../rules/rule.js';
import type { RuleDocText } from '../en/cli.js';

const MAKE_SPEED = "Uitgangspunt: 'escaleren om snelheid te maken'.";
const EFFECTS_COUNT = '"Effecten tellen, niet de intenties."';

export const ruleDocsNl: Readonly<Record<string, RuleDocText>> = {
    'syntax-error': {
        description: 'De tekst is niet te lezen: een verkeerd gespeld trefwoord, een ontbrekende accolade of een ontbrekend aanhalingsteken, een gereserveerd woord als naam, of bytes die geen UTF-8 zijn.',
        source: 'LANGUAGE.md: de syntaxis is het contract; in tekst die niet te lezen is, valt niets anders te controleren.'
    },
    'unresolved-reference': {
        description: 'Een naam verwijst naar niets, of naar iets van de verkeerde soort; de best passende bestaande naam wordt voorgesteld.',
        source: 'LANGUAGE.md, Namen en verwijzingen: elke genoemde partij, rol, elk orgaan en lid moet bestaan, anders bindt de afspraak niemand.'
    },
    'duplicate-name': {
        description: 'Twee declaraties hebben dezelfde naam in één naamruimte (het hoogste niveau; de onderdelen van één afspraak; de begrippen van één afspraak; de rollen en bevoegdheden van één partij), of een partij staat zowel bij `partijen` als bij `betrokken`.',
        source: 'LANGUAGE.md, Namen en verwijzingen: een naam moet zeggen welke partij, rol of welk mandaat bedoeld is.'
    },
    'duplicate-field': {
        description: 'Een veld dat maar één waarde heeft, staat twee keer in één blok (ook: dezelfde rol twee keer als `ondertekenaar`, of een tweede `aandeel` van dezelfde partij); alleen de eerste telt.',
        source: 'LANGUAGE.md, Velden in één oogopslag: bij twee waarden voor één veld moet de lezer raden welke geldt.'
    },
    'missing-field': {
        description: 'Een afspraak mist `partijen` of `looptijd`, of een toezegging mist `door`.',
        source: 'LANGUAGE.md, Velden in één oogopslag: een afspraak bindt genoemde partijen voor een bepaalde tijd; een toezegging wordt gedaan door één partij.'
    },
    'invalid-date': {
        description: 'Een datum bestaat niet in de kalender (2026-02-30).',
        source: 'LANGUAGE.md, Lexicale regels: looptijden, termijnen en streefwaarden hebben alleen betekenis op echte datums.'
    },
    'reversed-period': {
        description: 'Een `looptijd` of `geldig`-periode eindigt voordat ze begint.',
        source: 'RULES.md, algemene betekenis: een periode `A tot B` omvat beide datums; een afspraak of mandaat dat eindigt voordat het begint, geldt nooit.'
    },
    'role-cycle': {
        description: '`valt onder` vormt een kring: niemand staat boven aan de hiërarchie.',
        source: 'Uitgangspunt: escalatie vraagt een hiërarchie die ergens eindigt; in een kring van leidinggevenden is er niemand die kan beslissen.'
    },
    'no-single-steering': {
        description: 'Een afspraak heeft geen `sturing`: niemand stuurt de keten als geheel.',
        source: 'Uitgangspunt "één sturing en verantwoording": ketensamenwerking mislukt als meerdere partijen sturen en niemand het geheel; de afspraak noemt de ene houder die dat doet.'
    },
    'no-accountability': {
        description: 'Een afspraak heeft geen `verantwoordelijk`: niemand legt verantwoording af over de resultaten van de keten.',
        source: 'Uitgangspunt "één sturing en verantwoording": als iedereen de resultaten deelt, legt niemand er verantwoording over af; de afspraak noemt wie verantwoordelijk is.'
    },
    'no-review': {
        description: 'Een afspraak heeft geen `evaluatie elke … door …`: niemand volgt de samenwerking op vaste momenten.',
        source: 'Uitgangspunt "één sturing en verantwoording": de hiërarchie moet de samenwerking actief en regelmatig volgen, anders blijven sturing en verantwoording op papier.'
    },
    'party-not-in-agreement': {
        description: 'Een partij, of een rol van een partij, wordt in een afspraak genoemd maar staat niet bij haar `partijen` en niet bij `betrokken` (een `ondertekenaar` moet een rol zijn van een partij bij `partijen`); leden van een orgaan dat daar genoemd wordt, zijn uitgezonderd.',
        source: 'Uitgangspunt "één sturing en verantwoording": een afspraak bindt alleen de partijen die haar ondertekenen; werk, mandaat of sturing geven aan een organisatie die geen partij is, bindt niemand.'
    },
    'unused-party': {
        description: 'Een partij bij `partijen` of `betrokken` speelt geen rol: geen toezegging, voorwaarde, mandaat, escalatieniveau, meting, sturing, verantwoording, evaluatie, lidmaatschap van een orgaan, gegevens die ze levert, ontvangt of waarvoor ze verantwoordelijk is, aandeel of ondertekenaar.',
        source: 'Uitgangspunt "één sturing en verantwoording": elke partij van een ketenafspraak heeft er een taak in; een partij zonder taak tekent zonder ergens aan gebonden te zijn.'
    },
    'missing-mandate': {
        description: 'Een toezegging `beslist`, maar noemt geen mandaat (`beslist` zonder `onder`).',
        source: 'Awb 10:1: alleen wie een mandaat heeft, mag besluiten nemen namens een bestuursorgaan; een toezegging waarbij besloten wordt, moet het mandaat noemen dat dit toestaat.'
    },
    'mandate-holder-mismatch': {
        description: 'Een toezegging van de ene partij beslist onder een mandaat dat aan een rol van een andere partij is verleend.',
        source: 'Awb 10:1 en 10:2: een besluit bindt de mandaatgever alleen als de mandaathouder het neemt; een mandaat dat een andere organisatie houdt, geeft deze partij geen bevoegdheid.'
    },
    'incomplete-mandate': {
        description: 'Een mandaat mist `van`, `aan` of `reikwijdte`; de melding noemt elk ontbrekend deel.',
        source: 'Awb 10:1: mandaat is de bevoegdheid, door iemand aan iemand verleend, om besluiten van een bepaalde soort te nemen; zonder mandaatgever, mandaathouder of reikwijdte is het niet te toetsen of te gebruiken.'
    },
    'mandate-without-validity': {
        description: 'Een mandaat heeft geen `geldig`-periode.',
        source: 'Awb 10:5 en 10:8: een mandaat wordt algemeen of voor een geval verleend en geldt tot het wordt ingetrokken; zonder vermelde termijn kan niemand uit de afspraak opmaken of het nog geldt.'
    },
    'mandate-outside-period': {
        description: 'De `geldig`-periode van een mandaat dekt de `looptijd` van de afspraak niet.',
        source: 'Awb 10:1: de besluiten van de afspraak vragen een mandaat zolang de afspraak loopt; waar het mandaat te vroeg eindigt of te laat begint, staat er geen bevoegdheid achter die besluiten.'
    },
    'submandate-denied': {
        description: 'De `van`-rol van een mandaat heeft haar bevoegdheid via een bovenliggend mandaat dat geen ondermandaat toestaat (`ondermandaat uitgesloten` of geen `ondermandaat`).',
        source: 'Awb 10:9: een mandaathouder mag het mandaat alleen doorgeven (ondermandaat) als de mandaatgever dat heeft toegestaan; zegt het mandaat er niets over, dan mag het niet worden doorgegeven.'
    },
    'submandate-exceeds-parent': {
        description: 'De `limiet` van een ondermandaat is hoger dan die van een bovenliggend mandaat, of de `geldig`-periode valt buiten die van een bovenliggend mandaat.',
        source: 'Awb 10:3 en 10:9: een mandaat heeft zijn grenzen, en een ondermandaat komt uit het bovenliggende mandaat voort: het kan nooit meer ruimte (een hogere limiet) of meer tijd (geldigheid buiten die van het bovenliggende mandaat) geven dan dat mandaat heeft.'
    },
    'mandate-cycle': {
        description: 'Mandaten in één afspraak vormen een kring over houders (A verleent aan B, B verleent terug aan A; een mandaat aan zichzelf is ook een kring).',
        source: 'Awb 10:1: een mandaat geeft bevoegdheid door die de mandaatgever heeft; als verleningen in een kring lopen, is niemand daarin de bron van de bevoegdheid, dus heeft niemand haar.'
    },
    'party-without-mandate': {
        description: 'Een partij (bij `partijen` of `betrokken`) heeft een toezegging in de afspraak, geen van haar rollen houdt daarin een mandaat, geen van haar toezeggingen beslist onder een eigen bevoegdheid, en ze is niet de houder van de sturing.',
        source: 'Awb 10:1 en het uitgangspunt "wie mag beslissen": een partij die werk in de keten op zich neemt zonder enig mandaat of eigen bevoegdheid, moet voor elk besluit terug naar haar eigen bestuur, en de keten wacht.'
    },
    'incomplete-power': {
        description: 'Een bevoegdheid van een partij mist `berust bij` of `grondslag`; de melding noemt wat er ontbreekt.',
        source: 'Awb 1:3 en 10:1 (attributie): een bevoegdheid bestaat alleen waar een wettelijk voorschrift haar aan een bestuursorgaan toekent; een bevoegdheid zonder het orgaan waarbij ze berust of zonder grondslag valt niet te controleren, en ook niet in mandaat te geven.'
    },
    'power-holder-mismatch': {
        description: 'Een toezegging beslist onder een bevoegdheid (`Partij.bevoegdheid`) van een partij die niet bij de `door`-partijen van de toezegging staat.',
        source: 'Awb 10:1 en 10:2: een partij beslist onder haar eigen bevoegdheden, en onder die van een ander alleen met een mandaat dat die ander verleent; de bevoegdheid van een andere partij noemen geeft de partij die de toezegging doet geen enkele bevoegdheid.'
    },
    'mandate-power-mismatch': {
        description: 'De `bevoegdheid` van een mandaat is van een andere partij dan de rol bij `van` (niet gecontroleerd als `van` een orgaan is).',
        source: 'Awb 10:1: met een mandaat oefent de gemandateerde een bevoegdheid uit van wie het mandaat verleent; een rol kan geen bevoegdheid van een andere organisatie in mandaat geven.'
    },
    'condition-unowned': {
        description: 'Een voorwaarde heeft geen `geleverd door`: niemand zorgt ervoor dat ze er is.',
        source: 'Uitgangspunt "ruimte om het werk te doen": tijd, geld, mensen en gegevens komen er alleen als één partij wordt genoemd die ze levert; een voorwaarde van iedereen wordt door niemand geleverd.'
    },
    'commitment-without-condition': {
        description: 'Een toezegging `vereist` niets: het werk komt bovenop bestaande taken.',
        source: 'Uitgangspunt "ruimte om het werk te doen": ketenwerk dat zomaar bij bestaande taken komt, zonder dat er tijd, geld of mensen voor zijn vrijgemaakt, blijft liggen.'
    },
    'condition-late': {
        description: 'De `voor`-datum van een voorwaarde ligt na de `uiterlijk`-datum van een toezegging die haar vereist.',
        source: 'Uitgangspunt "ruimte om het werk te doen": de tijd, het geld en de mensen moeten er zijn voordat het werk af moet, niet erna.'
    },
    'unused-condition': {
        description: 'Geen enkele toezegging vereist de voorwaarde.',
        source: 'Uitgangspunt "ruimte om het werk te doen": een voorwaarde bestaat om werk mogelijk te maken; een voorwaarde die geen toezegging vereist, is vergeten bij een `vereist` of niet nodig.'
    },
    'missing-escalation': {
        description: 'Een afspraak met twee of meer partijen bij `partijen` (die bij `betrokken` tellen niet mee) heeft geen escalatieroute.',
        source: `${MAKE_SPEED} Waar meerdere organisaties samenwerken, loopt het vroeg of laat vast; zonder route omhoog naar iemand met doorzettingsmacht staat de keten gewoon stil.`
    },
    'escalation-no-decider': {
        description: 'Geen enkel niveau van een escalatieroute `beslist`.',
        source: `${MAKE_SPEED} Escalatie maakt alleen snelheid als ze eindigt bij iemand met doorzettingsmacht; een route die de kwestie alleen doorgeeft, eindigt in dezelfde patstelling, maar dan hoger.`
    },
    'escalation-unreachable': {
        description: 'Een escalatieroute heeft niveaus na het niveau dat beslist; die worden nooit bereikt.',
        source: `${MAKE_SPEED} Het niveau met doorzettingsmacht sluit de route af; niveaus daarna suggereren een weg omhoog die er niet is en verhullen wie echt beslist.`
    },
    'escalation-no-deadline': {
        description: 'Een niveau vóór het beslissende niveau (of elk niveau van een route zonder beslissend niveau) heeft geen `binnen`.',
        source: `${MAKE_SPEED} Een niveau zonder termijn kan een vastgelopen kwestie zo lang houden als het wil; alleen met een \`binnen\` komt de kwestie op tijd bij het niveau met doorzettingsmacht.`
    },
    'escalation-deadline-order': {
        description: 'De `binnen`-termijn van een niveau is niet langer dan die van het dichtstbijzijnde eerdere niveau met een termijn.',
        source: `${MAKE_SPEED} Elk hoger niveau krijgt een zwaardere kwestie en meer mensen om te betrekken; een hoger niveau met niet meer tijd dan het niveau eronder kan zijn termijn niet halen of laat zien dat de termijnen nooit zijn doordacht, en de weg naar doorzettingsmacht stokt.`
    },
    'escalation-loop': {
        description: 'Dezelfde houder komt twee keer voor in één escalatieroute.',
        source: `${MAKE_SPEED} Een route die een vastgelopen kwestie terugstuurt naar een houder die haar al niet kon oplossen, gaat in een kring rond in plaats van omhoog naar doorzettingsmacht, en kost alleen tijd.`
    },
    'escalation-downward': {
        description: 'De rol van een niveau valt, direct of via anderen, onder de rol van het niveau ervoor.',
        source: `${MAKE_SPEED} Escaleren is omhoog gaan, naar doorzettingsmacht; een vastgelopen kwestie doorgeven aan iemand die onder de vorige houder valt, lost haar niet op en kost alleen tijd.`
    },
    'escalation-final-without-authority': {
        description: 'Het beslissende niveau van een escalatieroute is niet de houder van de sturing, geen orgaan waarin de sturende rol zitting heeft, houdt geen mandaat in de afspraak en heeft geen eigen bevoegdheid (en is ook geen orgaan met een lid dat er een heeft).',
        source: `${MAKE_SPEED} Omhoog, tot wie doorzettingsmacht heeft. Wie beslist zonder die macht — niet de sturing van de keten, zonder mandaat of eigen bevoegdheid — kan zijn besluit niet waarmaken; de patstelling keert terug en de keten staat stil.`
    },
    'no-effects': {
        description: 'Een afspraak legt geen effect vast: ze noemt alleen voornemens.',
        source: `Uitgangspunt: ${EFFECTS_COUNT} Resultaatgericht werken (RBA) vraagt van elk programma: hoeveel deden we, hoe goed deden we het, en wordt iemand er beter van? Een afspraak zonder effect beantwoordt geen van deze vragen.`
    },
    'unmeasured-effect': {
        description: 'Een effect mist `indicator`, `eenheid`, `streefwaarde` of `gemeten`; de melding noemt elk ontbrekend deel.',
        source: `Uitgangspunt: ${EFFECTS_COUNT} Resultaatgericht werken: een effect telt alleen als het zegt wat er geteld wordt, in welke eenheid, welke waarde wordt nagestreefd en wie het meet; anders is "wordt iemand er beter van?" niet te beantwoorden.`
    },
    'effect-without-baseline': {
        description: 'Een effect heeft geen `nulmeting`.',
        source: `Resultaatgericht werken begint bij de nulmeting: het verhaal achter de curve wordt verteld tegen waar het stond. Zonder beginwaarde kan niemand zeggen of iemand er beter van wordt, en valt niet te laten zien dat effecten tellen, niet de intenties.`
    },
    'target-already-met': {
        description: 'De nulmeting haalt de streefwaarde al.',
        source: `Resultaatgericht werken: "wordt iemand er beter van?" vraagt om verandering ten opzichte van de nulmeting. Een streefwaarde die de nulmeting al haalt, vraagt om geen verandering. ${EFFECTS_COUNT}`
    },
    'effect-deadline-outside-period': {
        description: 'De streefdatum ligt buiten de `looptijd` van de afspraak.',
        source: `Resultaatgericht werken houdt partners verantwoordelijk voor effecten binnen de tijd dat ze samenwerken; een streefdatum na het einde van de afspraak (of voor het begin) bindt niemand, dus is het effect een voornemen en geen effect dat telt. ${EFFECTS_COUNT}`
    },
    'effect-without-commitment': {
        description: 'Een effect heeft geen `via`: geen toezegging moet het tot stand brengen.',
        source: `Resultaatgericht werken verbindt elk resultaat met het werk dat het moet opleveren ("hoeveel deden we?", "hoe goed deden we het?"); een effect waar geen toezegging aan werkt, blijft een voornemen. ${EFFECTS_COUNT}`
    },
    'no-outcome-effect': {
        description: 'Een afspraak heeft effecten, en elk daarvan is van soort `prestatie` of `kwaliteit`: niemand kijkt of iemand er beter van wordt.',
        source: `Resultaatgericht werken stelt drie vragen: hoeveel deden we? (prestatie), hoe goed deden we het? (kwaliteit), en wordt iemand er beter van? (uitkomst). Alleen het laatste is het effect dat telt, niet het voornemen. ${EFFECTS_COUNT}`
    },
    'party-without-signatory': {
        description: 'De afspraak noemt minstens één `ondertekenaar`, maar geen rol van deze partij (bij `partijen`) ondertekent haar.',
        source: 'Praktijk van convenanten (Aanwijzingen voor convenanten, Stcrt. 2003, 18): een convenant bindt een partij pas als iemand die haar mag vertegenwoordigen het ondertekent (voor een gemeente de burgemeester, Gemeentewet art. 171; voor een provincie de commissaris van de Koning, Provinciewet art. 176); een partij voor wie niemand tekent, is niet gebonden.'
    },
    'missing-covenant-clause': {
        description: 'Een afspraak die ondertekend wordt (ze noemt een `ondertekenaar`), mist `overwegende`, `opzegging`, `wijziging` of `geschillen`; de melding noemt alles wat ontbreekt.',
        source: 'Praktijk van convenanten (Aanwijzingen voor convenanten, Stcrt. 2003, 18): een convenant zegt waarom de partijen het sluiten (overwegingen), hoe het wordt gewijzigd, hoe een partij eruit stapt en hoe geschillen tussen partijen worden beslecht; zonder die bepalingen moeten de partijen na ondertekening raden.'
    },
    'open-ended-without-termination': {
        description: 'De afspraak loopt `looptijd vanaf DATUM` (zonder einde) en heeft geen `opzegging`: niemand kan er ooit uit.',
        source: 'Praktijk van convenanten (Aanwijzingen voor convenanten, Stcrt. 2003, 18) en BW 6:248: een afspraak voor onbepaalde tijd moet zeggen hoe een partij haar deelname kan beëindigen; zonder opzegtermijn weet geen partij wanneer, of zelfs of, ze mag stoppen.'
    },
    'incomplete-data-sharing': {
        description: 'Een `gegevens`-blok mist `van`, `aan`, `doel` of `grondslag`; de melding noemt alles wat ontbreekt.',
        source: 'AVG art. 5 lid 1 sub b en art. 6: persoonsgegevens mogen alleen worden gedeeld voor een omschreven doel en op een wettelijke grondslag, en de afspraak moet zeggen wie ze levert en wie ze ontvangt; zonder dat is het delen niet rechtmatig.'
    },
    'data-without-retention': {
        description: 'Een `gegevens`-blok heeft geen `bewaartermijn`: niemand weet wanneer de gedeelde gegevens weg moeten.',
        source: 'AVG art. 5 lid 1 sub e, opslagbeperking: persoonsgegevens worden niet langer bewaard dan het doel vraagt; de partners spreken af hoe lang de ontvanger ze bewaart.'
    },
    'data-without-controller': {
        description: 'Een `gegevens`-blok heeft geen `verantwoordelijke`: niemand legt verantwoording af over de verwerking.',
        source: 'AVG art. 4 onder 7 en art. 26: elke verwerking heeft een verwerkingsverantwoordelijke die verantwoording aflegt aan de betrokkenen en de toezichthouder; partners die samen beslissen, zijn gezamenlijk verwerkingsverantwoordelijk en leggen dat in hun regeling vast.'
    },
    'budget-shares': {
        description: 'Een begroting heeft aandelen, en die tellen niet op tot 100 procent (afgerond op 0,01); geeft een begroting een partij twee aandelen, dan meldt alleen `duplicate-field` dat.',
        source: 'Praktijk van convenanten: een convenant dat kosten verdeelt, zegt wie welk deel betaalt; tellen de aandelen niet op tot het geheel, dan betaalt niemand een deel van de kosten, of wordt er meer dan het geheel gevraagd.'
    },
    'budget-without-shares': {
        description: 'Een begroting heeft een `bedrag` maar geen `aandeel`: er staat niet wie betaalt.',
        source: 'Uitgangspunt "ruimte om het werk te doen" en de praktijk van convenanten: geld waarover partijen afspraken maken, is er pas als de afspraak zegt wie welk deel ervan betaalt.'
    },
    'unused-suppression': {
        description: 'Een `keten-disable-…`-commentaar zet niets uit: de melding waarvoor het geschreven is, is weg.',
        source: 'CLI.md, Onderdrukken: verouderde onderdrukkingen stapelen zich op en verbergen de volgende echte melding op die regel.'
    }
};

/** The titles of the rule areas in Dutch. */
export const ruleAreaTitlesNl: Readonly<Record<RuleArea, string>> = {
    structure: 'Structuur en namen',
    governance: 'Ketensturing — één sturing en verantwoording op de keten',
    mandates: 'Mandaten — wie mag beslissen (Awb 10:1–10:12)',
    conditions: 'Voorwaarden — ruimte om het werk te doen',
    escalation: 'Escalatieroutes — escaleren om snelheid te maken',
    effects: 'Effecten — effecten tellen, niet de intenties (resultaatgericht werken)',
    covenant: 'Het convenant — ondertekening, vereiste bepalingen en het einde van de afspraak',
    data: 'Gegevensdeling — persoonsgegevens tussen partners (AVG)',
    money: 'Geld — begrotingen en aandelen',
    suppressions: 'Onderdrukken'
};
