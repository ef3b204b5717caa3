/**
 * The covenant text as PDF (DOCUMENT.md, `pdf`), laid out with pdfkit — no browser needed on
 * the user's machine (docs/document.md says why pdfkit). A4, the Noto Serif fonts embedded
 * (subset to the glyphs used), text that can be selected and searched, "Pagina X van Y" at
 * the foot of every page, the draft mark at the top of every page of a draft, a new page for
 * the signatures. Numbers of articles, paragraphs and items are printed as the document
 * model labels them.
 *
 * Only formats: every word comes from the document model.
 */
import PDFDocument from 'pdfkit';
import type { Article, CovenantDocument, Item, Paragraph, Run, Section, SignatureBlock, Text } from '../covenant-document.js';
import type { FileDates } from '../file-dates.js';
import type { FontStyle } from './fonts.js';
import { embeddedFonts } from './woff-fonts.js';
import { breakLines, FontCoverage, type Piece } from './text-lines.js';

type Pdf = InstanceType<typeof PDFDocument>;

const MM = 72 / 25.4;
const MARGIN = { top: 25 * MM, bottom: 22 * MM, left: 22 * MM, right: 22 * MM };
const BODY = 10.5;
const LINE_GAP = 2.5;
/** Room for a paragraph's number (1.) and an item's letter (a.). */
const LABEL = 7.5 * MM;
/** The Latin font of each style: for labels, page numbers and line heights. */
const FONT: Readonly<Record<FontStyle, string>> = { regular: 'KetenSerif-regular-0', bold: 'KetenSerif-bold-0', italic: 'KetenSerif-italic-0' };
const LANGUAGE_TAGS: Readonly<Record<string, string>> = { nl: 'nl-NL', en: 'en-GB' };

export function renderDocumentPdf(document: CovenantDocument, dates: FileDates = {}): Promise<Uint8Array> {
    const pdf = new PDFDocument({
        size: 'A4',
        margins: MARGIN,
        bufferPages: true,
        // No standard PDF font: every text is set in the embedded fonts.
        font: '',
        lang: LANGUAGE_TAGS[document.language] ?? document.language,
        displayTitle: true,
        pdfVersion: '1.7',
        // With a given date (`SOURCE_DATE_EPOCH`) the file is the same byte for byte on every
        // run: pdfkit derives the file's /ID from this information, its creation date included.
        info: { Title: document.title, Creator: 'Keten', Producer: 'Keten', ...(dates.created ? { CreationDate: dates.created, ModDate: dates.created } : {}) }
    });
    const chunks: Uint8Array[] = [];
    const done = new Promise<Uint8Array>((resolve, reject) => {
        pdf.on('data', (chunk: Uint8Array) => chunks.push(chunk));
        pdf.on('end', () => resolve(concat(chunks)));
        pdf.on('error', reject);
    });
    // pdfkit embeds a font (subset to its glyphs) only when a letter of it is set. It takes a
    // fontkit font object as well as bytes; its types name only the bytes.
    const fonts = embeddedFonts();
    for (const { name, font } of Object.values(fonts).flat()) pdf.registerFont(name, font as unknown as Uint8Array);
    new Layout(pdf, document, new FontCoverage(fonts)).write();
    pdf.end();
    return done;
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
    const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
    const result = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) {
        result.set(chunk, at);
        at += chunk.length;
    }
    return result;
}

class Layout {
    private readonly left = MARGIN.left;
    private readonly width: number;

    constructor(private readonly pdf: Pdf, private readonly document: CovenantDocument, private readonly coverage: FontCoverage) {
        this.width = pdf.page.width - MARGIN.left - MARGIN.right;
    }

    write(): void {
        const d = this.document;
        this.pdf.fillColor('#1a1a1a');
        this.block([{ text: d.title, style: 'strong' }], { size: 19, after: 6, lineGap: 1 });
        if (d.period) this.block([{ text: d.period }], { size: 11, after: 6 });
        this.explanation(d.explanation, 0);
        if (d.undersigned) this.section(d.undersigned);
        if (d.whereas) this.section(d.whereas);
        if (d.havingRegardTo) this.section(d.havingRegardTo);
        this.space(10);
        // "Agree as follows" stays with the first article's heading and its first lines (the
        // heading keeps 6 lines of its own), never alone at the foot of a page.
        this.block([{ text: d.agree, style: 'strong' }], { size: BODY + 0.5, after: 4, keep: 9 });
        for (const article of d.articles) this.article(article);
        this.signatures();
        this.pageFurniture();
    }

    // ---------------------------------------------------------------- blocks

    private lineHeight(size: number, lineGap = LINE_GAP): number {
        this.pdf.font(FONT.regular).fontSize(size);
        return this.pdf.currentLineHeight(true) + lineGap;
    }

    private space(points: number): void {
        this.pdf.y += points;
    }

    /** A new page unless `lines` lines of `size` still fit. */
    private keep(lines: number, size = BODY): void {
        const bottom = this.pdf.page.height - MARGIN.bottom;
        if (this.pdf.y + lines * this.lineHeight(size) > bottom) this.pdf.addPage();
    }

    /**
     * Runs as one paragraph from `indent` (with `label` before it in the room to its left),
     * breaking lines and pages as needed.
     */
    private block(text: Text, options: { size?: number; indent?: number; label?: string; after?: number; keep?: number; italic?: boolean; color?: string; lineGap?: number } = {}): void {
        const pdf = this.pdf;
        const size = options.size ?? BODY;
        const indent = options.indent ?? 0;
        this.keep(options.keep ?? 2, size);
        const y = pdf.y;
        const lineGap = options.lineGap ?? LINE_GAP;
        if (options.color) pdf.fillColor(options.color);
        if (options.label) {
            pdf.font(FONT.regular).fontSize(size).text(options.label, this.left + indent - LABEL, y, { width: LABEL, lineBreak: false, lineGap });
        }
        const x = this.left + indent;
        const width = this.width - indent;
        const pieces = text.filter(run => run.text !== '').flatMap(run => this.coverage.pieces(run.text, this.styleOf(run, options.italic)));
        this.lines(pieces, x, y, width, size, lineGap, true);
        if (options.color) pdf.fillColor('#1a1a1a');
        pdf.x = this.left;
        this.space(options.after ?? 4);
    }

    private styleOf(run: Run, italic = false): FontStyle {
        if (run.style === 'strong') return 'bold';
        return italic ? 'italic' : 'regular';
    }

    /**
     * Pieces set as lines from (`x`, `y`), no wider than `width` (text-lines.ts finds the
     * breaks); with `pageBreaks` a line that does not fit on the page starts the next one.
     * Leaves `pdf.y` under the last line.
     */
    private lines(pieces: readonly Piece[], x: number, y: number, width: number, size: number, lineGap: number, pageBreaks: boolean): void {
        const pdf = this.pdf;
        const measure = (text: string, font: string) => pdf.font(font).fontSize(size).widthOfString(text);
        const height = this.lineHeight(size, lineGap);
        const bottom = pdf.page.height - MARGIN.bottom;
        for (const line of breakLines(pieces, width, measure)) {
            if (pageBreaks && y + height > bottom) {
                pdf.addPage();
                y = MARGIN.top;
            }
            let at = x;
            for (const piece of line) {
                pdf.font(piece.font).fontSize(size).text(piece.text, at, y, { lineBreak: false });
                at += pdf.widthOfString(piece.text);
            }
            y += height;
        }
        pdf.x = this.left;
        pdf.y = y;
    }

    private heading(text: string, size: number, before: number, style: 'strong' | 'italic' = 'strong'): void {
        this.space(before);
        // A heading stays with the first lines under it (and a subheading's).
        this.keep(6, size);
        this.block([{ text, style: style === 'strong' ? 'strong' : undefined }], { size, after: 3, keep: 1, italic: style === 'italic' });
    }

    private explanation(text: string | undefined, indent: number): void {
        if (!text) return;
        this.block([{ text: `${this.document.explanationLabel} ${text}` }], { indent, italic: true, color: '#444444', after: 4 });
    }

    // ---------------------------------------------------------------- parts

    private section(part: Section): void {
        this.heading(part.heading, 13, 12);
        for (const item of part.items) this.item(item, part.numbering === 'none' ? LABEL : LABEL, part.numbering === 'none' ? undefined : item.label);
        if (part.closing) this.block([{ text: part.closing }]);
    }

    private item(item: Item, indent: number, label: string | undefined): void {
        this.block(item.text, { indent, label, after: 3 });
        this.explanation(item.explanation, indent);
    }

    private article(article: Article): void {
        this.heading(`${article.label} ${article.heading}`, 11.5, 10);
        if (article.intro) this.block([{ text: article.intro }]);
        for (const part of article.parts) {
            if (part.kind === 'subheading') this.heading(part.text, BODY, 4, 'italic');
            else this.paragraph(part);
        }
    }

    private paragraph(paragraph: Paragraph): void {
        this.block(paragraph.text, { indent: LABEL, label: paragraph.label, after: paragraph.items.length > 0 ? 2 : 5 });
        for (const item of paragraph.items) this.item(item, 2 * LABEL, item.label);
        if (paragraph.items.length > 0) this.space(2);
        this.explanation(paragraph.explanation, LABEL);
    }

    /** The signatures on a page of their own, the parties' blocks two by two. */
    private signatures(): void {
        const pdf = this.pdf;
        const part = this.document.signatures;
        pdf.addPage();
        this.block(part.text, { after: 20 });
        const gap = 10 * MM;
        const column = (this.width - gap) / 2;
        for (let index = 0; index < part.blocks.length; index += 2) {
            const row = part.blocks.slice(index, index + 2);
            // A block (party, role, person, date, signature) is not split over two pages.
            this.keep(2 + Math.max(...row.map(block => block.signers.length)) * 7);
            const top = pdf.y;
            const bottoms = row.map((block, at) => this.signatureBlock(block, this.left + at * (column + gap), top, column));
            pdf.x = this.left;
            pdf.y = Math.max(...bottoms) + 14;
        }
    }

    private signatureBlock(block: SignatureBlock, x: number, top: number, width: number): number {
        const pdf = this.pdf;
        const part = this.document.signatures;
        const labels = part.labels;
        const line = (text: string, style: FontStyle, after: number) => {
            this.lines(this.coverage.pieces(text, style), x, pdf.y, width, BODY, LINE_GAP, false);
            pdf.y += after;
        };
        pdf.y = top;
        line(block.party, 'bold', 3);
        for (const signer of block.signers) {
            line(signer.role.style === 'blank' ? `${labels.role} ${signer.role.text}` : signer.role.text, 'regular', 1);
            line(signer.person.style === 'blank' ? `${labels.name} ${signer.person.text}` : signer.person.text, 'regular', 12);
            line(`${labels.date} ${part.blank}`, 'regular', 14);
            line(`${labels.signature} ${part.blank}`, 'regular', 16);
        }
        return pdf.y;
    }

    /** The page number at the foot and the draft mark at the top of every page. */
    private pageFurniture(): void {
        const pdf = this.pdf;
        const range = pdf.bufferedPageRange();
        const total = range.count;
        const words = this.document.pageNumber;
        for (let index = 0; index < total; index++) {
            pdf.switchToPage(range.start + index);
            // Writing in the margins must not start a new page.
            const margins = pdf.page.margins;
            pdf.page.margins = { ...margins, top: 0, bottom: 0 };
            pdf.font(FONT.regular).fontSize(8.5).fillColor('#555555')
                .text(`${words.before}${index + 1}${words.between}${total}${words.after}`, this.left, pdf.page.height - MARGIN.bottom + 8 * MM, { width: this.width, align: 'center', lineBreak: false });
            if (this.document.draft) {
                pdf.font(FONT.bold).fontSize(9).fillColor('#b00020')
                    .text(this.document.draft.mark, this.left, 11 * MM, { width: this.width, align: 'center', lineBreak: false });
            }
            pdf.page.margins = margins;
        }
        pdf.fillColor('#1a1a1a');
    }
}
