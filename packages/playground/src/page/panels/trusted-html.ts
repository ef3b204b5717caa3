/**
 * The one place where the page hands HTML to the browser: the effect report and the covenant
 * text, written by the server's renderers (every value escaped there), shown in an iframe
 * without scripts (`sandbox` with no permissions). The page's policy has the browser refuse
 * any other HTML string (Trusted Types).
 */
interface TrustedTypePolicy { createHTML(html: string): unknown }
interface TrustedTypesFactory { createPolicy(name: string, rules: { createHTML(html: string): string }): TrustedTypePolicy }

const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
const policy = factory?.createPolicy('keten-rendered-document', { createHTML: html => html });

/** An iframe that shows a rendered document and can run nothing. */
export function sandboxedDocumentFrame(title: string): HTMLIFrameElement {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', '');
    frame.setAttribute('referrerpolicy', 'no-referrer');
    frame.title = title;
    frame.className = 'rendered-document';
    return frame;
}

export function showRenderedDocument(frame: HTMLIFrameElement, html: string): void {
    (frame as unknown as { srcdoc: unknown }).srcdoc = policy ? policy.createHTML(html) : html;
}
