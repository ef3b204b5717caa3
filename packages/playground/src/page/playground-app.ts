/**
 * The playground page: the toolbar, the file tabs, the editor, the problems list and the views
 * beside the editor, wired to the language server in the worker. The workspace (open-workspace.ts)
 * is the one place that knows which files there are; everything else draws from it.
 */
import type { CodeAction, Diagnostic, WorkspaceEdit } from 'vscode-languageserver-protocol/browser.js';
import buildData from 'keten-playground:build-data';
import { playgroundMessagesFor, type InterfaceLocale, type PlaygroundMessages } from '../messages/catalogue.js';
import {
    SET_MEASUREMENTS_NOTIFICATION, TRANSLATE_KEYWORDS_REQUEST, type SetMeasurementsParams, type TranslateKeywordsResult
} from '../protocol/playground-protocol.js';
import { monaco } from './editor/monaco.js';
import type { KetenLanguageClient } from './language-client/keten-language-client.js';
import type { EarlyStart } from './early-start.js';
import { registerMonacoFeatures, type MonacoFeatures } from './language-client/monaco-features.js';
import { ChainDiagramPanel } from './panels/chain-diagram-panel.js';
import { CovenantTextPanel } from './panels/covenant-text-panel.js';
import { EffectReportPanel } from './panels/effect-report-panel.js';
import { MeasurementsPanel } from './panels/measurements-panel.js';
import type { PanelContext, SidePanel } from './panels/side-panel.js';
import { button, element, replaceChildren } from './ui/element.js';
import { FileTabs } from './ui/file-tabs.js';
import { ProblemsList, type Problem } from './ui/problems-list.js';
import { download, readChosenFiles } from './workspace/download.js';
import { DraftStorage } from './workspace/draft-storage.js';
import { OpenWorkspace } from './workspace/open-workspace.js';
import { shareFragment } from './workspace/share-link.js';
import { utf8Text, workspaceOfZip, workspaceZip } from './workspace/workspace-zip.js';
import { WORKSPACE_LIMITS, isRefusal, safeFileName, type Refusal, type WorkspaceState } from './workspace/workspace-state.js';

/** How long the page waits after typing before it keeps the draft and redraws the views. */
const QUIET_MS = 400;

export interface Notice {
    readonly text: string;
    readonly action?: { readonly label: string; run(): void };
}

export class PlaygroundApp {
    private messages: PlaygroundMessages;
    private readonly client: KetenLanguageClient;
    private readonly workspace: OpenWorkspace;
    private readonly drafts = new DraftStorage();
    private features: MonacoFeatures | undefined;
    private editor: monaco.editor.IStandaloneCodeEditor | undefined;
    private checking = true;
    private firstDiagnosticsMarked = false;
    private quietTimer: ReturnType<typeof setTimeout> | undefined;

    private readonly header = element('header', { className: 'app-header' });
    private readonly notices = element('div', { className: 'notices', attributes: { role: 'status', 'aria-live': 'polite' } });
    private readonly editorHost = element('div', { className: 'editor-host' });
    private readonly panelTabs = element('div', { className: 'panel-tabs', attributes: { role: 'tablist' } });
    private readonly panelHost = element('div', { className: 'panel-host' });
    private readonly status = element('footer', { className: 'status-line', attributes: { role: 'status' } });
    private readonly fileInput = element('input', { attributes: { type: 'file', multiple: '', accept: '.keten,.zip,.csv,.json', hidden: '' } });
    private readonly tabs: FileTabs;
    private readonly problems: ProblemsList;
    private readonly panels: SidePanel[];
    private readonly covenant = new CovenantTextPanel();
    private activePanel = 'report';
    private statusText: string;

    private locale: InterfaceLocale;

    constructor(private readonly root: HTMLElement, early: EarlyStart, initialNotice?: Notice) {
        this.locale = early.locale;
        this.messages = playgroundMessagesFor(this.locale);
        this.statusText = this.messages.starting;
        const initial = early.initial;
        this.client = early.client;
        this.client.attach({
            refresh: kind => this.features?.refresh(kind),
            applyEdit: edit => this.features?.applyWorkspaceEdit(edit as WorkspaceEdit) ?? false,
            message: text => this.notify({ text }),
            failed: () => this.setStatus(this.messages.workerFailed)
        });
        // The server was started before Monaco was loaded (early-start.ts).
        const started = this.client.start(this.locale);
        this.workspace = new OpenWorkspace(this.client);
        this.tabs = new FileTabs(this.messages, {
            files: () => this.workspace.files.map(file => ({ name: file.name, errors: this.client.diagnosticsOf(file.model.uri.toString()).filter(d => (d.severity ?? 1) === 1).length })),
            active: () => this.workspace.active,
            activate: name => this.activate(name),
            add: () => this.addFile(),
            rename: (from, to) => this.renameFile(from, to),
            remove: name => this.removeFile(name),
            tell: text => this.notify({ text })
        });
        this.problems = new ProblemsList(this.messages, {
            reveal: problem => this.reveal(problem.uri, problem.diagnostic),
            quickFixes: problem => this.features?.quickFixesFor(problem.uri, problem.diagnostic) ?? Promise.resolve([]),
            apply: action => this.applyCodeAction(action)
        });
        this.panels = [
            new EffectReportPanel(),
            new ChainDiagramPanel(),
            new MeasurementsPanel({
                measurements: () => this.workspace.measurements,
                setMeasurements: files => this.setMeasurements(files),
                pickFiles: () => this.fileInput.click()
            }),
            // The covenant text (keten/covenantDocument) shows itself once the server answers it.
            this.covenant
        ];
        this.layout();
        this.workspace.onChange(() => this.workspaceChanged());
        this.fileInput.addEventListener('change', () => void this.openChosenFiles());
        void started.then(() => this.connected(initial, initialNotice), () => this.setStatus(this.messages.workerFailed));
    }

    // ---------------------------------------------------------------- layout

    private layout(): void {
        this.editor = monaco.editor.create(this.editorHost, {
            model: null,
            theme: 'keten',
            automaticLayout: true,
            minimap: { enabled: false },
            fontSize: 14,
            lineHeight: 21,
            tabSize: 2,
            insertSpaces: true,
            wordBasedSuggestions: 'off',
            'semanticHighlighting.enabled': true,
            fixedOverflowWidgets: true,
            scrollBeyondLastLine: false,
            renderWhitespace: 'none',
            unicodeHighlight: { ambiguousCharacters: false },
            lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.OnCode },
            ariaLabel: 'Keten'
        });
        monaco.editor.registerEditorOpener({
            openCodeEditor: (_source, resource, selectionOrPosition) => {
                const file = this.workspace.fileOfUri(resource.toString());
                if (!file) return false;
                this.activate(file.name);
                if (selectionOrPosition && this.editor) {
                    if ('startLineNumber' in selectionOrPosition) {
                        this.editor.setSelection(selectionOrPosition);
                        this.editor.revealRangeInCenterIfOutsideViewport(selectionOrPosition);
                    } else {
                        this.editor.setPosition(selectionOrPosition);
                        this.editor.revealPositionInCenterIfOutsideViewport(selectionOrPosition);
                    }
                }
                return true;
            }
        });
        const main = element('main', { className: 'workbench' },
            element('section', { className: 'editor-column' }, this.tabs.root, this.editorHost, this.problems.root),
            element('aside', { className: 'side-column' }, this.panelTabs, this.panelHost));
        replaceChildren(this.root, this.header, this.notices, main, this.status, this.fileInput);
        this.renderChrome();
    }

    /** Draws everything with words in it (after a change of language, or of files). */
    private renderChrome(): void {
        const m = this.messages;
        document.documentElement.lang = this.locale;
        document.title = m.appTitle;
        const examples = element('select', { className: 'examples', attributes: { 'aria-label': m.examplesLabel, title: m.examplesLabel } },
            element('option', { text: m.examplePlaceholder, attributes: { value: '' } }),
            buildData.examples.map(example => element('option', { text: example.title, attributes: { value: example.id } })));
        examples.addEventListener('change', () => {
            const example = buildData.examples.find(candidate => candidate.id === examples.value);
            if (example) this.openExample(example.id);
            examples.value = '';
        });
        const languages = element('select', { className: 'interface-language', attributes: { 'aria-label': m.interfaceLanguage, title: m.interfaceLanguage } },
            (['nl', 'en'] as const).map(locale => element('option', { text: m.languageNames[locale], attributes: { value: locale, ...(locale === this.locale ? { selected: '' } : {}) } })));
        languages.addEventListener('change', () => this.setLocale(languages.value === 'nl' ? 'nl' : 'en'));
        const keywordButtons = (['nl', 'en'] as const).map(into => button(m.keywordLanguageNames[into], () => void this.translateKeywords(into), {
            className: 'keywords-into', title: m.keywordsIntoHint(m.keywordLanguageNames[into]),
            attributes: { 'data-into': into, 'aria-label': m.keywordsInto(m.keywordLanguageNames[into]) }
        }));
        replaceChildren(this.header,
            element('h1', { className: 'app-title', text: m.appTitle }),
            element('div', { className: 'toolbar', attributes: { role: 'toolbar' } },
                examples,
                button(m.openFiles, () => this.fileInput.click(), { title: m.openFilesHint, className: 'open-files' }),
                button(m.saveFile, () => this.saveActiveFile(), { title: m.saveFileHint, className: 'save-file' }),
                button(m.saveZip, () => this.saveZip(), { title: m.saveZipHint, className: 'save-zip' }),
                button(m.share, () => this.share(), { title: m.shareHint, className: 'share' }),
                element('span', { className: 'toolbar-gap' }),
                button(m.format, () => void this.editor?.getAction('editor.action.formatDocument')?.run(), { title: m.formatHint, className: 'format' }),
                element('span', { className: 'toolbar-label', text: m.keywordsLabel }),
                keywordButtons,
                element('span', { className: 'toolbar-gap' }),
                languages),
            element('p', { className: 'tagline', text: m.tagline }));
        this.tabs.setMessages(m);
        this.problems.setMessages(m);
        this.renderPanelTabs();
        this.status.textContent = this.statusText;
    }

    private renderPanelTabs(): void {
        const m = this.messages;
        this.panelTabs.setAttribute('aria-label', m.panelsLabel);
        const visible = this.panels.filter(panel => panel.available());
        if (!visible.some(panel => panel.id === this.activePanel)) this.activePanel = visible[0]?.id ?? 'report';
        replaceChildren(this.panelTabs, visible.map(panel => element('button', {
            className: `panel-tab${panel.id === this.activePanel ? ' panel-tab-active' : ''}`,
            text: panel.title(m),
            attributes: { type: 'button', role: 'tab', 'aria-selected': String(panel.id === this.activePanel), 'data-panel': panel.id },
            onClick: () => {
                this.activePanel = panel.id;
                this.renderPanelTabs();
                void this.refreshPanel();
            }
        })));
        const panel = this.panels.find(candidate => candidate.id === this.activePanel);
        if (panel && panel.root.parentElement !== this.panelHost) replaceChildren(this.panelHost, panel.root);
    }

    private panelContext(): PanelContext {
        const file = this.workspace.file(this.workspace.active);
        return {
            messages: this.messages,
            locale: this.locale,
            connection: this.client.connection,
            file: file ? { name: file.name, uri: file.model.uri.toString() } : undefined
        };
    }

    private async refreshPanel(): Promise<void> {
        const panel = this.panels.find(candidate => candidate.id === this.activePanel);
        if (panel) await panel.refresh(this.panelContext());
    }

    // ---------------------------------------------------------------- the server

    private async connected(initial: WorkspaceState, notice?: Notice): Promise<void> {
        this.features = registerMonacoFeatures(this.client);
        this.load(initial);
        // The server may have answered before the page was drawn (early-start.ts).
        this.client.onDiagnostics(() => this.diagnosticsChanged());
        this.setStatus(this.messages.ready);
        if (notice) this.notify(notice);
        if (await this.covenant.probe(this.panelContext())) this.renderPanelTabs();
        void this.refreshPanel();
    }

    private diagnosticsChanged(): void {
        const uris = this.workspace.files.map(file => file.model.uri.toString());
        for (const file of this.workspace.files) {
            const uri = file.model.uri.toString();
            monaco.editor.setModelMarkers(file.model, 'keten', this.client.diagnosticsOf(uri).map(markerOf));
        }
        const active = this.workspace.file(this.workspace.active);
        if (active && !this.firstDiagnosticsMarked && uris.length > 0) {
            this.firstDiagnosticsMarked = true;
            performance.mark('keten:first-diagnostics');
        }
        this.checking = false;
        this.showProblems();
        this.tabs.render();
        this.scheduleQuietWork();
    }

    private showProblems(): void {
        const problems: Problem[] = this.workspace.files.flatMap(file => {
            const uri = file.model.uri.toString();
            return [...this.client.diagnosticsOf(uri)]
                .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
                .map(diagnostic => ({ file: file.name, uri, diagnostic }));
        });
        const unchecked = this.workspace.files.filter(file => !file.checked).map(file => ({ file: file.name, characters: file.model.getValueLength() }));
        this.problems.show(problems, this.checking, unchecked);
    }

    private reveal(uri: string, diagnostic: Diagnostic): void {
        const file = this.workspace.fileOfUri(uri);
        if (!file || !this.editor) return;
        this.activate(file.name);
        const { start, end } = diagnostic.range;
        const range = new monaco.Range(start.line + 1, start.character + 1, end.line + 1, end.character + 1);
        this.editor.setSelection(range);
        this.editor.revealRangeInCenterIfOutsideViewport(range);
        this.editor.focus();
    }

    private applyCodeAction(action: CodeAction): void {
        if (action.edit) this.features?.applyWorkspaceEdit(action.edit);
    }

    // ---------------------------------------------------------------- files

    private load(state: WorkspaceState): void {
        this.workspace.replace(state);
        this.sendMeasurements();
        this.showActive();
        this.tabs.render();
        this.showProblems();
    }

    private activate(name: string): void {
        if (!this.workspace.file(name)) return;
        const current = this.workspace.file(this.workspace.active);
        if (current && this.editor && current.name !== name) current.viewState = this.editor.saveViewState();
        this.workspace.active = name;
        this.showActive();
        this.tabs.render();
        this.workspace.changed();
        void this.refreshPanel();
    }

    private showActive(): void {
        const file = this.workspace.file(this.workspace.active);
        if (!file || !this.editor) return;
        if (this.editor.getModel() !== file.model) {
            this.editor.setModel(file.model);
            if (file.viewState) this.editor.restoreViewState(file.viewState);
        }
    }

    private addFile(): void {
        let n = 1;
        while (this.workspace.nameProblem(this.messages.newFileName(n))) n++;
        const file = this.workspace.add(this.messages.newFileName(n), '');
        this.activate(file.name);
        this.editor?.focus();
    }

    private renameFile(from: string, to: string) {
        const file = this.workspace.file(from);
        if (!file) return undefined;
        const problem = this.workspace.nameProblem(to, from);
        if (problem) return problem;
        this.workspace.rename(file, to);
        this.showActive();
        this.tabs.render();
        return undefined;
    }

    private removeFile(name: string): void {
        const file = this.workspace.file(name);
        if (!file) return;
        if (this.workspace.files.length === 1) {
            this.notify({ text: this.messages.lastFile });
            return;
        }
        if (file.model.getValueLength() > 0 && !window.confirm(this.messages.confirmDelete(name))) return;
        this.workspace.remove(file);
        this.showActive();
        this.tabs.render();
        this.showProblems();
        void this.refreshPanel();
    }

    private setMeasurements(files: WorkspaceState['measurements']): void {
        this.workspace.measurements = [...files];
        this.sendMeasurements();
        this.workspace.changed();
        void this.refreshPanel();
    }

    private sendMeasurements(): void {
        const params: SetMeasurementsParams = { files: this.workspace.measurements };
        void this.client.connection.sendNotification(SET_MEASUREMENTS_NOTIFICATION, params);
    }

    /** Replaces the workspace, keeping the current one aside so it can be brought back. */
    private replaceWorkspace(state: WorkspaceState, text: string): void {
        const previous = this.workspace.state;
        this.drafts.setAside(previous);
        this.load(state);
        this.notify({ text, action: { label: this.messages.restoreDraft, run: () => this.load(previous) } });
    }

    private openExample(id: string): void {
        const example = buildData.examples.find(candidate => candidate.id === id);
        if (!example) return;
        this.replaceWorkspace({ files: example.files, active: example.files[example.files.length - 1]?.name, measurements: example.measurements }, this.messages.exampleOpened(example.title));
    }

    private async openChosenFiles(): Promise<void> {
        const chosen = await readChosenFiles(this.fileInput.files);
        this.fileInput.value = '';
        const m = this.messages;
        let opened = 0;
        let total = this.workspace.state.files.reduce((sum, file) => sum + file.text.length, 0);
        for (const { name, bytes } of chosen) {
            const refuse = (refusal: Refusal) => this.notify({ text: m.openRefused(name, this.refusalText(refusal)) });
            if (/\.zip$/i.test(name)) {
                const state = workspaceOfZip(bytes);
                if (isRefusal(state)) { refuse(state); continue; }
                this.replaceWorkspace(state, m.openedFiles(state.files.length + state.measurements.length));
                continue;
            }
            const kind = /\.keten$/i.test(name) ? 'keten' : /\.(csv|json)$/i.test(name) ? 'measurements' : undefined;
            if (!kind) { refuse({ refused: 'unsupported' }); continue; }
            const text = utf8Text(bytes);
            if (text === undefined) { refuse({ refused: 'not-text' }); continue; }
            total += text.length;
            if (total > WORKSPACE_LIMITS.totalCharacters) { refuse({ refused: 'too-large' }); continue; }
            if (kind === 'measurements') {
                const taken = new Set(this.workspace.measurements.map(file => file.name.toLowerCase()));
                const safe = safeFileName(name, taken, /\.json$/i.test(name) ? '.json' : '.csv');
                this.setMeasurements([...this.workspace.measurements, { name: safe, text }]);
            } else {
                const taken = new Set(this.workspace.files.map(file => file.name.toLowerCase()));
                const file = this.workspace.add(safeFileName(name, taken), text.replace(/\r\n/g, '\n'));
                this.activate(file.name);
            }
            opened++;
        }
        if (opened > 0) this.notify({ text: m.openedFiles(opened) });
    }

    private saveActiveFile(): void {
        const file = this.workspace.file(this.workspace.active);
        if (file) download(file.name, file.model.getValue(), 'text/plain;charset=utf-8');
    }

    private saveZip(): void {
        download('keten.zip', workspaceZip(this.workspace.state) as BlobPart, 'application/zip');
    }

    private share(): void {
        const m = this.messages;
        const link = `${location.origin}${location.pathname}#${shareFragment(this.workspace.state)}`;
        const field = element('input', { className: 'share-link', attributes: { readonly: '', value: link, 'aria-label': m.shareTitle, spellcheck: 'false' } });
        const copied = element('span', { className: 'panel-note' });
        const dialog = element('dialog', { className: 'share-dialog' },
            element('h2', { text: m.shareTitle }),
            element('p', { text: m.shareExplanation }),
            field,
            link.length > 100_000 ? element('p', { className: 'panel-note', text: m.shareTooLong(Math.round(link.length / 1024)) }) : undefined,
            element('div', { className: 'panel-actions' },
                button(m.copy, () => {
                    field.select();
                    void navigator.clipboard?.writeText(link).then(() => { copied.textContent = m.copied; }, () => undefined);
                }, { className: 'share-copy' }),
                copied,
                button(m.close, () => dialog.close(), { className: 'share-close' })));
        dialog.addEventListener('close', () => dialog.remove());
        document.body.append(dialog);
        dialog.showModal();
        field.select();
    }

    private async translateKeywords(into: 'en' | 'nl'): Promise<void> {
        const file = this.workspace.file(this.workspace.active);
        if (!file) return;
        const result = await this.client.connection.sendRequest<TranslateKeywordsResult>(TRANSLATE_KEYWORDS_REQUEST, { uri: file.model.uri.toString(), into });
        if (result.text === undefined) {
            this.notify({ text: this.messages.formatFailed });
            return;
        }
        if (result.text === file.model.getValue()) return;
        file.model.pushStackElement();
        file.model.pushEditOperations([], [{ range: file.model.getFullModelRange(), text: result.text }], () => null);
        file.model.pushStackElement();
    }

    // ---------------------------------------------------------------- language, draft, notices

    private setLocale(locale: InterfaceLocale): void {
        if (locale === this.locale) return;
        this.locale = locale;
        this.messages = playgroundMessagesFor(locale);
        this.drafts.locale = locale;
        void this.client.setLocale(locale);
        this.statusText = this.messages.ready;
        this.renderChrome();
        void this.refreshPanel();
    }

    private workspaceChanged(): void {
        if (this.workspace.files.some(file => !file.checked)) this.showProblems();
        this.scheduleQuietWork();
    }

    /** After a pause in typing: keep the draft, redraw the view beside the editor. */
    private scheduleQuietWork(): void {
        if (this.quietTimer) clearTimeout(this.quietTimer);
        this.quietTimer = setTimeout(() => {
            this.quietTimer = undefined;
            if (!this.drafts.save(this.workspace.state)) this.notify({ text: this.messages.draftNotKept });
            void this.refreshPanel();
        }, QUIET_MS);
    }

    private setStatus(text: string): void {
        this.statusText = text;
        this.status.textContent = text;
    }

    notify(notice: Notice): void {
        const item = element('div', { className: 'notice' },
            element('span', { text: notice.text }),
            notice.action ? button(notice.action.label, () => { notice.action?.run(); item.remove(); }, { className: 'notice-action' }) : undefined,
            button('×', () => item.remove(), { className: 'notice-close', title: this.messages.close, attributes: { 'aria-label': this.messages.close } }));
        this.notices.append(item);
        while (this.notices.childElementCount > 3) this.notices.firstElementChild?.remove();
    }

    /** Brings back the workspace that a link, an example or a .zip replaced. */
    restoreSetAside(): void {
        const previous = this.drafts.setAsideDraft();
        if (previous) this.load(previous);
    }

    refusalText(refusal: Refusal): string {
        const m = this.messages;
        switch (refusal.refused) {
            case 'too-large': return m.limitTooLarge(Math.round(WORKSPACE_LIMITS.totalCharacters / (1024 * 1024)));
            case 'too-many-files': return m.limitTooManyFiles(WORKSPACE_LIMITS.files);
            case 'not-text': return m.limitNotText;
            case 'unsupported': return m.limitUnsupported;
            default: return m.limitNotAWorkspace;
        }
    }
}

const SEVERITY_OF_LSP: Record<number, monaco.MarkerSeverity> = {
    1: monaco.MarkerSeverity.Error,
    2: monaco.MarkerSeverity.Warning,
    3: monaco.MarkerSeverity.Info,
    4: monaco.MarkerSeverity.Hint
};

/** A diagnostic as Monaco's marker, with the rule id as its code. */
function markerOf(diagnostic: Diagnostic): monaco.editor.IMarkerData {
    const { start, end } = diagnostic.range;
    return {
        severity: SEVERITY_OF_LSP[diagnostic.severity ?? 1] ?? monaco.MarkerSeverity.Error,
        message: diagnostic.message,
        code: diagnostic.code === undefined ? undefined : String(diagnostic.code),
        source: diagnostic.source,
        startLineNumber: start.line + 1,
        startColumn: start.character + 1,
        endLineNumber: end.line + 1,
        endColumn: end.character + 1,
        tags: diagnostic.tags?.map(tag => (tag === 1 ? monaco.MarkerTag.Unnecessary : monaco.MarkerTag.Deprecated))
    };
}
