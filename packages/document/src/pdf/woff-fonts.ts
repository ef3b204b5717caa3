/**
 * The PDF's fonts, opened once per process. The font files are WOFF (fonts.ts): TrueType with
 * each table compressed by zlib. fontkit reads WOFF, but inflates a table again (in JavaScript)
 * every time it reads from it — for every glyph it lays out or subsets — which made a PDF take
 * seconds. So each file is unpacked here into the plain TrueType font it holds (Node's zlib,
 * once), opened with fontkit once, and that font object is shared by pdfkit and FontCoverage.
 */
import { inflateSync } from 'node:zlib';
import { create as openFont, type Font } from 'fontkit';
import { NOTO_SERIF, type FontStyle } from './fonts.js';

export interface EmbeddedFont {
    /** The name it is registered under in a PDF: `KetenSerif-bold-0` is bold Latin, `-1` Latin Extended, … */
    readonly name: string;
    readonly font: Font;
}

/** The TrueType (sfnt) font a WOFF 1.0 file holds (https://www.w3.org/TR/WOFF/). */
export function sfntOfWoff(woff: Uint8Array): Uint8Array {
    const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
    if (view.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 font file');
    const flavor = view.getUint32(4);
    const count = view.getUint16(12);
    const tables = Array.from({ length: count }, (_, index) => {
        const at = 44 + index * 20;
        const offset = view.getUint32(at + 4);
        const compressed = view.getUint32(at + 8);
        const length = view.getUint32(at + 12);
        const stored = woff.subarray(offset, offset + compressed);
        const data = compressed < length ? new Uint8Array(inflateSync(stored)) : stored;
        if (data.length !== length) throw new Error('a table of the WOFF font file is damaged');
        return { tag: view.getUint32(at), checksum: view.getUint32(at + 16), data };
    });
    const padded = (length: number) => (length + 3) & ~3;
    const headerSize = 12 + count * 16;
    const sfnt = new Uint8Array(headerSize + tables.reduce((sum, table) => sum + padded(table.data.length), 0));
    const out = new DataView(sfnt.buffer);
    let power = 1;
    while (power * 2 <= count) power *= 2;
    out.setUint32(0, flavor);
    out.setUint16(4, count);
    out.setUint16(6, power * 16);
    out.setUint16(8, Math.log2(power));
    out.setUint16(10, count * 16 - power * 16);
    let offset = headerSize;
    tables.forEach((table, index) => {
        const at = 12 + index * 16;
        out.setUint32(at, table.tag);
        out.setUint32(at + 4, table.checksum);
        out.setUint32(at + 8, offset);
        out.setUint32(at + 12, table.data.length);
        sfnt.set(table.data, offset);
        offset += padded(table.data.length);
    });
    return sfnt;
}

let opened: Readonly<Record<FontStyle, readonly EmbeddedFont[]>> | undefined;

/** Per style, the fonts in the order a letter is looked for (Latin first), opened on first use. */
export function embeddedFonts(): Readonly<Record<FontStyle, readonly EmbeddedFont[]>> {
    opened ??= {
        regular: NOTO_SERIF.regular.map((woff, at) => ({ name: `KetenSerif-regular-${at}`, font: openFont(sfntOfWoff(woff)) })),
        bold: NOTO_SERIF.bold.map((woff, at) => ({ name: `KetenSerif-bold-${at}`, font: openFont(sfntOfWoff(woff)) })),
        italic: NOTO_SERIF.italic.map((woff, at) => ({ name: `KetenSerif-italic-${at}`, font: openFont(sfntOfWoff(woff)) }))
    };
    return opened;
}
