/**
 * The measurements the report and the effect status read: pasted CSV (as Excel writes it, `,`
 * or `;`) or JSON, or loaded from files. They belong to the workspace (kept in the draft, the
 * link and the .zip) and reach the server as the files of `keten.report.data` would.
 */
import { button, element, replaceChildren } from '../ui/element.js';
import type { WorkspaceFile } from '../workspace/workspace-state.js';
import type { PanelContext, SidePanel } from './side-panel.js';

export interface MeasurementsActions {
    measurements(): readonly WorkspaceFile[];
    setMeasurements(files: readonly WorkspaceFile[]): void;
    /** Opens the file picker for measurement files. */
    pickFiles(): void;
}

export class MeasurementsPanel implements SidePanel {
    readonly id = 'measurements';
    readonly root = element('div', { className: 'panel panel-measurements' });
    private readonly paste = element('textarea', { className: 'measurements-paste', attributes: { rows: '6', spellcheck: 'false' } });

    constructor(private readonly actions: MeasurementsActions) {}

    title(messages: PanelContext['messages']): string {
        return messages.measurementsTab;
    }

    available(): boolean {
        return true;
    }

    async refresh(context: PanelContext): Promise<void> {
        const m = context.messages;
        const files = this.actions.measurements();
        this.paste.setAttribute('aria-label', m.measurementsPasteLabel);
        this.paste.placeholder = 'effect;datum;waarde\nJeugdhulpNoord.Wachttijd;2026-01-31;41';
        const list = files.length === 0
            ? element('p', { className: 'panel-note', text: m.measurementsNone })
            : element('ul', { className: 'measurements-list' }, files.map(file => element('li', {},
                element('span', { className: 'measurements-name', text: file.name }),
                element('span', { className: 'panel-note', text: m.measurementsSize(file.text.split('\n').filter(line => line.trim() !== '').length) }),
                button('×', () => this.actions.setMeasurements(files.filter(other => other !== file)), { title: m.measurementsRemove(file.name), attributes: { 'aria-label': m.measurementsRemove(file.name) } }))));
        replaceChildren(this.root,
            element('p', { className: 'panel-intro', text: m.measurementsIntro }),
            list,
            element('label', { className: 'measurements-paste-label', text: m.measurementsPasteLabel }),
            this.paste,
            element('div', { className: 'panel-actions' },
                button(m.measurementsApply, () => {
                    const text = this.paste.value;
                    if (text.trim() === '') return;
                    const name = /^\s*[[{]/.test(text) ? m.measurementsPasteName.replace(/\.csv$/, '.json') : m.measurementsPasteName;
                    this.actions.setMeasurements([...files.filter(file => file.name !== name), { name, text }]);
                    this.paste.value = '';
                }),
                button(m.measurementsLoad, () => this.actions.pickFiles())));
    }
}
