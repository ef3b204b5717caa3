/** The little of linebreak (Unicode line breaking, UAX #14; pdfkit's own) the PDF renderer uses. */
declare module 'linebreak' {
    export interface Break {
        /** The text before this position may end a line. */
        position: number;
        /** A line must end here (a newline). */
        required: boolean;
    }
    export default class LineBreaker {
        constructor(text: string);
        nextBreak(): Break | null;
    }
}
