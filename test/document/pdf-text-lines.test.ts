/**
 * The PDF's lines (packages/document/src/pdf/text-lines.ts): each letter in an embedded font that
 * has it, lines broken only where Unicode allows — not where a word changes font or style —
 * and a word wider than the line broken inside the line. In process, with a fixed width per
 * letter, so the breaks are known.
 */
import { create as openFont } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { NOTO_SERIF } from '../../packages/document/src/pdf/fonts.js';
import { breakLines, FontCoverage, type Piece } from '../../packages/document/src/pdf/text-lines.js';
import { embeddedFonts } from '../../packages/document/src/pdf/woff-fonts.js';

const fonts = embeddedFonts();
const short = (name: string) => name.replace('KetenSerif-', '');
const coverage = new FontCoverage(fonts);
/** Every letter 1 wide, so a width is a number of letters. */
const measure = (text: string) => [...text].length;
const textOf = (lines: Piece[][]) => lines.map(line => line.map(piece => piece.text).join(''));

describe('the PDF sets every letter in a font that has it', () => {
    it('Latin, Latin Extended, Greek and Cyrillic in the same style; white space in Latin', () => {
        const pieces = coverage.pieces('Łódź Αθήνα Київ', 'bold');
        expect(pieces.map(piece => piece.text).join('')).toBe('Łódź Αθήνα Київ');
        expect(pieces.map(piece => `${piece.text}:${short(piece.font)}`)).toEqual(['Ł:bold-1', 'ód:bold-0', 'ź:bold-1', ' :bold-0', 'Αθήνα:bold-2', ' :bold-0', 'Київ:bold-3']);
    });

    it('a letter none of them has is shown as the replacement character', () => {
        expect(coverage.pieces('Tokio 東京', 'italic')).toEqual([{ text: 'Tokio \uFFFD\uFFFD', font: 'KetenSerif-italic-0' }]);
    });
});

describe('the PDF breaks lines where Unicode allows', () => {
    it('a word whose letters are in two fonts stays whole', () => {
        const pieces = coverage.pieces('aaaa bbb Łódź', 'regular');
        expect(textOf(breakLines(pieces, 11, measure))).toEqual(['aaaa bbb', 'Łódź']);
    });

    it('a word in two styles (bold name, plain punctuation) stays whole', () => {
        const pieces: Piece[] = [{ text: 'noemen: ', font: 'r' }, { text: 'Gemeente', font: 'b' }, { text: ';', font: 'r' }];
        expect(textOf(breakLines(pieces, 16, measure))).toEqual(['noemen:', 'Gemeente;']);
    });

    it('a word wider than the line fills each line, spaces do not start a line', () => {
        const pieces: Piece[] = [{ text: 'ab ', font: 'r' }, { text: 'x'.repeat(12), font: 'r' }, { text: ' cd', font: 'r' }];
        expect(textOf(breakLines(pieces, 5, measure))).toEqual(['ab', 'xxxxx', 'xxxxx', 'xx cd']);
    });

    it('breaks at a newline; an empty text is one empty line', () => {
        expect(textOf(breakLines([{ text: 'een\ntwee', font: 'r' }], 40, measure))).toEqual(['een', 'twee']);
        expect(breakLines([], 40, measure)).toEqual([[]]);
    });
});

describe('the PDF\'s fonts, unpacked from WOFF once', () => {
    it('are the fonts fontkit reads from the WOFF files themselves', () => {
        for (const style of ['regular', 'bold', 'italic'] as const) {
            NOTO_SERIF[style].forEach((woff, at) => {
                const fromWoff = openFont(woff);
                const unpacked = fonts[style][at].font;
                expect(unpacked.numGlyphs).toBe(fromWoff.numGlyphs);
                expect(unpacked.postscriptName).toBe(fromWoff.postscriptName);
                const sample = 'Łódź Şahin Αθήνα Київ € ĳ';
                expect(unpacked.layout(sample).advanceWidth).toBe(fromWoff.layout(sample).advanceWidth);
            });
        }
    });
});
