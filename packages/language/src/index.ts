export * from './keten-module.js';
export * from './generated/ast.js';
export * from './generated/module.js';
export * as model from './model/index.js';
export * from './rules/rule.js';
export * from './rules/registry.js';
export * from './rules/rule-docs-url.js';
export * from './messages/catalogue.js';
export * from './config/keten-settings.js';
export * from './config/keten-config.js';
export { compareDiagnostics, KetenDocumentValidator } from './validation/keten-document-validator.js';
export * from './keywords.js';
export * from './workspace/load-workspace.js';
export { listenToWorkspaceLookups, type WorkspaceLookupListener } from './validation/rule-runner.js';
export { formatText, parseKetenText, hasSyntaxErrors } from './formatting/format-text.js';
export { syntaxErrorSummary } from './validation/syntax-error-summary.js';
export {
    translateKeywords, translateKeyword, ruleOfKeyword, KEYWORD_TRANSLATIONS, KEYWORD_PHRASES, DUTCH_KEYWORD_SPELLINGS, type KeywordLanguage
} from './formatting/keyword-translation.js';
export * from './workspace/document-dependencies.js';
export { withoutReferenceIndex } from './lsp/keten-index-manager.js';
export { KetenRenameProvider, type IdsInMeasurementFiles } from './lsp/keten-rename-provider.js';
export { KetenWorkspaceManager, workspaceFoldersOf } from './lsp/keten-workspace-manager.js';
