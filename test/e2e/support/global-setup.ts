/**
 * Once per `npm run test:e2e`: installs the tools (first time only), builds the extension and
 * packs the .vsix exactly as a release does, and starts the one code-server with it that every
 * scenario shares, and one headless Chromium (each scenario opens a workspace folder of its own
 * in a browser context of its own;
 * a Dutch window or one with workspace trust on is chosen per window, see code-server.ts).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { createRequire } from 'node:module';
import { CodeServer, STAND_IN_PACK_FOLDER } from './code-server.js';
import { E2E_RUN_FOLDER, REPO_ROOT } from './paths.js';
import { ensureCodeServer } from './tools.js';
import { launchBrowserServer } from './workbench.js';

let server: CodeServer | undefined;
let browser: BrowserServer | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
    fs.rmSync(E2E_RUN_FOLDER, { recursive: true, force: true });
    fs.mkdirSync(E2E_RUN_FOLDER, { recursive: true });
    const codeServer = ensureCodeServer();
    const vsix = path.join(E2E_RUN_FOLDER, 'keten-vscode.vsix');
    const extension = path.join(REPO_ROOT, 'packages/extension');
    execFileSync(process.execPath, [path.join(extension, 'build.mjs')], { cwd: REPO_ROOT, stdio: 'inherit' });
    execFileSync(process.execPath, [path.join(extension, 'package-vsix.mjs'), '--out', vsix], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    // The Dutch stand-in language pack, for scenarios with a Dutch VS Code.
    const vsce = path.join(path.dirname(createRequire(__filename).resolve('@vscode/vsce/package.json')), 'vsce');
    execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--out', path.join(E2E_RUN_FOLDER, 'language-pack-nl.vsix')],
        { cwd: STAND_IN_PACK_FOLDER, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, VSCE_STORE: 'file' } });
    [server, browser] = await Promise.all([CodeServer.start(codeServer, vsix, E2E_RUN_FOLDER, { name: 'code-server' }), launchBrowserServer()]);
    project.provide('e2e', { codeServer: server.info, browserEndpoint: browser.wsEndpoint() });
    return async () => {
        await browser?.close();
        await server?.stop();
    };
}

declare module 'vitest' {
    export interface ProvidedContext {
        e2e: {
            /** The code-server every scenario shares. */
            codeServer: { url: string; userDataDir: string; pid: number };
            /** The run's one headless Chromium, for `chromium.connect`. */
            browserEndpoint: string;
        };
    }
}
