/**
 * The covenant text as a Word document (DOCUMENT.md, `docx`), written with the `docx` library
 * (a well-kept writer of WordprocessingML; see docs/document.md for the choice). A legal
 * department edits it in Word or LibreOffice and the numbering follows:
 *
 * - Word's own styles: Title, Heading 1 for the parts before the articles, Heading 2 for each
 *   article, Heading 3 for a subheading inside one.
 * - Real multi-level numbering (`word/numbering.xml`): one list for the articles — level 1
 *   "Artikel %1" on the article headings, level 2 "%2." on their paragraphs, level 3 "%3." in
 *   letters on the items of a paragraph — and lists of their own for the undersigned (1., 2.)
 *   and the considerations (a., b.). No number is typed into the text: the labels of the
 *   document model are left to Word.
 * - A4, the draft mark in the header of every page, "Pagina X van Y" in the footer (fields),
 *   a page break before the signatures, the document's language on every run.
 *
 * Only formats: every word comes from the document model.
 */
import {
    AlignmentType, Document, Footer, Header, HeadingLevel, LevelFormat, LevelSuffix, LineRuleType, Packer, PageNumber, Paragraph, TextRun,
    type INumberingOptions, type IRunOptions
} from 'docx';
import { unzipSync, zipSync } from 'fflate';
import type { Article, CovenantDocument, Item, Run, Section, Text } from '../covenant-document.js';
import type { FileDates } from '../file-dates.js';

/** 1 cm in twentieths of a point. */
const CM = 567;
const ARTICLES = 'keten-articles';
const UNDERSIGNED = 'keten-undersigned';
const WHEREAS = 'keten-whereas';

const LANGUAGE_TAGS: Readonly<Record<string, string>> = { nl: 'nl-NL', en: 'en-GB' };

export async function renderDocumentDocx(document: CovenantDocument, dates: FileDates = {}): Promise<Uint8Array> {
    const docx = new Document({
        title: document.title,
        creator: 'Keten',
        lastModifiedBy: 'Keten',
        styles: styles(document),
        numbering: numbering(document),
        sections: [{
            properties: {
                page: {
                    size: { width: 11906, height: 16838 },
                    margin: { top: Math.round(2.5 * CM), bottom: Math.round(2.2 * CM), left: Math.round(2.2 * CM), right: Math.round(2.2 * CM) }
                }
            },
            headers: document.draft ? {
                default: new Header({
                    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: document.draft.mark, bold: true, color: 'B00020' })] })]
                })
            } : undefined,
            footers: {
                default: new Footer({
                    children: [new Paragraph({
                        alignment: AlignmentType.CENTER,
                        children: [new TextRun({
                            size: 18,
                            children: [document.pageNumber.before, PageNumber.CURRENT, document.pageNumber.between, PageNumber.TOTAL_PAGES, document.pageNumber.after].filter(part => part !== '')
                        })]
                    })]
                })
            },
            children: body(document)
        }]
    });
    const written = await Packer.toBuffer(docx);
    return dates.created ? withDate(written, dates.created) : written;
}

/**
 * The same package with one date everywhere (`SOURCE_DATE_EPOCH`, docs/document.md): the
 * `docx` library stamps `docProps/core.xml` and every zip entry with the time of writing, so the
 * package is read with fflate (the zip library `docx` itself uses) and written again with the
 * given date. Zip entries hold a local time from 1980 on: the date's UTC fields are written as
 * they are, whatever the time zone, and an earlier date becomes 1980-01-01.
 */
function withDate(written: Uint8Array, created: Date): Uint8Array {
    const files = unzipSync(written);
    const core = files['docProps/core.xml'];
    if (core) {
        const stamp = created.toISOString();
        const xml = new TextDecoder().decode(core)
            .replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, (_, open: string, _name: string, close: string) => `${open}${stamp}${close}`);
        files['docProps/core.xml'] = new TextEncoder().encode(xml);
    }
    const utc = new Date(Math.max(created.getTime(), Date.UTC(1980, 0, 1, 12)));
    const localFields = new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), utc.getUTCHours(), utc.getUTCMinutes(), utc.getUTCSeconds());
    return zipSync(files, { mtime: localFields });
}

function styles(document: CovenantDocument) {
    const language = { value: LANGUAGE_TAGS[document.language] ?? document.language };
    return {
        default: {
            document: {
                run: { font: 'Calibri', size: 22, language },
                paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } }
            },
            title: { run: { font: 'Calibri', size: 40, bold: true, color: '000000' }, paragraph: { spacing: { after: 120, line: 240, lineRule: LineRuleType.AUTO } } },
            heading1: { run: { font: 'Calibri', size: 26, bold: true, color: '000000' }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
            heading2: { run: { font: 'Calibri', size: 24, bold: true, color: '000000' }, paragraph: { spacing: { before: 320, after: 120 }, keepNext: true } },
            heading3: { run: { font: 'Calibri', size: 22, italics: true, bold: false, color: '000000' }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } }
        },
        paragraphStyles: [{
            id: 'KetenExplanation',
            name: document.explanationLabel.replace(/:$/, ''),
            basedOn: 'Normal',
            next: 'Normal',
            run: { italics: true, color: '444444' }
        }]
    };
}

/** The level text of the article headings from the model's label: `Artikel 1` → `Artikel %1`. */
function articleLevelText(document: CovenantDocument): string {
    const first = document.articles[0];
    return first ? first.label.replace(String(first.number), '%1') : '%1';
}

function numbering(document: CovenantDocument): INumberingOptions {
    const hanging = (left: number) => ({ paragraph: { indent: { left, hanging: CM } } });
    return {
        config: [
            {
                reference: ARTICLES,
                levels: [
                    { level: 0, format: LevelFormat.DECIMAL, text: articleLevelText(document), alignment: AlignmentType.LEFT, suffix: LevelSuffix.SPACE, style: { paragraph: { indent: { left: 0, hanging: 0 } } } },
                    { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.LEFT, style: hanging(CM) },
                    { level: 2, format: LevelFormat.LOWER_LETTER, text: '%3.', alignment: AlignmentType.LEFT, style: hanging(2 * CM) }
                ]
            },
            { reference: UNDERSIGNED, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: hanging(CM) }] },
            { reference: WHEREAS, levels: [{ level: 0, format: LevelFormat.LOWER_LETTER, text: '%1.', alignment: AlignmentType.LEFT, style: hanging(CM) }] }
        ]
    };
}

function runs(text: Text, extra: IRunOptions = {}): TextRun[] {
    return text.map((run: Run) => new TextRun({ ...extra, text: run.text, bold: run.style === 'strong' ? true : extra.bold }));
}

function explanation(document: CovenantDocument, text: string | undefined, left: number): Paragraph[] {
    if (!text) return [];
    return [new Paragraph({ style: 'KetenExplanation', indent: { left }, children: [new TextRun(`${document.explanationLabel} ${text}`)] })];
}

function body(document: CovenantDocument): Paragraph[] {
    const out: Paragraph[] = [];
    out.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(document.title)] }));
    if (document.period) out.push(new Paragraph({ children: [new TextRun(document.period)] }));
    for (const paragraph of explanation(document, document.explanation, 0)) out.push(paragraph);
    if (document.undersigned) section(out, document, document.undersigned);
    if (document.whereas) section(out, document, document.whereas);
    if (document.havingRegardTo) section(out, document, document.havingRegardTo);
    out.push(new Paragraph({ spacing: { before: 360 }, keepNext: true, children: [new TextRun({ text: document.agree, bold: true })] }));
    for (const article of document.articles) renderArticle(out, document, article);
    signatures(out, document);
    return out;
}

function section(out: Paragraph[], document: CovenantDocument, part: Section): void {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(part.heading)] }));
    const reference = part.numbering === 'decimal' ? UNDERSIGNED : part.numbering === 'letter' ? WHEREAS : undefined;
    for (const item of part.items) {
        out.push(new Paragraph({
            numbering: reference ? { reference, level: 0 } : undefined,
            indent: reference ? undefined : { left: CM },
            children: runs(item.text)
        }));
        for (const paragraph of explanation(document, item.explanation, CM)) out.push(paragraph);
    }
    if (part.closing) out.push(new Paragraph({ children: [new TextRun(part.closing)] }));
}

function renderArticle(out: Paragraph[], document: CovenantDocument, article: Article): void {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, numbering: { reference: ARTICLES, level: 0 }, children: [new TextRun(article.heading)] }));
    if (article.intro) out.push(new Paragraph({ children: [new TextRun(article.intro)] }));
    for (const part of article.parts) {
        if (part.kind === 'subheading') {
            out.push(new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(part.text)] }));
            continue;
        }
        out.push(new Paragraph({ numbering: { reference: ARTICLES, level: 1 }, children: runs(part.text) }));
        for (const item of part.items) items(out, document, item);
        for (const paragraph of explanation(document, part.explanation, CM)) out.push(paragraph);
    }
}

function items(out: Paragraph[], document: CovenantDocument, item: Item): void {
    out.push(new Paragraph({ numbering: { reference: ARTICLES, level: 2 }, spacing: { after: 60 }, children: runs(item.text) }));
    for (const paragraph of explanation(document, item.explanation, 2 * CM)) out.push(paragraph);
}

function signatures(out: Paragraph[], document: CovenantDocument): void {
    const part = document.signatures;
    const labels = part.labels;
    out.push(new Paragraph({ pageBreakBefore: true, spacing: { after: 480 }, children: runs(part.text) }));
    for (const block of part.blocks) {
        out.push(new Paragraph({ keepNext: true, spacing: { before: 360 }, children: [new TextRun({ text: block.party, bold: true })] }));
        for (const signer of block.signers) {
            const line = (label: string | undefined, run: Run) =>
                new Paragraph({ keepNext: true, keepLines: true, children: [new TextRun(label ? `${label} ${run.text}` : run.text)] });
            out.push(line(signer.role.style === 'blank' ? labels.role : undefined, signer.role));
            out.push(line(signer.person.style === 'blank' ? labels.name : undefined, signer.person));
            out.push(new Paragraph({ keepNext: true, spacing: { before: 240 }, children: [new TextRun(`${labels.date} ${part.blank}`)] }));
            out.push(new Paragraph({ spacing: { before: 240, after: 240 }, children: [new TextRun(`${labels.signature} ${part.blank}`)] }));
        }
    }
}
