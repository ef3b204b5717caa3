/**
 * The hand-written TextMate grammar (syntaxes/keten.tmLanguage.json), tokenized with VS Code's
 * own engine (vscode-textmate on the Oniguruma regular expressions VS Code uses): every reserved
 * word of the language, English and Dutch, is a keyword; strings with escapes, dates, numbers,
 * comments, doc comments and qualified names get their scopes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { beforeAll, describe, expect, it } from 'vitest';
import { reservedWords } from '@keten/language';

const ROOT = resolve(__dirname, '../..');
const require = createRequire(import.meta.url);
let grammar: textmate.IGrammar;

beforeAll(async () => {
    const wasm = readFileSync(join(require.resolve('vscode-oniguruma'), '..', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new textmate.Registry({
        onigLib: Promise.resolve({
            createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
            createOnigString: text => new oniguruma.OnigString(text)
        }),
        loadGrammar: async scopeName => scopeName === 'source.keten'
            ? textmate.parseRawGrammar(readFileSync(join(ROOT, 'syntaxes/keten.tmLanguage.json'), 'utf8'), 'keten.tmLanguage.json')
            : null
    });
    grammar = (await registry.loadGrammar('source.keten'))!;
});

/** Each token of the text with its innermost scope, line by line, carrying rule state across lines. */
function tokenize(text: string): Array<{ text: string; scopes: string[] }> {
    let state = textmate.INITIAL;
    const tokens: Array<{ text: string; scopes: string[] }> = [];
    for (const line of text.split('\n')) {
        const result = grammar.tokenizeLine(line, state);
        for (const token of result.tokens) tokens.push({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes });
        state = result.ruleStack;
    }
    return tokens;
}

function scopesOf(text: string, word: string): string[] {
    const token = tokenize(text).find(t => t.text === word);
    expect(token, `no token '${word}'`).toBeDefined();
    return token!.scopes;
}

describe('TextMate grammar', () => {
    it('highlights every reserved word of the language, English and Dutch, as a keyword, constant or unit', () => {
        const missing = [...reservedWords()].filter(word => {
            const scopes = tokenize(` ${word} `).find(t => t.text === word)?.scopes ?? [];
            return !scopes.some(scope => /^(keyword|storage|constant\.language|support\.type\.unit)\./.test(scope));
        });
        expect(missing).toEqual([]);
    });

    it('marks a declaration keyword and the name it declares', () => {
        expect(scopesOf('mandaat Inzet "Inzet" {', 'mandaat')).toContain('keyword.declaration.keten');
        expect(scopesOf('mandaat Inzet "Inzet" {', 'Inzet')).toContain('entity.name.type.keten');
    });

    it('scopes strings with their escapes, and flags an escape the language does not have', () => {
        const tokens = tokenize('goal "Eén \\"plan\\" \\q"');
        expect(tokens.find(t => t.text === '\\"')?.scopes).toContain('constant.character.escape.keten');
        expect(tokens.find(t => t.text === '\\q')?.scopes).toContain('invalid.illegal.escape.keten');
        expect(tokens.find(t => t.text.includes('Eén'))?.scopes).toContain('string.quoted.double.keten');
    });

    it('tells dates from numbers', () => {
        expect(scopesOf('period 2026-01-01 to 2027-12-31', '2026-01-01')).toContain('constant.numeric.date.keten');
        expect(scopesOf('limit 25000 EUR', '25000')).toContain('constant.numeric.keten');
        expect(scopesOf('baseline -3 on 2025-12-31', '-3')).toContain('constant.numeric.keten');
        expect(scopesOf('baseline 0.35 on 2025-12-31', '0.35')).toContain('constant.numeric.keten');
    });

    it('scopes line comments, block comments over several lines and doc comments', () => {
        expect(scopesOf('party P { // note', ' note')).toContain('comment.line.double-slash.keten');
        const block = tokenize('/* one\nparty two */ party');
        expect(block.find(t => t.text === 'party two ')?.scopes).toContain('comment.block.keten');
        expect(block[block.length - 1].scopes).toContain('keyword.declaration.keten');
        expect(scopesOf('/** Gemeente is opdrachtgever. */', ' Gemeente is opdrachtgever. ')).toContain('comment.block.documentation.keten');
    });

    it('scopes both parts of a qualified name', () => {
        const tokens = tokenize('steering Gemeente.wethouder');
        expect(tokens.find(t => t.text === 'Gemeente')?.scopes).toContain('entity.name.type.keten');
        expect(tokens.find(t => t.text === 'wethouder')?.scopes).toContain('variable.other.property.keten');
    });
});
