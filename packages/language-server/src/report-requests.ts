/**
 * Requests beyond LSP that the language server answers, so an editor extension stays thin and
 * other editors can offer the same (EDITOR.md, REPORTS.md):
 *
 * - `keten/effectReport` `{ uri, asOf? }` → `{ html, asOf, agreements, effects }`: the
 *   self-contained HTML report (as `keten report --format html`) of the agreements in the
 *   document at `uri`, with the measurement files of `keten.report.data`.
 * - `keten/chainDiagram` `{ uri, format? }` → `{ format, text }`: the chain of the agreements in
 *   that document (of the whole file when it holds no agreement) as `svg` (default; laid out by
 *   Graphviz inside the server, so no viewer needs a script), `dot` or `mermaid`.
 * - `keten/mandateRegister` `{ format? }` → `{ format, text }`: the mandate register of the
 *   whole workspace as `md` (default), `csv` or `json`.
 *
 * The server also follows `keten.report.data`: it looks the files up again when the setting or
 * a file in the workspace changes, asks the client to refresh its code lenses, and tells the
 * user once about a configured path that names nothing or a file it cannot use.
 */
import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { MessageType, ResponseError, ErrorCodes, ShowMessageNotification, CodeLensRefreshRequest } from 'vscode-languageserver';
import type { KetenServices } from '@keten/language';
import {
    chainOfAgreement, chainOfWorkspace, mergeChains, mandateRegisterOf, renderChainDot, renderChainMermaid, renderRegisterCsv,
    renderRegisterJson, renderRegisterMarkdown, renderReportHtml, type ChainView, type MandateRegister, type RegisterTexts
} from '@keten/report';
import { KetenWorkspaceManager, model } from '@keten/language';
import type { ChainLayout } from '@keten/report/chain-layout';
import { today, type EditorReports, type NamedDocument } from './editor-reports.js';
import type { MeasurementFiles } from './measurement-files.js';
import { chainDiagramParams, checkedParams, effectReportParams, mandateRegisterParams } from './request-params.js';

export const EFFECT_REPORT_REQUEST = 'keten/effectReport';
export const CHAIN_DIAGRAM_REQUEST = 'keten/chainDiagram';
export const MANDATE_REGISTER_REQUEST = 'keten/mandateRegister';

export interface EffectReportParams { readonly uri: string; readonly asOf?: string }
export interface EffectReportResult { readonly html: string; readonly asOf: string; readonly agreements: number; readonly effects: number }
export type ChainDiagramFormat = 'svg' | 'dot' | 'mermaid';
export interface ChainDiagramParams { readonly uri: string; readonly format?: ChainDiagramFormat }
export type RegisterFormat = 'md' | 'csv' | 'json';
export interface MandateRegisterParams { readonly format?: RegisterFormat }
export interface TextResult<F extends string> { readonly format: F; readonly text: string }

/** Each format with the words of the editor's locale; JSON keeps its English keys. */
const REGISTER_RENDERERS: Record<RegisterFormat, (register: MandateRegister, texts: RegisterTexts) => string> = {
    md: (rows, texts) => renderRegisterMarkdown(rows, texts),
    csv: (rows, texts) => renderRegisterCsv(rows, texts),
    json: rows => renderRegisterJson(rows)
};

export function registerReportRequests(shared: LangiumSharedServices, keten: KetenServices, reports: EditorReports): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    const lock = shared.workspace.WorkspaceLock;

    connection.onRequest(EFFECT_REPORT_REQUEST, async (raw: unknown): Promise<EffectReportResult> => {
        const params: EffectReportParams = checkedParams(EFFECT_REPORT_REQUEST, effectReportParams, raw);
        const asOf = params.asOf ?? today();
        if (!model.isValidDate(asOf)) throw new ResponseError(ErrorCodes.InvalidParams, `asOf must be a calendar date written YYYY-MM-DD, not '${asOf}'.`);
        await reports.ready();
        // Without the chain pictures: the editor shows the chain in its own preview (keten/chainDiagram),
        // and the playground would load Graphviz (0.5 MB compressed) with its first report.
        return lock.read(() => {
            const named = requireDocument(reports, params.uri);
            const report = reports.report([named], asOf);
            const html = renderReportHtml(report, keten.keten.Settings.messages.report);
            return { html, asOf, agreements: report.agreements.length, effects: report.agreements.reduce((sum, a) => sum + a.effects.length, 0) };
        });
    });

    connection.onRequest(CHAIN_DIAGRAM_REQUEST, async (raw: unknown): Promise<TextResult<ChainDiagramFormat>> => {
        const params = checkedParams(CHAIN_DIAGRAM_REQUEST, chainDiagramParams, raw);
        const format = params.format ?? 'svg';
        if (!isDiagramFormat(format)) throw new ResponseError(ErrorCodes.InvalidParams, `Unknown diagram format '${format}': use svg, dot or mermaid.`);
        await reports.ready();
        const chain = await lock.read(() => chainOfDocument(requireDocument(reports, params.uri)));
        const texts = keten.keten.Settings.messages.chainDiagram;
        if (format === 'mermaid') return { format, text: renderChainMermaid(chain, texts) };
        const dot = renderChainDot(chain, texts);
        return { format, text: format === 'dot' ? dot : (await chainLayout())(dot) };
    });

    connection.onRequest(MANDATE_REGISTER_REQUEST, async (raw: unknown): Promise<TextResult<RegisterFormat>> => {
        const params = checkedParams(MANDATE_REGISTER_REQUEST, mandateRegisterParams, raw);
        const format = params?.format ?? 'md';
        if (!isRegisterFormat(format)) throw new ResponseError(ErrorCodes.InvalidParams, `Unknown register format '${format}': use md, csv or json.`);
        const render = REGISTER_RENDERERS[format];
        await reports.ready();
        return lock.read(() => ({ format, text: render(mandateRegisterOf(reports.documents()), keten.keten.Settings.messages.register) }));
    });
}

/** Own properties only: `toString` or `constructor` is no format. */
function isRegisterFormat(format: string): format is RegisterFormat {
    return Object.hasOwn(REGISTER_RENDERERS, format);
}

function isDiagramFormat(format: string): format is ChainDiagramFormat {
    return format === 'svg' || format === 'dot' || format === 'mermaid';
}

/** Follows `keten.report.data` and the files it names; code lenses are refreshed on every change. */
export function followReportData(shared: LangiumSharedServices, reports: EditorReports<MeasurementFiles>): void {
    const configuration = shared.workspace.ConfigurationProvider;
    const connection = shared.lsp.Connection;
    let canRefreshCodeLens = false;
    let told = new Set<string>();
    let data: unknown;

    const tellAboutProblems = () => {
        if (!reports.measurementFiles.isConfigured) return;
        const { unusable, unmatched } = reports.measurements(today());
        const messages = reports.messages.reportEditor;
        const now = new Set<string>();
        const tell = (key: string, message: string) => {
            now.add(key);
            if (!told.has(key)) void connection?.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
        };
        for (const pattern of unmatched) tell(`pattern:${pattern}`, messages.measurementPatternMatchesNothing({ pattern }));
        for (const file of unusable) tell(`file:${file.file}:${file.reason}`, messages.measurementFileUnusable(file));
        told = now;
    };
    const changed = async () => {
        if (canRefreshCodeLens) void connection?.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
        await reports.ready();
        tellAboutProblems();
    };
    let canAskPerFolder = false;
    let folderUris: string[] = [];
    const configure = async (value: unknown) => {
        data = value;
        // Several workspace folders: each has its own value of the setting (VS Code's
        // resource scope), resolved against that folder only.
        if (canAskPerFolder && folderUris.length > 1 && connection) {
            const values = await connection.workspace.getConfiguration(folderUris.map(scopeUri => ({ scopeUri, section: 'keten' }))).catch(() => undefined);
            if (Array.isArray(values) && values.length === folderUris.length) {
                reports.measurementFiles.configureByFolder(folderUris.map((uri, i) => ({
                    folder: URI.parse(uri).fsPath,
                    patterns: (values[i] as { report?: { data?: unknown } } | null)?.report?.data
                })));
                return;
            }
        }
        reports.measurementFiles.configure(data, reports.folders);
    };

    const followFolders = (folders: ReadonlyArray<{ readonly uri: string }>) => {
        folderUris = folders.map(folder => folder.uri).filter(uri => URI.parse(uri).scheme === 'file');
        reports.folders = folderUris.map(uri => URI.parse(uri).fsPath);
    };
    shared.lsp.LanguageServer.onInitialize(params => {
        canRefreshCodeLens = Boolean(params.capabilities.workspace?.codeLens?.refreshSupport);
        canAskPerFolder = Boolean(params.capabilities.workspace?.configuration);
        followFolders(params.workspaceFolders ?? []);
        if (reports.folders.length === 0 && params.rootUri) reports.folders = [URI.parse(params.rootUri).fsPath];
    });
    // A folder added or removed (workspace-folders.ts): the measurement files are those of the folders now.
    const workspace = shared.workspace.WorkspaceManager;
    if (workspace instanceof KetenWorkspaceManager) {
        workspace.onDidChangeFolders(folders => {
            followFolders(folders);
            reports.measurementFiles.forget();
            void configure(data).then(changed);
        });
    }
    void configuration.ready.then(async () => {
        const report = await configuration.getConfiguration('keten', 'report') as { data?: unknown } | undefined;
        await configure(report?.data);
        await changed();
    });
    configuration.onConfigurationSectionUpdate(update => {
        if (update.section !== 'keten') return;
        void configure((update.configuration as { report?: { data?: unknown } } | undefined)?.report?.data).then(changed);
    });
    shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(params => {
        const concerned = params.changes.some(change => {
            const uri = URI.parse(change.uri);
            return uri.scheme === 'file' && reports.measurementFiles.mayConcern(uri.fsPath) && !uri.path.endsWith('.keten');
        });
        if (!concerned) return;
        reports.measurementFiles.forget();
        void changed();
    });
}

function requireDocument(reports: EditorReports, uri: string): NamedDocument {
    const named = reports.document(uri);
    if (!named) throw new ResponseError(ErrorCodes.InvalidParams, `The language server has no Keten document '${uri}'.`);
    return named;
}

/** The agreements of a document as one chain; a file without agreements shows its parties and bodies. */
function chainOfDocument(named: NamedDocument): ChainView {
    const agreements = model.agreementsOf(named.document);
    if (agreements.length === 0) return chainOfWorkspace([named.document]);
    return mergeChains(agreements.map(agreement => chainOfAgreement(agreement)));
}

/** Graphviz's layout of a chain diagram (WebAssembly, bundled), loaded on first use and kept. */
let layoutLoaded: Promise<ChainLayout> | undefined;

function chainLayout(): Promise<ChainLayout> {
    // A load that failed is tried again at the next request.
    layoutLoaded ??= import('@keten/report/chain-layout').then(module => module.loadChainLayout())
        .catch((error: unknown) => { layoutLoaded = undefined; throw error; });
    return layoutLoaded;
}
