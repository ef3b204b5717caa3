/**
 * One share of a `keten validate` run on several threads: it parses its files and says what
 * each exports and refers to (phase 1), then loads the files that provide those names, puts
 * the rest of the workspace's exports into its index as descriptions without nodes (so every
 * scope lists the same names in the same order as on one thread: the linker's "did you mean"
 * suggestions come out the same), links, and validates only its share (phase 2). Runs in a
 * worker thread (`validate-worker.ts`) and, for the first share, on the main thread.
 * The protocol: `worker-protocol.ts`; the plan of what to load: `share-plan.ts`.
 */
import { URI, type AstNodeDescription, type LangiumDocument } from 'langium';
import { decodeUtf8, listenToWorkspaceLookups, referredNamesOf, withInvalidUtf8Finding } from '@keten/language';
import { createServices } from '../workspace/load-workspace.js';
import { ConfigResolver } from '../config/config-resolver.js';
import type { CheckedShareFile, ExportedDeclaration, ExportTableEntry, FileToCheck, ParsedFile, WorkerSetup } from './worker-protocol.js';

interface LoadedFile {
    readonly index: number;
    readonly document: LangiumDocument;
    readonly badByteOffset?: number;
}

export class ShareChecker {
    private readonly services: ReturnType<typeof createServices>;
    /** This share, parsed in phase 1. */
    private readonly share: LoadedFile[] = [];

    constructor(setup: WorkerSetup) {
        this.services = createServices(setup.locale);
        const configs = new ConfigResolver(setup.cwd, setup.config);
        this.services.Keten.keten.Settings.severityResolver = (uri, ruleId) => configs.severityOf(uri.fsPath, ruleId);
    }

    private load(file: FileToCheck): LoadedFile {
        const { LangiumDocumentFactory, LangiumDocuments } = this.services.shared.workspace;
        const { text, badByteOffset } = decodeUtf8(file.bytes);
        const document = LangiumDocumentFactory.fromString(text, URI.file(file.path));
        LangiumDocuments.addDocument(document);
        return { index: file.index, document, badByteOffset };
    }

    async parse(files: readonly FileToCheck[]): Promise<ParsedFile[]> {
        const scopes = this.services.Keten.references.ScopeComputation;
        const parsed: ParsedFile[] = [];
        for (const file of files) {
            const loaded = this.load(file);
            this.share.push(loaded);
            const exports = (await scopes.collectExportedSymbols(loaded.document)).map(toExportedDeclaration);
            parsed.push({ index: file.index, exports, referred: [...referredNamesOf(loaded.document)] });
        }
        return parsed;
    }

    async check(others: readonly FileToCheck[], table: readonly ExportTableEntry[]): Promise<{ files: CheckedShareFile[]; complete: boolean }> {
        const { DocumentBuilder, IndexManager } = this.services.shared.workspace;
        // Langium's index lists documents in the order they were first indexed (a Map by URI);
        // entering every file of the workspace in the one-thread order, before the build indexes
        // the loaded ones in place, gives every scope the one-thread order.
        const symbolIndex = (IndexManager as unknown as { symbolIndex?: unknown }).symbolIndex;
        if (!(symbolIndex instanceof Map)) throw new Error('Langium\'s index has no symbolIndex map');
        const declarers = new Map<string, Set<number>>();
        for (const entry of table) {
            const uri = URI.file(entry.path);
            symbolIndex.set(uri.toString(), entry.exports.map(declaration => withoutNode(declaration, uri)));
            for (const declaration of entry.exports) {
                const files = declarers.get(declaration.name);
                if (files) files.add(entry.index);
                else declarers.set(declaration.name, new Set([entry.index]));
            }
        }
        const loaded = [...this.share, ...others.map(file => this.load(file))].sort((a, b) => a.index - b.index);
        const loadedIndices = new Set(loaded.map(file => file.index));
        const own = new Set(this.share.map(file => file.document));
        // A rule that looks up a name declared in a file not loaded here would see a declaration
        // without its node: the whole run is then redone on one thread.
        let complete = true;
        listenToWorkspaceLookups(this.services.Keten.keten.Settings, (document, name) => {
            if (!own.has(document)) return;
            for (const index of declarers.get(name) ?? []) if (!loadedIndices.has(index)) complete = false;
        });
        // Only the share is validated; the other loaded files are linked (their references are
        // followed by the share's rules) but not checked.
        const builder = DocumentBuilder as unknown as { shouldValidate(document: LangiumDocument): boolean };
        builder.shouldValidate = document => own.has(document);
        await DocumentBuilder.build(loaded.map(file => file.document), { validation: true });
        const messages = this.services.Keten.keten.Settings.messages;
        const files = this.share.map(({ index, document, badByteOffset }) => ({
            index,
            // Every field, quick-fix data included (structured clone keeps plain objects as they are).
            diagnostics: withInvalidUtf8Finding(document, [...(document.diagnostics ?? [])], badByteOffset, messages)
        }));
        return { files, complete };
    }
}

function toExportedDeclaration(description: AstNodeDescription): ExportedDeclaration {
    const segment = description.nameSegment;
    return {
        name: description.name,
        type: description.type,
        path: description.path,
        nameSegment: segment && { offset: segment.offset, end: segment.end, length: segment.length, range: segment.range }
    };
}

/** A declaration of a file this share did not load: its name, kind and place, no node. */
function withoutNode(declaration: ExportedDeclaration, documentUri: URI): AstNodeDescription {
    return { name: declaration.name, type: declaration.type, path: declaration.path, documentUri, nameSegment: declaration.nameSegment };
}
