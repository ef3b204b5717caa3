/** Dutch texts of the effect-tracking report (see `en/report.ts`); status words of DUTCH.md. */
import type { reportEn } from '../en/report.js';
import { formatDateFor, formatNumbersInText } from '../format-values.js';
import { durationNl } from './dutch-words.js';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const reportNl: typeof reportEn = {
    htmlLanguage: 'nl',
    date: isoDate => formatDateFor('nl', isoDate),
    number: text => formatNumbersInText('nl', text),
    duration: text => durationNl(text),
    statusLabel: {
        'achieved': 'gehaald',
        'on-track': 'op koers',
        'at-risk': 'risico',
        'off-track': 'uit koers',
        'stale': 'verouderd',
        'no-data': 'geen gegevens',
        'not-measurable': 'niet meetbaar'
    },
    statusMeaning: {
        'achieved': 'de laatste meting haalt de streefwaarde',
        'on-track': 'de trend haalt de streefwaarde op tijd',
        'at-risk': 'de trend mist de streefwaarde met hoogstens 10% van de weg',
        'off-track': 'de trend mist de streefwaarde, of de streefdatum is voorbij',
        'stale': 'geen recente meting (ouder dan twee meetperiodes)',
        'no-data': 'nog geen meting',
        'not-measurable': 'geen streefwaarde, of te weinig om een trend te trekken'
    },
    severity: { error: 'fout', warning: 'waarschuwing', info: 'info' },
    title: a => `Effectrapportage ${a.asOf}`,
    heading: () => 'Effectrapportage',
    meta: a => `Peildatum <strong>${a.asOf}</strong> · ${count(a.agreements, 'afspraak', 'afspraken')} · ${count(a.effects, 'effect', 'effecten')}`,
    footer: a => `Gemaakt met Keten. De statussen volgen de regels voor het volgen van effecten: ${a.legend}.`,
    agreementsIndex: () => 'Afspraken',
    summary: () => 'Samenvatting',
    findingsNone: () => 'De afspraken hebben geen meldingen.',
    findingsHeading: a => a.count === undefined ? 'Meldingen bij de controle' : `Meldingen bij de controle (${a.count})`,
    findingsColumns: () => ['Waar', 'Ernst', 'Melding', 'Regel'],
    dataProblemsHeading: () => 'Problemen met de gegevens',
    dataProblemsNone: () => 'Elke meetregel is gebruikt.',
    dataProblemsLeftOut: a => `Problemen met de gegevens (${a.count}) — regels weggelaten`,
    dataProblemsColumns: () => ['Waar', 'Probleem'],
    fact: { file: 'Bestand', period: 'Looptijd', goal: 'Doel', steering: 'Sturing', accountable: 'Verantwoordelijk', review: 'Evaluatie' },
    range: a => `${a.from} tot en met ${a.to}`,
    reviewEvery: a => `elke ${a.every} door ${a.by}`,
    effectsHeading: () => 'Effecten',
    noEffects: () => 'Deze afspraak noemt geen effecten.',
    targetBy: a => `${a.target} uiterlijk ${a.date}`,
    valueOn: a => `${a.value} op ${a.date}`,
    number_: { baseline: 'Nulmeting', latest: 'Laatste meting', target: 'Streefwaarde', progress: 'Voortgang', projection: 'Verwachting op streefdatum' },
    measured: a => `Gemeten ${a.frequency} door ${a.by}${a.source ? ` uit ${a.source}` : ''}.`,
    legend: { measurements: 'metingen', baseline: 'nulmeting', target: 'streefwaarde', projection: 'verwachting', asOf: 'peildatum' },
    noMeasurements: () => 'Geen metingen tot de peildatum.',
    measurementCount: a => count(a.count, 'meting', 'metingen'),
    measurementColumns: () => ['Datum', 'Waarde', 'Bron', 'Opmerking'],
    partiesHeading: () => 'Partijen en sturing',
    partyColumns: () => ['Partij', 'Soort', 'Rollen'],
    reportsTo: () => 'valt onder',
    bodiesHeading: () => 'Organen',
    bodyColumns: () => ['Orgaan', 'Leden', 'Voorzitter'],
    escalationsHeading: () => 'Escalatieroutes',
    noEscalations: () => 'Deze afspraak noemt geen escalatieroute.',
    within: a => `binnen ${a.duration}`,
    decides: () => 'beslist',
    mandatesHeading: () => 'Mandaten',
    noMandates: () => 'Deze afspraak verleent geen mandaat.',
    mandateColumns: () => ['Mandaat', 'Van', 'Aan', 'Reikwijdte', 'Limiet', 'Ondermandaat', 'Geldig', 'Grondslag', 'Bovenliggend'],
    submandate: { allowed: 'toegestaan', denied: 'uitgesloten' },
    effectKind: { outcome: 'uitkomst', quality: 'kwaliteit', output: 'prestatie' },
    frequency: { weekly: 'wekelijks', monthly: 'maandelijks', quarterly: 'driemaandelijks', yearly: 'jaarlijks' }
};
