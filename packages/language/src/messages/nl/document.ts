/**
 * Dutch texts of the covenant text (see `en/document.ts`): the phrases of Dutch covenants
 * (*Aanwijzingen voor convenanten*; the Staatscourant), dates with the month in words
 * (`1 januari 2026`), amounts as a Dutch text writes them (`€ 120.000`), one to twelve in
 * words in durations (`vijf werkdagen`, `20 werkdagen`). Every value a source wrote as an
 * English keyword (`days`, `monthly`, `outcome`) is worded in Dutch here.
 */
import type { documentEn } from '../en/document.js';
import { parseDate, type DurationUnitName } from '../../model/dates.js';

const MONTHS = [
    'januari', 'februari', 'maart', 'april', 'mei', 'juni',
    'juli', 'augustus', 'september', 'oktober', 'november', 'december'
] as const;

const NUMBER_WORDS = ['', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'] as const;

/** [singular, plural]; after a number Dutch writes `drie jaar`, not `drie jaren`. */
const DURATION_UNITS: Readonly<Record<DurationUnitName, readonly [string, string]>> = {
    day: ['dag', 'dagen'], workday: ['werkdag', 'werkdagen'], week: ['week', 'weken'],
    month: ['maand', 'maanden'], year: ['jaar', 'jaar']
};

/** `elke week`, but `elk jaar` (het jaar). */
const EVERY_ONE: Readonly<Record<DurationUnitName, string>> = {
    day: 'elke dag', workday: 'elke werkdag', week: 'elke week', month: 'elke maand', year: 'elk jaar'
};

/** Words a source may write after an amount or `per`, in either language, as Dutch writes them. */
const AMOUNT_WORDS: Readonly<Record<string, readonly [string, string]>> = {
    hour: ['uur', 'uur'], hours: ['uur', 'uur'], uur: ['uur', 'uur'], uren: ['uur', 'uur'],
    day: ['dag', 'dagen'], days: ['dag', 'dagen'], dag: ['dag', 'dagen'], dagen: ['dag', 'dagen'],
    workday: ['werkdag', 'werkdagen'], workdays: ['werkdag', 'werkdagen'], werkdag: ['werkdag', 'werkdagen'], werkdagen: ['werkdag', 'werkdagen'],
    week: ['week', 'weken'], weeks: ['week', 'weken'], weken: ['week', 'weken'],
    month: ['maand', 'maanden'], months: ['maand', 'maanden'], maand: ['maand', 'maanden'], maanden: ['maand', 'maanden'],
    quarter: ['kwartaal', 'kwartalen'], kwartaal: ['kwartaal', 'kwartalen'],
    year: ['jaar', 'jaar'], years: ['jaar', 'jaar'], jaar: ['jaar', 'jaar'], jaren: ['jaar', 'jaar'],
    household: ['huishouden', 'huishoudens'], households: ['huishouden', 'huishoudens'],
    huishouden: ['huishouden', 'huishoudens'], huishoudens: ['huishouden', 'huishoudens'],
    family: ['gezin', 'gezinnen'], families: ['gezin', 'gezinnen'], gezin: ['gezin', 'gezinnen'], gezinnen: ['gezin', 'gezinnen'],
    person: ['persoon', 'personen'], persons: ['persoon', 'personen'], people: ['persoon', 'personen'],
    persoon: ['persoon', 'personen'], personen: ['persoon', 'personen'],
    case: ['casus', 'casussen'], cases: ['casus', 'casussen'], casus: ['casus', 'casussen'], casussen: ['casus', 'casussen'],
    placement: ['plaatsing', 'plaatsingen'], placements: ['plaatsing', 'plaatsingen'],
    plaatsing: ['plaatsing', 'plaatsingen'], plaatsingen: ['plaatsing', 'plaatsingen'],
    fte: ['fte', 'fte'], FTE: ['fte', 'fte']
};

const PERCENT_WORDS = new Set(['percent', 'procent', '%']);
const EURO_WORDS = new Set(['EUR', 'eur', 'euro', 'Euro', '€']);

/** `1234567.5` → `1.234.567,5`. */
function grouped(value: number): string {
    const negative = value < 0;
    const [whole, fraction] = String(Math.abs(value)).split('.');
    const digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    return `${negative ? '-' : ''}${digits}${fraction ? `,${fraction}` : ''}`;
}

/** Money with cents when it has any: `€ 12,50`, `€ 120.000`. */
function euros(value: number): string {
    return Number.isInteger(value) ? grouped(value) : grouped(Number(value.toFixed(2))).replace(/,(\d)$/, ',$10');
}

function wordFor(word: string, count: number): string {
    const forms = Object.hasOwn(AMOUNT_WORDS, word) ? AMOUNT_WORDS[word] : undefined;
    return forms ? forms[count === 1 ? 0 : 1] : word;
}

function sentence(text: string): string {
    const trimmed = text.trim();
    return /[.!?…:;]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** One to twelve in words, other numbers in digits (`vijf werkdagen`, `20 werkdagen`, `0 dagen`). */
const count = (n: number) => (Number.isInteger(n) && n >= 1 && n <= 12 ? NUMBER_WORDS[n] : grouped(n));

export const documentNl: typeof documentEn = {
    htmlLanguage: 'nl',
    date: isoDate => {
        const date = parseDate(isoDate);
        return date ? `${date.day} ${MONTHS[date.month - 1]} ${date.year}` : isoDate;
    },
    number: grouped,
    quantity: (value, unit) => {
        if (unit === undefined) return grouped(value);
        if (EURO_WORDS.has(unit)) return `€ ${euros(value)}`;
        if (PERCENT_WORDS.has(unit)) return `${grouped(value)}%`;
        return `${grouped(value)} ${wordFor(unit, value)}`;
    },
    per: word => `per ${wordFor(word, 1)}`,
    percent: value => `${grouped(value)}%`,
    duration: (n, unit, written) => {
        if (!unit) return `${n} ${written}`;
        return `${count(n)} ${DURATION_UNITS[unit][n === 1 ? 0 : 1]}`;
    },
    every: (n, unit, written) => {
        if (!unit) return `elke ${n} ${written}`;
        return n === 1 ? EVERY_ONE[unit] : `elke ${count(n)} ${DURATION_UNITS[unit][1]}`;
    },
    list: items => items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`,
    quoted: text => `‘${text}’`,
    sentence,
    blank: '……………………',

    draftMark: a => `Concept — bevat ${a.errors} ${a.errors === 1 ? 'fout' : 'fouten'}`,
    pageNumber: { before: 'Pagina ', between: ' van ', after: '' },
    explanation: 'Toelichting:',

    periodLine: a => `Looptijd: ${a.period}`,
    periodRange: a => `${a.start} tot en met ${a.end}`,
    periodOpen: a => `vanaf ${a.start}, voor onbepaalde tijd`,

    undersigned: 'De ondergetekenden',
    party: a => `${a.party}, te dezen rechtsgeldig vertegenwoordigd door ${a.representatives}, hierna te noemen: ${a.name}`,
    representative: a => `${a.person}, ${a.role}${a.basis ? `, op grond van ${a.basis}` : ''}`,
    allParties: 'hierna gezamenlijk te noemen: partijen',

    whereas: 'Overwegende dat',
    havingRegardTo: 'Gelet op',
    agree: 'Komen het volgende overeen',

    articleLabel: a => `Artikel ${a.number}`,
    article: {
        definitions: 'Begripsbepalingen',
        objectives: 'Doelstelling',
        steering: 'Sturing en verantwoording',
        involved: 'Betrokken partijen',
        obligations: 'Verplichtingen',
        mandates: 'Mandaten',
        conditions: 'Voorwaarden en middelen',
        finances: 'Financiën',
        dataSharing: 'Gegevensuitwisseling',
        escalation: 'Escalatie',
        effects: 'Effecten en monitoring',
        term: 'Looptijd, verlenging en opzegging',
        amendment: 'Wijziging',
        accession: 'Toetreding',
        disputes: 'Geschillen',
        publication: 'Openbaarmaking'
    },

    definitionsIntro: 'In dit convenant wordt verstaan onder:',
    definition: a => `${a.term}: ${sentence(a.meaning)}`,
    objectivesIntro: 'Partijen werken samen aan de volgende doelen:',

    steeringHolder: a => `De sturing op de samenwerking berust bij ${a.holder}.`,
    accountableHolder: a => `Eindverantwoordelijk voor de uitvoering van dit convenant is ${a.holder}.`,
    reviewHolder: a => `${a.holder} evalueert de samenwerking ${a.every}.`,
    bodyMembers: a => `${a.body} bestaat uit ${a.members}.`,
    bodyChair: a => `Voorzitter is ${a.chair}.`,
    roleOfParty: a => `${a.role} van ${a.party}`,

    involvedParty: a => `${a.party} is betrokken bij de uitvoering van dit convenant, maar is geen partij en ondertekent het niet.`,

    jointly: 'Gezamenlijk',
    obligation: a => ({
        effort: a.several ? 'spannen zich ertoe in dat het volgende wordt bereikt:' : 'spant zich ertoe in dat het volgende wordt bereikt:',
        result: a.several ? 'dragen er zorg voor dat het volgende wordt bereikt:' : 'draagt er zorg voor dat het volgende wordt bereikt:',
        none: a.several ? 'verplichten zich tot het volgende:' : 'verplicht zich tot het volgende:'
    })[a.kind],
    commitment: a => `${a.parties} ${a.obligation} ${a.what}${a.due ? `, ${a.due}` : ''}.`,
    dueOn: a => `uiterlijk op ${a.date}`,
    dueWithin: a => `uiterlijk binnen ${a.duration} na ${a.event}`,
    needs: a => `Daarvoor ${a.count === 1 ? 'is' : 'zijn'} nodig: ${a.conditions}.`,
    decidesUnder: a => `Daarbij wordt besloten krachtens ${a.authorities}.`,
    decidesWithoutAuthority: 'Daarbij worden besluiten genomen, maar is geen mandaat of bevoegdheid genoemd.',
    underMandate: a => `het mandaat ${a.mandate}`,
    underPower: a => `de bevoegdheid ${a.power} van ${a.party}`,

    lead: a => sentence(a.title),
    mandate: a => `${a.giver} verleent aan ${a.holder} mandaat voor: ${sentence(a.scope)}`,
    mandateLimit: a => `Het mandaat is begrensd tot ${a.limit}.`,
    submandate: { allowed: 'Ondermandaat is toegestaan.', denied: 'Ondermandaat is niet toegestaan.' },
    submandateByDefault: 'Ondermandaat is niet toegestaan (artikel 10:9 van de Algemene wet bestuursrecht).',
    mandateValid: a => `Het mandaat geldt van ${a.start} tot en met ${a.end}.`,
    mandateBasis: a => `Het mandaat berust op: ${sentence(a.basis)}`,
    mandatePower: a => `Het mandaat betreft de bevoegdheid ${a.power} van ${a.party}${a.basis ? ` (${a.basis})` : ''}.`,
    mandateCountsAsGivers: 'Een besluit dat de gemandateerde binnen de grenzen van het mandaat neemt, geldt als een besluit van de mandaatgever (artikel 10:2 van de Algemene wet bestuursrecht).',

    condition: a => `${a.providers} ${a.several ? 'stellen' : 'stelt'} beschikbaar: ${a.resource}${a.before ? `, uiterlijk op ${a.before}` : ''}.`,

    budgetAmount: a => `Het budget bedraagt ${a.amount}.`,
    budgetShares: a => (a.afterAmount ? 'Partijen dragen daaraan als volgt bij:' : 'Partijen dragen als volgt bij:'),
    budgetShare: a => `${a.party}: ${a.percent}${a.amount ? ` (${a.amount})` : ''}`,
    budgetWithoutShares: 'Er is niet bepaald wie welk deel draagt.',

    dataSharing: a => `${a.providers} ${a.several ? 'verstrekken' : 'verstrekt'} gegevens aan ${a.recipients}.`,
    dataPurpose: a => `Doel: ${sentence(a.text)}`,
    dataBasis: a => `Grondslag: ${sentence(a.text)}`,
    dataCategories: a => `Categorieën van gegevens: ${sentence(a.text)}`,
    dataSpecial: a => `Bijzondere categorieën van persoonsgegevens of strafrechtelijke gegevens: ${sentence(a.text)}`,
    dataRetention: a => `Bewaartermijn: ${a.duration}.`,
    dataController: a => `${a.several ? 'Gezamenlijk verantwoordelijken' : 'Verantwoordelijke'} voor de verwerking: ${a.controllers}.`,

    escalation: 'Een zaak die vastloopt, wordt in deze volgorde voorgelegd aan:',
    escalationLevel: a => `${a.holder}${a.within ? `, binnen ${a.within}` : ''}${a.decides ? ', die beslist' : ''}${a.last ? '.' : ';'}`,

    effectKind: a => `Soort effect: ${({ outcome: 'uitkomst', quality: 'kwaliteit', output: 'prestatie' } as const)[a.kind]}.`,
    effectIndicator: a => `Indicator: ${sentence(a.text)}`,
    effectBaseline: a => `Nulmeting: ${a.value} op ${a.date}.`,
    effectTarget: a =>
        `Streefwaarde: ${({ '<=': 'ten hoogste', '>=': 'ten minste', '<': 'minder dan', '>': 'meer dan', '=': 'precies' } as const)[a.comparator]} ${a.value} uiterlijk op ${a.date}.`,
    effectMeasured: a =>
        `Meting: ${a.frequency ? `${({ weekly: 'wekelijks', monthly: 'maandelijks', quarterly: 'per kwartaal', yearly: 'jaarlijks' } as const)[a.frequency]} ` : ''}door ${a.party}${a.source ? `, uit ${a.source}` : ''}.`,
    effectThrough: a => `Via de verplichtingen: ${a.commitments}.`,

    termStart: a => a.end
        ? `Dit convenant treedt in werking op ${a.start} en eindigt op ${a.end}.`
        : `Dit convenant treedt in werking op ${a.start} en geldt voor onbepaalde tijd.`,
    renewal: a => `Dit convenant wordt telkens stilzwijgend verlengd met ${a.duration}, tenzij een partij het opzegt.`,
    termination: a => a.beforeAnEnd
        ? `Elke partij kan haar deelname aan dit convenant opzeggen tegen het einde van de lopende looptijd, met inachtneming van een opzegtermijn van ${a.duration}.`
        : `Elke partij kan haar deelname aan dit convenant opzeggen met inachtneming van een opzegtermijn van ${a.duration}.`,
    disputesRoute: a => `Geschillen tussen partijen over dit convenant worden beslecht via de escalatie ${a.route}${a.known ? ' (zie het artikel over escalatie)' : ''}.`,
    disputesText: a => `Geschillen tussen partijen over dit convenant worden als volgt beslecht: ${sentence(a.text)}`,
    publication: a => `Dit convenant wordt openbaar gemaakt via: ${a.text.replace(/[.]$/, '')}${a.within ? `, binnen ${a.within} na ondertekening` : ''}.`,

    signedAt: a => a.copies === 0
        ? `Aldus overeengekomen en ondertekend te ${a.place} op ${a.date}.`
        : `Aldus overeengekomen en in ${a.copies}-voud ondertekend te ${a.place} op ${a.date}.`,
    signatureName: 'Naam:',
    signatureRole: 'Functie:',
    signatureDate: 'Datum:',
    signature: 'Handtekening:'
};
