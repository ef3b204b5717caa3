/**
 * The Keten language server in a web worker: the same services as `keten-language-server`
 * (every check, completion, hover, rename, quick fix, formatting, the effect status code lens
 * and the `keten/effectReport`, `keten/chainDiagram` and `keten/mandateRegister` requests),
 * over `postMessage` instead of stdio, with the files the page holds instead of a disk
 * (Langium's `EmptyFileSystem`: every document comes from the page with `didOpen`).
 *
 * Beside them, what only the playground needs (playground-protocol.ts): pasted measurements,
 * the locale of messages, and the keyword-language switch.
 */
import { EmptyFileSystem, URI } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser.js';
import { createKetenServices, formatText, KetenRenameProvider, isLocale, parseKetenText, translateKeywords } from '@keten/language';
import { EditorReports } from '@keten/language-server/editor-reports';
import { EffectStatusCodeLensProvider } from '@keten/language-server/effect-status-code-lens';
import { registerReportRequests } from '@keten/language-server/report-requests';
import {
    SET_LOCALE_NOTIFICATION, SET_MEASUREMENTS_NOTIFICATION, TRANSLATE_KEYWORDS_REQUEST, WORKSPACE_FOLDER_URI,
    type SetLocaleParams, type SetMeasurementsParams, type TranslateKeywordsParams, type TranslateKeywordsResult
} from '../protocol/playground-protocol.js';
import { PastedMeasurements } from './pasted-measurements.js';

// The worker's global scope reads and writes messages like a Worker seen from outside; the
// page's type library (DOM) has no separate type for it.
const scope = self as unknown as Worker;
const connection = createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
const measurements = new PastedMeasurements();
const reports = new EditorReports(measurements);
reports.folders = [URI.parse(WORKSPACE_FOLDER_URI).fsPath];

const { shared, Keten } = createKetenServices({ connection, ...EmptyFileSystem }, {
    lsp: {
        CodeLensProvider: () => new EffectStatusCodeLensProvider(reports),
        RenameProvider: keten => new KetenRenameProvider(keten, ids => reports.idsInMeasurementFiles(ids))
    }
});
reports.attach(shared, Keten);
registerReportRequests(shared, Keten, reports);

const settings = Keten.keten.Settings;
shared.lsp.LanguageServer.onInitialize(params => {
    if (isLocale(params.locale)) settings.locale = params.locale;
});

/** Every document checked again, after the locale changed (as the server does on a settings change). */
async function checkEverythingAgain(): Promise<void> {
    const documents = shared.workspace.LangiumDocuments.all.toArray();
    await shared.workspace.WorkspaceLock.write(token => shared.workspace.DocumentBuilder.build(documents, { validation: true }, token));
}

connection.onNotification(SET_LOCALE_NOTIFICATION, (params: SetLocaleParams) => {
    if (!isLocale(params.locale) || params.locale === settings.locale) return;
    settings.locale = params.locale;
    void checkEverythingAgain();
});

connection.onNotification(SET_MEASUREMENTS_NOTIFICATION, (params: SetMeasurementsParams) => {
    measurements.set(params.files);
    void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
});

// `keten format --locale`: every keyword into one language, then the canonical layout (the
// same two language functions the command calls).
connection.onRequest(TRANSLATE_KEYWORDS_REQUEST, async (params: TranslateKeywordsParams): Promise<TranslateKeywordsResult> => {
    const document = shared.workspace.LangiumDocuments.getDocument(URI.parse(params.uri));
    if (!document || (params.into !== 'en' && params.into !== 'nl')) return {};
    const path = URI.parse(params.uri).path;
    const translated = translateKeywords(parseKetenText(Keten, document.textDocument.getText(), path), params.into);
    if (translated === undefined) return {};
    const text = await formatText(Keten, parseKetenText(Keten, translated, path));
    return text === undefined ? {} : { text };
});

startLanguageServer(shared);
