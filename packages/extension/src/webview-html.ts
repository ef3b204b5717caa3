/**
 * The pages of the extension's webviews (EDITOR.md: "a strict Content-Security-Policy (no
 * remote content, scripts only with a nonce, `localResourceRoots` limited to the extension's
 * media), and shows only escaped text"). The language server renders the content — the effect
 * report through the report's HTML renderer, which escapes every text from an agreement or a
 * data file; the chain diagram as SVG from Graphviz — and this module puts it under the
 * webview's own policy: no scripts at all, styles only from the page's own `<style>` elements
 * (which carry a fresh nonce), images only from the extension or inline data.
 *
 * Pure functions, with only types from `vscode`, so they are tested without VS Code.
 */
import { randomBytes } from 'node:crypto';
import type { Uri, WebviewOptions, WebviewPanelOptions } from 'vscode';

export interface PagePolicy {
    /** `webview.cspSource`: the origin of the webview's local resources. */
    readonly cspSource: string;
    /** A fresh random value for every page. */
    readonly nonce: string;
}

/** A nonce for one page: 128 random bits. */
export function createNonce(): string {
    return randomBytes(16).toString('base64');
}

/**
 * The options of every Keten webview: scripts, forms and command links off; local resources
 * only from the extension's `media` folder; the find widget on, since reports are long.
 */
export function webviewOptions(mediaFolder: Uri): WebviewOptions & WebviewPanelOptions {
    return {
        enableScripts: false,
        enableForms: false,
        enableCommandUris: false,
        localResourceRoots: [mediaFolder],
        enableFindWidget: true,
        retainContextWhenHidden: false
    };
}

/** The policy of every Keten page: nothing is allowed unless named here, and no script is named. */
export function contentSecurityPolicy(policy: PagePolicy): string {
    return [
        "default-src 'none'",
        `img-src ${policy.cspSource} data:`,
        `style-src ${policy.cspSource} 'nonce-${policy.nonce}'`,
        `font-src ${policy.cspSource}`,
        "script-src 'none'",
        "form-action 'none'",
        "base-uri 'none'"
    ].join('; ');
}

function policyMeta(policy: PagePolicy): string {
    return `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(policy)}">`;
}

const ANY_CSP_META = /<meta\s+http-equiv\s*=\s*["']?Content-Security-Policy["']?[^>]*>/gi;

/**
 * The server's HTML report under the webview's policy: its own policy (made for a file opened
 * in a browser) is replaced, and its `<style>` elements get the page's nonce.
 */
export function reportPage(serverHtml: string, policy: PagePolicy): string {
    const withoutPolicy = serverHtml.replace(ANY_CSP_META, '');
    const styled = withoutPolicy.replace(/<style(\s[^>]*)?>/gi, `<style nonce="${policy.nonce}">`);
    const head = /<head(\s[^>]*)?>/i.exec(styled);
    if (!head) return `<!DOCTYPE html><html><head>${policyMeta(policy)}</head><body>${styled}</body></html>`;
    const at = head.index + head[0].length;
    return `${styled.slice(0, at)}\n${policyMeta(policy)}${styled.slice(at)}`;
}

/** The chain diagram page: the server's SVG with a heading; `title` is plain text and is escaped here. */
export function diagramPage(svg: string, title: string, policy: PagePolicy): string {
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
${policyMeta(policy)}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(title)}</title>
<style nonce="${policy.nonce}">
body{margin:0;padding:12px 16px;font-family:var(--vscode-font-family,system-ui,sans-serif);color:var(--vscode-foreground);background:var(--vscode-editor-background)}
h1{font-size:1.2em;font-weight:600;margin:0 0 12px}
.diagram{background:#fff;border-radius:6px;padding:8px;overflow:auto}
.diagram svg{max-width:100%;height:auto}
</style>
</head>
<body>
<h1>${escapeText(title)}</h1>
<div class="diagram">${withoutScripts(svg)}</div>
</body>
</html>
`;
}

/** A page that says why there is nothing to show (no file, the server not ready, an error). */
export function messagePage(message: string, policy: PagePolicy): string {
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
${policyMeta(policy)}
<style nonce="${policy.nonce}">body{padding:16px;font-family:var(--vscode-font-family,system-ui,sans-serif);color:var(--vscode-foreground)}</style>
</head>
<body><p>${escapeText(message)}</p></body>
</html>
`;
}

export function escapeText(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Graphviz writes no script and escapes every label; removing `<script>` elements, event
 * handler attributes and links anyway keeps the diagram inert should that ever change (the
 * policy would block them too).
 */
function withoutScripts(svg: string): string {
    return svg
        .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
        .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*')/gi, '')
        .replace(/\s(xlink:)?href\s*=\s*("[^"]*"|'[^']*')/gi, '');
}
