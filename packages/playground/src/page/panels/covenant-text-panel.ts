/**
 * The covenant text (DOCUMENT.md: `keten/covenantDocument`, html for a document and locale),
 * shown like the report. The panel asks the server once whether it answers the request and
 * stays hidden until a server that does (`keten document`) is bundled into the worker.
 */
import { element, replaceChildren } from '../ui/element.js';
import { reasonOf, type PanelContext, type SidePanel } from './side-panel.js';
import { sandboxedDocumentFrame, showRenderedDocument } from './trusted-html.js';

const METHOD_NOT_FOUND = -32601;

export class CovenantTextPanel implements SidePanel {
    readonly id = 'covenant';
    readonly root = element('div', { className: 'panel panel-covenant' });
    private readonly frame = sandboxedDocumentFrame('covenant');
    private answered: boolean | undefined;

    title(messages: PanelContext['messages']): string {
        return messages.covenantTab;
    }

    available(): boolean {
        return this.answered === true;
    }

    /** Asks the server whether it writes covenant texts; returns whether it does. */
    async probe(context: PanelContext): Promise<boolean> {
        if (this.answered !== undefined || !context.file) return this.answered ?? false;
        try {
            await context.connection.sendRequest('keten/covenantDocument', { uri: context.file.uri, locale: context.locale });
            this.answered = true;
        } catch (error) {
            this.answered = (error as { code?: number })?.code !== METHOD_NOT_FOUND;
        }
        return this.answered;
    }

    async refresh(context: PanelContext): Promise<void> {
        if (!context.file) return;
        try {
            const result = await context.connection.sendRequest<{ html?: string }>('keten/covenantDocument', { uri: context.file.uri, locale: context.locale });
            if (typeof result?.html !== 'string') {
                replaceChildren(this.root, element('p', { className: 'panel-note', text: context.messages.covenantUnavailable }));
                return;
            }
            this.frame.title = context.messages.covenantTab;
            showRenderedDocument(this.frame, result.html);
            if (this.frame.parentElement !== this.root) replaceChildren(this.root, this.frame);
        } catch (error) {
            replaceChildren(this.root, element('p', { className: 'panel-note panel-error', text: reasonOf(error) }));
        }
    }
}
