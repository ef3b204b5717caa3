/**
 * DOCUMENT.md: "No English word in a Dutch document (and the other way round), whatever
 * keywords the source used." For every example and covenant fixture, every word of the Dutch
 * covenant text is in Debian's Dutch word list (wdutch, /usr/share/dict/dutch) or is one of
 * the source's own names and strings; every word of the English text is in the American or
 * British list (wamerican, wbritish) or the source's own. The source's keywords do not count
 * as its own words: `days`, `monthly`, `outcome` must be worded by the catalogue.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AstUtils, type AstNode } from 'langium';
import { describe, expect, it } from 'vitest';
import { keywordWords, type Locale } from '@keten/language';
import { renderDocumentHtml } from '@keten/document';
import { covenantWorkspaces, documentOf, loadCovenantSources, type CovenantSource } from './covenant-sources.js';
import { documentToolsAvailable, htmlText } from './document-text.js';

const tools = documentToolsAvailable();

/**
 * Words of the fixed phrases that the word lists lack, each with its reason. Keep this short:
 * a word belongs here only when DOCUMENT.md or Dutch legal usage asks for it.
 */
const ACCEPTED: Readonly<Record<Locale, ReadonlySet<string>>> = {
    // `in 3-voud` (DOCUMENT.md: "in N-voud ondertekend"); `Awb`-style article numbers are digits.
    nl: new Set(['voud']),
    en: new Set([])
};

function wordList(files: readonly string[]): Set<string> {
    const words = new Set<string>();
    for (const file of files) {
        for (const word of fs.readFileSync(file, 'utf8').split('\n')) if (word !== '') words.add(word.normalize('NFC'));
    }
    return words;
}

const LISTS: Record<Locale, () => Set<string>> = {
    nl: () => wordList(['/usr/share/dict/dutch']),
    en: () => wordList(['/usr/share/dict/american-english', '/usr/share/dict/british-english'])
};

function wordsIn(text: string): string[] {
    return text.normalize('NFC').match(/\p{L}+/gu) ?? [];
}

/**
 * The source's own words: its strings, doc comments, declaration names, references and free
 * words (units, `per` words, party types) — but no keyword of the language.
 */
function ownWordsOf(source: CovenantSource): Set<string> {
    const own = new Set<string>();
    for (const text of source.texts) {
        for (const literal of text.match(/"(?:[^"\\]|\\.)*"/g) ?? []) wordsIn(literal).forEach(word => own.add(word));
        for (const comment of text.match(/\/\*[\s\S]*?\*\//g) ?? []) wordsIn(comment).forEach(word => own.add(word));
    }
    const keywords = new Set(keywordWords());
    let root: AstNode = source.agreement;
    while (root.$container) root = root.$container;
    for (const node of AstUtils.streamAst(root)) {
        const record = node as unknown as Record<string, unknown>;
        if (typeof record.name === 'string') wordsIn(record.name).forEach(word => own.add(word));
        for (const free of ['unit', 'per', 'value', 'word']) {
            const value = record[free];
            if (typeof value === 'string' && !keywords.has(value)) wordsIn(value).forEach(word => own.add(word));
        }
        for (const info of AstUtils.streamReferences(node)) {
            const text = (info.reference as { $refText?: string }).$refText;
            if (text) wordsIn(text).forEach(word => own.add(word));
        }
    }
    return own;
}

function isKnown(word: string, list: ReadonlySet<string>): boolean {
    if (list.has(word)) return true;
    const lower = word.toLowerCase();
    if (list.has(lower)) return true;
    const capitalised = lower.charAt(0).toUpperCase() + lower.slice(1);
    return list.has(capitalised);
}

describe.skipIf(!tools)('a covenant text speaks one language', () => {
    const lists = { nl: LISTS.nl(), en: LISTS.en() };
    for (const files of covenantWorkspaces()) {
        const name = path.relative(path.resolve(__dirname, '../..'), files[0]);
        it(name, async () => {
            for (const source of await loadCovenantSources(files)) {
                const own = new Set([...ownWordsOf(source), 'Apeldoorn'].map(word => word.toLowerCase()));
                for (const locale of ['nl', 'en'] as const) {
                    const text = htmlText(renderDocumentHtml(documentOf(source, locale, { place: 'Apeldoorn', date: '2026-12-01' })));
                    const strangers = [...new Set(wordsIn(text))]
                        // The place of signing (`--place Apeldoorn`) is the user's own word too.
                        .filter(word => !own.has(word.toLowerCase()) && !ACCEPTED[locale].has(word) && !isKnown(word, lists[locale]));
                    expect(strangers, `${source.agreement.name} (${locale}): words in no ${locale === 'nl' ? 'Dutch' : 'English'} word list and not the source's own`).toEqual([]);
                }
            }
        });
    }
});
