/** The little of fontkit (pdfkit's font engine) the PDF renderer asks directly: which letters a font has (and, in tests, its glyphs' widths). */
declare module 'fontkit' {
    export interface Font {
        readonly numGlyphs: number;
        readonly postscriptName: string;
        hasGlyphForCodePoint(codePoint: number): boolean;
        layout(text: string): { advanceWidth: number };
    }
    export function create(bytes: Uint8Array): Font;
}
