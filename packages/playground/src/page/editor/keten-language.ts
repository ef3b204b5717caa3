/**
 * The Keten language in Monaco: a first colouring from the grammar's keywords (shown at once;
 * the language server's semantic tokens refine it), comments, brackets and indentation as in
 * the VS Code extension (packages/extension/language-configuration.json).
 */
import { monaco } from './monaco.js';

export const KETEN_LANGUAGE_ID = 'keten';

export function registerKetenLanguage(keywords: readonly string[]): void {
    monaco.languages.register({ id: KETEN_LANGUAGE_ID, extensions: ['.keten'], aliases: ['Keten'] });
    monaco.languages.setLanguageConfiguration(KETEN_LANGUAGE_ID, {
        comments: { lineComment: '//', blockComment: ['/*', '*/'] },
        brackets: [['{', '}']],
        autoClosingPairs: [{ open: '{', close: '}' }, { open: '"', close: '"', notIn: ['string', 'comment'] }],
        surroundingPairs: [{ open: '{', close: '}' }, { open: '"', close: '"' }],
        wordPattern: /[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?|-?\d+(?:\.\d+)?|\d{4}-\d{2}-\d{2}/,
        indentationRules: { increaseIndentPattern: /^.*\{[^}"]*$/, decreaseIndentPattern: /^\s*\}/ }
    });
    monaco.languages.setMonarchTokensProvider(KETEN_LANGUAGE_ID, {
        keywords: [...keywords],
        tokenizer: {
            root: [
                [/\/\*/, 'comment', '@comment'],
                [/\/\/.*$/, 'comment'],
                [/"/, 'string', '@string'],
                [/\d{4}-\d{2}-\d{2}/, 'number.date'],
                [/-?\d+(\.\d+)?/, 'number'],
                [/[A-Za-z_][A-Za-z0-9_]*/, { cases: { '@keywords': 'keyword', '@default': 'identifier' } }],
                [/<=|>=|[<>=]/, 'operator'],
                [/[{}]/, 'delimiter.bracket']
            ],
            comment: [
                [/[^*/]+/, 'comment'],
                [/\*\//, 'comment', '@pop'],
                [/[*/]/, 'comment']
            ],
            string: [
                [/[^"\\]+/, 'string'],
                [/\\./, 'string.escape'],
                [/"/, 'string', '@pop']
            ]
        }
    });
    monaco.editor.defineTheme('keten', {
        base: 'vs',
        inherit: true,
        rules: [
            { token: 'keyword', foreground: '1f4e8c', fontStyle: 'bold' },
            { token: 'comment', foreground: '5f6b5f', fontStyle: 'italic' },
            { token: 'string', foreground: '8a3b12' },
            { token: 'number', foreground: '0b6e4f' },
            { token: 'number.date', foreground: '0b6e4f' },
            { token: 'date', foreground: '0b6e4f' },
            { token: 'unit', foreground: '6b3fa0' },
            { token: 'class', foreground: '7a1f5c', fontStyle: 'bold' },
            { token: 'property', foreground: '7a1f5c' },
            { token: 'struct', foreground: '7a1f5c' },
            { token: 'namespace', foreground: '1f4e8c' },
            { token: 'variable', foreground: '264653' }
        ],
        colors: {}
    });
}
