/**
 * **Keten: What If…** (CHANGES.md): a quick pick of the parties, mandates and roles the
 * language server knows (`keten/whatIfChoices`), or a date; the scenario is played by the
 * server (`keten/whatIf` with `format: 'html'`, unsaved edits included, the files untouched) and
 * its report opens beside the editor, in the editor's language. The report plays the scenario
 * again when a file is saved. what-if-pick.ts decides what is offered and sent.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createNonce, messagePage, reportPage, webviewOptions } from './webview-html.js';
import {
    expireDateProblem, hasChoices, whatIfPicks, whatIfTexts, whatIfTitle, type WhatIfChoices, type WhatIfPick, type WhatIfScenario,
    type WhatIfTexts
} from './what-if-pick.js';

export const WHAT_IF = 'keten.whatIf';

function currentTexts(): WhatIfTexts {
    return whatIfTexts(vscode.workspace.getConfiguration('keten').get<string>('locale'), vscode.env.language);
}

async function pickScenario(client: LanguageClient, texts: WhatIfTexts): Promise<WhatIfScenario | undefined> {
    const choices = await client.sendRequest<WhatIfChoices>('keten/whatIfChoices', null);
    if (!hasChoices(choices)) {
        void vscode.window.showInformationMessage(texts.whatIfNothingToPick());
        return undefined;
    }
    type Item = vscode.QuickPickItem & { pick: WhatIfPick };
    const items: Item[] = whatIfPicks(choices, texts).map(pick => pick.kind === 'heading'
        ? { label: pick.label, kind: vscode.QuickPickItemKind.Separator, pick }
        : { label: pick.label, description: pick.kind === 'scenario' ? pick.description : undefined, pick });
    const chosen = await vscode.window.showQuickPick(items, { title: texts.whatIfPickTitle(), placeHolder: texts.whatIfPickPlaceholder(), matchOnDescription: true });
    if (!chosen) return undefined;
    if (chosen.pick.kind === 'scenario') return chosen.pick.scenario;
    const date = await vscode.window.showInputBox({
        title: texts.whatIfPickTitle(),
        prompt: texts.whatIfExpirePrompt(),
        placeHolder: 'YYYY-MM-DD',
        validateInput: value => expireDateProblem(value, texts)
    });
    return date === undefined ? undefined : { expire: date.trim() };
}

/** The report beside the editor: one panel, showing the last scenario played. */
class WhatIfReport implements vscode.Disposable {
    private panel: vscode.WebviewPanel | undefined;
    private scenario: WhatIfScenario | undefined;
    private rendering = 0;
    private readonly saved: vscode.Disposable;

    constructor(private readonly context: vscode.ExtensionContext, private readonly client: () => LanguageClient | undefined) {
        this.saved = vscode.workspace.onDidSaveTextDocument(() => {
            if (this.panel && this.scenario) void this.refresh();
        });
    }

    show(scenario: WhatIfScenario, texts: WhatIfTexts): void {
        this.scenario = scenario;
        if (!this.panel) {
            this.panel = vscode.window.createWebviewPanel('keten.whatIf', whatIfTitle(scenario, texts), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
                webviewOptions(vscode.Uri.joinPath(this.context.extensionUri, 'media')));
            this.panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'media', 'keten-icon.png');
            this.panel.onDidDispose(() => { this.panel = undefined; });
        } else {
            this.panel.reveal(vscode.ViewColumn.Beside, true);
        }
        void this.refresh();
    }

    private async refresh(): Promise<void> {
        const panel = this.panel;
        const scenario = this.scenario;
        if (!panel || !scenario) return;
        const texts = currentTexts();
        panel.title = whatIfTitle(scenario, texts);
        const policy = { cspSource: panel.webview.cspSource, nonce: createNonce() };
        const ticket = ++this.rendering;
        const client = this.client();
        let html: string;
        try {
            html = client
                ? reportPage((await client.sendRequest<{ html: string }>('keten/whatIf', { ...scenario, format: 'html' })).html, policy)
                : messagePage(texts.whatIfServerNotRunning(), policy);
        } catch (error) {
            html = messagePage(texts.whatIfFailed({ reason: (error as Error).message }), policy);
        }
        if (ticket === this.rendering && this.panel === panel) panel.webview.html = html;
    }

    dispose(): void {
        this.panel?.dispose();
        this.saved.dispose();
    }
}

export function registerWhatIfCommand(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
    const report = new WhatIfReport(context, client);
    context.subscriptions.push(
        report,
        vscode.commands.registerCommand(WHAT_IF, async () => {
            const texts = currentTexts();
            const running = client();
            if (!running) {
                void vscode.window.showErrorMessage(texts.whatIfServerNotRunning());
                return;
            }
            try {
                const scenario = await pickScenario(running, texts);
                if (scenario) report.show(scenario, texts);
            } catch (error) {
                void vscode.window.showErrorMessage(texts.whatIfFailed({ reason: (error as Error).message }));
            }
        })
    );
}
