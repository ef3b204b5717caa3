/**
 * The effect report of the agreements in the active file: `keten/effectReport`, the HTML that
 * `keten report --format html` writes, with the playground's measurements.
 */
import { element, replaceChildren } from '../ui/element.js';
import { reasonOf, todayIso, type PanelContext, type SidePanel } from './side-panel.js';
import { sandboxedDocumentFrame, showRenderedDocument } from './trusted-html.js';

interface EffectReportResult { readonly html: string; readonly agreements: number }

export class EffectReportPanel implements SidePanel {
    readonly id = 'report';
    readonly root = element('div', { className: 'panel panel-report' });
    private readonly controls = element('div', { className: 'panel-controls' });
    private readonly body = element('div', { className: 'panel-body' });
    private readonly asOf = element('input', { attributes: { type: 'date', value: todayIso(), 'aria-label': 'as of' } });
    private readonly frame = sandboxedDocumentFrame('report');
    private context: PanelContext | undefined;

    constructor() {
        this.root.append(this.controls, this.body);
        this.asOf.addEventListener('change', () => { if (this.context) void this.refresh(this.context); });
    }

    title(messages: PanelContext['messages']): string {
        return messages.reportTab;
    }

    available(): boolean {
        return true;
    }

    async refresh(context: PanelContext): Promise<void> {
        this.context = context;
        const m = context.messages;
        this.asOf.setAttribute('aria-label', m.reportAsOf);
        replaceChildren(this.controls, element('label', {}, m.reportAsOf, ' ', this.asOf));
        if (!context.file) return;
        const asOf = /^\d{4}-\d{2}-\d{2}$/.test(this.asOf.value) ? this.asOf.value : todayIso();
        try {
            const result = await context.connection.sendRequest<EffectReportResult>('keten/effectReport', { uri: context.file.uri, asOf });
            if (this.context !== context) return;
            if (result.agreements === 0) {
                replaceChildren(this.body, element('p', { className: 'panel-note', text: m.noAgreementInFile(context.file.name) }));
                return;
            }
            this.frame.title = m.reportTab;
            showRenderedDocument(this.frame, result.html);
            if (this.frame.parentElement !== this.body) replaceChildren(this.body, this.frame);
        } catch (error) {
            if (this.context === context) replaceChildren(this.body, element('p', { className: 'panel-note panel-error', text: m.reportFailed(reasonOf(error)) }));
        }
    }
}
