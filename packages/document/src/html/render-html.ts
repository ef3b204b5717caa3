/**
 * The covenant text as one self-contained HTML page (DOCUMENT.md, `html`): no scripts, no
 * external requests (its own Content-Security-Policy forbids both), an A4 print stylesheet
 * with page numbers and the draft mark in the page margins, a page break before the
 * signatures, and an `id` on every article and element (`JeugdhulpNoord.Intake`) so it can be
 * linked. Numbers of articles, paragraphs and items are printed as text, like the other formats.
 *
 * Only formats: every word comes from the document model. Runs in a browser too.
 */
import type { Article, CovenantDocument, Item, Paragraph, Run, Section, SignatureBlock, Text } from '../covenant-document.js';
import { escapeHtml } from '@keten/report';

export function renderDocumentHtml(document: CovenantDocument): string {
    const draft = document.draft;
    return `<!DOCTYPE html>
<html lang="${escapeHtml(document.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Keten">
<title>${escapeHtml(document.title)}</title>
<style>
${stylesheet(document)}
</style>
</head>
<body${draft ? ' class="draft"' : ''}>
${draft ? `<p class="draft-mark" role="note">${escapeHtml(draft.mark)}</p>\n` : ''}<article class="covenant" id="${escapeHtml(document.id)}">
<header>
<h1>${escapeHtml(document.title)}</h1>
${document.period ? `<p class="period">${escapeHtml(document.period)}</p>\n` : ''}${explanation(document.explanationLabel, document.explanation)}</header>
${document.undersigned ? section(document, document.undersigned) : ''}${document.whereas ? section(document, document.whereas) : ''}${document.havingRegardTo ? section(document, document.havingRegardTo) : ''}<p class="agree">${escapeHtml(document.agree)}</p>
${document.articles.map(article => renderArticle(document, article)).join('')}${signatures(document)}</article>
</body>
</html>
`;
}

function stylesheet(document: CovenantDocument): string {
    const page = document.pageNumber;
    const mark = document.draft ? cssString(document.draft.mark) : undefined;
    return `@page { size: A4; margin: 25mm 22mm 22mm 22mm;
  @bottom-center { content: ${cssString(page.before)} counter(page) ${cssString(page.between)} counter(pages) ${cssString(page.after)}; font: 9pt Georgia, "Noto Serif", serif; color: #555; }${mark ? `
  @top-center { content: ${mark}; font: bold 9pt Georgia, "Noto Serif", serif; color: #b00020; }` : ''} }
:root { color-scheme: light; }
html { background: #f4f4f1; }
body { margin: 0; font: 11pt/1.5 Georgia, "Noto Serif", "Times New Roman", serif; color: #1a1a1a; }
.covenant { max-width: 46em; margin: 2em auto; padding: 3em 3.5em; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.15); overflow-wrap: anywhere; }
h1 { font-size: 1.6em; line-height: 1.25; margin: 0 0 .3em; }
h2 { font-size: 1.15em; margin: 1.8em 0 .6em; break-after: avoid; }
h3 { font-size: 1.05em; margin: 1.6em 0 .5em; break-after: avoid; }
h4 { font-size: 1em; font-style: italic; font-weight: normal; margin: 1em 0 .3em; break-after: avoid; }
h3 .num { margin-right: .6em; }
.period { margin: 0 0 1em; color: #333; }
ol, ul { list-style: none; margin: 0; padding: 0; }
li { margin: .35em 0; }
.numbered > li, .items > li { display: grid; grid-template-columns: 2.2em 1fr; }
.numbered > li > .num, .items > li > .num { grid-column: 1; }
.numbered > li > .body, .items > li > .body { grid-column: 2; }
.plain > li { padding-left: 2.2em; }
.body > p { margin: 0; }
.items { margin: .3em 0 .2em; }
.intro, .closing, .agree { margin: .6em 0; }
.agree { font-weight: bold; margin-top: 1.8em; break-after: avoid; }
.explanation { font-style: italic; color: #444; margin: .3em 0 .5em; }
.blank { color: #555; white-space: nowrap; }
strong { font-weight: bold; }
.draft-mark { position: sticky; top: 0; margin: 0; padding: .4em 1em; text-align: center; font: bold 10pt system-ui, sans-serif; color: #fff; background: #b00020; z-index: 1; }
.signatures { break-before: page; margin-top: 3em; }
.signature-blocks { display: grid; grid-template-columns: repeat(auto-fill, minmax(16em, 1fr)); gap: 2em 3em; margin-top: 2em; }
.signature-block { break-inside: avoid; }
.signature-block .party { font-weight: bold; margin: 0 0 .4em; }
.signer { margin: 0 0 1.2em; }
.signer p { margin: .15em 0; }
.signer p.line { margin-top: 1.4em; }
@media screen and (max-width: 600px) { .covenant { margin: 0; padding: 1.5em 1.1em; box-shadow: none; } }
@media print {
  html { background: none; }
  .covenant { max-width: none; margin: 0; padding: 0; box-shadow: none; }
  .draft-mark { position: static; background: none; color: #b00020; border: 1px solid #b00020; }
  a { color: inherit; text-decoration: none; }
}`;
}

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
function cssString(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]/g, ' ').replace(/</g, '\\3c ')}"`;
}

function runHtml(run: Run): string {
    const text = escapeHtml(run.text);
    if (run.style === 'strong') return `<strong>${text}</strong>`;
    if (run.style === 'blank') return `<span class="blank">${text}</span>`;
    return text;
}

function textHtml(text: Text): string {
    return text.map(runHtml).join('');
}

function explanation(label: string, text: string | undefined): string {
    return text ? `<p class="explanation">${escapeHtml(label)} ${escapeHtml(text)}</p>\n` : '';
}

function idAttribute(id: string | undefined): string {
    return id ? ` id="${escapeHtml(id)}"` : '';
}

function itemHtml(document: CovenantDocument, item: Item): string {
    const number = item.label ? `<span class="num">${escapeHtml(item.label)}</span>` : '';
    return `<li${idAttribute(item.source?.id)}>${number}<div class="body">${textHtml(item.text)}${explanation(document.explanationLabel, item.explanation)}</div></li>\n`;
}

function itemsHtml(document: CovenantDocument, items: readonly Item[], numbering: Section['numbering']): string {
    const kind = numbering === 'none' ? 'plain' : 'items';
    return `<ol class="${kind}">\n${items.map(item => itemHtml(document, item)).join('')}</ol>\n`;
}

function section(document: CovenantDocument, part: Section): string {
    const list = part.numbering === 'decimal'
        ? `<ol class="numbered">\n${part.items.map(item => itemHtml(document, item)).join('')}</ol>\n`
        : itemsHtml(document, part.items, part.numbering);
    return `<section${idAttribute(part.id)}>
<h2>${escapeHtml(part.heading)}</h2>
${list}${part.closing ? `<p class="closing">${escapeHtml(part.closing)}</p>\n` : ''}</section>
`;
}

function paragraphHtml(document: CovenantDocument, paragraph: Paragraph): string {
    const items = paragraph.items.length > 0 ? itemsHtml(document, paragraph.items, 'letter') : '';
    return `<li${idAttribute(paragraph.source?.id)}><span class="num">${escapeHtml(paragraph.label)}</span><div class="body"><p>${textHtml(paragraph.text)}</p>
${items}${explanation(document.explanationLabel, paragraph.explanation)}</div></li>
`;
}

function renderArticle(document: CovenantDocument, article: Article): string {
    let body = '';
    let open = false;
    for (const part of article.parts) {
        if (part.kind === 'subheading') {
            if (open) body += '</ol>\n';
            open = false;
            body += `<h4${idAttribute(part.source?.id)}>${escapeHtml(part.text)}</h4>\n`;
            continue;
        }
        if (!open) body += '<ol class="numbered">\n';
        open = true;
        body += paragraphHtml(document, part);
    }
    if (open) body += '</ol>\n';
    return `<section class="article"${idAttribute(article.id)}>
<h3><span class="num">${escapeHtml(article.label)}</span> ${escapeHtml(article.heading)}</h3>
${article.intro ? `<p class="intro">${escapeHtml(article.intro)}</p>\n` : ''}${body}</section>
`;
}

function signatureBlock(document: CovenantDocument, block: SignatureBlock): string {
    const labels = document.signatures.labels;
    const blank = `<span class="blank">${escapeHtml(document.signatures.blank)}</span>`;
    const signers = block.signers.map(signer => `<div class="signer"${idAttribute(signer.source?.id)}>
<p>${signer.role.style === 'blank' ? `${escapeHtml(labels.role)} ${runHtml(signer.role)}` : runHtml(signer.role)}</p>
<p>${signer.person.style === 'blank' ? `${escapeHtml(labels.name)} ${runHtml(signer.person)}` : runHtml(signer.person)}</p>
<p class="line">${escapeHtml(labels.date)} ${blank}</p>
<p class="line">${escapeHtml(labels.signature)} ${blank}</p>
</div>
`).join('');
    return `<div class="signature-block"${idAttribute(block.id)}>
<p class="party">${escapeHtml(block.party)}</p>
${signers}</div>
`;
}

function signatures(document: CovenantDocument): string {
    const part = document.signatures;
    return `<section class="signatures"${idAttribute(part.id)}>
<p>${textHtml(part.text)}</p>
<div class="signature-blocks">
${part.blocks.map(block => signatureBlock(document, block)).join('')}</div>
</section>
`;
}
