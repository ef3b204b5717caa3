/**
 * Headless Chromium for the browser tests (HTML report, Mermaid). When /usr/bin/chromium is
 * missing, scripts/ensure-chromium.sh installs it (as root, on a fresh CI machine); when that
 * cannot be done the tests that need it are skipped, and say so.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { REPO_ROOT } from '../support/run-keten.js';

export const CHROMIUM = '/usr/bin/chromium';

/** Whether Chromium is there, installing it first when it is missing and we may. */
export function chromiumAvailable(): boolean {
    if (fs.existsSync(CHROMIUM)) return true;
    try {
        execFileSync('flock', [path.join(os.tmpdir(), 'keten-chromium.lock'), 'sh', path.join(REPO_ROOT, 'scripts/ensure-chromium.sh')], { stdio: 'inherit', timeout: 540_000 });
    } catch {
        console.warn('Skipping browser tests: Chromium is missing and scripts/ensure-chromium.sh could not install it.');
        return false;
    }
    return fs.existsSync(CHROMIUM);
}

export interface LaunchedBrowser {
    readonly context: BrowserContext;
    close(): Promise<void>;
}

/** A fresh Chromium with its own profile folder, talking to nothing on the network. */
export async function launchChromium(): Promise<LaunchedBrowser> {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']
    });
    return {
        context,
        async close() {
            await context.close();
            fs.rmSync(profile, { recursive: true, force: true });
        }
    };
}
