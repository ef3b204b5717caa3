/**
 * The parse checks for diagrams, shared by the report tests and the Dutch tests: Mermaid
 * parsed and rendered by Mermaid itself in headless Chromium (loaded from node_modules,
 * offline), DOT laid out by Graphviz (WASM).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Graphviz } from '@hpcc-js/wasm-graphviz';
import type { BrowserContext } from 'playwright-core';
import { REPO_ROOT } from '../support/run-keten.js';

export type MermaidResult = { readonly ok: true; readonly svg: string } | { readonly ok: false; readonly error: string };

/**
 * Each diagram parsed and rendered by Mermaid (strict security level), in order; `pwned` is
 * whatever a label managed to set as `window.__pwned` (nothing, when every text stayed text).
 * `folder` receives the small harness page.
 */
export async function parseMermaid(context: BrowserContext, diagrams: readonly string[], folder: string): Promise<{ results: MermaidResult[]; pwned: unknown }> {
    const harness = path.join(folder, 'mermaid.html');
    fs.writeFileSync(harness, `<!DOCTYPE html><html><head><script src="${pathToFileURL(path.join(REPO_ROOT, 'node_modules/mermaid/dist/mermaid.min.js')).href}"></script></head><body></body></html>`);
    const page = await context.newPage();
    try {
        await page.goto(pathToFileURL(harness).href);
        const results: MermaidResult[] = [];
        for (const diagram of diagrams) {
            results.push(await page.evaluate(async text => {
                const mermaid = (globalThis as unknown as { mermaid: { initialize(o: object): void; parse(t: string): Promise<unknown>; render(id: string, t: string): Promise<{ svg: string }> } }).mermaid;
                mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
                try {
                    await mermaid.parse(text);
                    const { svg } = await mermaid.render('d' + Math.random().toString(36).slice(2), text);
                    return { ok: true as const, svg };
                } catch (error) {
                    return { ok: false as const, error: String((error as Error).message ?? error) };
                }
            }, diagram));
        }
        const pwned = await page.evaluate(() => (globalThis as unknown as { __pwned?: string }).__pwned);
        return { results, pwned };
    } finally {
        await page.close();
    }
}

/** A DOT text laid out by Graphviz as SVG (throws when Graphviz cannot read it). */
export async function layoutDot(dot: string): Promise<string> {
    const graphviz = await Graphviz.load();
    return graphviz.layout(dot, 'svg', 'dot');
}
