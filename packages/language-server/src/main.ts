/**
 * The Keten language server: every editor feature of the language over LSP. Started as
 * `keten-language-server --stdio` (or `--node-ipc`, `--socket=PORT`) by any LSP client; the
 * VS Code extension starts the same bundle over IPC.
 *
 * Beside the language's own services it adds what needs the report package: the effect-status
 * code lens and the `keten/effectReport`, `keten/chainDiagram` and `keten/mandateRegister`
 * requests (report-requests.ts), all fed by the measurement files of `keten.report.data`.
 */
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { createKetenServices } from '@keten/language';
import { followEditorSettings } from './editor-settings.js';
import { EditorReports } from './editor-reports.js';
import { MeasurementFiles } from './measurement-files.js';
import { EffectStatusCodeLensProvider } from './effect-status-code-lens.js';
import { followReportData, registerReportRequests } from './report-requests.js';

const connection = createConnection(ProposedFeatures.all);
const reports = new EditorReports(new MeasurementFiles());
const { shared, Keten } = createKetenServices({ connection, ...NodeFileSystem }, {
    lsp: { CodeLensProvider: () => new EffectStatusCodeLensProvider(reports) }
});
reports.attach(shared, Keten);
followEditorSettings(shared, Keten);
followReportData(shared, reports);
registerReportRequests(shared, Keten, reports);
startLanguageServer(shared);
