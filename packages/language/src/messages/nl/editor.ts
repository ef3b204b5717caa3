/**
 * Dutch texts of the editor: hover, completion details, quick-fix titles, rename notices and
 * what each keyword means. Keyword explanations are keyed by the English keyword, as in
 * `en/editor.ts`; a Dutch keyword is explained through its English twin.
 */
import type { editorEn } from '../en/editor.js';
import { formatDateFor, formatNumberFor } from '../format-values.js';
import { quantitiesNl } from './quantities.js';

/** The blocks the snippets write (`lsp/block-snippets.ts`), named in Dutch. */
const BLOCKS_NL: Readonly<Record<string, string>> = {
    party: 'partij', body: 'orgaan', agreement: 'afspraak', mandate: 'mandaat', condition: 'voorwaarde',
    commitment: 'toezegging', 'escalation route': 'escalatieroute', effect: 'effect',
    power: 'bevoegdheid', 'data block': 'gegevensblok', budget: 'begroting', preamble: 'considerans',
    signatory: 'ondertekenaar', term: 'begrip'
};

export const editorNl: typeof editorEn = {
    keywordMeaning: {
        party: 'Legt een organisatie vast die meedoet aan afspraken (een gemeente, een aanbieder, de politie, …). Haar rollen zijn de functies binnen de organisatie.',
        type: 'Wat voor organisatie de partij is, in één vrij woord (gemeente, aanbieder, dienst, …). Alleen ter indeling; geen regel hangt ervan af.',
        role: 'Een functie binnen een partij. Mandaten worden aan rollen verleend en escalatieniveaus zijn in handen van rollen, nooit van hele organisaties. Elders geschreven als Partij.rol.',
        reports: '`valt onder ROL`: de rol waaronder deze rol valt, binnen dezelfde partij. Vormt de hiërarchie die bij escalatie wordt gebruikt.',
        body: 'Een bestuurlijk orgaan (stuurgroep, bestuur, regietafel) met rollen van meerdere partijen als leden. Kan sturen, evalueren, mandaat verlenen en beslissen bij escalaties.',
        members: 'De rollen die zitting hebben in dit orgaan, geschreven als Partij.rol en gescheiden door komma’s.',
        chair: 'De rol die het orgaan voorzit; hoort een van de leden te zijn.',
        agreement: 'Een ketenafspraak (convenant): de partijen, hun mandaten, voorwaarden, toezeggingen, escalatieroutes en de effecten waarvoor de keten verantwoording aflegt.',
        parties: 'De organisaties die aan de afspraak gebonden zijn. Elke partij die in de afspraak genoemd wordt, moet hier staan.',
        period: '`looptijd VAN tot TOT`: de datums waartussen de afspraak geldt, beide inbegrepen.',
        goal: 'Een voornemen in woorden. Doelen tellen niet als effect: voeg een `effect` toe om een resultaat meetbaar te maken.',
        steering: 'De ene rol of het ene orgaan dat de hele keten stuurt (één sturing). Elke afspraak heeft er precies één nodig.',
        accountable: 'De rol of het orgaan dat verantwoording aflegt over de resultaten van de keten.',
        review: '`evaluatie elke N weken door HOUDER`: hoe vaak de hiërarchie de samenwerking actief volgt, en wie dat doet.',
        every: 'Hoe vaak: een getal en een tijdseenheid (dagen, werkdagen, weken, maanden, jaren).',
        mandate: 'Wie namens wie mag beslissen (mandaat, Awb 10:1–10:12): verleend `van` een rol of orgaan `aan` een rol, met een reikwijdte, een limiet en een geldigheid.',
        from: 'In een mandaat: de rol of het orgaan dat het verleent. Heeft die rol zelf een mandaat, dan is dit een ondermandaat daarvan.',
        to: 'In een mandaat: de rol die het krijgt en mag beslissen. In een periode: de laatste dag. In een gegevensblok: de partijen die de gegevens ontvangen.',
        scope: 'In woorden: welke besluiten onder het mandaat vallen.',
        limit: 'Het hoogste bedrag waarover de houder mag beslissen, met de eenheid (EUR, uren) en eventueel `per` iets.',
        submandate: '`ondermandaat toegestaan` of `uitgesloten`: of de houder het mandaat mag doorgeven. Ontbreekt het, dan is het uitgesloten (Awb 10:9).',
        valid: '`geldig VAN tot TOT`: de datums waarop het mandaat geldt, beide inbegrepen.',
        basis: 'Het besluit of artikel waarop het mandaat rust (mandaatbesluit).',
        condition: 'Wat er moet zijn om het werk te kunnen doen: tijd, geld, mensen, gegevens of een systeem, en wie het levert.',
        provided: '`geleverd door PARTIJ`: de partij die de voorwaarde beschikbaar stelt.',
        resource: 'Hoeveel er wordt geleverd: een hoeveelheid met een eenheid (16 uren per week) of een omschrijving in woorden.',
        before: 'De datum waarop de voorwaarde geregeld moet zijn.',
        commitment: 'Wat een partij toezegt te doen, met het mandaat dat haar besluiten toestaat en de voorwaarden die ze nodig heeft.',
        by: 'De partij (of, na `evaluatie elke` of `gemeten`, de houder) die het doet.',
        decides: 'De toezegging vraagt om besluiten; `beslist onder M` noemt het mandaat dat ze toestaat. Bij een escalatieniveau: dit niveau neemt het eindbesluit (doorzettingsmacht).',
        under: '`beslist onder MANDAAT`: het mandaat dat de besluiten van deze toezegging toestaat.',
        needs: 'De voorwaarden waarvan deze toezegging afhangt, gescheiden door komma’s.',
        due: 'De datum waarop de toezegging uiterlijk klaar moet zijn; in `streefwaarde … uiterlijk DATUM`: de datum waarop de streefwaarde gehaald moet zijn.',
        escalation: 'Een escalatieroute: niveaus die van boven naar beneden worden doorlopen als het werk vastloopt. Eén niveau hoort te `beslissen`.',
        level: '`niveau HOUDER binnen N werkdagen`: één stap van de route, met de tijd die het heeft om de kwestie op te lossen voordat ze hoger gaat.',
        within: 'De tijd die dit niveau heeft om de kwestie op te lossen voordat ze naar het volgende niveau gaat.',
        effect: 'Een meetbaar effect waarvoor de keten verantwoording aflegt: een indicator met een eenheid, een nulmeting, een streefwaarde en wie het meet (effecten tellen, niet de intenties).',
        kind: '`uitkomst` (wordt iemand er beter van?), `kwaliteit` (hoe goed deden we het?) of `prestatie` (hoeveel deden we?). Standaard: uitkomst.',
        indicator: 'Wat er geteld wordt, in woorden.',
        unit: 'De eenheid van de indicator: dagen, procent, huishoudens, "%", …',
        baseline: '`nulmeting WAARDE op DATUM`: de beginwaarde en wanneer die gemeten is.',
        on: 'De datum van de nulmeting.',
        target: '`streefwaarde <= WAARDE uiterlijk DATUM`: de waarde die bereikt moet worden en de datum waarop.',
        measured: '`gemeten maandelijks door PARTIJ uit "bron"`: hoe vaak, door wie en uit welke bron de indicator gemeten wordt.',
        through: 'De toezeggingen die het effect tot stand moeten brengen.',
        outcome: 'Soort effect: wordt iemand er beter van? (resultaatgericht werken, RBA)',
        quality: 'Soort effect: hoe goed deden we het? (resultaatgericht werken, RBA)',
        output: 'Soort effect: hoeveel deden we? (resultaatgericht werken, RBA)',
        allowed: 'De houder mag dit mandaat doorgeven (ondermandaat).',
        denied: 'De houder mag dit mandaat niet doorgeven (Awb 10:9).',
        weekly: 'Elke week gemeten.',
        monthly: 'Elke maand gemeten.',
        quarterly: 'Elk kwartaal gemeten.',
        yearly: 'Elk jaar gemeten.',
        per: 'Waarover de hoeveelheid geteld wordt: `per huishouden`, `per week`.',
        workdays: 'Werkdagen; bij het vergelijken van termijnen telt één werkdag als 1,4 dag.',
        workday: 'Een werkdag; bij het vergelijken van termijnen telt één werkdag als 1,4 dag.',
        day: 'Een kalenderdag: de eenheid waarin termijnen worden vergeleken.',
        days: 'Kalenderdagen: de eenheid waarin termijnen worden vergeleken.',
        week: 'Een week; bij het vergelijken van termijnen telt die als 7 dagen.',
        weeks: 'Weken; bij het vergelijken van termijnen telt één week als 7 dagen.',
        month: 'Een maand; bij het vergelijken van termijnen telt die als 30 dagen.',
        months: 'Maanden; bij het vergelijken van termijnen telt één maand als 30 dagen.',
        year: 'Een jaar; bij het vergelijken van termijnen telt dat als 365 dagen.',
        years: 'Jaren; bij het vergelijken van termijnen telt één jaar als 365 dagen.',
        power: 'In een partij: een bevoegdheid die zij bij wet heeft, `bevoegdheid NAAM "titel" berust bij ROL grondslag "…"`; elders geschreven als Partij.bevoegdheid. In een mandaat: de bevoegdheid die het mandaat doorgeeft (Awb 10:1).',
        held: '`berust bij ROL`: de rol van dezelfde partij bij wie deze bevoegdheid berust (het orgaan waaraan de wet haar toekent).',
        considering: 'Een overweging van de considerans: waarom de partijen deze afspraak maken. Eén regel per overweging; ze lezen als "Overwegende dat …".',
        term: '`begrip NAAM "betekenis"`: een begripsbepaling van een woord dat de afspraak in een eigen betekenis gebruikt.',
        signatory: '`ondertekenaar Partij.rol "persoon" krachtens "…"`: wie voor een partij tekent en waaraan die de bevoegdheid tot vertegenwoordiging ontleent (voor een gemeente: Gemeentewet, art. 171).',
        pursuant: '`krachtens "…"`: waaraan de ondertekenaar de bevoegdheid ontleent om de partij te vertegenwoordigen (een wet, de statuten, een mandaatbesluit).',
        involving: 'Partijen die in de afspraak optreden zonder eraan gebonden te zijn of haar te ondertekenen: een organisatie die de afspraak opricht, een uitvoerder, een team.',
        renewal: '`verlenging 1 jaar`: de afspraak wordt telkens stilzwijgend met deze termijn verlengd, tenzij een partij opzegt.',
        termination: '`opzegging termijn 3 maanden`: een partij kan haar deelname beëindigen met deze opzegtermijn.',
        notice: 'De opzegtermijn die een partij in acht moet nemen om haar deelname te beëindigen.',
        amendment: 'Hoe de afspraak gewijzigd wordt (schriftelijk, met instemming van wie).',
        accession: 'Hoe een nieuwe partij tot de afspraak toetreedt.',
        disputes: '`geschillen ROUTE` of `geschillen "…"`: de escalatieroute van deze afspraak, of de procedure, waarmee geschillen tussen partijen worden beslecht.',
        publication: '`publicatie "…" binnen 4 weken`: waar de afspraak wordt gepubliceerd (Staatscourant, Woo) en hoe snel na ondertekening.',
        after: '`uiterlijk binnen 10 werkdagen na "gebeurtenis"`: een termijn die vanaf een gebeurtenis loopt in plaats van een datum.',
        obligation: '`verplichting inspanning` (de partij belooft zich in te spannen) of `verplichting resultaat` (zij belooft het resultaat).',
        effort: 'Een inspanningsverplichting: de partij doet haar best, het resultaat is niet beloofd.',
        result: 'Een resultaatsverplichting: de partij belooft het resultaat.',
        data: 'Persoonsgegevens die partners delen (AVG): wie ze aan wie verstrekt, voor welk doel, op welke grondslag, hoe lang ze bewaard worden en wie verwerkingsverantwoordelijke is.',
        purpose: 'In een gegevensblok: waarvoor de gegevens gedeeld worden (AVG art. 5 lid 1 sub b: doelbinding).',
        categories: 'In een gegevensblok: welke soorten persoonsgegevens gedeeld worden.',
        special: 'In een gegevensblok: bijzondere categorieën persoonsgegevens (AVG art. 9) of strafrechtelijke gegevens (AVG art. 10).',
        retention: 'In een gegevensblok: hoe lang de gegevens bewaard worden (AVG art. 5 lid 1 sub e).',
        controller: 'In een gegevensblok: de verwerkingsverantwoordelijke (AVG art. 4 lid 7); meer dan één zijn gezamenlijk verantwoordelijk (AVG art. 26).',
        budget: 'Geld: een bedrag (`bedrag 120000 EUR per jaar`) en het aandeel van elke partij in procenten (`aandeel PARTIJ 60 procent`); de aandelen tellen op tot 100.',
        amount: 'Het bedrag van de begroting, met de eenheid en eventueel `per` iets.',
        share: '`aandeel PARTIJ 60 procent`: het deel van de begroting dat deze partij betaalt.',
        percent: 'Procent (`%` mag ook).'
    },
    keywordMeaningIn: {
        PeriodField: { from: '`looptijd vanaf DATUM`: de afspraak geldt vanaf deze datum, zonder einddatum.' },
        DateRange: { to: 'De laatste dag van de periode; die telt mee.' },
        ReviewField: { by: 'De rol of het orgaan dat de evaluatie uitvoert.' },
        PublicationField: { within: 'Hoe snel na de ondertekening de afspraak gepubliceerd moet zijn.' },
        ToField: { to: 'In een mandaat: de rol die het krijgt en mag beslissen.' },
        ByField: { by: 'De partij die de toezegging doet en het werk uitvoert; meer dan één partij: een gezamenlijke toezegging.' },
        DueField: { within: '`uiterlijk binnen N werkdagen na "gebeurtenis"`: de tijd die de toezegging heeft, gerekend vanaf de gebeurtenis.' },
        TargetField: { by: 'De datum waarop de streefwaarde uiterlijk gehaald moet zijn.' },
        MeasuredField: { by: 'De partij die de indicator meet.', from: 'De bron waar de metingen vandaan komen: een registratie, een monitor, een systeem.' },
        DataFromField: { from: 'In een gegevensblok: de partijen die de gegevens verstrekken.' },
        DataToField: { to: 'In een gegevensblok: de partijen die de gegevens ontvangen.' }
    },

    // ---------------------------------------------------------------- hover
    hoverKind: a => `**${a.kind}** \`${a.name}\`` + (a.title ? ` — ${a.title}` : ''),
    hoverRoleParty: a => `Rol van ${a.party}.`,
    hoverRoleReportsTo: a => `Valt onder ${a.role}.`,
    hoverRoleTop: () => 'Valt binnen de eigen partij onder niemand.',
    hoverRoleMandates: a => `Houdt de mandaten ${a.mandates.join(', ')}.`,
    hoverRoleNoMandates: () => 'Houdt geen mandaat.',
    hoverEffectIndicator: a =>
        `Indicator: ${a.indicator ?? '(geen)'}${a.unit ? ` (${quantitiesNl.writtenUnit(a.unit)})` : ''}.`,
    hoverEffectBaseline: a =>
        a.value === undefined ? 'Nulmeting: geen.' : `Nulmeting: ${formatNumberFor('nl', a.value)} op ${formatDateFor('nl', a.date ?? '')}.`,
    hoverEffectTarget: a =>
        a.value === undefined ? 'Streefwaarde: geen.' : `Streefwaarde: ${a.op} ${formatNumberFor('nl', a.value)} uiterlijk ${formatDateFor('nl', a.date ?? '')}.`,
    hoverEffectId: a => `Meetbestanden noemen het \`${a.id}\`.`,
    hoverMandateSummary: a =>
        `Van ${a.from ?? '(niemand)'} aan ${a.to ?? '(niemand)'}` + (a.limit ? `, tot ${quantitiesNl.writtenAmount(a.limit)}` : '') + '.',
    hoverBodyMembers: a =>
        a.members.length ? `Leden: ${a.members.join(', ')}.` : 'Geen leden.',
    hoverKeyword: a => `**${a.keyword}** — ${a.meaning}`,
    hoverPowerParty: a => `Bevoegdheid van ${a.party} bij wet.`,
    hoverPowerHolder: a => a.role ? `Berust bij ${a.role}.` : "Berust nog bij niemand: voeg 'berust bij ROL' toe.",
    hoverPowerBasis: a => a.basis ? `Grondslag: ${a.basis}.` : "Nog geen grondslag: voeg 'grondslag \"…\"' toe.",
    hoverPowerMandates: a => `Doorgegeven in de mandaten ${a.mandates.join(', ')}.`,
    hoverTermMeaning: a => `Betekenis: ${a.meaning}`,
    hoverDataParties: a =>
        `Van ${a.from.length ? a.from.join(', ') : '(niemand)'} aan ${a.to.length ? a.to.join(', ') : '(niemand)'}.`,
    hoverDataPurpose: a => a.purpose ? `Doel: ${a.purpose}.` : 'Doel: niet opgegeven.',
    hoverDataBasis: a => a.basis ? `Grondslag: ${a.basis}.` : 'Grondslag: niet opgegeven.',
    hoverDataSpecial: a => `Bijzondere categorieën: ${a.special}.`,
    hoverDataRetention: a => a.retention ? `Bewaartermijn: ${quantitiesNl.writtenDuration(a.retention)}.` : 'Bewaartermijn: niet opgegeven.',
    hoverDataControllers: a =>
        a.controllers.length === 0 ? 'Verwerkingsverantwoordelijke: niet opgegeven.'
            : a.controllers.length === 1 ? `Verwerkingsverantwoordelijke: ${a.controllers[0]}.` : `Gezamenlijk verwerkingsverantwoordelijk: ${a.controllers.join(', ')}.`,
    hoverBudgetAmount: a => a.amount ? `Bedrag: ${quantitiesNl.writtenAmount(a.amount)}.` : 'Geen bedrag opgegeven.',
    hoverBudgetShare: a => `${a.party}: ${formatNumberFor('nl', String(a.percent))}%${a.amount ? ` (${a.amount})` : ''}`,
    hoverBudgetShares: a =>
        a.shares.length ? `Aandelen: ${a.shares.join('; ')} — samen ${formatNumberFor('nl', String(a.total))}%.` : 'Geen aandelen: er staat niet wie betaalt.',
    hoverSignatory: a =>
        `**ondertekenaar** ${a.role}${a.person ? ` — ${a.person}` : ''}` +
        (a.party ? `, tekent voor ${a.party}` : '') + (a.pursuantTo ? `, krachtens ${a.pursuantTo}` : '') + '.',

    // ---------------------------------------------------------------- completion
    completionDeclaration: a => a.title ? `${a.kind}: ${a.title}` : a.kind,
    completionKeyword: () => 'trefwoord',
    completionSnippet: a => `nieuw blok ${BLOCKS_NL[a.block] ?? a.block} met alle velden om in te vullen`,

    // ---------------------------------------------------------------- inlay hints
    inlayMandate: a =>
        `→ ${a.holder ?? '?'}${a.limit ? `, tot ${quantitiesNl.writtenAmount(a.limit)}` : ''}`,
    inlayPower: a => `→ ${a.holder ?? '?'}, eigen bevoegdheid`,

    // ---------------------------------------------------------------- quick fixes
    fixReplaceName: a => `Verander in '${a.name}'`,
    fixAddMandate: a =>
        `Voeg mandaat '${a.mandate}' toe voor toezegging '${a.commitment}' en koppel het met '${a.under}'`,
    fixInsertMissingFields: a =>
        `Voeg ${a.fields.length === 1 ? 'het ontbrekende veld' : 'de ontbrekende velden'} ${a.fields.map(f => `'${f}'`).join(', ')} toe`,
    fixInsertField: a => `Voeg '${a.field} ${a.holder}' toe`,
    fixAddEscalation: a => `Voeg een escalatieroute toe waarin ${a.holder} uiteindelijk beslist`,
    fixRemoveParty: a => `Haal '${a.party}' weg bij de partijen`,
    fixRemoveInvolvedParty: a => `Haal '${a.party}' weg bij 'betrokken'`,
    fixInsertText: a => `Voeg '${a.text}' toe`,
    placeholderText: () => 'INVULLEN',

    // ---------------------------------------------------------------- the server's input
    serverBadInput: a =>
        `keten-language-server: de client stuurde bytes die geen bericht van het Language Server Protocol zijn (${a.reason}); de server stopt met afsluitcode 1, zodat de client hem opnieuw kan starten.`,
    serverBadInputReason: {
        'header-not-text': () => "een kopregel heeft niet de vorm 'Naam: waarde'",
        'header-too-long': () => 'de kop heeft na 8 KB nog geen einde',
        'no-content-length': () => 'de kop mist Content-Length',
        'bad-content-length': a => `Content-Length '${a.value}' is geen aantal bytes`,
        'body-not-json': a => `de ${a.length} bytes na de kop zijn geen JSON: de Content-Length klopt niet met het bericht`,
        'not-json-rpc': () => 'het bericht is geen JSON-RPC 2.0-object'
    },

    // ---------------------------------------------------------------- rename
    renameEffectNotice: a =>
        `${a.oldIds.map((id, i) => `'${id}' is hernoemd tot '${a.newIds[i]}'`).join(', ')}. ` +
        `Meetbestanden die de oude ${a.oldIds.length === 1 ? 'naam gebruiken, zijn' : 'namen gebruiken, zijn'} niet aangepast: werk ze zelf bij.`,
    renameNameTaken: a =>
        `De naam '${a.name}' is hier al in gebruik, door ${a.kind} '${a.name}': twee declaraties met één naam zijn een duplicate-name-fout. Kies een andere naam.`,
    renameInvalidName: a =>
        `'${a.name}' kan geen naam zijn: gebruik letters, cijfers en '_', begin met een letter, en geen gereserveerd woord.`
};
