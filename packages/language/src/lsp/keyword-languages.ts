/**
 * The two languages of the keywords (DUTCH.md): each Dutch keyword word and its English twin,
 * for the editor: explaining a Dutch keyword on hover, completing keywords in the language of
 * the file, and writing snippets in either language.
 */
import type { LangiumDocument } from 'langium';
import { keywordWords } from '../keywords.js';
import { KEYWORD_TRANSLATIONS, type KeywordLanguage } from '../formatting/keyword-translation.js';

export type { KeywordLanguage };

/**
 * Dutch keyword word → an English keyword word it stands for, derived from the one table of
 * keyword pairs (`KEYWORD_TRANSLATIONS`). Where a word has several meanings the first rule's
 * counts; hover and completion use `englishFormOf`, which knows the rule, and fall back to
 * this only for a word without one.
 */
export const DUTCH_TO_ENGLISH: Readonly<Record<string, string>> = (() => {
    const map: Record<string, string> = {};
    for (const pairs of Object.values(KEYWORD_TRANSLATIONS)) {
        for (const [en, nl] of pairs) if (en !== nl && !(nl in map)) map[nl] = en;
    }
    return map;
})();

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
    return keywordWords().has(word) ? 'en' : undefined;
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
