/**
 * The keywords of the language, read from the grammar itself so the lists cannot drift from
 * the parser. The words of LANGUAGE.md and DUTCH.md are reserved (never a name); the words
 * COVENANT.md added are keywords only where the grammar expects them (the `SoftKeyword` rule)
 * and may be names. Used for messages ("reserved word"), completion and the TextMate grammar.
 */
import { GrammarAST } from 'langium';
import { KetenGrammar } from './generated/grammar.js';
import { contentsOfRule } from './parser/grammar-contents.js';

let reserved: ReadonlySet<string> | undefined;
let soft: ReadonlySet<string> | undefined;

const WORD = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The keyword words of the rules (in a grammar, only rules hold keywords). */
function keywordWordsOf(rules: readonly GrammarAST.AbstractRule[]): string[] {
    return rules.flatMap(rule => contentsOfRule(rule).keywords.map(keyword => keyword.value).filter(value => WORD.test(value)));
}

/** The keywords of COVENANT.md (`power`, `data`, `budget`, …): words, not reserved. */
export function softKeywords(): ReadonlySet<string> {
    if (!soft) {
        const rule = KetenGrammar().rules.find(r => GrammarAST.isParserRule(r) && r.name === 'SoftKeyword');
        soft = new Set(rule && GrammarAST.isParserRule(rule) ? keywordWordsOf([rule]) : []);
    }
    return soft;
}

/** Every reserved keyword that is a word (not punctuation such as `{` or `<=`). */
export function reservedWords(): ReadonlySet<string> {
    if (!reserved) {
        const softWords = softKeywords();
        reserved = new Set(keywordWordsOf(KetenGrammar().rules).filter(word => !softWords.has(word)));
    }
    return reserved;
}

export function isReservedWord(word: string): boolean {
    return reservedWords().has(word);
}

let all: ReadonlySet<string> | undefined;

/** Every keyword word of the grammar, reserved or not. */
export function keywordWords(): ReadonlySet<string> {
    all ??= new Set([...reservedWords(), ...softKeywords()]);
    return all;
}
