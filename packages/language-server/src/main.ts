/**
 * The Keten language server: every editor feature of the language over LSP. Started as
 * `keten-language-server --stdio` (or `--node-ipc`, `--socket=PORT`) by any LSP client; the
 * VS Code extension starts the same bundle over IPC.
 *
 * Beside the language's own services it adds what needs the report package: the effect-status
 * code lens and the `keten/effectReport`, `keten/chainDiagram` and `keten/mandateRegister`
 * requests (report-requests.ts), all fed by the measurement files of `keten.report.data`; and
 * the covenant text for the preview, `keten/covenantDocument` (covenant-document-request.ts).
 *
 * Over stdio the input passes a guard first (protocol-guard.ts): bytes that are not LSP
 * messages make the server say why and exit with code 1, so that the client restarts it.
 * A request about a document the server does not know gets an empty answer (unknown-documents.ts).
 */
import { format } from 'node:util';
import { startLanguageServer } from 'langium/lsp';
import {
    createConnection, LogMessageNotification, MessageType, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type Connection
} from 'vscode-languageserver/node.js';
import { createKetenServices, KetenRenameProvider, type KetenServices } from '@keten/language';
import { followEditorSettings } from './editor-settings.js';
import { EditorReports } from './editor-reports.js';
import { MeasurementFiles } from './measurement-files.js';
import { EffectStatusCodeLensProvider } from './effect-status-code-lens.js';
import { followReportData, registerReportRequests } from './report-requests.js';
import { registerCovenantDocumentRequest } from './covenant-document-request.js';
import { ProtocolGuard, type ProtocolProblem } from './protocol-guard.js';
import { answerUnknownDocumentsWithNothing } from './unknown-documents.js';
import { registerWhatIfRequests } from './what-if-requests.js';
import { BadBytes, Utf8CheckingDocumentValidator, Utf8FileSystemProvider } from './utf8-files.js';
import { SaneInitializeReader } from './initialize-params.js';
import { followWorkspaceFolders } from './workspace-folders.js';

let services: { Keten: KetenServices } | undefined;
const connection = process.argv.includes('--stdio') ? guardedStdioConnection() : createConnection(ProposedFeatures.all);
const reports = new EditorReports(new MeasurementFiles());
const badBytes = new BadBytes();
const { shared, Keten } = createKetenServices({ connection, fileSystemProvider: () => new Utf8FileSystemProvider(badBytes) }, {
    validation: { DocumentValidator: keten => new Utf8CheckingDocumentValidator(keten, badBytes) },
    lsp: {
        CodeLensProvider: () => new EffectStatusCodeLensProvider(reports),
        RenameProvider: keten => new KetenRenameProvider(keten, ids => reports.idsInMeasurementFiles(ids))
    }
});
services = { Keten };
reports.attach(shared, Keten);
followEditorSettings(shared, Keten);
followWorkspaceFolders(shared);
followReportData(shared, reports);
registerReportRequests(shared, Keten, reports);
registerCovenantDocumentRequest(shared, Keten, reports);
registerWhatIfRequests(shared, Keten, reports);
answerUnknownDocumentsWithNothing(connection, shared);
startLanguageServer(shared);

/**
 * A stdio connection whose input is checked frame by frame. The protocol library sends the
 * console to the client only when it opens stdio itself; here the console is sent there too,
 * so that nothing but protocol messages is ever written to stdout.
 */
function guardedStdioConnection(): Connection {
    const input = process.stdin.pipe(new ProtocolGuard(problem => stopOnBadInput(problem)));
    // `initialize` params of the wrong type (`capabilities: null`) are made sane before the protocol library reads them.
    const stdio = createConnection(ProposedFeatures.all, new SaneInitializeReader(new StreamMessageReader(input)), new StreamMessageWriter(process.stdout));
    const send = (log: (message: string) => void) => (...args: unknown[]) => log(format(...args));
    console.log = send(message => stdio.console.log(message));
    console.info = send(message => stdio.console.info(message));
    console.debug = send(message => stdio.console.debug(message));
    console.warn = send(message => stdio.console.warn(message));
    console.error = send(message => stdio.console.error(message));
    console.trace = send(message => stdio.console.log(message));
    return stdio;
}

function stopOnBadInput(problem: ProtocolProblem): void {
    const editor = services?.Keten.keten.Settings.messages.editor;
    const reasonText = editor ? reasonOf(editor.serverBadInputReason, problem) : problem.kind;
    const line = editor ? editor.serverBadInput({ reason: reasonText }) : `keten-language-server: bad input (${problem.kind})`;
    process.stderr.write(`${line}\n`);
    const exit = () => process.exit(1);
    // The client's log gets the line too; the exit does not wait long for it.
    setTimeout(exit, 1000).unref();
    connection.sendNotification(LogMessageNotification.type, { type: MessageType.Error, message: line }).then(exit, exit);
}

type Reasons = KetenServices['keten']['Settings']['messages']['editor']['serverBadInputReason'];

function reasonOf(reasons: Reasons, problem: ProtocolProblem): string {
    switch (problem.kind) {
        case 'bad-content-length': return reasons['bad-content-length']({ value: problem.value });
        case 'body-not-json': return reasons['body-not-json']({ length: problem.length });
        default: return reasons[problem.kind]();
    }
}
