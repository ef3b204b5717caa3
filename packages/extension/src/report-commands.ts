/**
 * The report commands of the extension (EDITOR.md): **Keten: Show Effect Report** (a preview
 * beside the editor that follows the active `.keten` editor and refreshes on save), **Keten:
 * Show Chain Diagram** (the same, with the chain as a diagram that zooms and pans) and **Keten:
 * Export Mandate Register** (asks for a format and a place, then writes the file). The language
 * server does the work (`keten/effectReport`, `keten/chainDiagram`, `keten/mandateRegister`);
 * this module only shows what it returns, in webviews built by webview-html.ts. Both previews
 * come back after a window reload (a WebviewPanelSerializer each; the file they showed is kept
 * in the workspace state). Every text is in VS Code's display language (`vscode.l10n`).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createNonce, diagramPage, messagePage, reportPage, webviewOptions, type PagePolicy } from './webview-html.js';

export const SHOW_EFFECT_REPORT = 'keten.showEffectReport';
export const SHOW_CHAIN_DIAGRAM = 'keten.showChainDiagram';
export const EXPORT_MANDATE_REGISTER = 'keten.exportMandateRegister';
export const EFFECT_REPORT_VIEW = 'keten.effectReport';
export const CHAIN_DIAGRAM_VIEW = 'keten.chainDiagram';

interface PageContext {
    readonly client: LanguageClient;
    readonly document: vscode.Uri;
    readonly policy: PagePolicy;
    readonly webview: vscode.Webview;
    readonly extensionUri: vscode.Uri;
}

interface PreviewKind {
    readonly viewType: string;
    /** The tab title before the file name: "Effect report: jeugdhulp.keten". */
    readonly title: () => string;
    /** Whether the page runs the extension's own script (with the page's nonce). */
    readonly scripts: boolean;
    readonly render: (page: PageContext) => Promise<string>;
}

const EFFECT_REPORT: PreviewKind = {
    viewType: EFFECT_REPORT_VIEW,
    title: () => vscode.l10n.t('Effect report'),
    scripts: false,
    render: async ({ client, document, policy }) => {
        const result = await client.sendRequest<{ html: string }>('keten/effectReport', { uri: document.toString() });
        return reportPage(result.html, policy);
    }
};

const CHAIN_DIAGRAM: PreviewKind = {
    viewType: CHAIN_DIAGRAM_VIEW,
    title: () => vscode.l10n.t('Chain diagram'),
    scripts: true,
    render: async ({ client, document, policy, webview, extensionUri }) => {
        const result = await client.sendRequest<{ text: string }>('keten/chainDiagram', { uri: document.toString(), format: 'svg' });
        const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'chain-diagram.js')).toString();
        return diagramPage(result.text, {
            title: vscode.l10n.t('Chain diagram — {0}', baseName(document)),
            zoomIn: vscode.l10n.t('Zoom in'),
            zoomOut: vscode.l10n.t('Zoom out'),
            actualSize: vscode.l10n.t('Actual size'),
            fit: vscode.l10n.t('Fit'),
            hint: vscode.l10n.t('Zoom with + and − (or Ctrl and the mouse wheel), 0 fits the diagram to the window, 1 shows it at its own size; move it with the arrow keys or by dragging.')
        }, policy, { uri: script, lang: displayLanguage() });
    }
};

/** The language of the pages: Dutch when VS Code is Dutch, else English (the server's two locales). */
function displayLanguage(): string {
    return vscode.env.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/**
 * One webview beside the editor showing a page about the active `.keten` file: it follows the
 * active editor to other `.keten` files and renders again when any file is saved (an agreement,
 * a shared party file or a measurement file).
 */
class FollowingPreview implements vscode.Disposable, vscode.WebviewPanelSerializer {
    private panel: vscode.WebviewPanel | undefined;
    private document: vscode.Uri | undefined;
    private readonly subscriptions: vscode.Disposable[] = [];
    private rendering = 0;

    constructor(
        private readonly kind: PreviewKind,
        private readonly context: vscode.ExtensionContext,
        private readonly client: () => LanguageClient | undefined
    ) {
        this.subscriptions.push(
            vscode.window.onDidChangeActiveTextEditor(editor => {
                if (this.panel && editor?.document.languageId === 'keten') this.show(editor.document.uri, false);
            }),
            vscode.workspace.onDidSaveTextDocument(() => {
                if (this.panel && this.document) void this.refresh();
            }),
            vscode.window.registerWebviewPanelSerializer(kind.viewType, this)
        );
    }

    private get stateKey(): string {
        return `${this.kind.viewType}.document`;
    }

    private get mediaFolder(): vscode.Uri {
        return vscode.Uri.joinPath(this.context.extensionUri, 'media');
    }

    show(document: vscode.Uri, reveal = true): void {
        this.setDocument(document);
        if (!this.panel) {
            this.adopt(vscode.window.createWebviewPanel(this.kind.viewType, this.title(), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
                webviewOptions(this.mediaFolder, { scripts: this.kind.scripts })));
        } else if (reveal) {
            this.panel.reveal(vscode.ViewColumn.Beside, true);
        }
        this.panel!.title = this.title();
        void this.refresh();
    }

    /** After a window reload: VS Code gives back the panel; it shows the file it showed before. */
    async deserializeWebviewPanel(panel: vscode.WebviewPanel): Promise<void> {
        const saved = this.context.workspaceState.get<string>(this.stateKey);
        panel.webview.options = webviewOptions(this.mediaFolder, { scripts: this.kind.scripts });
        this.adopt(panel);
        if (saved) this.document = vscode.Uri.parse(saved);
        panel.title = this.title();
        await this.refresh();
    }

    private adopt(panel: vscode.WebviewPanel): void {
        this.panel?.dispose();
        this.panel = panel;
        panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'media', 'keten-icon.png');
        panel.onDidDispose(() => {
            if (this.panel === panel) this.panel = undefined;
        });
    }

    private setDocument(document: vscode.Uri): void {
        this.document = document;
        void this.context.workspaceState.update(this.stateKey, document.toString());
    }

    private title(): string {
        return this.document ? `${this.kind.title()}: ${baseName(this.document)}` : this.kind.title();
    }

    private async refresh(): Promise<void> {
        const panel = this.panel;
        const document = this.document;
        if (!panel) return;
        const policy = { cspSource: panel.webview.cspSource, nonce: createNonce() };
        const language = displayLanguage();
        // Only the latest of overlapping renders is shown.
        const ticket = ++this.rendering;
        let html: string;
        const client = this.client();
        try {
            if (!document) html = messagePage(vscode.l10n.t('Open a .keten file first.'), policy, language);
            else if (!client) html = messagePage(vscode.l10n.t('The Keten language server is not running.'), policy, language);
            else html = await this.kind.render({ client, document, policy, webview: panel.webview, extensionUri: this.context.extensionUri });
        } catch (error) {
            html = messagePage(vscode.l10n.t('Keten could not make this page: {0}', (error as Error).message), policy, language);
        }
        if (ticket === this.rendering && this.panel === panel) panel.webview.html = html;
    }

    dispose(): void {
        this.panel?.dispose();
        this.subscriptions.forEach(subscription => subscription.dispose());
    }
}

interface RegisterFormat {
    readonly format: 'md' | 'csv' | 'json';
    readonly label: string;
    readonly description: string;
    readonly filter: Record<string, string[]>;
}

function registerFormats(): RegisterFormat[] {
    return [
        { format: 'md', label: 'Markdown', description: vscode.l10n.t('a table for GitHub, GitLab or a wiki'), filter: { Markdown: ['md'] } },
        { format: 'csv', label: 'CSV', description: vscode.l10n.t('for a spreadsheet'), filter: { CSV: ['csv'] } },
        { format: 'json', label: 'JSON', description: vscode.l10n.t('for other tools'), filter: { JSON: ['json'] } }
    ];
}

async function exportMandateRegister(client: LanguageClient | undefined): Promise<void> {
    if (!client) {
        void vscode.window.showErrorMessage(vscode.l10n.t('The Keten language server is not running.'));
        return;
    }
    const title = vscode.l10n.t('Export Mandate Register');
    const choice = await vscode.window.showQuickPick(registerFormats(), { title, placeHolder: vscode.l10n.t('Format of the mandate register') });
    if (!choice) return;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({
        title,
        defaultUri: folder ? vscode.Uri.joinPath(folder, `mandaatregister.${choice.format}`) : undefined,
        filters: { ...choice.filter }
    });
    if (!target) return;
    try {
        const result = await client.sendRequest<{ text: string }>('keten/mandateRegister', { format: choice.format });
        await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
        const open = vscode.l10n.t('Open');
        const answer = await vscode.window.showInformationMessage(vscode.l10n.t('Mandate register written to {0}.', baseName(target)), open);
        if (answer === open) await vscode.window.showTextDocument(target);
    } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Keten could not export the mandate register: {0}', (error as Error).message));
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
    const report = new FollowingPreview(EFFECT_REPORT, context, client);
    const diagram = new FollowingPreview(CHAIN_DIAGRAM, context, client);
    const showIn = (preview: FollowingPreview) => (argument?: unknown) => {
        const document = ketenDocumentOf(argument);
        if (!document) {
            void vscode.window.showInformationMessage(vscode.l10n.t('Open a .keten file first.'));
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
