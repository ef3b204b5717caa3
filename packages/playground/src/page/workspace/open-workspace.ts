/**
 * The files the playground holds, each as a Monaco model that the language server also has
 * open: added, renamed and removed here, so the editor, the server, the tabs and the draft
 * always agree on which files there are.
 */
import { monaco } from '../editor/monaco.js';
import { KETEN_LANGUAGE_ID } from '../editor/keten-language.js';
import { uriOfFile } from '../../protocol/playground-protocol.js';
import type { KetenLanguageClient } from '../language-client/keten-language-client.js';
import { CHECKED_FILE_LIMIT } from './checked-file-limit.js';
import { fileNameProblem, type WorkspaceFile, type WorkspaceState } from './workspace-state.js';

export interface OpenFile {
    name: string;
    readonly model: monaco.editor.ITextModel;
    viewState?: monaco.editor.ICodeEditorViewState | null;
    /** Whether the language server has the file: not while it is larger than CHECKED_FILE_LIMIT. */
    checked: boolean;
}


export type NameProblem = 'bad' | 'exists';

export class OpenWorkspace {
    readonly files: OpenFile[] = [];
    measurements: WorkspaceFile[] = [];
    active: string | undefined;
    private readonly changeListeners: Array<() => void> = [];

    constructor(private readonly client: KetenLanguageClient) {}

    /** Called after any change to the files, their text, the active file or the measurements. */
    onChange(listener: () => void): void {
        this.changeListeners.push(listener);
    }

    changed(): void {
        for (const listener of this.changeListeners) listener();
    }

    get state(): WorkspaceState {
        return {
            files: this.files.map(file => ({ name: file.name, text: file.model.getValue() })),
            active: this.active,
            measurements: this.measurements
        };
    }

    file(name: string | undefined): OpenFile | undefined {
        return this.files.find(file => file.name === name);
    }

    fileOfUri(uri: string): OpenFile | undefined {
        return this.files.find(file => file.model.uri.toString() === uri);
    }

    /** Replaces every file with those of `state`. */
    replace(state: WorkspaceState): void {
        for (const file of [...this.files]) this.dispose(file);
        this.files.length = 0;
        for (const file of state.files) this.add(file.name, file.text, false);
        this.measurements = [...state.measurements];
        this.active = state.active && this.file(state.active) ? state.active : this.files[0]?.name;
        this.changed();
    }

    nameProblem(name: string, except?: string): NameProblem | undefined {
        if (fileNameProblem(name)) return 'bad';
        if (this.files.some(file => file.name.toLowerCase() === name.toLowerCase() && file.name !== except)) return 'exists';
        return undefined;
    }

    add(name: string, text: string, notify = true): OpenFile {
        const model = monaco.editor.createModel(text, KETEN_LANGUAGE_ID, monaco.Uri.parse(uriOfFile(name)));
        model.updateOptions({ tabSize: 2, insertSpaces: true });
        const file: OpenFile = { name, model, checked: text.length <= CHECKED_FILE_LIMIT };
        this.files.push(file);
        if (file.checked) void this.client.open(model.uri.toString(), model.getVersionId(), text);
        model.onDidChangeContent(event => {
            const small = model.getValueLength() <= CHECKED_FILE_LIMIT;
            if (small !== file.checked) {
                file.checked = small;
                if (small) void this.client.open(model.uri.toString(), model.getVersionId(), model.getValue());
                else void this.client.remove(model.uri.toString());
                this.changed();
                return;
            }
            if (!file.checked) {
                this.changed();
                return;
            }
            void this.client.change(model.uri.toString(), model.getVersionId(), event.changes.map(change => ({
                range: {
                    start: { line: change.range.startLineNumber - 1, character: change.range.startColumn - 1 },
                    end: { line: change.range.endLineNumber - 1, character: change.range.endColumn - 1 }
                },
                text: change.text
            })));
            this.changed();
        });
        if (notify) this.changed();
        return file;
    }

    /** A renamed file is a new document for the server: the old one is removed, the new one opened. */
    rename(file: OpenFile, name: string): OpenFile {
        const at = this.files.indexOf(file);
        const text = file.model.getValue();
        const wasActive = this.active === file.name;
        this.dispose(file);
        this.files.splice(at, 1);
        const renamed = this.add(name, text, false);
        this.files.splice(this.files.indexOf(renamed), 1);
        this.files.splice(at, 0, renamed);
        if (wasActive) this.active = name;
        this.changed();
        return renamed;
    }

    remove(file: OpenFile): void {
        const at = this.files.indexOf(file);
        this.dispose(file);
        this.files.splice(at, 1);
        if (this.active === file.name) this.active = this.files[Math.min(at, this.files.length - 1)]?.name;
        this.changed();
    }

    private dispose(file: OpenFile): void {
        if (file.checked) void this.client.remove(file.model.uri.toString());
        file.model.dispose();
    }
}
