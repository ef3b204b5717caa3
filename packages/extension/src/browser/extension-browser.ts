/**
 * The web extension's client (the `browser` entry: vscode.dev, github.dev, a web worker
 * extension host): starts the language server of server-worker.ts in a web worker of its own
 * and speaks LSP to it with vscode-languageclient/browser. Checks, completion, hover, quick
 * fixes and formatting work as on the desktop. The effect report, chain diagram, mandate
 * register, covenant text and What If… commands read measurements and files from disk: here
 * they say that they need VS Code on the desktop.
 */
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/browser';

const DESKTOP_COMMANDS = ['keten.showEffectReport', 'keten.showChainDiagram', 'keten.exportMandateRegister', 'keten.showCovenantText', 'keten.whatIf'];

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const serverUri = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser', 'server.js');
    const clientOptions: LanguageClientOptions = {
        // Any scheme: vscode-vfs (github.dev), vscode-remote (code-server), file, untitled.
        documentSelector: [{ language: 'keten' }],
        synchronize: { configurationSection: 'keten' }
    };
    const serverScript = await workerScriptUrl(serverUri);
    // A client, and its worker, for each start: a stopped client's worker has ended.
    const startClient = async (): Promise<void> => {
        client = new LanguageClient('keten', vscode.l10n.t('Keten Language Server'), clientOptions, new Worker(serverScript));
        await client.start();
    };
    context.subscriptions.push(
        vscode.commands.registerCommand('keten.formatDocument', () => vscode.commands.executeCommand('editor.action.formatDocument')),
        vscode.commands.registerCommand('keten.restartServer', async () => {
            const stopping = client;
            client = undefined;
            await stopping?.stop().catch(() => undefined);
            await startClient();
        })
    );
    for (const command of DESKTOP_COMMANDS) {
        context.subscriptions.push(vscode.commands.registerCommand(command, () => {
            void vscode.window.showInformationMessage(vscode.l10n.t('This command needs the Keten extension in VS Code on the desktop: it reads files from disk.'));
        }));
    }
    await startClient();
}

/**
 * The address to start the server's worker from. On vscode.dev and github.dev the extension is
 * served over https and the worker starts from there. An extension installed on a remote
 * (code-server, a remote window) has a vscode-remote: address, from which VS Code's extension
 * host refuses to start a worker ("Creating workers from remote extensions is currently not
 * supported"); its `fetch` does reach such addresses, so the script is fetched and started from
 * a blob: address (the extension host starts its own workers that way too).
 */
async function workerScriptUrl(script: vscode.Uri): Promise<string> {
    if (script.scheme !== 'vscode-remote') return script.toString(true);
    const response = await fetch(script.toString(true));
    const source = await response.text();
    return URL.createObjectURL(new Blob([source], { type: 'application/javascript' }));
}

export async function deactivate(): Promise<void> {
    const stopping = client;
    client = undefined;
    await stopping?.stop();
}
