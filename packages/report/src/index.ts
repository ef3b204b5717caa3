/**
 * @keten/report: measurements, the report model and its renderers, the chain diagrams and the
 * mandate register. Used by the `keten` CLI and by the language server (code lens, report preview, diagram, register).
 */
export * from './measurements/measurement.js';
export * from './measurements/read-measurements.js';
export * from './chain-model.js';
export * from './chain-diagram.js';
export * from './report-model.js';
export * from './mandate-register.js';
export * from './data-problem-listing.js';
export { renderReportJson } from './render-json.js';
export { renderReportHtml, reportHtmlParts, type ReportHtmlOptions, type ReportTexts } from './render-html.js';
export { renderReportMarkdown } from './render-md.js';
export { renderChartSvg, hasChart } from './chart-svg.js';
export { renderChainMermaid, renderDiagramMermaid, mermaidText } from './render-mermaid.js';
export { renderChainDot, renderDiagramDot, dotString } from './render-dot.js';
export { renderRegisterMarkdown, renderRegisterCsv, renderRegisterJson, REGISTER_COLUMNS, POWER_REGISTER_COLUMNS, type RegisterTexts } from './render-register.js';
export { escapeHtml } from './escape-html.js';
export { escapeMarkdown } from './escape-markdown.js';
