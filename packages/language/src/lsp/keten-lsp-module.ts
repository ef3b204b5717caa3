/**
 * Editor services of the language, one provider per file in this folder, injected by
 * `createKetenServices`. The CLI uses only the formatter. Go to definition, find references
 * and document highlight are Langium's, on Keten's `References` (keten-references.ts), which
 * reads the `Party` half of `Party.role` as a use of the party; hover and rename agree.
 *
 * The effect-status code lens (EDITOR.md) needs the report package, which depends on this one,
 * so the language server adds it (packages/language-server/src/effect-status-code-lens.ts).
 */
import type { LangiumCompletionParser, Module } from 'langium';
import type { LangiumSharedServices, PartialLangiumServices, PartialLangiumSharedServices } from 'langium/lsp';
import type { KetenServices } from '../keten-module.js';
import { KetenFormatter } from '../formatting/keten-formatter.js';
import { KetenCompletionProvider } from './keten-completion-provider.js';
import { KetenHoverProvider } from './keten-hover-provider.js';
import { KetenRenameProvider } from './keten-rename-provider.js';
import { KetenDocumentSymbolProvider } from './keten-document-symbol-provider.js';
import { KetenCodeActionProvider } from './keten-code-action-provider.js';
import { KetenSemanticTokenProvider } from './keten-semantic-token-provider.js';
import { KetenFoldingRangeProvider } from './keten-folding-range-provider.js';
import { KetenInlayHintProvider } from './keten-inlay-hint-provider.js';
import { KetenWorkspaceSymbolProvider } from './keten-workspace-symbol-provider.js';
import { KetenNodeKindProvider } from './keten-node-kind-provider.js';
import { KetenWorkspaceManager } from './keten-workspace-manager.js';
import { KetenDocumentBuilder } from './keten-document-builder.js';
import { KetenDocumentUpdateHandler } from './keten-document-update-handler.js';
import { KetenReferences } from './keten-references.js';
import { KetenDefinitionProvider } from './keten-definition-provider.js';
import { DeferredCompletionParser } from './deferred-completion-parser.js';
import { KetenIndexManager } from './keten-index-manager.js';
import { KetenLangiumDocuments } from './keten-langium-documents.js';
import { KetenTextDocuments } from './keten-text-documents.js';

export const KetenLspModule: Module<KetenServices, PartialLangiumServices> = {
    parser: {
        // Built on the first completion, not at start-up (deferred-completion-parser.ts).
        CompletionParser: (services) => new DeferredCompletionParser(services) as unknown as LangiumCompletionParser
    },
    references: {
        References: (services) => new KetenReferences(services)
    },
    lsp: {
        DefinitionProvider: (services) => new KetenDefinitionProvider(services),
        Formatter: () => new KetenFormatter(),
        CompletionProvider: (services) => new KetenCompletionProvider(services),
        HoverProvider: (services) => new KetenHoverProvider(services),
        RenameProvider: (services) => new KetenRenameProvider(services),
        DocumentSymbolProvider: (services) => new KetenDocumentSymbolProvider(services),
        CodeActionProvider: (services) => new KetenCodeActionProvider(services),
        SemanticTokenProvider: (services) => new KetenSemanticTokenProvider(services),
        FoldingRangeProvider: (services) => new KetenFoldingRangeProvider(services),
        InlayHintProvider: (services) => new KetenInlayHintProvider(services)
    }
};

/**
 * Editor services shared by the whole workspace: symbols, symbol kinds, start-up, re-checking,
 * and when a change is built (at once, or coalesced in a burst of edits).
 */
export const KetenSharedLspModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    lsp: {
        WorkspaceSymbolProvider: (services) => new KetenWorkspaceSymbolProvider(services),
        NodeKindProvider: () => new KetenNodeKindProvider(),
        DocumentUpdateHandler: (services) => new KetenDocumentUpdateHandler(services)
    },
    workspace: {
        WorkspaceManager: (services) => new KetenWorkspaceManager(services),
        DocumentBuilder: (services) => new KetenDocumentBuilder(services),
        // What every change asks of every document, answered without a walk or a copy.
        IndexManager: (services) => new KetenIndexManager(services),
        LangiumDocuments: (services) => new KetenLangiumDocuments(services),
        TextDocuments: () => new KetenTextDocuments()
    }
};
