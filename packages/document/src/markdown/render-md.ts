/**
 * The covenant text as Markdown (DOCUMENT.md, `md`) for review in a pull request: renders on
 * GitHub and GitLab (CommonMark), every text from the agreement escaped so it shows as text.
 * Articles are `###` headings; their paragraphs an ordered list that keeps its numbers across
 * a subheading; lettered items paragraphs inside their list item; the signatures after a rule.
 *
 * Only formats: every word comes from the document model. Runs in a browser too.
 */
import type { Article, CovenantDocument, Item, Run, Section, Text } from '../covenant-document.js';
import { escapeMarkdown } from '@keten/report';

export function renderDocumentMarkdown(document: CovenantDocument): string {
    const out: string[] = [];
    if (document.draft) out.push(`> **${escapeMarkdown(document.draft.mark)}**`, '');
    out.push(`# ${escapeMarkdown(document.title)}`, '');
    if (document.period) out.push(lineStart(escapeMarkdown(document.period)), '');
    explanation(out, document, document.explanation, '');
    if (document.undersigned) section(out, document, document.undersigned);
    if (document.whereas) section(out, document, document.whereas);
    if (document.havingRegardTo) section(out, document, document.havingRegardTo);
    out.push(`**${escapeMarkdown(document.agree)}**`, '');
    for (const article of document.articles) renderArticle(out, document, article);
    signatures(out, document);
    return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function runMarkdown(run: Run): string {
    const text = escapeMarkdown(run.text);
    return run.style === 'strong' && text.trim() !== '' ? `**${text}**` : text;
}

function textMarkdown(text: Text): string {
    return text.map(runMarkdown).join('');
}

/**
 * Markdown that begins a line (or follows a list marker): a text from the agreement that
 * starts like a list item or a rule (`- `, `+ `, `1. `, `2) `, `---`, `===`) has its first
 * mark escaped, so it shows as written instead of opening a list inside the article.
 */
function lineStart(markdown: string): string {
    const marker = /^(?:[-+=]|\d{1,9}[.)])(?=\s|$|[-=]*$)/.exec(markdown);
    if (!marker) return markdown;
    const mark = marker[0];
    return /^\d/.test(mark) ? `${mark.slice(0, -1)}\\${mark.slice(-1)}${markdown.slice(mark.length)}` : `\\${markdown}`;
}

function explanation(out: string[], document: CovenantDocument, text: string | undefined, indent: string): void {
    if (text) out.push(`${indent}*${escapeMarkdown(`${document.explanationLabel} ${text}`)}*`, '');
}

/** Items as paragraphs under their list item (a list item's own paragraphs are indented like its text). */
function items(out: string[], document: CovenantDocument, list: readonly Item[], indent: string): void {
    for (const item of list) {
        out.push(`${indent}${item.label ? `${escapeMarkdown(item.label)} ` : ''}${lineStart(textMarkdown(item.text))}`, '');
        explanation(out, document, item.explanation, indent);
    }
}

function section(out: string[], document: CovenantDocument, part: Section): void {
    out.push(`## ${escapeMarkdown(part.heading)}`, '');
    if (part.numbering === 'decimal') {
        part.items.forEach((item, index) => {
            const marker = `${index + 1}. `;
            out.push(`${marker}${lineStart(textMarkdown(item.text))}`, '');
            explanation(out, document, item.explanation, ' '.repeat(marker.length));
        });
    } else if (part.numbering === 'letter') {
        items(out, document, part.items, '');
    } else {
        for (const item of part.items) out.push(`- ${lineStart(textMarkdown(item.text))}`);
        out.push('');
    }
    if (part.closing) out.push(lineStart(escapeMarkdown(part.closing)), '');
}

function renderArticle(out: string[], document: CovenantDocument, article: Article): void {
    out.push(`### ${escapeMarkdown(`${article.label} ${article.heading}`)}`, '');
    if (article.intro) out.push(lineStart(escapeMarkdown(article.intro)), '');
    for (const part of article.parts) {
        if (part.kind === 'subheading') {
            out.push(`#### ${escapeMarkdown(part.text)}`, '');
            continue;
        }
        // An ordered list item: CommonMark takes its number from the marker, so the numbering
        // goes on after a subheading.
        const marker = `${part.label.replace(/\.$/, '')}. `;
        const indent = ' '.repeat(marker.length);
        out.push(`${marker}${lineStart(textMarkdown(part.text))}`, '');
        items(out, document, part.items, indent);
        explanation(out, document, part.explanation, indent);
    }
}

function signatures(out: string[], document: CovenantDocument): void {
    const part = document.signatures;
    const labels = part.labels;
    out.push('---', '', lineStart(textMarkdown(part.text)), '');
    for (const block of part.blocks) {
        const lines = [`**${escapeMarkdown(block.party)}**`];
        for (const signer of block.signers) {
            lines.push(signer.role.style === 'blank' ? `${escapeMarkdown(labels.role)} ${runMarkdown(signer.role)}` : lineStart(runMarkdown(signer.role)));
            lines.push(signer.person.style === 'blank' ? `${escapeMarkdown(labels.name)} ${runMarkdown(signer.person)}` : lineStart(runMarkdown(signer.person)));
            lines.push(`${escapeMarkdown(labels.date)} ${escapeMarkdown(part.blank)}`);
            lines.push(`${escapeMarkdown(labels.signature)} ${escapeMarkdown(part.blank)}`);
        }
        // A backslash at the end of a line is a hard line break in CommonMark.
        out.push(lines.join('\\\n'), '');
    }
}
