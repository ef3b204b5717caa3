/**
 * `escapeHtmlText` finds a run of 41 characters without white space by one scan (issue 15: the
 * regex `/\S{41}/` was a noticeable part of `keten report` on 1,000 effects). It must decide
 * exactly as that regex does, for every kind of white space JavaScript knows.
 */
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeHtmlText } from '../../packages/report/src/escape-html.js';

/** What the page got before: the regex decides whether a text has a long run. */
function withRegex(text: string): string {
    return /\S{41}/.test(text) ? escapeHtmlText(text) : escapeHtml(text);
}

describe('escapeHtmlText: long runs found as /\\S{41}/ finds them', () => {
    it('every UTF-16 code unit counts as white space exactly when \\s matches it', () => {
        const wrong: number[] = [];
        for (let code = 0; code < 0x10000; code++) {
            const unit = String.fromCharCode(code);
            // 40 letters, the unit, 40 letters: a long run exactly when the unit is not white space.
            const text = 'a'.repeat(40) + unit + 'a'.repeat(40);
            const hasWbr = escapeHtmlText(text).includes('<wbr>');
            if (hasWbr !== !/\s/.test(unit)) wrong.push(code);
        }
        expect(wrong).toEqual([]);
    });

    it('runs of 40, 41 and more, at the start, the end and between spaces', () => {
        for (const text of ['x'.repeat(40), 'x'.repeat(41), ` ${'y'.repeat(41)} `, `a ${'b'.repeat(40)}\u00a0${'c'.repeat(41)}`, '&'.repeat(45), `${'z'.repeat(39)}\n${'z'.repeat(39)}`, '']) {
            expect(escapeHtmlText(text)).toBe(withRegex(text));
            expect(escapeHtmlText(text).includes('<wbr>')).toBe(/\S{41}/.test(text));
        }
    });
});
