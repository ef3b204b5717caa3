/**
 * The VS Code client of the Keten language server: starts the bundled server over IPC for
 * `.keten` files, passes the `keten.*` settings and changes to `.keten` and `keten.config.json`
 * files, and registers the commands Format Document and Restart Language Server. Without a
 * `keten.locale` the server follows VS Code's display language (sent as the LSP `locale`).
 * The effect report, chain diagram and mandate register commands live in report-commands.ts,
 * Keten: What If… in what-if-command.ts.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
    LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions
} from 'vscode-languageclient/node';
import { registerReportCommands } from './report-commands.js';
import { registerWhatIfCommand } from './what-if-command.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    client = createClient(context);
    context.subscriptions.push(
        vscode.commands.registerCommand('keten.formatDocument', () => vscode.commands.executeCommand('editor.action.formatDocument')),
        vscode.commands.registerCommand('keten.restartServer', async () => {
            await client?.restart();
        })
    );
    registerReportCommands(context, () => client);
    registerWhatIfCommand(context, () => client);
    await client.start();
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
    const serverModule = context.asAbsolutePath(path.join('dist', 'server.cjs'));
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ scheme: 'file', language: 'keten' }, { scheme: 'untitled', language: 'keten' }],
        synchronize: {
            configurationSection: 'keten',
            fileEvents: [
                vscode.workspace.createFileSystemWatcher('**/*.keten'),
                vscode.workspace.createFileSystemWatcher('**/keten.config.json')
            ]
        }
    };
    return new LanguageClient('keten', 'Keten Language Server', serverOptions, clientOptions);
}
