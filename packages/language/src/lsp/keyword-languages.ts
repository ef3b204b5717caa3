/**
 * The two languages of the keywords (DUTCH.md): each Dutch keyword word and its English twin,
 * for the editor: explaining a Dutch keyword on hover, completing keywords in the language of
 * the file, and writing snippets in either language.
 */
import type { LangiumDocument } from 'langium';
import { isReservedWord } from '../keywords.js';

export type KeywordLanguage = 'en' | 'nl';

/** Dutch keyword word → the English keyword word it stands for. */
export const DUTCH_TO_ENGLISH: Readonly<Record<string, string>> = {
    partij: 'party', soort: 'type', rol: 'role', valt: 'reports', onder: 'under',
    orgaan: 'body', leden: 'members', voorzitter: 'chair',
    afspraak: 'agreement', partijen: 'parties', looptijd: 'period', tot: 'to',
    doel: 'goal', sturing: 'steering', verantwoordelijk: 'accountable',
    evaluatie: 'review', elke: 'every', door: 'by',
    mandaat: 'mandate', van: 'from', aan: 'to', reikwijdte: 'scope', limiet: 'limit',
    grondslag: 'basis', ondermandaat: 'submandate', toegestaan: 'allowed', uitgesloten: 'denied',
    geldig: 'valid', voorwaarde: 'condition', geleverd: 'provided', middel: 'resource', voor: 'before',
    toezegging: 'commitment', beslist: 'decides', vereist: 'needs', uiterlijk: 'due',
    escalatie: 'escalation', niveau: 'level', binnen: 'within',
    uitkomst: 'outcome', kwaliteit: 'quality', prestatie: 'output',
    eenheid: 'unit', nulmeting: 'baseline', op: 'on', streefwaarde: 'target',
    gemeten: 'measured', uit: 'from', wekelijks: 'weekly', maandelijks: 'monthly',
    driemaandelijks: 'quarterly', jaarlijks: 'yearly', via: 'through',
    dag: 'day', dagen: 'days', werkdag: 'workday', werkdagen: 'workdays', weken: 'weeks',
    maand: 'month', maanden: 'months', jaar: 'year', jaren: 'years'
};

/** Words that are keywords in both languages (`effect`, `indicator`, `per`, `week`). */
const SHARED = new Set(['effect', 'indicator', 'per', 'week']);

/** The English word a keyword stands for (itself when it is English). */
export function englishKeyword(word: string): string {
    return DUTCH_TO_ENGLISH[word] ?? word;
}

/** Which language a keyword word belongs to; `undefined` for words both languages use. */
export function languageOfKeyword(word: string): KeywordLanguage | undefined {
    if (SHARED.has(word)) return undefined;
    if (word in DUTCH_TO_ENGLISH) return 'nl';
    return isReservedWord(word) ? 'en' : undefined;
}

/**
 * The language most keywords of the document are written in (DUTCH.md: the editor completes
 * keywords in the language of the file); English for a file without keywords or a tie.
 */
export function keywordLanguageOf(document: LangiumDocument): KeywordLanguage {
    const count = { en: 0, nl: 0 };
    for (const match of document.textDocument.getText().matchAll(/"(?:[^"\\]|\\.)*"|\/\/[^\n]*|\/\*[\s\S]*?\*\/|[A-Za-z_][A-Za-z0-9_]*/g)) {
        const word = match[0];
        if (!/^[A-Za-z_]/.test(word)) continue;
        const language = languageOfKeyword(word);
        if (language) count[language]++;
    }
    return count.nl > count.en ? 'nl' : 'en';
}
