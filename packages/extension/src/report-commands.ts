/**
 * The report commands of the extension (EDITOR.md): **Keten: Show Effect Report** (a preview
 * beside the editor that follows the active `.keten` editor and refreshes on save), **Keten:
 * Show Chain Diagram** (the same, with the chain as a diagram) and **Keten: Export Mandate
 * Register** (asks for a format and a place, then writes the file). The language server does
 * the work (`keten/effectReport`, `keten/chainDiagram`, `keten/mandateRegister`); this module
 * only shows what it returns, in webviews built by webview-html.ts.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createNonce, diagramPage, messagePage, reportPage, webviewOptions, type PagePolicy } from './webview-html.js';

export const SHOW_EFFECT_REPORT = 'keten.showEffectReport';
export const SHOW_CHAIN_DIAGRAM = 'keten.showChainDiagram';
export const EXPORT_MANDATE_REGISTER = 'keten.exportMandateRegister';

type Render = (client: LanguageClient, document: vscode.Uri, policy: PagePolicy) => Promise<string>;

const renderReport: Render = async (client, document, policy) => {
    const result = await client.sendRequest<{ html: string }>('keten/effectReport', { uri: document.toString() });
    return reportPage(result.html, policy);
};

const renderDiagram: Render = async (client, document, policy) => {
    const result = await client.sendRequest<{ text: string }>('keten/chainDiagram', { uri: document.toString(), format: 'svg' });
    return diagramPage(result.text, `Chain diagram — ${baseName(document)}`, policy);
};

/**
 * One webview beside the editor showing a page about the active `.keten` file: it follows the
 * active editor to other `.keten` files and renders again when any file is saved (an agreement,
 * a shared party file or a measurement file).
 */
class FollowingPreview implements vscode.Disposable {
    private panel: vscode.WebviewPanel | undefined;
    private document: vscode.Uri | undefined;
    private readonly subscriptions: vscode.Disposable[] = [];
    private rendering = 0;

    constructor(
        private readonly viewType: string,
        private readonly titlePrefix: string,
        private readonly render: Render,
        private readonly context: vscode.ExtensionContext,
        private readonly client: () => LanguageClient | undefined
    ) {
        this.subscriptions.push(
            vscode.window.onDidChangeActiveTextEditor(editor => {
                if (this.panel && editor?.document.languageId === 'keten') this.show(editor.document.uri, false);
            }),
            vscode.workspace.onDidSaveTextDocument(() => {
                if (this.panel && this.document) void this.refresh();
            })
        );
    }

    show(document: vscode.Uri, reveal = true): void {
        this.document = document;
        if (!this.panel) {
            this.panel = vscode.window.createWebviewPanel(this.viewType, this.title(), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
                webviewOptions(vscode.Uri.joinPath(this.context.extensionUri, 'media')));
            this.panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'media', 'keten-icon.png');
            this.panel.onDidDispose(() => { this.panel = undefined; });
        } else if (reveal) {
            this.panel.reveal(vscode.ViewColumn.Beside, true);
        }
        this.panel.title = this.title();
        void this.refresh();
    }

    private title(): string {
        return this.document ? `${this.titlePrefix}: ${baseName(this.document)}` : this.titlePrefix;
    }

    private async refresh(): Promise<void> {
        const panel = this.panel;
        const document = this.document;
        const client = this.client();
        if (!panel || !document) return;
        const policy = { cspSource: panel.webview.cspSource, nonce: createNonce() };
        // Only the latest of overlapping renders is shown.
        const ticket = ++this.rendering;
        let html: string;
        try {
            html = client ? await this.render(client, document, policy) : messagePage('The Keten language server is not running.', policy);
        } catch (error) {
            html = messagePage(`Keten could not make this page: ${(error as Error).message}`, policy);
        }
        if (ticket === this.rendering && this.panel === panel) panel.webview.html = html;
    }

    dispose(): void {
        this.panel?.dispose();
        this.subscriptions.forEach(subscription => subscription.dispose());
    }
}

const REGISTER_FORMATS: ReadonlyArray<{ format: 'md' | 'csv' | 'json'; label: string; description: string; filter: Record<string, string[]> }> = [
    { format: 'md', label: 'Markdown', description: 'a table for GitHub, GitLab or a wiki', filter: { Markdown: ['md'] } },
    { format: 'csv', label: 'CSV', description: 'for a spreadsheet', filter: { CSV: ['csv'] } },
    { format: 'json', label: 'JSON', description: 'for other tools', filter: { JSON: ['json'] } }
];

async function exportMandateRegister(client: LanguageClient | undefined): Promise<void> {
    if (!client) {
        void vscode.window.showErrorMessage('The Keten language server is not running.');
        return;
    }
    const choice = await vscode.window.showQuickPick(REGISTER_FORMATS.map(f => ({ ...f })), { title: 'Export Mandate Register', placeHolder: 'Format of the mandate register' });
    if (!choice) return;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({
        title: 'Export Mandate Register',
        defaultUri: folder ? vscode.Uri.joinPath(folder, `mandaatregister.${choice.format}`) : undefined,
        filters: { ...choice.filter }
    });
    if (!target) return;
    try {
        const result = await client.sendRequest<{ text: string }>('keten/mandateRegister', { format: choice.format });
        await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
        const open = await vscode.window.showInformationMessage(`Mandate register written to ${baseName(target)}.`, 'Open');
        if (open) await vscode.window.showTextDocument(target);
    } catch (error) {
        void vscode.window.showErrorMessage(`Keten could not export the mandate register: ${(error as Error).message}`);
    }
}

/** The `.keten` file a command is about: its argument (code lens, explorer), else the active editor. */
function ketenDocumentOf(argument: unknown): vscode.Uri | undefined {
    if (argument instanceof vscode.Uri) return argument;
    if (typeof argument === 'string') return vscode.Uri.parse(argument);
    const active = vscode.window.activeTextEditor?.document;
    return active?.languageId === 'keten' ? active.uri : undefined;
}

function baseName(uri: vscode.Uri): string {
    return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

export function registerReportCommands(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
    const report = new FollowingPreview('keten.effectReport', 'Effect report', renderReport, context, client);
    const diagram = new FollowingPreview('keten.chainDiagram', 'Chain diagram', renderDiagram, context, client);
    const showIn = (preview: FollowingPreview) => (argument?: unknown) => {
        const document = ketenDocumentOf(argument);
        if (!document) {
            void vscode.window.showInformationMessage('Open a .keten file first.');
            return;
        }
        preview.show(document);
    };
    context.subscriptions.push(
        report,
        diagram,
        vscode.commands.registerCommand(SHOW_EFFECT_REPORT, showIn(report)),
        vscode.commands.registerCommand(SHOW_CHAIN_DIAGRAM, showIn(diagram)),
        vscode.commands.registerCommand(EXPORT_MANDATE_REGISTER, () => exportMandateRegister(client()))
    );
}
