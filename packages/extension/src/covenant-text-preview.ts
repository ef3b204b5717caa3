/**
 * **Keten: Show Covenant Text** (DOCUMENT.md, "In the editor"): a preview beside the editor of
 * the covenant text of the agreement the cursor is in. It follows the active `.keten` editor
 * and the cursor into another agreement, renders again as the user types (after a short pause),
 * and a click on an article or element reveals its source in the editor. The language server
 * makes the text (`keten/covenantDocument`); the page is built by covenant-text-page.ts.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { covenantTextMessagePage, covenantTextPage, covenantTextWebviewOptions, isRevealMessage } from './covenant-text-page.js';
import { createNonce } from './webview-html.js';

export const SHOW_COVENANT_TEXT = 'keten.showCovenantText';

/** The pause after the last keystroke before the text is rendered again. */
const TYPING_PAUSE_MS = 400;

interface CovenantDocumentResult {
    readonly agreement?: string;
    readonly agreements: readonly string[];
    readonly html?: string;
    readonly sources: Readonly<Record<string, { readonly uri: string; readonly range: vscode.Range }>>;
}

class CovenantTextPreview implements vscode.Disposable {
    private panel: vscode.WebviewPanel | undefined;
    private document: vscode.Uri | undefined;
    private position: vscode.Position | undefined;
    private sources: CovenantDocumentResult['sources'] = {};
    private timer: ReturnType<typeof setTimeout> | undefined;
    private rendering = 0;
    private readonly subscriptions: vscode.Disposable[] = [];

    constructor(private readonly context: vscode.ExtensionContext, private readonly client: () => LanguageClient | undefined) {
        this.subscriptions.push(
            vscode.window.onDidChangeActiveTextEditor(editor => {
                if (this.panel && editor?.document.languageId === 'keten') this.follow(editor.document.uri, editor.selection.active);
            }),
            vscode.window.onDidChangeTextEditorSelection(event => {
                if (!this.panel || event.textEditor.document.languageId !== 'keten') return;
                // Into another agreement of the same file: show that one.
                this.position = event.selections[0]?.active;
                if (event.textEditor.document.uri.toString() === this.document?.toString()) this.later();
            }),
            vscode.workspace.onDidChangeTextDocument(event => {
                if (this.panel && event.document.languageId === 'keten' && event.contentChanges.length > 0) this.later();
            }),
            vscode.workspace.onDidSaveTextDocument(() => {
                if (this.panel) this.later();
            })
        );
    }

    show(document: vscode.Uri, position: vscode.Position | undefined): void {
        if (!this.panel) {
            this.panel = vscode.window.createWebviewPanel('keten.covenantText', vscode.l10n.t('Covenant text'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
                covenantTextWebviewOptions(vscode.Uri.joinPath(this.context.extensionUri, 'media')));
            this.panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'media', 'keten-icon.png');
            this.panel.onDidDispose(() => { this.panel = undefined; });
            this.panel.webview.onDidReceiveMessage(message => { if (isRevealMessage(message)) void this.reveal(message.id); });
        } else {
            this.panel.reveal(vscode.ViewColumn.Beside, true);
        }
        this.follow(document, position);
    }

    private follow(document: vscode.Uri, position: vscode.Position | undefined): void {
        this.document = document;
        this.position = position;
        void this.refresh();
    }

    /** Render again after a short pause (typing, moving the cursor). */
    private later(): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => { this.timer = undefined; void this.refresh(); }, TYPING_PAUSE_MS);
    }

    private async refresh(): Promise<void> {
        const panel = this.panel;
        const document = this.document;
        const client = this.client();
        if (!panel || !document) return;
        const policy = { cspSource: panel.webview.cspSource, nonce: createNonce() };
        const ticket = ++this.rendering;
        let html: string;
        let sources: CovenantDocumentResult['sources'] = {};
        let agreement: string | undefined;
        try {
            if (!client) throw new Error(vscode.l10n.t('The Keten language server is not running.'));
            const result = await client.sendRequest<CovenantDocumentResult | null>('keten/covenantDocument', {
                uri: document.toString(),
                position: this.position ? { line: this.position.line, character: this.position.character } : undefined
            });
            if (!result || !result.html) {
                html = covenantTextMessagePage(vscode.l10n.t('This file holds no agreement: open the file of an agreement to see its covenant text.'), policy);
            } else {
                html = covenantTextPage(result.html, policy);
                sources = result.sources;
                agreement = result.agreement;
            }
        } catch (error) {
            html = covenantTextMessagePage(vscode.l10n.t('Keten could not make the covenant text: {0}', (error as Error).message), policy);
        }
        if (ticket !== this.rendering || this.panel !== panel) return;
        this.sources = sources;
        panel.title = agreement ? vscode.l10n.t('Covenant text: {0}', agreement) : vscode.l10n.t('Covenant text');
        panel.webview.html = html;
    }

    /** Reveals where the clicked article or element was written; the id is looked up, never trusted as a place. */
    private async reveal(id: string): Promise<void> {
        const source = Object.hasOwn(this.sources, id) ? this.sources[id] : undefined;
        if (!source) return;
        const range = new vscode.Range(source.range.start.line, source.range.start.character, source.range.start.line, source.range.start.character);
        const existing = vscode.window.visibleTextEditors.find(editor => editor.document.uri.toString() === source.uri);
        await vscode.window.showTextDocument(vscode.Uri.parse(source.uri), {
            selection: range,
            viewColumn: existing?.viewColumn ?? vscode.ViewColumn.One,
            preserveFocus: false
        });
    }

    dispose(): void {
        if (this.timer) clearTimeout(this.timer);
        this.panel?.dispose();
        this.subscriptions.forEach(subscription => subscription.dispose());
    }
}

export function registerCovenantTextCommand(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
    const preview = new CovenantTextPreview(context, client);
    context.subscriptions.push(
        preview,
        vscode.commands.registerCommand(SHOW_COVENANT_TEXT, (argument?: unknown) => {
            const active = vscode.window.activeTextEditor;
            const document = argument instanceof vscode.Uri ? argument
                : active?.document.languageId === 'keten' ? active.document.uri : undefined;
            if (!document) {
                void vscode.window.showInformationMessage(vscode.l10n.t('Open a .keten file first.'));
                return;
            }
            const position = active && active.document.uri.toString() === document.toString() ? active.selection.active : undefined;
            preview.show(document, position);
        })
    );
}
