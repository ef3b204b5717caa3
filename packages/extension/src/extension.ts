/**
 * The VS Code client of the Keten language server: starts the bundled server over IPC for
 * `.keten` files, passes the `keten.*` settings (with the editor's display language as the
 * default locale), and registers the commands Format Document and Restart Language Server.
 * The report preview, chain diagram and mandate register commands join here with the report work.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
    LanguageClient, TransportKind, type ConfigurationParams, type LanguageClientOptions, type ServerOptions
} from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    client = createClient(context);
    context.subscriptions.push(
        vscode.commands.registerCommand('keten.formatDocument', () => vscode.commands.executeCommand('editor.action.formatDocument')),
        vscode.commands.registerCommand('keten.restartServer', async () => {
            await client?.restart();
        })
    );
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
            fileEvents: vscode.workspace.createFileSystemWatcher('**/*.keten')
        },
        middleware: {
            workspace: {
                // `keten.locale` left empty follows the editor's display language (DUTCH.md).
                configuration: async (params: ConfigurationParams, token, next) => {
                    const result = await next(params, token);
                    if (!Array.isArray(result)) return result;
                    return result.map((value, index) => params.items[index]?.section === 'keten' ? withDefaultLocale(value) : value);
                }
            }
        }
    };
    return new LanguageClient('keten', 'Keten Language Server', serverOptions, clientOptions);
}

function withDefaultLocale(settings: unknown): unknown {
    if (!settings || typeof settings !== 'object') return settings;
    const keten = settings as { locale?: string };
    if (keten.locale) return settings;
    return { ...keten, locale: vscode.env.language.toLowerCase().startsWith('nl') ? 'nl' : 'en' };
}
