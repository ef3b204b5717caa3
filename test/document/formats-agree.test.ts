/**
 * DOCUMENT.md: "All formats hold the same text apart from article and paragraph numbers (which
 * Word's numbering generates) and whitespace; a test compares the text of each format with the
 * others." For every agreement of the examples and the covenant fixtures, in Dutch and in
 * English: the text read back from HTML, Markdown, DOCX (mammoth) and PDF (pdftotext) is the
 * same, and it holds every party, signatory, consideration, commitment, mandate, condition,
 * data block, budget share, escalation route, effect and clause of the source.
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { messagesFor, type Locale } from '@keten/language';
import { renderDocumentHtml, renderDocumentMarkdown } from '@keten/document';
import { renderDocumentDocx } from '@keten/document/docx';
import { renderDocumentPdf } from '@keten/document/pdf';
import { covenantWorkspaces, documentOf, loadCovenantSources } from './covenant-sources.js';
import { comparable, documentToolsAvailable, docxText, htmlText, markdownText, pdfText, squeezed, withoutPageFurniture } from './document-text.js';
import { sourceElementsOf } from './source-elements.js';

const tools = documentToolsAvailable();
const LOCALES: readonly Locale[] = ['nl', 'en'];

describe.skipIf(!tools)('the text of every format is the same, and holds the whole source', () => {
    for (const files of covenantWorkspaces()) {
        const name = path.relative(path.resolve(__dirname, '../..'), files[0]);
        it(name, { timeout: 180_000 }, async () => {
            const sources = await loadCovenantSources(files);
            expect(sources.length, `${name} holds an agreement`).toBeGreaterThan(0);
            for (const source of sources) {
                for (const locale of LOCALES) {
                    const document = documentOf(source, locale, { place: 'Apeldoorn', date: '2026-12-01' });
                    const texts = {
                        html: htmlText(renderDocumentHtml(document)),
                        md: markdownText(renderDocumentMarkdown(document)),
                        docx: await docxText(await renderDocumentDocx(document)),
                        pdf: pdfText(await renderDocumentPdf(document))
                    };
                    const where = `${source.agreement.name} (${locale})`;
                    const reference = comparable(texts.html, document);
                    expect(reference.length, where).toBeGreaterThan(200);
                    for (const format of ['md', 'docx', 'pdf'] as const) {
                        expect(comparable(texts[format], document), `${where}: ${format} against html`).toBe(reference);
                    }
                    for (const element of sourceElementsOf(source.agreement, messagesFor(locale).document)) {
                        for (const [format, text] of Object.entries(texts)) {
                            expect(squeezed(withoutPageFurniture(text, document)), `${where}: the ${element.what} '${element.text}' in ${format}`).toContain(squeezed(element.text));
                        }
                    }
                }
            }
        });
    }
});
