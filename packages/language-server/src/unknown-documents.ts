/**
 * A request about a document the server does not know — neither open in the editor nor part
 * of the workspace — gets an empty answer (`null`, which every LSP request allows), never an
 * error (issue 10, item 7). Without this, Langium reads the file from disk for some requests
 * (references, rename, highlight: an internal `ENOENT` error) and refuses others as cancelled
 * by the server (hover, definition, …), which clients retry.
 *
 * The check sits where requests come in: every document request Langium registers is wrapped
 * before it is registered, so one rule holds for all of them, including those added later.
 */
import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';

/** The connection's registrations for requests on one document (`params.textDocument.uri`). */
const DOCUMENT_REQUESTS = [
    'onCompletion', 'onReferences', 'onCodeAction', 'onDocumentSymbol', 'onDefinition', 'onTypeDefinition',
    'onImplementation', 'onDeclaration', 'onDocumentHighlight', 'onHover', 'onFoldingRanges',
    'onDocumentFormatting', 'onDocumentRangeFormatting', 'onDocumentOnTypeFormatting', 'onRenameRequest',
    'onPrepareRename', 'onDocumentLinks', 'onSignatureHelp', 'onCodeLens', 'onSelectionRanges', 'onDocumentColor'
] as const;

/** The same, inside `connection.languages`. */
const LANGUAGE_FEATURE_REQUESTS: Readonly<Record<string, readonly string[]>> = {
    inlayHint: ['on'],
    semanticTokens: ['on', 'onDelta', 'onRange'],
    callHierarchy: ['onPrepare'],
    typeHierarchy: ['onPrepare'],
    inlineValue: ['on'],
    foldingRange: ['on'],
    moniker: ['on']
};

type Handler = (params: unknown, ...rest: unknown[]) => unknown;
type Registration = (handler: Handler) => unknown;

/** Must run before the handlers are registered (before `startLanguageServer`). */
export function answerUnknownDocumentsWithNothing(connection: Connection, shared: LangiumSharedServices): void {
    const known = (uri: string): boolean => {
        try {
            return shared.workspace.TextDocuments?.get(uri) !== undefined
                || shared.workspace.LangiumDocuments.hasDocument(URI.parse(uri));
        } catch {
            return false; // Not a URI at all.
        }
    };
    const guard = (handler: Handler): Handler => (params, ...rest) => {
        const uri = (params as { textDocument?: { uri?: unknown } } | undefined)?.textDocument?.uri;
        if (typeof uri === 'string' && !known(uri)) return null;
        return handler(params, ...rest);
    };
    wrapRegistrations(connection as unknown as Record<string, unknown>, DOCUMENT_REQUESTS, guard);
    const languages = (connection as unknown as { languages?: Record<string, Record<string, unknown> | undefined> }).languages;
    for (const [feature, names] of Object.entries(LANGUAGE_FEATURE_REQUESTS)) {
        // Each feature is a getter that makes a new object on every access: one is kept, wrapped.
        const registrations = languages?.[feature];
        if (!languages || !registrations) continue;
        wrapRegistrations(registrations, names, guard);
        Object.defineProperty(languages, feature, { value: registrations, configurable: true });
    }
}

// The connection is a plain object of registration functions; each is replaced by one that
// registers the guarded handler. (`unknown` casts: the protocol library types each
// registration with its own handler type, which a wrapper for all of them cannot name.)
function wrapRegistrations(target: Record<string, unknown>, names: readonly string[], guard: (handler: Handler) => Handler): void {
    for (const name of names) {
        const register = target[name];
        if (typeof register !== 'function') continue;
        const original = (register as Registration).bind(target);
        target[name] = ((handler: Handler) => original(guard(handler))) satisfies Registration;
    }
}
