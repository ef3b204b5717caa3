/**
 * When a change is built: at once when the server is idle, coalesced during a burst.
 *
 * Langium starts a build for every `didChange`. The protocol library hands the server one
 * message per turn of the event loop, and a build yields only every few milliseconds, so in
 * a burst of edits (a paste typed character by character, a macro, another extension's edits,
 * a search-and-replace) every edit was parsed, linked and validated in turn: 10,000 edits to
 * one document took 90 s to answer (issue 10, item 7). Only the latest text of a document
 * needs building.
 *
 * So a change that arrives while the server is idle is built at once, as before (an edit while
 * typing is not delayed). A change that arrives while an earlier change is still being built,
 * or waits to be, only joins the pending set: the running build is cancelled (it builds text
 * that is already out of date) and one build of everything pending starts once no change has
 * come for `QUIET_MS`, or at the latest `MAX_WAIT_MS` after the first pending one, so a long
 * stream still gets fresh diagnostics now and then. A request about the documents is never
 * answered from an out-of-date build: the document builder flushes the pending changes
 * before it waits for a document state (`KetenDocumentBuilder.waitUntil`).
 */
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import { URI, type FileSystemProvider, type LangiumDocuments, type TextDocument } from 'langium';
import { FileChangeType, type DidChangeWatchedFilesParams, type FileEvent, type TextDocumentChangeEvent } from 'vscode-languageserver';
import type { KetenDocumentBuilder } from './keten-document-builder.js';
import { KetenWorkspaceManager } from './keten-workspace-manager.js';

/** No change for this long ends a burst. */
export const QUIET_MS = 25;
/** A burst that goes on is built at least this often. */
export const MAX_WAIT_MS = 1000;

export class KetenDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    /** Pending changes by URI: `true` changed, `false` deleted (the later event wins). */
    private readonly pending = new Map<string, { uri: URI; changed: boolean }>();
    private readonly langiumDocuments: LangiumDocuments;
    private readonly fileSystemProvider: FileSystemProvider;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private firstPendingAt = 0;
    private lastChangeAt = 0;
    /** Builds started by this handler that have not ended yet, and the promise of the latest. */
    private building = 0;
    /** Of those, builds whose action holds the workspace lock now (not waiting for it). */
    private running = 0;
    private latestBuild: Promise<void> = Promise.resolve();
    /** Ends when the workspace's first build has (a read action runs only when no write is queued or running). */
    private initialBuildDone: Promise<void> | undefined;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.langiumDocuments = services.workspace.LangiumDocuments;
        this.fileSystemProvider = services.workspace.FileSystemProvider;
        (this.documentBuilder as KetenDocumentBuilder).beforeWaiting = () => this.flush();
    }

    /**
     * A `.keten` file on disk that the workspace leaves out (`exclude` in its configuration) is
     * not loaded when it is created or changed; one that is loaded already (opened) is updated.
     */
    override didChangeWatchedFiles(params: DidChangeWatchedFilesParams): void {
        const workspace = this.workspaceManager;
        if (!(workspace instanceof KetenWorkspaceManager)) return super.didChangeWatchedFiles(params);
        const counts = (change: FileEvent) => {
            if (change.type === FileChangeType.Deleted) return true;
            const uri = URI.parse(change.uri);
            return !this.serviceRegistry.hasServices(uri) || this.langiumDocuments.hasDocument(uri) || workspace.includesFile(uri);
        };
        super.didChangeWatchedFiles(params.changes.every(counts) ? params : { ...params, changes: params.changes.filter(counts) });
    }

    /**
     * A document closed in the editor is its file on disk again. Closed without saving, its
     * unsaved text goes: its findings, and the links of every file that names what it declares,
     * follow the disk, as after a fresh start. A file the workspace does not load from disk (never
     * saved, deleted or renamed while open, outside the workspace folders, left out by `exclude`)
     * leaves the workspace and its findings are cleared. A file whose text on disk is the text
     * last built is not built again.
     */
    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        const workspace = this.workspaceManager;
        if (!(workspace instanceof KetenWorkspaceManager) || !this.langiumDocuments.hasDocument(uri)) return;
        if (!workspace.loadsFromDisk(uri)) {
            this.fireDocumentUpdate([], [uri]);
            return;
        }
        const built = this.langiumDocuments.getDocument(uri)?.textDocument.getText();
        if (this.pending.has(uri.toString()) || built !== this.textOnDisk(uri)) this.fireDocumentUpdate([uri], []);
    }

    private textOnDisk(uri: URI): string | undefined {
        try {
            return this.fileSystemProvider.readFileSync(uri);
        } catch {
            return undefined;
        }
    }

    protected override fireDocumentUpdate(changed: URI[], deleted: URI[]): void {
        const idle = this.building === 0 && this.pending.size === 0;
        for (const uri of changed) this.pending.set(uri.toString(), { uri, changed: true });
        for (const uri of deleted) this.pending.set(uri.toString(), { uri, changed: false });
        if (idle) {
            void this.flush();
            return;
        }
        // A burst: what is being built is out of date. One timer per burst, not one per edit:
        // when it fires early it waits for the rest of the quiet time.
        // Only a build that holds the lock: cancelling before any write has started would cancel
        // the lock's unused first token source, and a second cancel of that one throws
        // (vscode-jsonrpc), which broke the workspace's initialisation in the playground.
        if (this.running > 0) this.workspaceLock.cancelWrite();
        this.lastChangeAt = Date.now();
        if (this.timer === undefined) {
            this.firstPendingAt = this.lastChangeAt;
            this.timer = setTimeout(() => this.quietOrFlush(), QUIET_MS);
        }
    }

    private quietOrFlush(): void {
        this.timer = undefined;
        const now = Date.now();
        const quietFor = now - this.lastChangeAt;
        const waitedFor = now - this.firstPendingAt;
        if (quietFor >= QUIET_MS || waitedFor >= MAX_WAIT_MS) {
            void this.flush();
        } else {
            this.timer = setTimeout(() => this.quietOrFlush(), Math.min(QUIET_MS - quietFor, MAX_WAIT_MS - waitedFor));
        }
    }

    /**
     * Builds everything pending now; resolves when that build has ended (done, or cancelled by
     * a newer change). With nothing pending, the latest build this handler started.
     */
    flush(): Promise<void> {
        if (this.timer !== undefined) clearTimeout(this.timer);
        this.timer = undefined;
        if (this.pending.size === 0) return this.building > 0 ? this.latestBuild : Promise.resolve();
        const entries = [...this.pending.values()];
        this.pending.clear();
        const changed = entries.filter(entry => entry.changed).map(entry => entry.uri);
        const deleted = entries.filter(entry => !entry.changed).map(entry => entry.uri);
        this.building++;
        this.latestBuild = this.workspaceManager.ready
            // The workspace manager is "ready" once it has loaded the files, before its first
            // build (a write action) is done; a write queued then cancels that build, and a
            // document opened at that moment was left unbuilt. The first change waits for it.
            .then(() => this.initialBuildDone ??= this.workspaceLock.read(() => undefined))
            .then(() => this.workspaceLock.write(async token => {
                this.running++;
                try {
                    await this.documentBuilder.update(changed, deleted, token);
                } finally {
                    this.running--;
                }
            }))
            .catch(error => console.error('Could not build the changed documents.', error))
            .finally(() => { this.building--; });
        return this.latestBuild;
    }
}
