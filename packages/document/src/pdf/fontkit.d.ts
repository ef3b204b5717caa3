/** The little of fontkit (pdfkit's font engine) the PDF renderer asks directly: which letters a font has. */
declare module 'fontkit' {
    export interface Font {
        hasGlyphForCodePoint(codePoint: number): boolean;
    }
    export function create(bytes: Uint8Array): Font;
}
