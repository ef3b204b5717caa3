/**
 * The chain of the active file as a diagram: `keten/chainDiagram` — the SVG that Graphviz lays
 * out in the worker from the same DOT that `keten graph --format dot` prints, or the Mermaid
 * and DOT text itself. The SVG is shown as an image, so nothing in it can run.
 */
import { button, element, replaceChildren } from '../ui/element.js';
import { reasonOf, type PanelContext, type SidePanel } from './side-panel.js';

type DiagramFormat = 'svg' | 'mermaid' | 'dot';
const FORMATS: readonly DiagramFormat[] = ['svg', 'mermaid', 'dot'];

export class ChainDiagramPanel implements SidePanel {
    readonly id = 'diagram';
    readonly root = element('div', { className: 'panel panel-diagram' });
    private readonly controls = element('div', { className: 'panel-controls' });
    private readonly body = element('div', { className: 'panel-body' });
    private format: DiagramFormat = 'svg';
    private imageUrl: string | undefined;
    private context: PanelContext | undefined;

    constructor() {
        this.root.append(this.controls, this.body);
    }

    title(messages: PanelContext['messages']): string {
        return messages.diagramTab;
    }

    available(): boolean {
        return true;
    }

    async refresh(context: PanelContext): Promise<void> {
        this.context = context;
        const m = context.messages;
        const select = element('select', { attributes: { 'aria-label': m.diagramFormat } },
            FORMATS.map(format => element('option', { text: m.diagramFormats[format], attributes: { value: format, ...(format === this.format ? { selected: '' } : {}) } })));
        select.addEventListener('change', () => {
            this.format = FORMATS.find(format => format === select.value) ?? 'svg';
            if (this.context) void this.refresh(this.context);
        });
        replaceChildren(this.controls, element('label', {}, m.diagramFormat, ' ', select));
        if (!context.file) return;
        const format = this.format;
        try {
            const result = await context.connection.sendRequest<{ text: string }>('keten/chainDiagram', { uri: context.file.uri, format });
            if (this.context !== context || this.format !== format) return;
            if (format === 'svg') {
                if (this.imageUrl) URL.revokeObjectURL(this.imageUrl);
                this.imageUrl = URL.createObjectURL(new Blob([result.text], { type: 'image/svg+xml' }));
                // At its own size (scrolling) by default, so the labels can be read; a click fits it to the panel.
                const image = element('img', { className: 'diagram-image', title: m.diagramZoomHint, attributes: { src: this.imageUrl, alt: m.diagramAlt(context.file.name) } });
                image.addEventListener('click', () => image.classList.toggle('diagram-fit'));
                replaceChildren(this.body, image);
            } else {
                const text = element('pre', { className: 'diagram-text', text: result.text });
                const status = element('span', { className: 'panel-note' });
                replaceChildren(this.body, element('div', { className: 'panel-actions' }, button(m.copy, () => {
                    void navigator.clipboard?.writeText(result.text).then(() => { status.textContent = m.copied; }, () => undefined);
                }), status), text);
            }
        } catch (error) {
            if (this.context === context) replaceChildren(this.body, element('p', { className: 'panel-note panel-error', text: m.diagramFailed(reasonOf(error)) }));
        }
    }
}
