/**
 * Small pieces of Dutch the Dutch messages share: lists (`'a', 'b' en 'c'`), the Dutch form of
 * a keyword a rule names in English, date ranges and durations as a Dutch reader writes them.
 */
import { formatDateFor, formatNumbersInText } from '../format-values.js';
import { quantitiesNl } from './quantities.js';

/** `'a'`, `'a' en 'b'`, `'a', 'b' en 'c'`. */
export function listedNl(names: readonly string[]): string {
    const items = names.map(name => `'${name}'`);
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

/** `a`, `a en b`, `a, b en c` (without quotes). */
export function joinedNl(words: readonly string[]): string {
    return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} en ${words[words.length - 1]}`;
}

/** The Dutch form of the field keywords rules name in English (DUTCH.md, "Keywords"). */
const FIELD_KEYWORDS_NL: Readonly<Record<string, string>> = {
    type: 'soort', reports: 'valt onder', members: 'leden', chair: 'voorzitter',
    parties: 'partijen', period: 'looptijd', goal: 'doel', steering: 'sturing',
    accountable: 'verantwoordelijk', review: 'evaluatie', from: 'van', to: 'aan', scope: 'reikwijdte',
    limit: 'limiet', submandate: 'ondermandaat', valid: 'geldig', basis: 'grondslag',
    provided: 'geleverd door', 'provided by': 'geleverd door', resource: 'middel', before: 'voor',
    by: 'door', decides: 'beslist onder', 'decides under': 'beslist onder', needs: 'vereist', due: 'uiterlijk',
    level: 'niveau', within: 'binnen', kind: 'soort', indicator: 'indicator', unit: 'eenheid',
    baseline: 'nulmeting', target: 'streefwaarde', measured: 'gemeten', through: 'via',
    // COVENANT.md
    power: 'bevoegdheid', 'held by': 'berust bij', considering: 'overwegende', term: 'begrip',
    signatory: 'ondertekenaar', involving: 'betrokken', renewal: 'verlenging', termination: 'opzegging',
    amendment: 'wijziging', accession: 'toetreding', disputes: 'geschillen', publication: 'publicatie',
    obligation: 'verplichting', purpose: 'doel', categories: 'categorieën', special: 'bijzonder',
    retention: 'bewaartermijn', controller: 'verantwoordelijke', amount: 'bedrag', share: 'aandeel'
};

/** `parties` → `partijen`; a word that is already Dutch (or unknown) stays as it is. */
export function fieldKeywordNl(keyword: string): string {
    return FIELD_KEYWORDS_NL[keyword] ?? keyword;
}

/** `1 januari 2026 tot en met 31 december 2027` (both dates are included in a Keten range). */
export function dateRangeNl(start: string, end: string): string {
    return `${formatDateFor('nl', start)} tot en met ${formatDateFor('nl', end)}`;
}

/**
 * A range a rule wrote as `A to B` (or `A tot B`), in Dutch; any other text with its dates in
 * Dutch.
 */
export function writtenRangeNl(text: string): string {
    const range = /^(\S+) (?:to|tot) (\S+)$/.exec(text);
    return range ? dateRangeNl(range[1], range[2]) : formatNumbersInText('nl', text);
}

/** `10 workdays` → `10 werkdagen`, `1 year` → `1 jaar` (the shared formatter, `quantities.ts`). */
export function durationNl(text: string): string {
    return quantitiesNl.writtenDuration(text);
}

/** The text with its first letter in capitals (a message that starts with a kind word). */
export function capitalised(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
