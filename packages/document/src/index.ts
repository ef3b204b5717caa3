/**
 * @keten/document: the covenant text (DOCUMENT.md, `keten document`). The document model — a
 * pure function from a checked agreement to plain data — and the renderers that run anywhere,
 * in a browser too (HTML, Markdown). The DOCX and PDF renderers are `@keten/document/docx`
 * and `@keten/document/pdf`.
 */
export * from './covenant-document.js';
export { covenantDocumentOf, letterLabel, type DocumentOptions } from './document-model.js';
export { draftErrorsOf, declarationsCountedFor, type PlacedRange } from './draft-errors.js';
export { sourceDateEpoch, type FileDates } from './file-dates.js';
export { renderDocumentHtml } from './html/render-html.js';
export { renderDocumentMarkdown } from './markdown/render-md.js';
export { escapeHtml } from '@keten/report';
