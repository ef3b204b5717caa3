/**
 * Sentences are worded by the catalogue as plain strings; a few pieces inside them are styled
 * (a party's short name, an element's title, a blank to fill in). The document model marks
 * those pieces inside the string and splits the worded sentence into runs afterwards, so the
 * catalogue keeps whole sentences in each language's own word order.
 *
 * The marks are control characters, which `cleanText` removes from every text of the source:
 * a source string can never contain one.
 */
import type { Run, Text } from './covenant-document.js';

const OPEN = '\u0001';
const CLOSE = '\u0002';

/** `text` marked to be shown strong. */
export function strong(text: string): string {
    return `${OPEN}s${text}${CLOSE}`;
}

/** `text` (a dotted line) marked as a blank to fill in by hand. */
export function blankMark(text: string): string {
    return `${OPEN}b${text}${CLOSE}`;
}

/** A worded sentence as runs: the marked pieces styled, the rest plain. */
export function runs(worded: string): Text {
    const result: Run[] = [];
    let rest = worded;
    while (rest !== '') {
        const open = rest.indexOf(OPEN);
        if (open < 0) {
            result.push({ text: rest });
            break;
        }
        if (open > 0) result.push({ text: rest.slice(0, open) });
        const close = rest.indexOf(CLOSE, open);
        const end = close < 0 ? rest.length : close;
        const style = rest.charAt(open + 1) === 'b' ? 'blank' : 'strong';
        const text = rest.slice(open + 2, end);
        if (text !== '') result.push({ text, style });
        rest = close < 0 ? '' : rest.slice(close + 1);
    }
    return merged(result);
}

/** Neighbouring runs of the same style joined. */
function merged(list: readonly Run[]): Text {
    const result: Run[] = [];
    for (const run of list) {
        const last = result[result.length - 1];
        if (last && last.style === run.style) result[result.length - 1] = { ...last, text: last.text + run.text };
        else result.push(run);
    }
    return result;
}
