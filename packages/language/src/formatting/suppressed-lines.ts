/**
 * Suppressed lines keep their tokens (docs/formatting.md, "Suppression comments").
 *
 * `// keten-disable-next-line RULE` silences RULE on the next physical line (CLI.md). If the
 * formatter joined that line with the one after it, or split it, findings would move onto or
 * off the silenced line, and formatting would change the findings. So the formatter keeps the
 * line after such a comment exactly as it is, token for token:
 *
 * - the line follows its comment directly (no blank line is put between them), and an empty
 *   line after the comment stays one empty line (no blank line is removed there);
 * - the tokens and comments of that line stay together on one line (they are not split, even
 *   where the canonical layout would start a new line: a one-line `escalation E { … }` stays
 *   one line);
 * - what follows that line starts a new line (nothing is joined onto it, even where the
 *   canonical layout would continue the field: `accountable ⏎ A.nobody` keeps `A.nobody` on a
 *   line of its own, indented as a continuation).
 *
 * Everything else on the line (spaces, indentation) is canonical. Keyword translation never
 * changes lines, so it cannot change what is silenced either.
 *
 * The result is a rule for the separation in front of some items (tokens and comments, by
 * their offset in the unformatted text); the printer follows it instead of the layout rules.
 * Each rule holds for the unformatted text as well as the formatted one, so formatting stays
 * idempotent and formatting a selection (a subset of the edits) keeps the property too.
 */
import type { LeafCstNode } from 'langium';
import { suppressionScopeOf } from '../validation/suppressions.js';

/**
 * How the separation in front of an item must look:
 * - `same-line`: no line break (the item is on a suppressed line, after its first item);
 * - `new-line`: at least one line break (the item follows the last item of a suppressed line);
 * - `next-line`: exactly one line break, no blank line (the first item of a suppressed line);
 * - `blank-line`: exactly one blank line (the suppressed line was empty).
 */
export type SuppressedLineBreak = 'same-line' | 'new-line' | 'next-line' | 'blank-line';

interface Item {
    readonly start: number;
    readonly line: number;
    readonly suppressesNextLine: boolean;
}

const COMMENT = /\/\/[^\n\r]*|\/\*[\s\S]*?\*\//g;
const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * The separation rules that keep the line after every `keten-disable-next-line` comment,
 * keyed by the offset of the item they precede. Empty when the text has no such comment.
 */
export function suppressedLineBreaks(text: string, leaves: readonly LeafCstNode[]): Map<number, SuppressedLineBreak> {
    const rules = new Map<number, SuppressedLineBreak>();
    if (!text.includes('keten-disable-next-line')) return rules;
    const items = itemsOf(text, leaves);
    for (let index = 0; index < items.length; index++) {
        const comment = items[index];
        if (!comment.suppressesNextLine) continue;
        const suppressed = comment.line + 1;
        let next = index + 1;
        if (next >= items.length) continue;
        if (items[next].line !== suppressed) {
            rules.set(items[next].start, 'blank-line');
            continue;
        }
        rules.set(items[next].start, 'next-line');
        for (next++; next < items.length && items[next].line === suppressed; next++) rules.set(items[next].start, 'same-line');
        // A stricter rule set by a suppression comment that ends the suppressed line stays.
        if (next < items.length && !rules.has(items[next].start)) rules.set(items[next].start, 'new-line');
    }
    return rules;
}

/** The tokens and comments of a text in order, each with the line it starts on. */
function itemsOf(text: string, leaves: readonly LeafCstNode[]): Item[] {
    const lineStarts = [0];
    for (const match of text.matchAll(LINE_BREAK)) lineStarts.push(match.index + match[0].length);
    const lineOf = (offset: number): number => {
        let low = 0, high = lineStarts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (lineStarts[middle] <= offset) low = middle; else high = middle - 1;
        }
        return low;
    };
    const items: Item[] = [];
    const addComments = (from: number, to: number) => {
        for (const match of text.slice(from, to).matchAll(COMMENT)) {
            const start = from + match.index;
            const suppressesNextLine = suppressionScopeOf(match[0]) === 'next-line';
            items.push({ start, line: lineOf(start), suppressesNextLine });
        }
    };
    let position = 0;
    for (const leaf of leaves) {
        addComments(position, leaf.offset);
        items.push({ start: leaf.offset, line: lineOf(leaf.offset), suppressesNextLine: false });
        position = leaf.end;
    }
    addComments(position, text.length);
    return items;
}
