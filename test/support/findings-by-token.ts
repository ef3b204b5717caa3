/**
 * Findings named by the token they sit on instead of their line and column, so that the
 * findings of a text can be compared with those of the same text formatted or with its
 * keywords translated. Both keep every name, string, number, date and comment, in order;
 * formatting changes only the whitespace, translation only the keywords (and not always one
 * word for one: `krachtens` is `pursuant to`). So a place is named by the n-th of those
 * terminals, or, on a keyword, by the terminal the keyword follows.
 *
 *   findingKeys(text, diagnostics)  // ['unresolved-reference error @T17 ID "nobody"+0 ..T17', …] sorted
 *   withoutSuppressions(text)       // the same text with every suppression comment inert
 */
import { EmptyFileSystem, TextDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createKetenServices } from '@keten/language';

const lexer = createKetenServices(EmptyFileSystem).Keten.parser.Lexer;
type IToken = ReturnType<typeof lexer.tokenize>['tokens'][number];
const SEVERITIES = ['', 'error', 'warning', 'info', 'hint'];

/** The tokens and comments of a text, in order. */
function itemsOf(text: string): IToken[] {
    const result = lexer.tokenize(text);
    return [...result.tokens, ...result.hidden].sort((a, b) => a.startOffset - b.startOffset);
}

/** Terminals (names, strings, numbers, dates, comments) keep their text; keywords may be translated. */
const isTerminal = (token: IToken) => /^[A-Z][A-Z_]*$/.test(token.tokenType.name);

/**
 * The start of a token's text, with the lines of a comment trimmed (the formatter removes
 * trailing whitespace in comments and moves the lines of a multi-line comment).
 */
function shown(token: IToken): string {
    const text = token.tokenType.name.endsWith('COMMENT')
        ? token.image.split(/\r\n|\r|\n/).map(line => line.trim()).join('\n')
        : token.image;
    return text.slice(0, 40);
}

/**
 * Each item's anchor: `T<n>` for the n-th terminal (name, string, number, date, comment),
 * `K<n>` for a keyword after the n-th terminal (`K-1` before the first).
 */
function anchorsOf(items: readonly IToken[]): string[] {
    let terminal = -1;
    return items.map(item => isTerminal(item) ? `T${++terminal}` : `K${terminal}`);
}

/**
 * Each finding as `rule severity @anchor TYPE "text"+offset ..endAnchor`: the anchor of the
 * token or comment its range starts in (with its text and the offset in it, for terminals),
 * and of the one it ends in. Keywords are named by their anchor only (`--locale` changes their
 * words). Sorted, so two lists compare as multisets.
 */
export function findingKeys(text: string, diagnostics: readonly Diagnostic[]): string[] {
    const items = itemsOf(text);
    const anchors = anchorsOf(items);
    const document = TextDocument.create('file:///findings.keten', 'keten', 0, text);
    const itemAt = (offset: number): number => {
        let low = 0, high = items.length - 1;
        if (high < 0 || offset < items[0].startOffset) return -1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (items[middle].startOffset <= offset) low = middle; else high = middle - 1;
        }
        return low;
    };
    return diagnostics.map(diagnostic => {
        const start = document.offsetAt(diagnostic.range.start);
        const end = document.offsetAt(diagnostic.range.end);
        const first = itemAt(start);
        const last = itemAt(Math.max(start, end - 1));
        const token = items[first];
        const where = !token ? 'before the first token'
            : isTerminal(token) ? `${token.tokenType.name} ${JSON.stringify(shown(token))}+${start - token.startOffset}`
                : `keyword${start === token.startOffset ? '' : '+inside'}`;
        const anchor = (index: number) => index < 0 ? 'start' : anchors[index];
        return `${diagnostic.code} ${SEVERITIES[diagnostic.severity ?? 1]} @${anchor(first)} ${where} ..${anchor(last)}`;
    }).sort();
}

/**
 * The text with every suppression comment made inert (`keten-disable` written in capitals, so
 * every position stays the same): its findings are the findings before suppressions apply.
 */
export function withoutSuppressions(text: string): string {
    if (!text.includes('keten-disable')) return text;
    let result = text;
    for (const token of lexer.tokenize(text).hidden) {
        if (!token.image.includes('keten-disable')) continue;
        const inert = token.image.replace(/keten-disable/g, 'KETEN-DISABLE');
        result = result.slice(0, token.startOffset) + inert + result.slice(token.startOffset + inert.length);
    }
    return result;
}
