/**
 * The effect report, chain diagram and mandate register as the editor asks for them: the
 * same report model and renderers as `keten report`, `keten graph` and `keten register`
 * (@keten/report), fed with the documents the language server holds and the measurement files
 * of the `keten.report.data` setting. The code lens and the custom requests both use this.
 */
import { relative, sep } from 'node:path';
import { DocumentState, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Diagnostic } from 'vscode-languageserver';
import { isDocument, messagesFor, model, type Document, type KetenServices, type Locale } from '@keten/language';
import {
    MeasurementFileError, buildReportModel, effectIdsOf, readMeasurements, type MeasurementSet, type ReportFinding, type ReportModel
} from '@keten/report';
import type { MeasurementFilesResult } from './measurement-files.js';

/** A document of the workspace with the name reports give its file. */
export interface NamedDocument {
    readonly file: string;
    readonly document: Document;
    readonly langium: LangiumDocument<Document>;
}

export interface MeasurementsResult {
    readonly measurements: MeasurementSet;
    /** Files that could not be used at all, with the reason in the user's words. */
    readonly unusable: ReadonlyArray<{ readonly file: string; readonly reason: string }>;
    readonly unmatched: readonly string[];
}

const SEVERITY_WORDS: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'info' };

/**
 * Where the measurement files come from: the files of `keten.report.data` on disk
 * (`MeasurementFiles`, in the server) or the measurements pasted into the browser playground.
 */
export interface MeasurementSource {
    /** Whether any measurements are configured at all (without them the code lens stays away). */
    readonly isConfigured: boolean;
    read(): MeasurementFilesResult;
}

export class EditorReports<Source extends MeasurementSource = MeasurementSource> {
    constructor(readonly measurementFiles: Source) {}

    folders: readonly string[] = [];
    private cache: { key: string; result: MeasurementsResult } | undefined;
    private services: { shared: LangiumSharedServices; keten: KetenServices } | undefined;

    /** Connects to the server's services once they exist (the code lens provider is made with them). */
    attach(shared: LangiumSharedServices, keten: KetenServices): void {
        this.services = { shared, keten };
    }

    private get shared(): LangiumSharedServices {
        if (!this.services) throw new Error('EditorReports used before attach()');
        return this.services.shared;
    }

    /** Resolves when every document of the workspace is checked, so reports see the whole chain. */
    async ready(): Promise<void> {
        await this.shared.workspace.WorkspaceManager.ready;
        await this.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated);
    }

    /** Every Keten document of the workspace, in path order, named relative to its workspace folder. */
    documents(): NamedDocument[] {
        return this.shared.workspace.LangiumDocuments.all
            .filter(document => isDocument(document.parseResult.value))
            .map(document => ({ file: this.fileName(document.uri), document: document.parseResult.value as Document, langium: document as LangiumDocument<Document> }))
            .toArray()
            .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    }

    /** The document at `uri`, once the workspace is checked; `undefined` when the server does not know it. */
    document(uri: string): NamedDocument | undefined {
        const key = URI.parse(uri).toString();
        return this.documents().find(named => named.langium.uri.toString() === key);
    }

    /**
     * The measurements of the configured files as of `asOf`, for the effects of the workspace.
     * A file that is not CSV or JSON at all is left out (and named in `unusable`), so one bad
     * file does not hide the statuses the other files give. Problems are written in the
     * editor's locale. Cached until a file, the workspace's effects or the locale change.
     */
    measurements(asOf: string, documents: readonly NamedDocument[] = this.documents()): MeasurementsResult {
        const read = this.measurementFiles.read();
        const effectIds = effectIdsOf(documents.map(named => named.document));
        const locale = this.locale;
        const key = `${locale}\n${asOf}\n${effectIds.join(',')}\n${read.signature}`;
        if (this.cache?.key === key) return this.cache.result;
        let files = [...read.files];
        const unusable = [...read.unreadable];
        let measurements: MeasurementSet | undefined;
        while (!measurements) {
            try {
                measurements = readMeasurements(files, effectIds, asOf, messagesFor(locale).measurements);
            } catch (error) {
                if (!(error instanceof MeasurementFileError)) throw error;
                unusable.push({ file: error.file, reason: error.message });
                files = files.filter(file => file.file !== error.file);
            }
        }
        const result = { measurements, unusable, unmatched: read.unmatched };
        this.cache = { key, result };
        return result;
    }

    /**
     * Of these `Agreement.Effect` ids, those written in a configured measurement file (as a whole
     * id, in any column): after an effect is renamed the user is told about these (EDITOR.md).
     */
    idsInMeasurementFiles(effectIds: readonly string[]): ReadonlySet<string> {
        const named = new Set<string>();
        if (effectIds.length === 0) return named;
        const texts = this.measurementFiles.read().files.map(file => new TextDecoder().decode(file.bytes));
        for (const id of effectIds) {
            const whole = new RegExp(`(?<![A-Za-z0-9_.])${id.replaceAll('.', '\\.')}(?![A-Za-z0-9_.])`);
            if (texts.some(text => whole.test(text))) named.add(id);
        }
        return named;
    }

    /** The report model of the agreements of `documents`, with their validation findings. */
    report(documents: readonly NamedDocument[], asOf: string): ReportModel {
        const { measurements } = this.measurements(asOf);
        return buildReportModel({
            documents: documents.map(({ file, document }) => ({ file, document })),
            measurements,
            asOf,
            findings: documents.flatMap(named => findingsOf(named))
        });
    }

    /** The messages of the locale the editor uses. */
    get messages() {
        if (!this.services) throw new Error('EditorReports used before attach()');
        return this.services.keten.keten.Settings.messages;
    }

    /** The locale the editor uses. */
    private get locale(): Locale {
        if (!this.services) throw new Error('EditorReports used before attach()');
        return this.services.keten.keten.Settings.locale;
    }

    private fileName(uri: URI): string {
        if (uri.scheme !== 'file') return uri.toString();
        for (const folder of this.folders) {
            const name = relative(folder, uri.fsPath);
            if (!name.startsWith('..') && !name.startsWith(sep)) return name.split(sep).join('/');
        }
        return uri.fsPath;
    }
}

/** Today as `YYYY-MM-DD`, the default report date (REPORTS.md). */
export function today(): string {
    return model.formatDate(model.todayDayNumber());
}

/** The diagnostics of a document in the shape of `keten validate --format json` (1-based lines and columns). */
function findingsOf(named: NamedDocument): ReportFinding[] {
    return (named.langium.diagnostics ?? []).map((diagnostic: Diagnostic) => ({
        file: named.file,
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1,
        severity: SEVERITY_WORDS[diagnostic.severity ?? 1] ?? 'error',
        rule: typeof diagnostic.code === 'string' ? diagnostic.code : 'syntax-error',
        message: diagnostic.message
    }));
}
