/**
 * The tabs of the workspace's files: choose, add, rename (in place: Enter keeps, Escape
 * cancels) and delete. Names are checked before anything changes.
 */
import type { PlaygroundMessages } from '../../messages/catalogue.js';
import type { NameProblem } from '../workspace/open-workspace.js';
import { button, element, replaceChildren } from './element.js';

export interface FileTabsActions {
    files(): ReadonlyArray<{ readonly name: string; readonly errors: number }>;
    active(): string | undefined;
    activate(name: string): void;
    add(): void;
    rename(from: string, to: string): NameProblem | undefined;
    remove(name: string): void;
    tell(text: string): void;
}

export class FileTabs {
    readonly root = element('nav', { className: 'file-tabs' });
    private renaming: string | undefined;

    constructor(private messages: PlaygroundMessages, private readonly actions: FileTabsActions) {}

    setMessages(messages: PlaygroundMessages): void {
        this.messages = messages;
        this.render();
    }

    render(): void {
        const m = this.messages;
        this.root.setAttribute('aria-label', m.filesLabel);
        const active = this.actions.active();
        const tabs = this.actions.files().map(file => {
            if (file.name === this.renaming) return this.renameField(file.name);
            const selected = file.name === active;
            return element('div', { className: `file-tab${selected ? ' file-tab-active' : ''}`, attributes: { 'data-file': file.name } },
                element('button', {
                    className: 'file-tab-name',
                    attributes: { type: 'button', role: 'tab', 'aria-selected': String(selected) },
                    onClick: () => this.actions.activate(file.name)
                }, element('span', { className: 'file-tab-label', text: file.name }), file.errors > 0 ? element('span', { className: 'file-tab-errors', text: String(file.errors), attributes: { 'aria-hidden': 'true' } }) : undefined),
                button('✎', () => { this.renaming = file.name; this.render(); }, { className: 'file-tab-rename', title: m.renameFile(file.name), attributes: { 'aria-label': m.renameFile(file.name) } }),
                button('×', () => this.actions.remove(file.name), { className: 'file-tab-delete', title: m.deleteFile(file.name), attributes: { 'aria-label': m.deleteFile(file.name) } }));
        });
        replaceChildren(this.root, element('div', { className: 'file-tab-list', attributes: { role: 'tablist' } }, tabs),
            button('+', () => this.actions.add(), { className: 'file-tab-add', title: m.newFile, attributes: { 'aria-label': m.newFile } }));
        this.root.querySelector<HTMLInputElement>('input.file-tab-input')?.focus();
    }

    private renameField(name: string): HTMLElement {
        const m = this.messages;
        const input = element('input', { className: 'file-tab-input', attributes: { value: name, 'aria-label': m.renamePrompt, spellcheck: 'false' } });
        const finish = (keep: boolean) => {
            if (this.renaming !== name) return;
            const to = input.value.trim();
            if (keep && to !== name) {
                const problem = this.actions.rename(name, to);
                if (problem) {
                    this.actions.tell(problem === 'exists' ? m.fileExists(to) : m.badFileName(to));
                    input.focus();
                    return;
                }
            }
            this.renaming = undefined;
            this.render();
        };
        input.addEventListener('keydown', event => {
            if (event.key === 'Enter') finish(true);
            if (event.key === 'Escape') finish(false);
        });
        input.addEventListener('blur', () => finish(true));
        const wrapper = element('div', { className: 'file-tab file-tab-active' }, input);
        queueMicrotask(() => { input.select(); });
        return wrapper;
    }
}
