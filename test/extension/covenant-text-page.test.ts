/**
 * The page of **Keten: Show Covenant Text** (packages/extension/src/covenant-text-page.ts):
 * a strict Content-Security-Policy (nothing by default, styles and scripts only with the
 * page's nonce, no remote origin, the server's own policy replaced), the agreement's hostile
 * text escaped, exactly one script — ours — and a click on an article or element posting
 * `{ type: 'reveal', id }` with that element's id (in headless Chromium, with a stand-in for
 * the webview's `acquireVsCodeApi`). The extension reveals only ids it has a source for.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Uri } from 'vscode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocumentHtml } from '@keten/document';
import {
    covenantTextMessagePage, covenantTextPage, covenantTextPolicy, covenantTextWebviewOptions, isRevealMessage
} from '../../packages/extension/src/covenant-text-page.js';
import { REPO_ROOT } from '../support/run-keten.js';
import { documentOf, loadCovenantSources } from '../document/covenant-sources.js';
import { temporaryFile } from '../document/document-text.js';
import { chromiumAvailable, launchChromium, type LaunchedBrowser } from '../report/headless-chromium.js';

const POLICY = { cspSource: 'https://file+.vscode-resource.vscode-cdn.net', nonce: 'bm9uY2Utb2YtdGhlLXRlc3Q=' };

async function hostileServerHtml(): Promise<string> {
    const [source] = await loadCovenantSources([path.join(REPO_ROOT, 'test/fixtures/document/hostile-strings.keten')]);
    return renderDocumentHtml(documentOf(source, 'nl'));
}

function policiesOf(html: string): Array<Map<string, string[]>> {
    return [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)">/gi)].map(match => new Map(
        match[1].split(';').map(part => part.trim().split(/\s+/)).filter(words => words[0]).map(([name, ...sources]) => [name, sources])
    ));
}

describe('the covenant text page', () => {
    it('has scripts on (for its one nonce script) and forms and command links off', () => {
        const media = { scheme: 'file', path: '/ext/media', fsPath: '/ext/media' } as unknown as Uri;
        const options = covenantTextWebviewOptions(media);
        expect(options.enableScripts).toBe(true);
        expect(options.enableForms).toBe(false);
        expect(options.enableCommandUris).toBe(false);
        expect(options.localResourceRoots).toEqual([media]);
    });

    it('replaces the server\'s policy with the page\'s strict one, and gives every style and its one script the nonce', async () => {
        const page = covenantTextPage(await hostileServerHtml(), POLICY);
        const policies = policiesOf(page);
        expect(policies).toHaveLength(1);
        const policy = policies[0];
        expect(policy.get('default-src')).toEqual(["'none'"]);
        expect(policy.get('script-src')).toEqual([`'nonce-${POLICY.nonce}'`]);
        expect(policy.get('style-src')).toEqual([POLICY.cspSource, `'nonce-${POLICY.nonce}'`]);
        expect(policy.get('img-src')).toEqual([POLICY.cspSource, 'data:']);
        expect(covenantTextPolicy(POLICY)).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:\/\/(?!file\+)/);
        const styles = [...page.matchAll(/<style\b[^>]*>/gi)].map(match => match[0]);
        expect(styles.length).toBeGreaterThan(0);
        for (const style of styles) expect(style).toBe(`<style nonce="${POLICY.nonce}">`);
        const scripts = [...page.matchAll(/<script\b[^>]*>/gi)].map(match => match[0]);
        expect(scripts).toEqual([`<script nonce="${POLICY.nonce}">`]);
        // The agreement's markup is text.
        expect(page).toContain('&lt;script&gt;alert(&quot;titel&quot;)&lt;/script&gt;');
        expect(page).not.toMatch(/<img\b|<iframe\b|<svg\b/i);
        // Even a server page with a script of its own would lose it.
        expect(covenantTextPage('<html><head></head><body><script>evil()</script></body></html>', POLICY)).not.toContain('evil()');
        const message = covenantTextMessagePage('<b>no agreement</b>', POLICY);
        expect(message).toContain('&lt;b&gt;no agreement&lt;/b&gt;');
        expect(policiesOf(message)).toHaveLength(1);
    });

    it('accepts only well-formed reveal messages', () => {
        expect(isRevealMessage({ type: 'reveal', id: 'Vijandig.Toezegging' })).toBe(true);
        for (const bad of [null, 'reveal', { type: 'reveal' }, { type: 'reveal', id: 3 }, { type: 'open', id: 'x' }, { type: 'reveal', id: '' }, { type: 'reveal', id: 'x'.repeat(2000) }]) {
            expect(isRevealMessage(bad)).toBe(false);
        }
    });
});

const canRun = chromiumAvailable();
let browser: LaunchedBrowser | undefined;
beforeAll(async () => { if (canRun) browser = await launchChromium(); }, 600_000);
afterAll(async () => { await browser?.close(); });

describe.skipIf(!canRun)('the covenant text page in a browser', { timeout: 120_000 }, () => {
    it('posts the id of the clicked article or element, runs no other script and loads nothing', async () => {
        const serverHtml = await hostileServerHtml();
        // The page as VS Code serves it; the webview origin is stood in for by the page itself.
        const page = await browser!.context.newPage();
        const requests: string[] = [];
        const errors: string[] = [];
        page.on('request', request => { if (!request.url().startsWith('file:')) requests.push(request.url()); });
        page.on('pageerror', error => errors.push(error.message));
        await page.addInitScript(() => {
            const posted: unknown[] = [];
            (globalThis as unknown as { __posted: unknown[] }).__posted = posted;
            (globalThis as unknown as { acquireVsCodeApi: () => unknown }).acquireVsCodeApi = () => ({
                postMessage: (message: unknown) => posted.push(message),
                getState: () => undefined,
                setState: () => undefined
            });
        });
        const file = temporaryFile('covenant-text.html', covenantTextPage(serverHtml, POLICY));
        await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
        expect(errors).toEqual([]);
        expect(requests).toEqual([]);
        expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
        await page.locator('[id="Vijandig.Toezegging"]').click();
        await page.locator('[id="Vijandig.article.mandates"] h3').click();
        await page.locator('[id="Vijandig.Route.2"]').click();
        const posted = await page.evaluate(() => (globalThis as unknown as { __posted: unknown[] }).__posted);
        expect(posted).toEqual([
            { type: 'reveal', id: 'Vijandig.Toezegging' },
            { type: 'reveal', id: 'Vijandig.article.mandates' },
            { type: 'reveal', id: 'Vijandig.Route.2' }
        ]);
        await page.close();
    });
});
