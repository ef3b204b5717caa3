/**
 * Hostile strings in titles and texts — markup (`<script>`, `<img onerror>`, `<style>`), template
 * braces (`{{ … }}`), Word field codes (`{ DATE }`, `{ MERGEFIELD … }`, `{ INCLUDETEXT … }`),
 * Markdown syntax and a word of 300 letters — are shown as text in every format
 * (test/fixtures/document/hostile-strings.keten): nothing becomes markup, a field or a link,
 * every string reads back as written, and the long word stays on the page.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocumentHtml, renderDocumentMarkdown, type CovenantDocument } from '@keten/document';
import { renderDocumentDocx } from '@keten/document/docx';
import { renderDocumentPdf } from '@keten/document/pdf';
import { REPO_ROOT } from '../support/run-keten.js';
import { documentOf, loadCovenantSources } from './covenant-sources.js';
import {
    documentToolsAvailable, docxPart, docxText, htmlText, markdownHtml, markdownText, pdfText, squeezed, temporaryFile, withoutPageFurniture
} from './document-text.js';

const FIXTURE = path.join(REPO_ROOT, 'test/fixtures/document/hostile-strings.keten');
const tools = documentToolsAvailable();

/** Every string of the fixture as the agreement means it (escapes decoded). */
function stringsOf(text: string): string[] {
    const strings = (text.match(/"(?:[^"\\]|\\.)*"/g) ?? []).map(literal => literal.slice(1, -1).replace(/\\(["\\nt])/g, (_m, c: string) => ({ n: '\n', t: '\t' } as Record<string, string>)[c] ?? c));
    const comments = (text.match(/\/\*\*([\s\S]*?)\*\//g) ?? []).map(comment => comment.slice(3, -2).trim());
    return [...strings, ...comments];
}

/** Markup the source's strings would make if they were not escaped (as text, `onerror=` is harmless). */
const MARKUP = [/<script\b/i, /<iframe\b/i, /<img\b/i, /<svg\b/i, /<a\s/i, /<b>/i, /<u>/i, /<!--/, /<[^>]*\bonerror=/i, /href="javascript:/i];

/** The word boxes pdftotext finds, with the page width: a word must not run past the right margin. */
function widestWordRight(pdf: Uint8Array): { right: number; width: number } {
    const file = temporaryFile('words.pdf', pdf);
    const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', timeout: 60_000 });
    const width = Number(/<page width="([\d.]+)"/.exec(html)?.[1]);
    const rights = [...html.matchAll(/xMax="([\d.]+)"/g)].map(match => Number(match[1]));
    return { right: Math.max(...rights), width };
}

describe.skipIf(!tools)('hostile strings are shown as text in every format', () => {
    let document: CovenantDocument;
    let strings: string[];
    beforeAll(async () => {
        const [source] = await loadCovenantSources([FIXTURE]);
        expect(source.errors, 'the hostile fixture is a sound agreement').toBe(0);
        document = documentOf(source, 'nl');
        strings = stringsOf(fs.readFileSync(FIXTURE, 'utf8'));
        expect(strings.length).toBeGreaterThan(20);
    });

    function expectEveryString(text: string, format: string) {
        const squeezedText = squeezed(withoutPageFurniture(text, document));
        for (const string of strings) expect(squeezedText, `${format} shows ${JSON.stringify(string.slice(0, 60))}`).toContain(squeezed(string));
    }

    it('HTML: escaped, with no element of the source, and no script at all', () => {
        const html = renderDocumentHtml(document);
        for (const markup of MARKUP) expect(html).not.toMatch(markup);
        expect(html.match(/<style\b/gi)).toHaveLength(1);
        expect(html.match(/<meta\b/gi)).toHaveLength(4);
        expectEveryString(htmlText(html), 'html');
    });

    it('Markdown: rendered as GitHub does (HTML allowed), the strings are still text', () => {
        const md = renderDocumentMarkdown(document);
        const rendered = markdownHtml(md);
        for (const markup of MARKUP) expect(rendered).not.toMatch(markup);
        expect(rendered).not.toMatch(/<style\b/i);
        // No Markdown syntax of the source took effect: no emphasis, link or heading came from it.
        expect(rendered).not.toContain('<em>schuin</em>');
        expect(rendered).not.toContain('<strong>vet</strong>');
        expectEveryString(markdownText(md), 'md');
    });

    it('DOCX: no field in the body (field codes stay text), every string in Word\'s text', async () => {
        const docx = await renderDocumentDocx(document);
        const body = docxPart(docx, 'word/document.xml');
        expect(body).not.toMatch(/<w:fldChar\b|<w:instrText\b|<w:fldSimple\b/);
        expect(body).toContain('{ MERGEFIELD Naam }');
        expectEveryString(await docxText(docx), 'docx');
    });

    it('PDF: every string in the text, and the long word broken inside the margins', async () => {
        const pdf = await renderDocumentPdf(document);
        expectEveryString(pdfText(pdf), 'pdf');
        const { right, width } = widestWordRight(pdf);
        expect(right).toBeLessThanOrEqual(width - 50);
    });
});
