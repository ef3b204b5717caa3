/**
 * A VS Code window in headless Chromium, driven as a user drives it: the command palette, Quick
 * Open, the keyboard, the mouse; and read as a user reads it: the status bar, the Problems panel,
 * hovers, the suggestion list, webviews. Every wait has a generous limit (against hangs, never a
 * speed check). Scenario files use one Workbench per workspace folder.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type BrowserContext, type BrowserServer, type ConsoleMessage, type FrameLocator, type Locator, type Page } from 'playwright-core';
import { ensureDebianPackages } from '../../packages/debian-packages.js';
import { CHROMIUM } from './tools.js';
import { COMMITTED_SCREENSHOTS, RUN_SCREENSHOTS } from './paths.js';

const WAIT = 60_000;

/** Starts the run's one headless Chromium; scenario files connect to it (`Workbench.open`). */
export async function launchBrowserServer(): Promise<BrowserServer> {
    return chromium.launchServer({
        executablePath: CHROMIUM,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
    });
}

export interface ConsoleEntry {
    readonly type: string;
    readonly text: string;
    readonly url: string;
}

export class Workbench {
    /** Every console message of the page and its frames (webviews included), in order. */
    readonly console: ConsoleEntry[] = [];

    private constructor(private readonly context: BrowserContext, readonly page: Page, readonly folder: string) {
        page.on('console', (message: ConsoleMessage) => {
            this.console.push({ type: message.type(), text: message.text(), url: message.location().url });
        });
    }

    /**
     * Opens VS Code on `folder` (a folder, or a .code-workspace file) and waits until the
     * workbench is up; in Dutch with `locale: 'nl'` (code-server reads the `vscode.nls.locale`
     * cookie, see code-server.ts).
     */
    static async open(serverUrl: string, browserEndpoint: string, folder: string, options: { locale?: 'nl' } = {}): Promise<Workbench> {
        // The run's one Chromium (started by the global set-up); each window a fresh context of its own.
        const browser = await chromium.connect(browserEndpoint, { timeout: WAIT });
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
        if (options.locale) await context.addCookies([{ name: 'vscode.nls.locale', value: options.locale, url: serverUrl }]);
        const page = await context.newPage();
        const workbench = new Workbench(context, page, folder);
        await workbench.load(serverUrl);
        return workbench;
    }

    private async load(serverUrl: string): Promise<void> {
        const query = this.folder.endsWith('.code-workspace') ? `workspace=${encodeURIComponent(this.folder)}` : `folder=${encodeURIComponent(this.folder)}`;
        for (let attempt = 1; ; attempt++) {
            await this.page.goto(`${serverUrl}/?${query}`, { waitUntil: 'domcontentloaded', timeout: WAIT });
            await this.page.locator('.monaco-workbench').waitFor({ timeout: WAIT });
            await this.page.locator('#status\\.problems, .statusbar-item[id="status.problems"]').first().waitFor({ timeout: WAIT });
            // code-server sometimes opens a .code-workspace with none of its folders ("No folder
            // opened" in the explorer: no file search, no workspace for the language server).
            // Then the window is loaded again.
            if (attempt >= 3 || await this.hasItsFolders()) return;
        }
    }

    /** Whether the explorer shows every folder of the .code-workspace file (a plain folder always has itself). */
    private async hasItsFolders(): Promise<boolean> {
        if (!this.folder.endsWith('.code-workspace')) return true;
        const { folders } = JSON.parse(fs.readFileSync(this.folder, 'utf8')) as { folders: Array<{ path: string }> };
        const roots = this.page.locator('.explorer-folders-view .monaco-list-row[aria-level="1"]');
        try {
            await roots.nth(folders.length - 1).waitFor({ timeout: WAIT / 4 });
            return true;
        } catch {
            return false;
        }
    }

    async close(): Promise<void> {
        const browser = this.context.browser();
        await this.context.close();
        await browser?.close(); // the connection; the shared Chromium stays for the next file
    }

    // ---------------------------------------------------------------- commands and files

    /** Runs a command from the command palette by its title, e.g. "Keten: Show Effect Report". */
    async runCommand(title: string): Promise<void> {
        await this.openPalette('>' + title);
        const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
        await row.waitFor({ timeout: WAIT });
        await this.page.keyboard.press('Enter');
        await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: WAIT });
    }

    /** The titles the command palette offers for `filter`. */
    async paletteEntries(filter: string): Promise<string[]> {
        await this.openPalette('>' + filter);
        const rows = this.page.locator('.quick-input-list .monaco-list-row .label-name');
        await rows.first().waitFor({ timeout: WAIT });
        const entries = await rows.allInnerTexts();
        await this.page.keyboard.press('Escape');
        return entries.map(entry => entry.replace(/\s+/g, ' ').trim());
    }

    private async openPalette(text: string): Promise<void> {
        const input = this.page.locator('.quick-input-widget .quick-input-box input');
        for (let attempt = 0; attempt < 3; attempt++) {
            await this.page.keyboard.press('F1');
            try {
                await input.waitFor({ state: 'visible', timeout: 10_000 });
                break;
            } catch {
                await this.page.keyboard.press('Escape');
            }
        }
        await input.fill(text);
    }

    /** Opens a file of the workspace with Quick Open, in the first editor group, and waits for its editor. */
    async openFile(relativePath: string): Promise<void> {
        const name = path.basename(relativePath);
        // Files open in the first group, as a user who clicks back into the editor does (not in
        // the group of a preview beside it).
        await this.page.keyboard.press('Control+1');
        // Quick Open asks the file search, which on a first start of a multi-root workspace may
        // not list the file yet: Quick Open is opened again and the path typed again a few times
        // (the whole wait is still WAIT per try; a hang, not slowness, fails the test).
        const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
        for (let attempt = 1; ; attempt++) {
            await this.page.keyboard.press('Control+P');
            const input = this.page.locator('.quick-input-widget .quick-input-box input');
            await input.waitFor({ state: 'visible', timeout: WAIT });
            await input.fill(relativePath);
            try {
                await row.waitFor({ timeout: attempt < 3 ? WAIT / 4 : WAIT });
                break;
            } catch (error) {
                if (attempt >= 3) throw error;
                await this.page.keyboard.press('Escape');
            }
        }
        await this.page.keyboard.press('Enter');
        await this.page.locator(`.editor-group-container.active .tab.active[data-resource-name="${name}"]`).waitFor({ timeout: WAIT });
        await this.editor().waitFor({ timeout: WAIT });
    }

    /** The text editor of the active editor group. */
    editor(): Locator {
        return this.page.locator('.editor-group-container.active .monaco-editor[data-uri]').first();
    }

    /** The visible lines of the active editor as text (Monaco draws spaces as no-break spaces). */
    async visibleText(): Promise<string> {
        return (await this.editor().locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
    }

    /** Moves the cursor to a line and column (1-based) with Go to Line. */
    async goTo(line: number, column = 1): Promise<void> {
        await this.editor().click({ position: { x: 200, y: 10 } });
        await this.page.keyboard.press('Control+G');
        const input = this.page.locator('.quick-input-widget .quick-input-box input');
        await input.waitFor({ state: 'visible', timeout: WAIT });
        await input.fill(`:${line}:${column}`);
        await this.page.keyboard.press('Enter');
        await input.waitFor({ state: 'hidden', timeout: WAIT });
    }

    async save(): Promise<void> {
        await this.page.keyboard.press('Control+S');
        await this.page.locator('.tab.active.dirty').waitFor({ state: 'detached', timeout: WAIT });
    }

    // ---------------------------------------------------------------- what the user sees

    /** The text of a status bar item, e.g. `status.editor.mode` (the language) or `status.problems`. */
    async statusBarText(id: string): Promise<string> {
        const item = this.page.locator(`[id="${id}"]`);
        await item.waitFor({ timeout: WAIT });
        return (await item.innerText()).replace(/\s+/g, ' ').trim();
    }

    /** Waits until a status bar item's text passes `test`, and returns it. */
    async waitForStatusBar(id: string, test: (text: string) => boolean): Promise<string> {
        return this.waitFor(`status bar item ${id}`, async () => {
            const text = await this.statusBarText(id).catch(() => '');
            return test(text) ? text : undefined;
        });
    }

    /** Opens the Problems panel and returns one entry per finding: message, source, code and position. */
    async problems(): Promise<string[]> {
        const panel = this.page.locator('.markers-panel');
        if (!(await panel.isVisible())) await this.page.keyboard.press('Control+Shift+M');
        await panel.waitFor({ timeout: WAIT });
        return (await panel.locator('.monaco-list-row').allInnerTexts()).map(text => text.replace(/\s+/g, ' ').trim());
    }

    /** Waits until the Problems panel lists entries that pass `test`. */
    async waitForProblems(test: (rows: string[]) => boolean): Promise<string[]> {
        return this.waitFor('the Problems panel', async () => {
            const rows = await this.problems();
            return test(rows) ? rows : undefined;
        });
    }

    /** Hovers the first token with exactly this text in the visible editor and returns the hover's text. */
    async hover(token: string): Promise<string> {
        const target = this.editor().locator('.view-lines span span', { hasText: new RegExp(`^${escapeRegExp(token)}$`) }).first();
        await target.waitFor({ timeout: WAIT });
        return this.waitFor(`a hover over '${token}'`, async () => {
            await this.page.mouse.move(0, 0);
            await target.hover();
            const hover = this.page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-resizable-hover .monaco-hover-content').first();
            await hover.waitFor({ state: 'visible', timeout: 5_000 }).catch(() => undefined);
            const text = (await hover.innerText().catch(() => '')).trim();
            return text && !/^Loading/.test(text) ? text : undefined;
        });
    }

    /**
     * Asks for suggestions at the cursor (Ctrl+Space) and returns their labels (the visible part
     * of the list), asking again until `until` accepts them: the list of a moment ago may still
     * be on screen while the new one is computed.
     */
    async suggestions(until: (labels: string[]) => boolean = () => true): Promise<string[]> {
        const widget = this.page.locator('.editor-widget.suggest-widget.visible');
        return this.waitFor('the suggestion list', async () => {
            if (await widget.isVisible()) {
                await this.page.keyboard.press('Escape');
                await widget.waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
            }
            await this.page.keyboard.press('Control+Space');
            await widget.waitFor({ timeout: 5_000 }).catch(() => undefined);
            await this.page.waitForTimeout(300);
            const labels = (await widget.locator('.monaco-list-row .label-name').allInnerTexts().catch(() => [])).map(l => l.trim());
            if (labels.length === 0 || labels.some(l => /^Loading/.test(l)) || !until(labels)) return undefined;
            return labels;
        });
    }

    /** Opens the quick fixes at the cursor (Ctrl+.) and returns their titles. */
    async quickFixes(): Promise<string[]> {
        return this.waitFor('the quick fix menu', async () => {
            await this.page.keyboard.press('Control+.');
            const menu = this.page.locator('.action-widget');
            await menu.waitFor({ state: 'visible', timeout: 5_000 }).catch(() => undefined);
            const titles = (await menu.locator('.monaco-list-row.action .title, .monaco-list-row.action').allInnerTexts().catch(() => []))
                .map(t => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
            if (titles.length === 0) {
                await this.page.keyboard.press('Escape');
                return undefined;
            }
            return [...new Set(titles)];
        });
    }

    /** Applies the quick fix with this title from the open menu, with the keyboard (arrows, Enter). */
    async applyQuickFix(title: string): Promise<void> {
        const rows = this.page.locator('.action-widget .monaco-list-row.action');
        const count = await rows.count();
        for (let step = 0; step <= count; step++) {
            const focused = await this.page.locator('.action-widget .monaco-list-row.action.focused').getAttribute('aria-label').catch(() => null);
            if (focused === title) {
                await this.page.keyboard.press('Enter');
                await this.page.locator('.action-widget').waitFor({ state: 'hidden', timeout: WAIT });
                return;
            }
            await this.page.keyboard.press('ArrowDown');
        }
        throw new Error(`The quick fix menu has no '${title}'.`);
    }

    /** The title of every open editor tab (webview panels included). */
    async tabTitles(): Promise<string[]> {
        return (await this.page.locator('.tabs-container .tab .label-name').allInnerTexts()).map(t => t.trim());
    }

    /** The content frame of the webview panel whose tab has this title (the tab is brought to the front). */
    async webview(tabTitle: string): Promise<FrameLocator> {
        const tab = this.page.locator('.tab', { hasText: tabTitle }).first();
        await tab.waitFor({ timeout: WAIT });
        await tab.click();
        // A webview is an iframe (the host page) holding the content in #active-frame; only the
        // front webview of each group is shown.
        const host = this.page.locator('iframe.webview.ready').filter({ visible: true });
        await this.waitFor(`the webview '${tabTitle}'`, async () => (await host.count()) > 0 ? true : undefined);
        const frame = host.last().contentFrame().frameLocator('#active-frame');
        // The first webview of a window waits for its service worker. In headless Chromium that
        // wait now and then never ends (seen once in a full e2e run: the host frame ready, its
        // content frame never attached); VS Code's own Developer: Reload Webviews then loads it.
        try {
            await frame.locator('body').waitFor({ state: 'attached', timeout: WAIT });
        } catch {
            await this.runCommand('Developer: Reload Webviews');
            await tab.click();
            await frame.locator('body').waitFor({ state: 'attached', timeout: WAIT });
        }
        return frame;
    }

    /** Console messages that report a Content-Security-Policy violation. */
    cspViolations(): ConsoleEntry[] {
        return this.console.filter(entry => /Content Security Policy|Refused to (load|apply|execute|connect|frame)/i.test(entry.text));
    }

    /** Reloads the window (Developer: Reload Window) and waits until the workbench is up again. */
    async reloadWindow(): Promise<void> {
        await this.runCommand('Developer: Reload Window');
        await this.page.waitForLoadState('domcontentloaded', { timeout: WAIT });
        await this.page.locator('.monaco-workbench').waitFor({ timeout: WAIT });
        await this.page.locator('[id="status.problems"]').waitFor({ timeout: WAIT });
    }

    /**
     * A screenshot of the window: always into the run folder; also into test/e2e/screenshots
     * (committed, small) when KETEN_E2E_SCREENSHOTS=1.
     */
    async screenshot(name: string, clip?: Locator): Promise<string> {
        fs.mkdirSync(RUN_SCREENSHOTS, { recursive: true });
        const file = path.join(RUN_SCREENSHOTS, `${name}.png`);
        const options = { path: file, animations: 'disabled' as const, caret: 'hide' as const };
        if (clip) await clip.screenshot(options);
        else await this.page.screenshot(options);
        if (process.env.KETEN_E2E_SCREENSHOTS === '1') commitScreenshot(file, name);
        return file;
    }

    /** Polls `probe` until it returns a value (a minute at most), for things that appear asynchronously. */
    async waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = WAIT): Promise<T> {
        const deadline = Date.now() + timeoutMs;
        let last: unknown;
        while (Date.now() < deadline) {
            try {
                const value = await probe();
                if (value !== undefined) return value;
            } catch (error) {
                last = error;
            }
            await this.page.waitForTimeout(500);
        }
        const shot = await this.screenshot(`failed-${what.replace(/[^\w]+/g, '-')}`).catch(() => '');
        throw new Error(`Waited ${timeoutMs / 1000} s for ${what} in vain${last ? ` (${String(last)})` : ''}; screenshot: ${shot}`);
    }
}

/**
 * Copies a screenshot into test/e2e/screenshots, made small with pngquant (Debian's `pngquant`,
 * 256 colours: a third of the size, no visible difference for a UI) when it can be installed.
 */
function commitScreenshot(file: string, name: string): void {
    fs.mkdirSync(COMMITTED_SCREENSHOTS, { recursive: true });
    const target = path.join(COMMITTED_SCREENSHOTS, `${name}.png`);
    const quantized = !ensureDebianPackages(['pngquant'])
        && spawnSync('pngquant', ['--quality', '60-90', '--speed', '1', '--strip', '--force', '--output', target, file]).status === 0;
    if (!quantized) fs.copyFileSync(file, target);
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
