/**
 * Escapes inside strings. The STRING terminal lexes any backslash escape, so a wrong escape
 * (`"x\q"`) does not break the rest of the file into a cascade of lexer errors; this check
 * then reports each escape other than \" \\ \n \t (LANGUAGE.md, Lexical rules) as one
 * `syntax-error` on the escape itself.
 */
import type { Lexer, LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Messages } from '../messages/catalogue.js';
import { ruleDocumentationUrl } from '../rules/rule-docs-url.js';
import { parsedTextOf } from '../workspace/document-text.js';

const VALID_ESCAPES = new Set(['"', '\\', 'n', 't']);

/** Offset (in the string's text) and text of every invalid escape, in order. */
export function invalidEscapesIn(stringText: string): Array<{ offset: number; text: string }> {
    const invalid: Array<{ offset: number; text: string }> = [];
    for (let i = 0; i < stringText.length; i++) {
        if (stringText[i] !== '\\') continue;
        const next = stringText[i + 1] ?? '';
        if (!VALID_ESCAPES.has(next)) {
            // A surrogate pair is one character to the writer.
            const code = next.codePointAt(0);
            invalid.push({ offset: i, text: '\\' + (code === undefined ? '' : String.fromCodePoint(code)) });
        }
        i++;
    }
    return invalid;
}

/** One `syntax-error` per invalid escape in the strings of the document. */
export function invalidEscapeDiagnostics(document: LangiumDocument, lexer: Lexer, messages: Messages): Diagnostic[] {
    const text = parsedTextOf(document);
    if (!text.includes('\\')) return [];
    const diagnostics: Diagnostic[] = [];
    for (const token of lexer.tokenize(text).tokens) {
        if (token.tokenType.name !== 'STRING' || !token.image.includes('\\')) continue;
        for (const escape of invalidEscapesIn(token.image)) {
            const start = token.startOffset + escape.offset;
            diagnostics.push({
                range: {
                    start: document.textDocument.positionAt(start),
                    end: document.textDocument.positionAt(start + escape.text.length)
                },
                severity: DiagnosticSeverity.Error,
                code: 'syntax-error',
                codeDescription: { href: ruleDocumentationUrl('syntax-error') },
                message: messages.syntaxInvalidEscape({ escape: escape.text }),
                source: 'keten',
                data: { code: 'syntax-error' }
            });
        }
    }
    return diagnostics;
}
