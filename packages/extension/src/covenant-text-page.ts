/**
 * The page of **Keten: Show Covenant Text** (DOCUMENT.md, "In the editor"; the webview rules
 * of EDITOR.md): the server's covenant text (`keten/covenantDocument`, rendered by
 * @keten/document, which escapes every text of the agreement) under the webview's own strict
 * Content-Security-Policy — nothing by default, styles and the one script of this page only
 * with the page's nonce, no remote origin — and that one script: a click on an article or
 * element posts `{ type: 'reveal', id }` to the extension, which looks the id up in the
 * sources the server answered and reveals that place in the editor. The page never learns a
 * file or a range itself.
 *
 * Pure functions, with only types from `vscode`, so they are tested without VS Code.
 */
import type { Uri, WebviewOptions, WebviewPanelOptions } from 'vscode';
import { escapeText, type PagePolicy } from './webview-html.js';

/** The message the page posts when an article or element is clicked. */
export interface RevealMessage {
    readonly type: 'reveal';
    readonly id: string;
}

export function isRevealMessage(message: unknown): message is RevealMessage {
    const candidate = message as { type?: unknown; id?: unknown } | null;
    return typeof candidate === 'object' && candidate !== null && candidate.type === 'reveal'
        && typeof candidate.id === 'string' && candidate.id.length > 0 && candidate.id.length <= 1000;
}

/** The options of the covenant text's webview: its one nonce script on; forms and command links off. */
export function covenantTextWebviewOptions(mediaFolder: Uri): WebviewOptions & WebviewPanelOptions {
    return {
        enableScripts: true,
        enableForms: false,
        enableCommandUris: false,
        localResourceRoots: [mediaFolder],
        enableFindWidget: true,
        retainContextWhenHidden: false
    };
}

/** The policy of the page: only what is named here, and scripts only with the nonce. */
export function covenantTextPolicy(policy: PagePolicy): string {
    return [
        "default-src 'none'",
        `img-src ${policy.cspSource} data:`,
        `style-src ${policy.cspSource} 'nonce-${policy.nonce}'`,
        `font-src ${policy.cspSource}`,
        `script-src 'nonce-${policy.nonce}'`,
        "form-action 'none'",
        "base-uri 'none'"
    ].join('; ');
}

/**
 * The script of the page: clicks reveal their source; the scroll position is kept when the text
 * is rendered again as the user types.
 */
const CLICK_TO_SOURCE = `(() => {
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', event => {
    const target = event.target instanceof Element ? event.target.closest('[id]') : null;
    if (target && target.id) vscode.postMessage({ type: 'reveal', id: target.id });
  });
  const state = vscode.getState();
  if (state && typeof state.scrollY === 'number') window.scrollTo(0, state.scrollY);
  window.addEventListener('scroll', () => vscode.setState({ scrollY: window.scrollY }), { passive: true });
})();`;

const ANY_CSP_META = /<meta\s+http-equiv\s*=\s*["']?Content-Security-Policy["']?[^>]*>/gi;
const ANY_SCRIPT = /<script\b[\s\S]*?<\/script\s*>/gi;

/**
 * The server's covenant HTML under the page's policy: its own policy (made for a file opened in
 * a browser) and any script removed, its `<style>` elements given the nonce, the page's script
 * added at the end of the body.
 */
export function covenantTextPage(serverHtml: string, policy: PagePolicy): string {
    const meta = `<meta http-equiv="Content-Security-Policy" content="${covenantTextPolicy(policy)}">`;
    const script = `<script nonce="${policy.nonce}">${CLICK_TO_SOURCE}</script>`;
    const styled = serverHtml.replace(ANY_CSP_META, '').replace(ANY_SCRIPT, '')
        .replace(/<style(\s[^>]*)?>/gi, `<style nonce="${policy.nonce}">`)
        // Clicking reveals the source: a pointer says so.
        .replace(/<\/style>/i, '[id] { cursor: pointer; }\n</style>');
    const head = /<head(\s[^>]*)?>/i.exec(styled);
    const withPolicy = head
        ? `${styled.slice(0, head.index + head[0].length)}\n${meta}${styled.slice(head.index + head[0].length)}`
        : `<!DOCTYPE html><html><head>${meta}</head><body>${styled}</body></html>`;
    const end = withPolicy.search(/<\/body>/i);
    return end < 0 ? `${withPolicy}${script}` : `${withPolicy.slice(0, end)}${script}\n${withPolicy.slice(end)}`;
}

/** A page that says why there is no covenant text to show (no agreement in the file, an error). */
export function covenantTextMessagePage(message: string, policy: PagePolicy): string {
    return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${covenantTextPolicy(policy)}">
<style nonce="${policy.nonce}">body{padding:16px;font-family:var(--vscode-font-family,system-ui,sans-serif);color:var(--vscode-foreground)}</style>
</head>
<body><p>${escapeText(message)}</p></body>
</html>
`;
}
