/**
 * Text set in the PDF's fonts: which embedded font has each letter, and where the lines of a
 * paragraph break. pdfkit breaks the lines of one string in one font; a paragraph here has runs
 * in several styles and letters from several font files (Latin, Latin Extended, Greek,
 * Cyrillic), and a line must break only where Unicode allows (UAX #14, with the `linebreak`
 * package pdfkit itself uses), never between two letters of a word because their fonts differ.
 * So the lines are found here, over the whole paragraph, and the renderer places each piece.
 */
import LineBreaker from 'linebreak';
import type { FontStyle } from './fonts.js';
import type { EmbeddedFont } from './woff-fonts.js';

/** Text in one registered font. */
export interface Piece {
    readonly text: string;
    readonly font: string;
}

/** The width of `text` set in `font` (at the paragraph's size). */
export type Measure = (text: string, font: string) => number;

/** Shown for a letter no embedded font has (Chinese, Arabic, …): the replacement character. */
const NO_GLYPH = '\uFFFD';

/** The fonts registered for each style, in the order a letter is looked for, and which of them has a letter. */
export class FontCoverage {
    private readonly known = new Map<string, boolean>();

    /** `fonts`: per style, the registered names and their fonts, Latin first. */
    constructor(private readonly fonts: Readonly<Record<FontStyle, readonly EmbeddedFont[]>>) {}

    private has(font: EmbeddedFont, codePoint: number): boolean {
        const key = `${font.name}:${codePoint}`;
        let has = this.known.get(key);
        if (has === undefined) {
            has = font.font.hasGlyphForCodePoint(codePoint);
            this.known.set(key, has);
        }
        return has;
    }

    /** `text` in `style`, cut into pieces of one font each; a letter no font has is replaced. */
    pieces(text: string, style: FontStyle): Piece[] {
        const fonts = this.fonts[style];
        const first = fonts[0].name;
        const pieces: Array<{ text: string; font: string }> = [];
        for (const letter of text) {
            const codePoint = letter.codePointAt(0)!;
            let font = first;
            let shown = letter;
            if (/\s/u.test(letter)) {
                // White space is set in the Latin font (the other files need not have a space).
                if (letter !== '\n' && !this.has(fonts[0], codePoint)) shown = ' ';
            } else {
                const found = fonts.find(candidate => this.has(candidate, codePoint));
                if (found) font = found.name;
                else shown = NO_GLYPH;
            }
            const last = pieces[pieces.length - 1];
            if (last && last.font === font) last.text += shown;
            else pieces.push({ text: shown, font });
        }
        return pieces;
    }
}

/**
 * The lines of a paragraph no wider than `width`: breaking where Unicode allows, at a newline
 * always, and inside a word only when the word alone is wider than the line. Spaces at the end of
 * a line are dropped.
 */
export function breakLines(pieces: readonly Piece[], width: number, measure: Measure): Piece[][] {
    const text = pieces.map(piece => piece.text).join('');
    const fontAt: string[] = [];
    for (const piece of pieces) for (let at = 0; at < piece.text.length; at++) fontAt.push(piece.font);
    const slice = (from: number, to: number): Piece[] => {
        const result: Array<{ text: string; font: string }> = [];
        for (let at = from; at < to; at++) {
            const last = result[result.length - 1];
            if (last && last.font === fontAt[at]) last.text += text[at];
            else result.push({ text: text[at], font: fontAt[at] });
        }
        return result;
    };
    const widthOf = (from: number, to: number) => slice(from, to).reduce((sum, piece) => sum + measure(piece.text, piece.font), 0);
    const withoutTrailingSpace = (from: number, to: number) => {
        while (to > from && /\s/u.test(text[to - 1])) to--;
        return to;
    };

    const lines: Piece[][] = [];
    let start = 0;
    let end = 0;
    let used = 0;
    const endLine = () => {
        lines.push(slice(start, withoutTrailingSpace(start, end)));
        start = end;
        used = 0;
    };
    const breaker = new LineBreaker(text);
    let from = 0;
    for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) {
        const to = next.position;
        const visible = widthOf(from, withoutTrailingSpace(from, to));
        if (end > start && used + visible > width) endLine();
        if (end === start && visible > width) {
            // A word wider than the line: as many letters on each line as fit.
            let at = from;
            while (at < to) {
                const codePoint = text.codePointAt(at)!;
                const size = codePoint > 0xffff ? 2 : 1;
                const letter = widthOf(at, at + size);
                if (end > start && used + letter > width && !/\s/u.test(text[at])) endLine();
                end = at + size;
                used += letter;
                at += size;
            }
        } else {
            end = to;
            used += widthOf(from, to);
        }
        if (next.required) {
            end = to;
            endLine();
        }
        from = to;
    }
    if (end > start || lines.length === 0) endLine();
    return lines;
}
