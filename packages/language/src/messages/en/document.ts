/**
 * Texts of the covenant text (DOCUMENT.md, `keten document`): the fixed phrases, the article
 * headings and the sentences around an agreement's own names and strings, and how dates,
 * amounts, durations and lists are written. The document model (packages/document) builds
 * every sentence from these; its renderers add no word of their own. Every value the source
 * wrote as a keyword (units, frequencies, kinds, comparators) is worded here, so an English
 * document has no Dutch word in it whatever keywords the source used.
 */
import { parseDate, type DurationUnitName } from '../../model/dates.js';

/** The article headings, in the order of DOCUMENT.md. */
export type ArticleKey =
    | 'definitions' | 'objectives' | 'steering' | 'involved' | 'obligations' | 'mandates' | 'conditions'
    | 'finances' | 'dataSharing' | 'escalation' | 'effects' | 'term' | 'amendment' | 'accession' | 'disputes'
    | 'publication';

export type ObligationKind = 'effort' | 'result' | 'none';
export type FrequencyWord = 'weekly' | 'monthly' | 'quarterly' | 'yearly';
export type EffectKindWord = 'outcome' | 'quality' | 'output';
export type ComparatorWord = '<=' | '>=' | '<' | '>' | '=';

const MONTHS = [
    'January', 'February', 'March', 'April', 'May', 'June',
    'July', 'August', 'September', 'October', 'November', 'December'
] as const;

const NUMBER_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'] as const;

const DURATION_UNITS: Readonly<Record<DurationUnitName, readonly [string, string]>> = {
    day: ['day', 'days'], workday: ['working day', 'working days'], week: ['week', 'weeks'],
    month: ['month', 'months'], year: ['year', 'years']
};

/**
 * Words a source may write after an amount or `per` (free words, in either language), as an
 * English text writes them: [singular, plural]. Words not listed are the source's own and stay
 * as written.
 */
const AMOUNT_WORDS: Readonly<Record<string, readonly [string, string]>> = {
    hour: ['hour', 'hours'], hours: ['hour', 'hours'], uur: ['hour', 'hours'], uren: ['hour', 'hours'],
    day: ['day', 'days'], days: ['day', 'days'], dag: ['day', 'days'], dagen: ['day', 'days'],
    workday: ['working day', 'working days'], workdays: ['working day', 'working days'],
    werkdag: ['working day', 'working days'], werkdagen: ['working day', 'working days'],
    week: ['week', 'weeks'], weeks: ['week', 'weeks'], weken: ['week', 'weeks'],
    month: ['month', 'months'], months: ['month', 'months'], maand: ['month', 'months'], maanden: ['month', 'months'],
    quarter: ['quarter', 'quarters'], kwartaal: ['quarter', 'quarters'],
    year: ['year', 'years'], years: ['year', 'years'], jaar: ['year', 'years'], jaren: ['year', 'years'],
    household: ['household', 'households'], households: ['household', 'households'],
    huishouden: ['household', 'households'], huishoudens: ['household', 'households'],
    family: ['family', 'families'], families: ['family', 'families'], gezin: ['family', 'families'], gezinnen: ['family', 'families'],
    person: ['person', 'people'], persons: ['person', 'people'], people: ['person', 'people'],
    persoon: ['person', 'people'], personen: ['person', 'people'],
    case: ['case', 'cases'], cases: ['case', 'cases'], casus: ['case', 'cases'], casussen: ['case', 'cases'],
    placement: ['placement', 'placements'], placements: ['placement', 'placements'],
    plaatsing: ['placement', 'placements'], plaatsingen: ['placement', 'placements'],
    fte: ['FTE', 'FTE'], FTE: ['FTE', 'FTE']
};

const PERCENT_WORDS = new Set(['percent', 'procent', '%']);
const EURO_WORDS = new Set(['EUR', 'eur', 'euro', 'Euro', '€']);

/** `1234567.5` → `1,234,567.5`. */
function grouped(value: number, thousands: string, decimal: string): string {
    const negative = value < 0;
    const [whole, fraction] = String(Math.abs(value)).split('.');
    const digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
    return `${negative ? '-' : ''}${digits}${fraction ? `${decimal}${fraction}` : ''}`;
}

function wordFor(table: Readonly<Record<string, readonly [string, string]>>, word: string, count: number): string {
    const forms = Object.hasOwn(table, word) ? table[word] : undefined;
    return forms ? forms[count === 1 ? 0 : 1] : word;
}

function sentence(text: string): string {
    const trimmed = text.trim();
    return /[.!?…:;]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

const numberEn = (value: number) => grouped(value, ',', '.');

/** One to twelve in words, other numbers in digits (`five working days`, `20 working days`, `0 days`). */
const count = (n: number) => (Number.isInteger(n) && n >= 1 && n <= 12 ? NUMBER_WORDS[n] : numberEn(n));

/** Money with cents when it has any: `€12.50`, `€120,000`. */
function euros(value: number): string {
    return Number.isInteger(value) ? numberEn(value) : numberEn(Number(value.toFixed(2))).replace(/\.(\d)$/, '.$10');
}

export const documentEn = {
    htmlLanguage: 'en',
    /** `2026-01-01` → `1 January 2026`; text that is not a calendar date (`2026-10-00`, `2026-02-30`) stays as written. */
    date: (isoDate: string) => {
        const date = parseDate(isoDate);
        return date ? `${date.day} ${MONTHS[date.month - 1]} ${date.year}` : isoDate;
    },
    number: numberEn,
    /** A number with the unit a source wrote after it (`16 hours`, `60%`, `€120,000`). */
    quantity: (value: number, unit: string | undefined) => {
        if (unit === undefined) return numberEn(value);
        if (EURO_WORDS.has(unit)) return `€${euros(value)}`;
        if (PERCENT_WORDS.has(unit)) return `${numberEn(value)}%`;
        return `${numberEn(value)} ${wordFor(AMOUNT_WORDS, unit, value)}`;
    },
    /** The word after `per` (`per year`, `per household`). */
    per: (word: string) => `per ${wordFor(AMOUNT_WORDS, word, 1)}`,
    percent: (value: number) => `${numberEn(value)}%`,
    /** `5 workdays` → `five working days`; one to twelve in words. */
    duration: (n: number, unit: DurationUnitName | undefined, written: string) => {
        if (!unit) return `${n} ${written}`;
        const forms = DURATION_UNITS[unit];
        return `${count(n)} ${forms[n === 1 ? 0 : 1]}`;
    },
    /** `every 6 weeks` → `every six weeks`; `every 1 month` → `every month`. */
    every: (n: number, unit: DurationUnitName | undefined, written: string) => {
        if (!unit) return `every ${n} ${written}`;
        const forms = DURATION_UNITS[unit];
        return n === 1 ? `every ${forms[0]}` : `every ${count(n)} ${forms[1]}`;
    },
    /** `a`, `a and b`, `a, b and c`. */
    list: (items: readonly string[]) =>
        items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`,
    quoted: (text: string) => `“${text}”`,
    sentence,
    /** What a dotted line stands for: a blank to fill in by hand. */
    blank: '……………………',

    // ---------------------------------------------------------------- page
    draftMark: (a: { errors: number }) => `Draft — ${a.errors} ${a.errors === 1 ? 'error' : 'errors'}`,
    /** The page number at the foot of every page: the words around the numbers. */
    pageNumber: { before: 'Page ', between: ' of ', after: '' },
    explanation: 'Explanation:',

    // ---------------------------------------------------------------- title
    periodLine: (a: { period: string }) => `Period: ${a.period}`,
    periodRange: (a: { start: string; end: string }) => `${a.start} to ${a.end}`,
    periodOpen: (a: { start: string }) => `from ${a.start}, for an indefinite period`,

    // ---------------------------------------------------------------- the undersigned
    undersigned: 'The undersigned',
    /** One party of `parties`, with its representatives (already joined) and its short name. */
    party: (a: { party: string; representatives: string; name: string }) =>
        `${a.party}, duly represented in this matter by ${a.representatives}, hereafter referred to as: ${a.name}`,
    representative: (a: { person: string; role: string; basis?: string }) =>
        `${a.person}, ${a.role}${a.basis ? `, pursuant to ${a.basis}` : ''}`,
    /** After the list of parties, when there are several. */
    allParties: 'hereafter jointly referred to as: the Parties',

    // ---------------------------------------------------------------- preamble
    whereas: 'Whereas',
    havingRegardTo: 'Having regard to',
    agree: 'Agree as follows',

    // ---------------------------------------------------------------- articles
    articleLabel: (a: { number: number }) => `Article ${a.number}`,
    article: {
        definitions: 'Definitions',
        objectives: 'Objectives',
        steering: 'Steering and accountability',
        involved: 'Parties involved',
        obligations: 'Obligations',
        mandates: 'Mandates',
        conditions: 'Conditions and means',
        finances: 'Finances',
        dataSharing: 'Data sharing',
        escalation: 'Escalation',
        effects: 'Effects and monitoring',
        term: 'Term, renewal and termination',
        amendment: 'Amendment',
        accession: 'Accession',
        disputes: 'Disputes',
        publication: 'Publication'
    } as Readonly<Record<ArticleKey, string>>,

    definitionsIntro: 'In this agreement the following terms have the meaning given to them:',
    definition: (a: { term: string; meaning: string }) => `${a.term}: ${sentence(a.meaning)}`,
    objectivesIntro: 'The parties work together towards the following objectives:',

    steeringHolder: (a: { holder: string }) => `Steering of the collaboration rests with ${a.holder}.`,
    accountableHolder: (a: { holder: string }) => `${a.holder} is accountable for carrying out this agreement.`,
    reviewHolder: (a: { holder: string; every: string }) => `${a.holder} reviews the collaboration ${a.every}.`,
    bodyMembers: (a: { body: string; members: string }) => `${a.body} consists of ${a.members}.`,
    bodyChair: (a: { chair: string }) => `The chair is ${a.chair}.`,
    /** A role of a party: `Wethouder Jeugd of Gemeente Zutphen`. */
    roleOfParty: (a: { role: string; party: string }) => `${a.role} of ${a.party}`,

    involvedParty: (a: { party: string }) =>
        `${a.party} takes part in carrying out this agreement, but is not a party to it and does not sign it.`,

    jointly: 'Jointly',
    /** The verb phrase of a commitment, by `obligation`; `several` for a joint one. */
    obligation: (a: { kind: ObligationKind; several: boolean }) => ({
        effort: 'shall endeavour to achieve the following:',
        result: 'shall ensure that the following is achieved:',
        none: a.several ? 'undertake to achieve the following:' : 'undertakes to achieve the following:'
    })[a.kind],
    commitment: (a: { parties: string; obligation: string; what: string; due?: string }) =>
        `${a.parties} ${a.obligation} ${a.what}${a.due ? `, ${a.due}` : ''}.`,
    dueOn: (a: { date: string }) => `by ${a.date}`,
    dueWithin: (a: { duration: string; event: string }) => `within ${a.duration} after ${a.event}`,
    needs: (a: { conditions: string; count: number }) => `This requires: ${a.conditions}.`,
    decidesUnder: (a: { authorities: string }) => `Decisions are taken under ${a.authorities}.`,
    decidesWithoutAuthority: 'Decisions are taken, but no mandate or power is named for them.',
    underMandate: (a: { mandate: string }) => `the mandate ${a.mandate}`,
    underPower: (a: { power: string; party: string }) => `the power ${a.power} of ${a.party}`,

    /** The title an element's paragraph starts with (in bold). */
    lead: (a: { title: string }) => sentence(a.title),
    mandate: (a: { giver: string; holder: string; scope: string }) => `${a.giver} grants ${a.holder} a mandate for: ${sentence(a.scope)}`,
    mandateLimit: (a: { limit: string }) => `The mandate is limited to ${a.limit}.`,
    submandate: { allowed: 'Sub-mandating is allowed.', denied: 'Sub-mandating is not allowed.' },
    submandateByDefault: 'Sub-mandating is not allowed (Article 10:9 of the General Administrative Law Act).',
    mandateValid: (a: { start: string; end: string }) => `The mandate is valid from ${a.start} to ${a.end}.`,
    mandateBasis: (a: { basis: string }) => `The mandate is based on: ${sentence(a.basis)}`,
    mandatePower: (a: { power: string; party: string; basis?: string }) =>
        `The mandate concerns the power ${a.power} of ${a.party}${a.basis ? ` (${a.basis})` : ''}.`,
    mandateCountsAsGivers: 'A decision the mandate holder takes within the limits of the mandate counts as a decision of the authority that granted it (Article 10:2 of the General Administrative Law Act).',

    condition: (a: { providers: string; several: boolean; resource: string; before?: string }) =>
        `${a.providers} ${a.several ? 'make' : 'makes'} available: ${a.resource}${a.before ? `, by ${a.before}` : ''}.`,

    budgetAmount: (a: { amount: string }) => `The budget amounts to ${a.amount}.`,
    /** `afterAmount`: the sentence follows the budget's amount (Dutch then says what is contributed to: "daaraan"). */
    budgetShares: (_a: { afterAmount: boolean }) => 'The parties contribute as follows:',
    budgetShare: (a: { party: string; percent: string; amount?: string }) =>
        `${a.party}: ${a.percent}${a.amount ? ` (${a.amount})` : ''}`,
    budgetWithoutShares: 'It is not stated who pays which share.',

    dataSharing: (a: { providers: string; several: boolean; recipients: string }) =>
        `${a.providers} ${a.several ? 'provide' : 'provides'} data to ${a.recipients}.`,
    dataPurpose: (a: { text: string }) => `Purpose: ${sentence(a.text)}`,
    dataBasis: (a: { text: string }) => `Legal basis: ${sentence(a.text)}`,
    dataCategories: (a: { text: string }) => `Categories of data: ${sentence(a.text)}`,
    dataSpecial: (a: { text: string }) => `Special categories of personal data or criminal-law data: ${sentence(a.text)}`,
    dataRetention: (a: { duration: string }) => `Retention period: ${a.duration}.`,
    dataController: (a: { controllers: string; several: boolean }) =>
        `${a.several ? 'Joint controllers' : 'Controller'}: ${a.controllers}.`,

    escalation: 'A matter that gets stuck is put, in this order, to:',
    escalationLevel: (a: { holder: string; within?: string; decides: boolean; last: boolean }) =>
        `${a.holder}${a.within ? `, within ${a.within}` : ''}${a.decides ? ', who decides' : ''}${a.last ? '.' : ';'}`,

    effectKind: (a: { kind: EffectKindWord }) =>
        `Kind of effect: ${({ outcome: 'outcome', quality: 'quality', output: 'output' } as const)[a.kind]}.`,
    effectIndicator: (a: { text: string }) => `Indicator: ${sentence(a.text)}`,
    effectBaseline: (a: { value: string; date: string }) => `Baseline: ${a.value} on ${a.date}.`,
    effectTarget: (a: { comparator: ComparatorWord; value: string; date: string }) =>
        `Target: ${({ '<=': 'at most', '>=': 'at least', '<': 'less than', '>': 'more than', '=': 'exactly' } as const)[a.comparator]} ${a.value} by ${a.date}.`,
    effectMeasured: (a: { frequency?: FrequencyWord; party: string; source?: string }) =>
        `Measured ${a.frequency ? `${({ weekly: 'weekly', monthly: 'monthly', quarterly: 'quarterly', yearly: 'yearly' } as const)[a.frequency]} ` : ''}by ${a.party}${a.source ? `, from ${a.source}` : ''}.`,
    effectThrough: (a: { commitments: string }) => `Through the obligations: ${a.commitments}.`,

    termStart: (a: { start: string; end?: string }) => a.end
        ? `This agreement takes effect on ${a.start} and ends on ${a.end}.`
        : `This agreement takes effect on ${a.start} and remains in force for an indefinite period.`,
    renewal: (a: { duration: string }) => `This agreement is renewed tacitly by ${a.duration} each time, unless a party terminates it.`,
    termination: (a: { duration: string; beforeAnEnd: boolean }) => a.beforeAnEnd
        ? `Each party may terminate its participation in this agreement as of the end of the current term by giving notice of ${a.duration} before that end.`
        : `Each party may terminate its participation in this agreement by giving notice of ${a.duration}.`,
    /** `known`: the route resolves, so the escalation article describes it. */
    disputesRoute: (a: { route: string; known: boolean }) =>
        `Disputes between the parties about this agreement are settled through the escalation route ${a.route}${a.known ? ' (see the article on escalation)' : ''}.`,
    disputesText: (a: { text: string }) => `Disputes between the parties about this agreement are settled as follows: ${sentence(a.text)}`,
    publication: (a: { text: string; within?: string }) =>
        `This agreement is published in: ${a.text.replace(/[.]$/, '')}${a.within ? `, within ${a.within} of signing` : ''}.`,

    // ---------------------------------------------------------------- signatures
    /** `copies`: the parties of `parties`; a draft without any says no number. */
    signedAt: (a: { copies: number; place: string; date: string }) => a.copies === 0
        ? `Thus agreed and signed at ${a.place} on ${a.date}.`
        : `Thus agreed and signed in ${a.copies} ${a.copies === 1 ? 'counterpart' : 'counterparts'} at ${a.place} on ${a.date}.`,
    signatureName: 'Name:',
    signatureRole: 'Position:',
    signatureDate: 'Date:',
    signature: 'Signature:'
};

export type DocumentTexts = typeof documentEn;
