/**
 * The extension's webviews (EDITOR.md): options with scripts off and local resources limited
 * to the extension's media folder; pages under a strict Content-Security-Policy (nothing by
 * default, no script, styles only with the page's nonce, no remote origin), showing the
 * server's escaped report. Tested on the pure page builders, with a stand-in for a vscode.Uri.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Uri } from 'vscode';
import { describe, expect, it } from 'vitest';
import { EFFECT_STATUSES, renderReportHtml, type ReportModel } from '@keten/report';
import {
    contentSecurityPolicy, createNonce, diagramPage, messagePage, reportPage, webviewOptions
} from '../../packages/extension/src/webview-html.js';

const ROOT = resolve(__dirname, '../..');
const POLICY = { cspSource: 'https://file+.vscode-resource.vscode-cdn.net', nonce: 'bm9uY2Utb2YtdGhlLXRlc3Q=' };
const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)><meta http-equiv="Content-Security-Policy" content="default-src *">';

/** A report with hostile text where an agreement's or a data file's text would be. */
function hostileReportHtml(): string {
    const report: ReportModel = {
        version: 1,
        asOf: '2026-11-15',
        agreements: [],
        summary: Object.fromEntries(EFFECT_STATUSES.map(status => [status, 0])) as ReportModel['summary'],
        dataProblems: [{ file: 'data/x.csv', line: 2, reason: 'bad-value', message: HOSTILE }],
        findings: [{ file: 'a.keten', line: 1, column: 1, endLine: 1, endColumn: 2, severity: 'error', rule: 'syntax-error', message: HOSTILE }]
    };
    return renderReportHtml(report);
}

/** The Content-Security-Policy metas of a page, as directive → sources. */
function policiesOf(html: string): Array<Map<string, string[]>> {
    return [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)">/gi)].map(match => new Map(
        match[1].split(';').map(part => part.trim().split(/\s+/)).filter(words => words[0]).map(([name, ...sources]) => [name, sources])
    ));
}

function expectStrictPolicy(html: string) {
    const policies = policiesOf(html);
    expect(policies).toHaveLength(1);
    const policy = policies[0];
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'none'"]);
    expect(policy.get('style-src')).toEqual([POLICY.cspSource, `'nonce-${POLICY.nonce}'`]);
    expect(policy.get('img-src')).toEqual([POLICY.cspSource, 'data:']);
    expect(html).not.toContain("'unsafe-inline'");
    expect(html).not.toContain("'unsafe-eval'");
    // Every style element carries the nonce; there is no script element at all.
    const styles = [...html.matchAll(/<style\b[^>]*>/gi)].map(match => match[0]);
    expect(styles.length).toBeGreaterThan(0);
    for (const style of styles) expect(style).toBe(`<style nonce="${POLICY.nonce}">`);
    expect(html).not.toMatch(/<script\b/i);
}

describe('webview options', () => {
    it('turn scripts, forms and command links off and limit local resources to the media folder', () => {
        const media = { scheme: 'file', path: '/ext/media', fsPath: '/ext/media' } as unknown as Uri;
        const options = webviewOptions(media);
        expect(options.enableScripts).toBe(false);
        expect(options.enableForms).toBe(false);
        expect(options.enableCommandUris).toBe(false);
        expect(options.localResourceRoots).toEqual([media]);
    });

    it('turn scripts on only for a page that runs the extension\'s own script', () => {
        const media = { scheme: 'file', path: '/ext/media', fsPath: '/ext/media' } as unknown as Uri;
        expect(webviewOptions(media, { scripts: true }).enableScripts).toBe(true);
        expect(webviewOptions(media, { scripts: true }).enableCommandUris).toBe(false);
    });

    it('the extension passes its media folder, and nothing else, as the local resource root', () => {
        const source = readFileSync(join(ROOT, 'packages/extension/src/report-commands.ts'), 'utf8');
        expect(source).toContain("vscode.Uri.joinPath(this.context.extensionUri, 'media')");
        expect(source).toMatch(/webviewOptions\(this\.mediaFolder, \{ scripts: this\.kind\.scripts \}\)/);
        expect(source).toContain('vscode.ViewColumn.Beside');
        expect(source).not.toMatch(/localResourceRoots|enableScripts/);
    });
});

describe('the effect report page', () => {
    const page = reportPage(hostileReportHtml(), POLICY);

    it('replaces the report file\'s own policy with the webview\'s strict one', () => {
        expectStrictPolicy(page);
        expect(policiesOf(page)[0].get('default-src')).toEqual(["'none'"]);
    });

    it('shows the text of agreements and data files only escaped', () => {
        expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        expect(page).not.toContain('<img src=x');
        expect(page).not.toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src \*">/);
    });

    it('loads nothing from elsewhere', () => {
        expect(page).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
        expect(page).not.toMatch(/@import|url\(\s*["']?https?:/i);
    });
});

const DIAGRAM_TEXTS = { title: 'Chain diagram — <b>x</b>.keten', zoomIn: 'Zoom in', zoomOut: 'Zoom out', actualSize: 'Actual size', fit: 'Fit', hint: 'Zoom with + and −' };
const SCRIPT = { uri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/chain-diagram.js', lang: 'en' };

describe('the chain diagram and message pages', () => {
    it('wrap the SVG under the same policy, escape the title and drop anything active from the SVG', () => {
        const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><a xlink:href="https://evil.example"><text onclick="alert(2)">Wethouder &amp; co</text></a></svg>';
        const page = diagramPage(svg, DIAGRAM_TEXTS, POLICY, SCRIPT);
        const policy = policiesOf(page)[0];
        expect(policy.get('default-src')).toEqual(["'none'"]);
        // The one script: the extension's zoom-and-pan file, with the page's nonce.
        expect(policy.get('script-src')).toEqual([`'nonce-${POLICY.nonce}'`]);
        expect([...page.matchAll(/<script\b[^>]*>/gi)].map(m => m[0])).toEqual([`<script nonce="${POLICY.nonce}" src="${SCRIPT.uri}">`]);
        expect(page).not.toContain("'unsafe-inline'");
        expect(page).toContain('Chain diagram — &lt;b&gt;x&lt;/b&gt;.keten');
        expect(page).toContain('Wethouder &amp; co');
        expect(page).not.toMatch(/alert|evil\.example|onclick/);
    });

    it('offer zoom buttons with labels in the editor\'s language, and a viewport the keyboard can reach', () => {
        const page = diagramPage('<svg width="100pt" height="50pt" viewBox="0 0 100 50"></svg>', { ...DIAGRAM_TEXTS, zoomIn: 'Inzoomen' }, POLICY, { ...SCRIPT, lang: 'nl' });
        expect(page).toContain('<html lang="nl">');
        expect(page).toMatch(/<button type="button" data-zoom="in" title="Inzoomen \(\+\)" aria-label="Inzoomen">/);
        for (const zoom of ['in', 'out', 'fit', 'actual']) expect(page).toContain(`data-zoom="${zoom}"`);
        expect(page).toMatch(/<div class="viewport" tabindex="0" role="region"/);
    });

    it('escape a message', () => {
        const page = messagePage('Keten could not make this page: <oops>', POLICY);
        expectStrictPolicy(page);
        expect(page).toContain('&lt;oops&gt;');
    });

    it('use a fresh nonce for every page', () => {
        const nonces = new Set(Array.from({ length: 20 }, createNonce));
        expect(nonces.size).toBe(20);
        for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
        expect(contentSecurityPolicy({ cspSource: 'vscode-resource:', nonce: 'abc' })).toContain("'nonce-abc'");
    });
});
