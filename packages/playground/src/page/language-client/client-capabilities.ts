/** What the playground's editor tells the language server it can do (LSP `initialize`). */
import type { ClientCapabilities } from 'vscode-languageserver-protocol/browser.js';

export const CLIENT_CAPABILITIES: ClientCapabilities = {
    general: { positionEncodings: ['utf-16'] },
    workspace: {
        applyEdit: true,
        workspaceEdit: { documentChanges: true },
        codeLens: { refreshSupport: true },
        semanticTokens: { refreshSupport: true },
        inlayHint: { refreshSupport: true },
        configuration: false,
        workspaceFolders: false,
        didChangeWatchedFiles: { dynamicRegistration: false }
    },
    textDocument: {
        synchronization: { didSave: false, willSave: false, dynamicRegistration: false },
        completion: {
            completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'], insertReplaceSupport: false, labelDetailsSupport: true },
            contextSupport: true
        },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        definition: { linkSupport: true },
        references: {},
        documentHighlight: {},
        rename: { prepareSupport: true },
        codeAction: {
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source'] } },
            isPreferredSupport: true,
            dataSupport: true
        },
        formatting: {},
        foldingRange: { lineFoldingOnly: true },
        inlayHint: {},
        codeLens: {},
        semanticTokens: {
            requests: { full: true },
            tokenTypes: [],
            tokenModifiers: [],
            formats: ['relative'],
            multilineTokenSupport: false,
            overlappingTokenSupport: false
        },
        publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true, versionSupport: false }
    }
};
