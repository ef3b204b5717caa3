/**
 * The page's side of the language server in the worker: one LSP connection over `postMessage`
 * (vscode-languageserver-protocol, the library the server side uses too), the documents the
 * page holds kept in sync with it, and the diagnostics it publishes. Monaco's providers
 * (monaco-features.ts) and the side panels send their requests through `connection`.
 */
import {
    BrowserMessageReader, BrowserMessageWriter, createProtocolConnection, DidChangeTextDocumentNotification,
    DidChangeWatchedFilesNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification,
    FileChangeType, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification,
    type Diagnostic, type InitializeResult, type ProtocolConnection, type ServerCapabilities
} from 'vscode-languageserver-protocol/browser.js';
import { SET_LOCALE_NOTIFICATION, WORKSPACE_FOLDER_URI, type SetLocaleParams } from '../../protocol/playground-protocol.js';
import type { InterfaceLocale } from '../../messages/catalogue.js';
import { CLIENT_CAPABILITIES } from './client-capabilities.js';
import { languageServerWorker } from './language-server-worker.js';

export interface ServerEvents {
    /** The server asks the editor to fetch code lenses, semantic tokens or inlay hints again. */
    refresh(kind: 'codeLens' | 'semanticTokens' | 'inlayHint'): void;
    /** The server wants edits applied (a command); answers whether they were. */
    applyEdit(edit: unknown): boolean;
    /** A message for the user (window/showMessage). */
    message(text: string): void;
    /** The worker stopped or cannot be reached. */
    failed(): void;
}

export type DiagnosticsListener = (uri: string, diagnostics: readonly Diagnostic[]) => void;

export class KetenLanguageClient {
    readonly connection: ProtocolConnection;
    private readonly worker: Worker;
    private readonly diagnosticsByUri = new Map<string, readonly Diagnostic[]>();
    private readonly listeners: DiagnosticsListener[] = [];
    private initialized: Promise<InitializeResult> | undefined;
    /** The text each document was opened with, until it changes (so the editor does not open it twice). */
    private readonly openedWith = new Map<string, string>();
    private readonly openUris = new Set<string>();
    private events: ServerEvents | undefined;
    private hasFailed = false;
    capabilities: ServerCapabilities = {};

    constructor() {
        this.worker = languageServerWorker();
        this.worker.addEventListener('error', () => this.failed());
        this.connection = createProtocolConnection(new BrowserMessageReader(this.worker), new BrowserMessageWriter(this.worker));
        this.connection.onClose(() => this.failed());
        this.connection.onNotification(PublishDiagnosticsNotification.type, params => {
            this.diagnosticsByUri.set(params.uri, params.diagnostics);
            for (const listener of this.listeners) listener(params.uri, params.diagnostics);
        });
        this.connection.onNotification('window/showMessage', (params: { message?: string }) => {
            if (typeof params?.message === 'string') this.events?.message(params.message);
        });
        this.connection.onNotification('window/logMessage', () => undefined);
        this.connection.onRequest('workspace/codeLens/refresh', () => { this.events?.refresh('codeLens'); return null; });
        this.connection.onRequest('workspace/semanticTokens/refresh', () => { this.events?.refresh('semanticTokens'); return null; });
        this.connection.onRequest('workspace/inlayHint/refresh', () => { this.events?.refresh('inlayHint'); return null; });
        this.connection.onRequest('workspace/applyEdit', (params: { edit: unknown }) => ({ applied: this.events?.applyEdit(params.edit) ?? false }));
        this.connection.onRequest('workspace/configuration', (params: { items?: unknown[] }) => (params.items ?? []).map(() => null));
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onRequest('client/unregisterCapability', () => null);
        this.connection.onRequest('window/workDoneProgress/create', () => null);
        this.connection.listen();
    }

    /** The page that shows what the server says (it may start before the page is drawn). */
    attach(events: ServerEvents): void {
        this.events = events;
        if (this.hasFailed) events.failed();
    }

    private failed(): void {
        this.hasFailed = true;
        this.events?.failed();
    }

    start(locale: InterfaceLocale): Promise<InitializeResult> {
        this.initialized ??= (async () => {
            const answered = this.connection.sendRequest(InitializeRequest.type, {
                processId: null,
                clientInfo: { name: 'Keten playground' },
                locale,
                rootUri: null,
                workspaceFolders: null,
                capabilities: CLIENT_CAPABILITIES
            });
            // `initialized` goes right behind `initialize`, not after the answer has come back:
            // while Monaco is still being evaluated the page cannot read the answer, and the
            // server (which handles its messages in order, `initialize` to the end before the
            // next) would otherwise wait for the page before it checks the files (issue 16).
            void this.connection.sendNotification(InitializedNotification.type, {});
            const result = await answered;
            this.capabilities = result.capabilities;
            return result;
        })();
        return this.initialized;
    }

    /** Calls `listener` on every publication, and at once for those that came before it was added. */
    onDiagnostics(listener: DiagnosticsListener): void {
        this.listeners.push(listener);
        for (const [uri, diagnostics] of this.diagnosticsByUri) listener(uri, diagnostics);
    }

    /** Whether the server has the document (a file too large to check is only in the editor). */
    isOpen(uri: string): boolean {
        return this.openUris.has(uri);
    }

    diagnosticsOf(uri: string): readonly Diagnostic[] {
        return this.diagnosticsByUri.get(uri) ?? [];
    }

    async open(uri: string, version: number, text: string): Promise<void> {
        if (this.openedWith.get(uri) === text) return;
        this.openedWith.set(uri, text);
        this.openUris.add(uri);
        await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'keten', version, text } });
    }

    async change(uri: string, version: number, changes: ReadonlyArray<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }>): Promise<void> {
        this.openedWith.delete(uri);
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [...changes] });
    }

    /** The file is gone from the workspace (deleted or renamed): closed, and removed as a deleted file is. */
    async remove(uri: string): Promise<void> {
        this.openedWith.delete(uri);
        this.openUris.delete(uri);
        await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
        await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: FileChangeType.Deleted }] });
        this.diagnosticsByUri.delete(uri);
        for (const listener of this.listeners) listener(uri, []);
    }

    setLocale(locale: InterfaceLocale): Promise<void> {
        const params: SetLocaleParams = { locale };
        return this.connection.sendNotification(SET_LOCALE_NOTIFICATION, params);
    }

    dispose(): void {
        void this.connection.sendNotification(ExitNotification.type).catch(() => undefined);
        this.connection.dispose();
        this.worker.terminate();
    }
}

export { WORKSPACE_FOLDER_URI };
