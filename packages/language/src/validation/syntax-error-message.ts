/**
 * Plain-language messages for lexer and parser errors. A keyword where a name belongs says
 * the word is reserved (LANGUAGE.md); other errors say what was expected and what was found.
 */
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Messages } from '../messages/catalogue.js';
import { KetenTerminals } from '../generated/ast.js';
import { isReservedWord } from '../keywords.js';
import type { MisplacedField } from './misplaced-fields.js';

const KEYWORD_LIKE = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** What may start a declaration at the top level of a file. */
const TOP_LEVEL = `'party', 'body' or 'agreement'`;

/** What a token type is called in a message. */
function tokenWord(type: string): string {
    switch (type) {
        case 'ID': return 'a name';
        case 'STRING': return 'a text in double quotes';
        case 'DATE': return 'a date (YYYY-MM-DD)';
        case 'INT': return 'a whole number';
        case 'DECIMAL': return 'a number';
        case 'EOF': return 'the end of the file';
        // A free word (`type municipality`, `unit days`): a name, or a keyword used as a word.
        case 'FREE_KEYWORD': return 'a word';
        default: return `'${type}'`;
    }
}

function foundWord(found: string): string {
    return found === '' ? 'the end of the file' : `'${found}'`;
}

export function describeSyntaxError(document: LangiumDocument, diagnostic: Diagnostic, messages: Messages): string {
    return describeParserError(document, diagnostic, messages) + controllerWordHint(document, diagnostic, messages)
        + keywordCaseHint(document, diagnostic, messages) + ownRoleHint(document, diagnostic, messages);
}

/**
 * `held by` and `reports to` name a role of the party they are written in, by its name alone
 * (LANGUAGE.md, COVENANT.md): `held by Gemeente.wethouder` stops the parser at the dot, and
 * the message says to leave the party out (`held by wethouder`).
 */
function ownRoleHint(document: LangiumDocument, diagnostic: Diagnostic, messages: Messages): string {
    const text = document.textDocument.getText();
    const offset = document.textDocument.offsetAt(diagnostic.range.start);
    if (text[offset] !== '.') return '';
    const before = /(held|berust|reports|valt)\s+(by|bij|to|onder)\s+([A-Za-z_][A-Za-z0-9_]*)\s*$/.exec(text.slice(Math.max(0, offset - 200), offset));
    const role = /^\.\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(text.slice(offset))?.[1];
    if (!before || !role) return '';
    const pairs: Record<string, string> = { held: 'by', berust: 'bij', reports: 'to', valt: 'onder' };
    if (pairs[before[1]] !== before[2]) return '';
    return messages.syntaxOwnRoleByName({ words: `${before[1]} ${before[2]}`, party: before[3], role });
}

/** A field written in a block it does not belong in (`misplaced-fields.ts`): where it belongs, with the same hints. */
export function describeMisplacedField(document: LangiumDocument, diagnostic: Diagnostic, field: MisplacedField, messages: Messages): string {
    const kind = (type: string) => (messages.kinds as Record<string, string>)[type] ?? type.toLowerCase();
    return messages.syntaxMisplacedField({
        word: field.word,
        writtenIn: kind(field.writtenIn.type), writtenInName: field.writtenIn.name,
        belongsIn: kind(field.belongsIn.type), belongsInName: field.belongsIn.name
    }) + controllerWordHint(document, diagnostic, messages) + keywordCaseHint(document, diagnostic, messages);
}

/**
 * Keywords are lower case (LANGUAGE.md): `Party A {` or `Looptijd …` gets the keyword it looks
 * like named, instead of only "expected … but found 'Party'". Only for reserved words: a
 * capitalised word whose lower case is a word that is a keyword only in its place (`Data`,
 * `Budget`) is as likely a declared name.
 */
function keywordCaseHint(document: LangiumDocument, diagnostic: Diagnostic, messages: Messages): string {
    const text = document.textDocument.getText();
    const word = /^[A-Za-z_]+/.exec(text.slice(document.textDocument.offsetAt(diagnostic.range.start)))?.[0];
    if (!word || word === word.toLowerCase() || !isReservedWord(word.toLowerCase())) return '';
    return messages.syntaxKeywordCase({ word, keyword: word.toLowerCase() });
}

/**
 * COVENANT.md: `verantwoordelijk` (accountable) written inside `gegevens`, or
 * `verantwoordelijke` (controller) at agreement level, gets the other word suggested.
 */
function controllerWordHint(document: LangiumDocument, diagnostic: Diagnostic, messages: Messages): string {
    const text = document.textDocument.getText();
    const offset = document.textDocument.offsetAt(diagnostic.range.start);
    const word = /^[A-Za-z_]+/.exec(text.slice(offset))?.[0];
    if (word !== 'verantwoordelijk' && word !== 'verantwoordelijke') return '';
    const block = enclosingBlockKeyword(text, offset);
    const inData = block === 'gegevens' || block === 'data';
    if (inData === (word === 'verantwoordelijke')) return '';
    return messages.syntaxDidYouMeanControllerWord({ word, suggestion: inData ? 'verantwoordelijke' : 'verantwoordelijk', inData });
}

/**
 * The keyword that opens the innermost block still open at `offset` (skipping strings and
 * comments). Every block of the grammar opens as `KEYWORD NAME "title"? {`, so the keyword is
 * the word before the last word before the brace, whatever the fields before it look like.
 */
function enclosingBlockKeyword(text: string, offset: number): string | undefined {
    const open: string[] = [];
    let lastWord: string | undefined;
    let wordBefore: string | undefined;
    for (const match of text.slice(0, offset).matchAll(/"(?:[^"\\]|\\[\s\S])*"|\/\/[^\n\r]*|\/\*[\s\S]*?\*\/|[A-Za-z_][A-Za-z0-9_]*|[{}]/g)) {
        const token = match[0];
        if (token === '{') open.push(wordBefore ?? '');
        else if (token === '}') open.pop();
        else if (/^[A-Za-z_]/.test(token)) { wordBefore = lastWord; lastWord = token; }
    }
    return open[open.length - 1];
}

function describeParserError(document: LangiumDocument, diagnostic: Diagnostic, messages: Messages): string {
    const message = diagnostic.message;
    const lexing = /^unexpected character: ->([\s\S]*?)<- at offset/.exec(message);
    if (lexing) return messages.syntaxUnexpectedCharacter({ text: lexing[1] });

    const single = /^Expecting token of type '([^']+)' but found `([\s\S]*)`\.?$/.exec(message);
    if (single) {
        const [, expected, found] = single;
        if (expected === 'ID' && KEYWORD_LIKE.test(found) && isReservedWord(found)) return messages.reservedWord({ word: found });
        // After the last declaration only another declaration may follow.
        if (expected === 'EOF') return messages.syntaxExpected({ expected: TOP_LEVEL, found: foundWord(found) });
        return messages.syntaxExpected({ expected: tokenWord(expected), found: foundWord(found) });
    }

    // Chevrotain's and Langium's wordings of text left after the last declaration.
    const redundant = /^Redundant input, expecting EOF but found: ([\s\S]*)$/.exec(message)
        ?? /^Expecting end of file but found `([\s\S]*)`\.?$/.exec(message);
    if (redundant) {
        return messages.syntaxExpected({ expected: TOP_LEVEL, found: foundWord(redundant[1]) });
    }

    const alternatives = /^Expecting: (?:one of these possible Token sequences|expecting at least one iteration[^\n]*):?([\s\S]*?)but found: '([\s\S]*)'$/.exec(message);
    if (alternatives) {
        const options = [...alternatives[1].matchAll(/\[([^\]]+)\]/g)]
            .map(m => m[1].trim().split(/,\s*/).map(token => (token in KetenTerminals ? tokenWord(token) : `'${token}'`)).join(' '))
            .filter((option, index, all) => all.indexOf(option) === index)
            // Where a word is expected, a name is one: "a word", not "a name, a word".
            .filter((option, _index, all) => !(option === 'a name' && all.includes('a word')));
        const expected = options.length === 0 ? 'something else'
            : options.length <= 6 ? options.join(', ') : `${options.slice(0, 6).join(', ')}, …`;
        return messages.syntaxExpected({ expected: options.length === 1 ? expected : `one of ${expected}`, found: foundWord(alternatives[2]) });
    }
    void document;
    return messages.syntaxGeneric({ detail: message });
}

