/**
 * Reading the covenant text back out of each format, as a person or another program would:
 * HTML through an HTML parser (htmlparser2), Markdown rendered as CommonMark (markdown-it),
 * DOCX through a DOCX-to-text library (mammoth), PDF through poppler's pdftotext. And the
 * normal form the formats are compared in: the same text apart from article, paragraph and
 * item numbers (Word's numbering generates those in DOCX), the page furniture (page numbers,
 * the draft mark repeated on every page) and white space.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseDocument } from 'htmlparser2';
import type { ChildNode } from 'domhandler';
import MarkdownIt from 'markdown-it';
import mammoth from 'mammoth';
import { unzipSync, strFromU8 } from 'fflate';
import type { CovenantDocument } from '@keten/document';
import { REPO_ROOT } from '../support/run-keten.js';

const BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'div', 'section', 'header', 'article', 'ol', 'ul', 'br', 'hr', 'blockquote']);

function textOf(nodes: readonly ChildNode[]): string {
    let out = '';
    for (const node of nodes) {
        if (node.type === 'text') out += (node as unknown as { data: string }).data;
        else if (node.type === 'tag') {
            const element = node as unknown as { name: string; children: ChildNode[] };
            if (BLOCKS.has(element.name)) out += '\n';
            out += textOf(element.children);
            if (BLOCKS.has(element.name)) out += '\n';
            else if (element.name === 'span') out += ' ';
        }
    }
    return out;
}

/** The text of an HTML page's body (styles and head left out), entities decoded. */
export function htmlText(html: string): string {
    const document = parseDocument(html, { decodeEntities: true });
    const find = (nodes: readonly ChildNode[]): ChildNode | undefined => {
        for (const node of nodes) {
            if (node.type === 'tag' && (node as unknown as { name: string }).name === 'body') return node;
            const children = (node as unknown as { children?: ChildNode[] }).children;
            const found = children ? find(children) : undefined;
            if (found) return found;
        }
        return undefined;
    };
    const body = find(document.children);
    return body ? textOf((body as unknown as { children: ChildNode[] }).children) : '';
}

const markdown = new MarkdownIt({ html: true });

/** Markdown as GitHub shows it: rendered (raw HTML allowed, as GitHub does), then its text. */
export function markdownHtml(md: string): string {
    return markdown.render(md);
}

export function markdownText(md: string): string {
    return htmlText(`<body>${markdownHtml(md)}</body>`);
}

export async function docxText(bytes: Uint8Array): Promise<string> {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return result.value;
}

/** A part of the DOCX package: `word/document.xml`, `word/numbering.xml`, … */
export function docxPart(bytes: Uint8Array, name: string): string {
    const files = unzipSync(bytes);
    const part = files[name];
    if (!part) throw new Error(`the DOCX has no ${name}`);
    return strFromU8(part);
}

export function temporaryFile(name: string, bytes: Uint8Array | string): string {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-document-'));
    const file = path.join(folder, name);
    fs.writeFileSync(file, bytes);
    return file;
}

/** The PDF's text in the order it was set (`-raw`): the signature blocks side by side are read one after the other. */
export function pdfText(bytes: Uint8Array): string {
    const file = temporaryFile('document.pdf', bytes);
    return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', timeout: 60_000 });
}

/** Whether poppler, LibreOffice and the word lists are there, installing them first when we may. */
export function documentToolsAvailable(): boolean {
    try {
        execFileSync('flock', [path.join(os.tmpdir(), 'keten-document-tools.lock'), 'sh', path.join(REPO_ROOT, 'scripts/ensure-document-tools.sh')], { stdio: 'inherit', timeout: 900_000 });
        return true;
    } catch {
        console.warn('Skipping the document tests that read PDF and DOCX files: scripts/ensure-document-tools.sh could not install poppler-utils, LibreOffice and the word lists.');
        return false;
    }
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text without its page furniture: the page numbers and the draft mark repeated on every page. */
export function withoutPageFurniture(text: string, document: CovenantDocument): string {
    const words = document.pageNumber;
    let result = text.normalize('NFC');
    result = result.replace(new RegExp(`${escapeRegExp(words.before)}\\d+${escapeRegExp(words.between)}\\d+${escapeRegExp(words.after)}`, 'g'), ' ');
    if (document.draft) result = result.split(document.draft.mark).join(' ');
    return result;
}

/**
 * The normal form of a format's text: the page furniture and the numbers of articles,
 * paragraphs and items taken out, then every white space. What is left must be the same in
 * every format.
 */
export function comparable(text: string, document: CovenantDocument): string {
    let result = withoutPageFurniture(text, document);
    const articleWord = escapeRegExp(document.articles[0]?.label.replace(/\s*\d+$/, '') ?? 'Artikel');
    result = result.replace(new RegExp(`(^|\\s)${articleWord} \\d+(?=\\s)`, 'g'), '$1');
    // A paragraph's or item's number stands alone: `1.`, `a.`, `aa.` with white space around it.
    result = result.replace(/(^|\s)(\d+|[a-z]{1,2})\.(?=\s)/g, '$1');
    return result.replace(/\s+/g, '');
}

/** A source text as it must appear in every format (white space taken out, as in `comparable`). */
export function squeezed(text: string): string {
    return text.normalize('NFC').replace(/\s+/g, '');
}
