/**
 * The built playground served by the real `keten playground --port 0` (as a user starts it),
 * and headless Chromium pages that record every console error and every request that leaves
 * the server's origin.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

// Found from this module's own URL (not test/support/run-keten.ts's `__dirname`), so that
// `npm run bench` (tsx, plain ES modules) loads this file as vitest does.
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The system Chromium (test/report/headless-chromium.ts installs it when it is missing). */
const CHROMIUM = '/usr/bin/chromium';

export const KETEN_BIN = path.join(REPO_ROOT, 'packages/cli/bin/keten.cjs');

export interface ServedPlayground {
    readonly url: string;
    readonly process: ChildProcess;
    /** Stops the server as Ctrl-C does; resolves with its exit code and what it printed. */
    stop(): Promise<{ code: number | null; stdout: string }>;
}

export async function servePlayground(args: string[] = []): Promise<ServedPlayground> {
    const child = spawn(process.execPath, [KETEN_BIN, 'playground', '--port', '0', ...args], { cwd: REPO_ROOT, env: { ...process.env, KETEN_LOCALE: 'en' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', chunk => { stdout += chunk; });
    child.stderr.on('data', chunk => { stderr += chunk; });
    const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`keten playground printed no address: ${stdout}${stderr}`)), 60_000);
        const look = () => {
            const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout);
            if (match) { clearTimeout(timer); resolve(match[0]); }
        };
        child.stdout.on('data', look);
        child.once('exit', code => { clearTimeout(timer); reject(new Error(`keten playground exited ${code}: ${stderr}`)); });
    });
    const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)));
    return {
        url,
        process: child,
        async stop() {
            child.kill('SIGINT');
            const code = await exited;
            return { code, stdout };
        }
    };
}

export async function launchBrowser(): Promise<Browser> {
    return chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']
    });
}

export interface WatchedPage {
    readonly page: Page;
    readonly context: BrowserContext;
    /** Console errors and uncaught exceptions. */
    readonly errors: string[];
    /** Requests to anywhere but the playground's server (blob: and data: URLs stay in the page). */
    readonly external: string[];
    readonly dialogs: string[];
}

export async function openPage(browser: Browser, url: string, viewport = { width: 1440, height: 900 }, context?: BrowserContext): Promise<WatchedPage> {
    const ownContext = context ?? await browser.newContext({ viewport, locale: 'en-US' });
    const page = await ownContext.newPage();
    const origin = new URL(url).origin;
    const errors: string[] = [];
    const external: string[] = [];
    const dialogs: string[] = [];
    page.on('console', message => { if (message.type() === 'error') errors.push(message.text()); });
    page.on('pageerror', error => errors.push(error.message));
    page.on('dialog', dialog => { dialogs.push(dialog.message()); void dialog.accept(); });
    ownContext.on('request', request => {
        const target = request.url();
        if (!target.startsWith(origin) && !target.startsWith('blob:') && !target.startsWith('data:')) external.push(target);
    });
    await page.goto(url);
    return { page, context: ownContext, errors, external, dialogs };
}

/** Waits until the problems list has the checker's first answer. */
export async function waitUntilChecked(page: Page): Promise<void> {
    await page.waitForSelector('.problems[data-state="checked"]', { timeout: 60_000 });
}

/** Adds a file with the tab's "+" and types `text` into it. */
export async function typeNewFile(page: Page, text: string): Promise<void> {
    await page.click('.file-tab-add');
    await page.waitForSelector('.file-tab-active .file-tab-name');
    await page.click('.editor-host .view-lines');
    await page.keyboard.insertText(text);
}

/** The rule ids in the problems list, of one file or of all. */
export async function problemRules(page: Page, file?: string): Promise<string[]> {
    const selector = file ? `.problem[data-file="${file}"]` : '.problem';
    return page.$$eval(selector, rows => rows.map(row => row.getAttribute('data-rule') ?? ''));
}
