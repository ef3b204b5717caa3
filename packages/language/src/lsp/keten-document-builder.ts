/**
 * What a change re-checks. Langium relinks a document when it refers into a changed file (a
 * shared parties file re-checks the agreements that use it, without parsing them again) or
 * when it has an unresolved name (the change may declare it). Keten adds what compares files
 * without a reference between them: `duplicate-name`. A document is also relinked when it
 * declares a top-level name that a changed file declared before the change, and when it has a
 * `duplicate-name` finding now (the change may resolve it). All other documents keep their
 * findings, so an edit costs about the same in a workspace of one file or of a thousand.
 *
 * The names a changed file declares after the change are read off its new text (it is not
 * parsed yet): the editor's text of an open file, else the file on disk (a file created or
 * changed outside the editor), so a duplicate typed into a file that sorts before the other
 * one, or written to disk, is reported in that other file at once.
 */
import {
    DefaultDocumentBuilder, URI, type BuildOptions, type DocumentState, type FileSystemProvider, type LangiumDocument,
    type LangiumSharedCoreServices, type ValidationRegistry
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { Document } from '../generated/ast.js';
import { hadLinkingErrors } from '../validation/keten-document-validator.js';

export class KetenDocumentBuilder extends DefaultDocumentBuilder {
    /** Keten's validation registry (null: more than one language is registered; see `resultsAreIncomplete`). */
    private validationRegistry: ValidationRegistry | null | undefined;

    /** Top-level names the changed files declare, before and after the change (set during `update`). */
    private namesOfChangedFiles: ReadonlySet<string> = new Set();

    /**
     * Top-level names a changed file declares after the change and not before, or before and
     * not after: a reference to such a name may now resolve to another declaration (the first
     * of a name, in path order), as a fresh start of the workspace would link it.
     */
    private namesComingOrGoing: ReadonlySet<string> = new Set();

    private readonly fileSystem: FileSystemProvider;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.fileSystem = services.workspace.FileSystemProvider;
    }

    /**
     * Set by the editor's update handler (keten-document-update-handler.ts), which holds back
     * changes during a burst: builds them now. Whoever waits for a document state gets the
     * state of the latest text, never that of a build the held-back changes have outdated.
     * (Like every wait for a state, not to be awaited inside a workspace-lock action.)
     */
    beforeWaiting: (() => Promise<void>) | undefined;

    protected override async awaitDocumentState(state: DocumentState, uri: URI, cancelToken: CancellationToken): Promise<URI> {
        if (this.beforeWaiting) await this.beforeWaiting();
        return super.awaitDocumentState(state, uri, cancelToken);
    }

    protected override async awaitBuilderState(state: DocumentState, cancelToken: CancellationToken): Promise<void> {
        if (this.beforeWaiting) await this.beforeWaiting();
        return super.awaitBuilderState(state, cancelToken);
    }

    override async update(changed: URI[], deleted: URI[], cancelToken?: CancellationToken): Promise<void> {
        const uris = new Set([...changed, ...deleted].map(uri => uri.toString()));
        const names = new Set<string>();
        const comingOrGoing = new Set<string>();
        for (const uri of uris) {
            const before = new Set(topLevelNamesOf(this.langiumDocuments.getDocument(URI.parse(uri))));
            // The new text is not parsed yet: its declaration names are read off the text.
            const text = this.textDocuments?.get(uri)?.getText() ?? this.textOnDisk(uri);
            const after = new Set(text ? [...text.matchAll(DECLARATION_NAME)].map(match => match[1]) : []);
            for (const name of before) {
                names.add(name);
                if (!after.has(name)) comingOrGoing.add(name);
            }
            for (const name of after) {
                names.add(name);
                if (!before.has(name)) comingOrGoing.add(name);
            }
        }
        this.namesOfChangedFiles = names;
        this.namesComingOrGoing = comingOrGoing;
        try {
            await super.update(changed, deleted, cancelToken);
        } finally {
            this.namesOfChangedFiles = new Set();
            this.namesComingOrGoing = new Set();
        }
    }

    /** A changed file that is not open: its text on disk (none when it was deleted or cannot be read). */
    private textOnDisk(uri: string): string | undefined {
        try {
            return this.fileSystem.readFileSync(URI.parse(uri));
        } catch {
            return undefined;
        }
    }

    /**
     * Langium asks this of every document on every change (are validation categories that the
     * update options ask for still missing?), and looks up the document's language services
     * by its URI each time to find the categories: in a workspace of a thousand files, a
     * quarter of an edit's time. The same answer as Langium's `findMissingValidationCategories`,
     * with the categories of Keten's one validation registry and no sets or arrays made.
     */
    protected override resultsAreIncomplete(document: LangiumDocument, options: BuildOptions | undefined): boolean {
        // Langium's `serviceRegistry.all` is a new array at every call: the registry is looked up once.
        this.validationRegistry ??= this.serviceRegistry.all.length === 1 ? this.serviceRegistry.all[0].validation.ValidationRegistry : null;
        if (this.validationRegistry === null) return super.resultsAreIncomplete(document, options);
        const all = this.validationRegistry.getAllValidationCategories(document);
        const state = this.buildState.get(document.uri.toString());
        const executed = state?.result?.validationChecks;
        const requested = options === undefined || options.validation === true ? all
            : typeof options.validation === 'object' ? (options.validation.categories ?? all) : [];
        for (const category of requested) {
            const done = executed ? executed.includes(category) : state?.completed === true && all.has(category);
            if (!done) return true;
        }
        return false;
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        // Langium's own test, with the linking errors remembered from the last validation
        // instead of asked of every reference of every document on every change.
        const unresolved = hadLinkingErrors(document) ?? document.references.some(ref => ref.error !== undefined);
        if (unresolved || this.indexManager.isAffected(document, changedUris)) return true;
        if (document.diagnostics?.some(diagnostic => diagnostic.code === 'duplicate-name')) return true;
        if (this.namesOfChangedFiles.size === 0) return false;
        // Asked of every document on every change: no array made per document.
        const root = document.parseResult?.value as Document | undefined;
        for (const element of root?.elements ?? []) if (typeof element.name === 'string' && this.namesOfChangedFiles.has(element.name)) return true;
        if (this.namesComingOrGoing.size === 0) return false;
        // Only when a top-level name came or went (a declaration added, removed or renamed): not on an ordinary edit.
        for (const reference of document.references) {
            const text = reference.$refText;
            const dot = text.indexOf('.');
            if (this.namesComingOrGoing.has(dot < 0 ? text : text.slice(0, dot))) return true;
        }
        return false;
    }
}

/** `party X`, `body X`, `agreement X` and their Dutch forms at the start of a line. */
const DECLARATION_NAME = /^[ \t]*(?:party|partij|body|orgaan|agreement|afspraak)[ \t]+([A-Za-z_][A-Za-z0-9_]*)/gm;

function topLevelNamesOf(document: LangiumDocument | undefined): string[] {
    const root = document?.parseResult?.value as Document | undefined;
    return (root?.elements ?? []).map(element => element.name).filter((name): name is string => typeof name === 'string');
}
