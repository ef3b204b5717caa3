/**
 * The pages of the extension's webviews (EDITOR.md: "a strict Content-Security-Policy (no
 * remote content, scripts only with a nonce, `localResourceRoots` limited to the extension's
 * media), and shows only escaped text"). The language server renders the content — the effect
 * report through the report's HTML renderer, which escapes every text from an agreement or a
 * data file; the chain diagram as SVG from Graphviz — and this module puts it under the
 * webview's own policy: styles only from the page's own `<style>` elements (which carry a fresh
 * nonce), images only from the extension or inline data, and no script — except, on the chain
 * diagram page, the extension's own zoom-and-pan script (media/chain-diagram.js), loaded from the
 * media folder with the page's nonce.
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
 * The options of every Keten webview: forms and command links off; scripts off unless the page
 * runs the extension's own script (the chain diagram's zoom and pan); local resources only from
 * the extension's `media` folder; the find widget on, since reports are long.
 */
export function webviewOptions(mediaFolder: Uri, options: { scripts?: boolean } = {}): WebviewOptions & WebviewPanelOptions {
    return {
        enableScripts: options.scripts === true,
        enableForms: false,
        enableCommandUris: false,
        localResourceRoots: [mediaFolder],
        enableFindWidget: true,
        retainContextWhenHidden: false
    };
}

/**
 * The policy of every Keten page: nothing is allowed unless named here. Scripts only on pages that
 * ask for them, and then only elements that carry the page's nonce.
 */
export function contentSecurityPolicy(policy: PagePolicy, options: { scripts?: boolean } = {}): string {
    return [
        "default-src 'none'",
        `img-src ${policy.cspSource} data:`,
        `style-src ${policy.cspSource} 'nonce-${policy.nonce}'`,
        `font-src ${policy.cspSource}`,
        options.scripts ? `script-src 'nonce-${policy.nonce}'` : "script-src 'none'",
        "form-action 'none'",
        "base-uri 'none'"
    ].join('; ');
}

function policyMeta(policy: PagePolicy, options: { scripts?: boolean } = {}): string {
    return `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(policy, options)}">`;
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

/** The words of the chain diagram page, in the editor's language. */
export interface DiagramTexts {
    /** The heading, e.g. "Chain diagram — jeugdhulp.keten" (plain text: escaped here). */
    readonly title: string;
    readonly zoomIn: string;
    readonly zoomOut: string;
    readonly actualSize: string;
    readonly fit: string;
    /** One line on how to zoom and move with the keyboard and the mouse. */
    readonly hint: string;
}

/**
 * The chain diagram page: the server's SVG in a viewport that zooms and pans (buttons, keys,
 * Ctrl + wheel, dragging: media/chain-diagram.js, the only script, loaded with the nonce from the
 * extension's media folder). Without the script the diagram shows at its own size, with
 * scrollbars, so its labels stay legible either way.
 */
export function diagramPage(svg: string, texts: DiagramTexts, policy: PagePolicy, script: { uri: string; lang: string }): string {
    const text = escapeText;
    return `<!DOCTYPE html>
<html lang="${text(script.lang)}">
<head>
<meta charset="utf-8">
${policyMeta(policy, { scripts: true })}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text(texts.title)}</title>
<style nonce="${policy.nonce}">
html,body{height:100%}
body{margin:0;display:flex;flex-direction:column;font-family:var(--vscode-font-family,system-ui,sans-serif);font-size:var(--vscode-font-size,13px);color:var(--vscode-foreground);background:var(--vscode-editor-background)}
header{display:flex;flex-wrap:wrap;align-items:center;gap:8px 16px;padding:8px 12px 4px}
h1{font-size:1.15em;font-weight:600;margin:0;flex:1 1 auto}
.controls{display:flex;align-items:center;gap:4px}
.controls button{min-width:2.2em;padding:2px 8px;font:inherit;color:var(--vscode-button-secondaryForeground,inherit);background:var(--vscode-button-secondaryBackground,transparent);border:1px solid var(--vscode-button-border,var(--vscode-contrastBorder,transparent));border-radius:2px;cursor:pointer}
.controls button:hover{background:var(--vscode-button-secondaryHoverBackground,rgba(128,128,128,.2))}
.controls button:focus-visible,.viewport:focus-visible{outline:1px solid var(--vscode-focusBorder,#007fd4);outline-offset:1px}
.controls output{min-width:3.5em;text-align:center;font-variant-numeric:tabular-nums}
.hint{margin:0 12px 6px;color:var(--vscode-descriptionForeground);font-size:.92em}
.viewport{flex:1 1 auto;margin:0 12px 12px;overflow:auto;background:#fff;border-radius:4px;cursor:grab;touch-action:none}
.viewport.dragging{cursor:grabbing;user-select:none}
.viewport svg{display:block}
.viewport::-webkit-scrollbar{width:12px;height:12px}
.viewport::-webkit-scrollbar-thumb{background:var(--vscode-scrollbarSlider-background,rgba(100,100,100,.4));border:2px solid #fff;border-radius:6px}
.viewport::-webkit-scrollbar-thumb:hover{background:var(--vscode-scrollbarSlider-hoverBackground,rgba(100,100,100,.7))}
</style>
</head>
<body>
<header>
<h1>${text(texts.title)}</h1>
<div class="controls" role="toolbar" aria-label="${text(texts.hint)}">
<button type="button" data-zoom="out" title="${text(texts.zoomOut)} (−)" aria-label="${text(texts.zoomOut)}">−</button>
<output id="zoom-level" aria-live="polite">100%</output>
<button type="button" data-zoom="in" title="${text(texts.zoomIn)} (+)" aria-label="${text(texts.zoomIn)}">+</button>
<button type="button" data-zoom="actual" title="${text(texts.actualSize)} (1)" aria-label="${text(texts.actualSize)}">1:1</button>
<button type="button" data-zoom="fit" title="${text(texts.fit)} (0)" aria-label="${text(texts.fit)}">${text(texts.fit)}</button>
</div>
</header>
<p class="hint" id="hint">${text(texts.hint)}</p>
<div class="viewport" tabindex="0" role="region" aria-label="${text(texts.title)}" aria-describedby="hint">${withoutScripts(svg)}</div>
<script nonce="${policy.nonce}" src="${text(script.uri)}"></script>
</body>
</html>
`;
}

/** A page that says why there is nothing to show (no file, the server not ready, an error). */
export function messagePage(message: string, policy: PagePolicy, lang = 'en'): string {
    return `<!DOCTYPE html>
<html lang="${escapeText(lang)}">
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
