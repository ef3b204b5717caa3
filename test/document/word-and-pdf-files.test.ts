/**
 * The files a legal department receives (DOCUMENT.md, `docx` and `pdf`):
 *
 * - DOCX: LibreOffice opens it (headless `soffice --convert-to pdf` succeeds and the PDF has
 *   the text); Word's own heading styles; article and paragraph numbering is real Word
 *   numbering — definitions in `word/numbering.xml` ("Artikel %1", "%2.", "%3." in letters),
 *   used by the article headings and paragraphs, and no number typed into the text; A4; the
 *   page number as fields in the footer, the draft mark in the header; the document's language.
 * - PDF: A4, every font embedded (`pdffonts`), selectable text, page numbers, the draft mark on
 *   every page, and every page renders (`pdftoppm`).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CovenantDocument } from '@keten/document';
import { renderDocumentDocx } from '@keten/document/docx';
import { renderDocumentPdf } from '@keten/document/pdf';
import { REPO_ROOT } from '../support/run-keten.js';
import { documentOf, loadCovenantSources } from './covenant-sources.js';
import { documentToolsAvailable, docxPart, pdfText, temporaryFile } from './document-text.js';

const tools = documentToolsAvailable();
const JEUGDHULP = [path.join(REPO_ROOT, 'examples/jeugdhulp.keten'), path.join(REPO_ROOT, 'examples/partijen.keten')];
const GAPS = [path.join(REPO_ROOT, 'examples/gaps/pilot-schuldhulp.keten')];

async function documentFor(files: string[], locale: 'nl' | 'en' = 'nl'): Promise<CovenantDocument> {
    const [source] = await loadCovenantSources(files);
    return documentOf(source, locale);
}

/** The attribute values of every `<tag …>` in an XML part, in order. */
function elements(xml: string, tag: string): string[] {
    return [...xml.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))].map(match => match[0]);
}

describe.skipIf(!tools)('the Word document', () => {
    let document: CovenantDocument;
    let docx: Uint8Array;
    beforeAll(async () => {
        document = await documentFor(JEUGDHULP);
        docx = await renderDocumentDocx(document);
    });

    it('opens in LibreOffice: headless conversion to PDF succeeds and keeps the text', { timeout: 240_000 }, () => {
        const file = temporaryFile('convenant.docx', docx);
        const out = path.dirname(file);
        execFileSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${out}/profile`, '--convert-to', 'pdf', '--outdir', out, file], { stdio: 'pipe', timeout: 200_000 });
        const converted = path.join(out, 'convenant.pdf');
        expect(fs.existsSync(converted), 'soffice wrote the PDF').toBe(true);
        const text = pdfText(fs.readFileSync(converted)).replace(/\s+/g, ' ');
        expect(text).toContain(document.title);
        // Word's numbering, as LibreOffice lays it out, gives each article its number.
        for (const article of document.articles) expect(text).toContain(`${article.label} ${article.heading}`);
    });

    it('numbers articles, paragraphs and items with real multi-level numbering, and types no number', () => {
        const numbering = docxPart(docx, 'word/numbering.xml');
        const body = docxPart(docx, 'word/document.xml');
        const abstract = [...numbering.matchAll(/<w:abstractNum\b[\s\S]*?<\/w:abstractNum>/g)].map(match => match[0])
            .find(definition => definition.includes('w:val="Artikel %1"'));
        expect(abstract, 'an abstract numbering with the article level').toBeDefined();
        expect(abstract).toMatch(/<w:lvl w:ilvl="0"[\s\S]*?<w:numFmt w:val="decimal"\/>[\s\S]*?<w:lvlText w:val="Artikel %1"\/>/);
        expect(abstract).toMatch(/<w:lvl w:ilvl="1"[\s\S]*?<w:numFmt w:val="decimal"\/>[\s\S]*?<w:lvlText w:val="%2."\/>/);
        expect(abstract).toMatch(/<w:lvl w:ilvl="2"[\s\S]*?<w:numFmt w:val="lowerLetter"\/>[\s\S]*?<w:lvlText w:val="%3."\/>/);
        // The article list is one list (one w:num) that every article heading and paragraph uses.
        const abstractId = /w:abstractNumId="(\d+)"/.exec(abstract!)![1];
        const num = new RegExp(`<w:num w:numId="(\\d+)"[^>]*>\\s*<w:abstractNumId w:val="${abstractId}"/>`).exec(numbering);
        expect(num, 'a numbering instance of the article list').not.toBeNull();
        const paragraphs = [...body.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)].map(match => match[0]);
        const headings = paragraphs.filter(p => p.includes('<w:pStyle w:val="Heading2"/>'));
        expect(headings).toHaveLength(document.articles.length);
        for (const heading of headings) {
            expect(heading).toContain(`<w:numId w:val="${num![1]}"/>`);
            expect(heading).toContain('<w:ilvl w:val="0"/>');
        }
        const paragraphCount = document.articles.flatMap(article => article.parts).filter(part => part.kind === 'paragraph').length;
        expect(paragraphs.filter(p => p.includes('<w:ilvl w:val="1"/>') && p.includes(`<w:numId w:val="${num![1]}"/>`))).toHaveLength(paragraphCount);
        // No number is typed in: the text holds no "Artikel 1" and no paragraph starts with "1.".
        const texts = elements(body, 'w:t').length;
        expect(texts).toBeGreaterThan(0);
        expect(body).not.toMatch(/<w:t[^>]*>Artikel \d/);
        expect(body).not.toMatch(/<w:t[^>]*>(\d+|[a-z])\.\s/);
    });

    it('uses Word\'s own heading styles, A4, the document\'s language, and fields for the page number', () => {
        const styles = docxPart(docx, 'word/styles.xml');
        for (const style of ['Title', 'Heading1', 'Heading2', 'Heading3']) expect(styles).toContain(`w:styleId="${style}"`);
        expect(styles).toContain('<w:lang w:val="nl-NL"/>');
        const body = docxPart(docx, 'word/document.xml');
        expect(body).toContain('<w:pStyle w:val="Title"/>');
        expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
        const footer = docxPart(docx, 'word/footer1.xml');
        expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*</);
        expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*</);
        expect(footer).toContain('Pagina ');
        // A page break before the signatures.
        expect(body).toContain('<w:pageBreakBefore/>');
    });

    it('marks a draft in the header of every page', async () => {
        const draft = await documentFor(GAPS);
        expect(draft.draft?.mark).toMatch(/^Concept — bevat \d+ fouten$/);
        const header = docxPart(await renderDocumentDocx(draft), 'word/header1.xml');
        expect(header).toContain(draft.draft!.mark);
    });
});

describe.skipIf(!tools)('the PDF', () => {
    let document: CovenantDocument;
    let file: string;
    beforeAll(async () => {
        document = await documentFor(GAPS);
        file = temporaryFile('convenant.pdf', await renderDocumentPdf(document));
    });

    it('is A4 with every font embedded', () => {
        const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
        expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
        const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
        expect(fonts.length).toBeGreaterThanOrEqual(2);
        for (const font of fonts) {
            // name, type, encoding, emb, sub, uni: embedded (and subset), with a Unicode map (selectable text).
            expect(font, font).toMatch(/NotoSerif\S*\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
        }
    });

    it('has selectable text with the page number and the draft mark on every page', () => {
        const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
        expect(pages).toBeGreaterThan(1);
        for (let page = 1; page <= pages; page++) {
            const text = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
            expect(text).toContain(`Pagina ${page} van ${pages}`);
            expect(text).toContain(document.draft!.mark);
        }
        expect(pdfText(fs.readFileSync(file))).toContain('te dezen rechtsgeldig vertegenwoordigd door');
    });

    it('renders every page (pdftoppm), none of them blank', () => {
        const out = path.join(path.dirname(file), 'page');
        execFileSync('pdftoppm', ['-r', '40', '-gray', file, out], { timeout: 60_000 });
        const pages = fs.readdirSync(path.dirname(file)).filter(name => /^page-\d+\.pgm$/.test(name));
        expect(pages.length).toBeGreaterThan(1);
        for (const page of pages) {
            // A PGM: a short header, then one byte per pixel; a page with text has dark pixels.
            const bytes = fs.readFileSync(path.join(path.dirname(file), page));
            const dark = bytes.subarray(20).filter(value => value < 128).length;
            expect(dark, `${page} has ink`).toBeGreaterThan(50);
        }
    });
});
