/**
 * What a scenario file needs: a workspace folder of its own (files from the repository's examples
 * or written out), a VS Code window on it for the file's tests, and the logs VS Code wrote.
 *
 *   const workbench = useWorkbench('hover', { 'pilot.keten': example('gaps/pilot-schuldhulp.keten') });
 *   it('…', async () => { await workbench().openFile('pilot.keten'); … });
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { CodeServer, type CodeServerOptions } from './code-server.js';
import { E2E_RUN_FOLDER, REPO_ROOT } from './paths.js';
import { Workbench } from './workbench.js';

/** The text of a file in examples/. */
export function example(relativePath: string): string {
    return fs.readFileSync(path.join(REPO_ROOT, 'examples', relativePath), 'utf8');
}

/** Writes a workspace folder under the run folder and returns its path. */
export function writeWorkspace(name: string, files: Record<string, string>): string {
    const folder = path.join(E2E_RUN_FOLDER, 'workspaces', name);
    fs.rmSync(folder, { recursive: true, force: true });
    for (const [file, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
        fs.writeFileSync(path.join(folder, file), text);
    }
    return folder;
}

export interface WorkbenchOptions {
    /** The code-server to use (default: the shared English one). */
    readonly server?: () => string;
    /** Open this file of the workspace (a .code-workspace) instead of the folder. */
    readonly workspaceFile?: string;
}

/** A window on a fresh workspace with `files` for the tests of this file; closed after them. */
export function useWorkbench(name: string, files: Record<string, string>, options: WorkbenchOptions = {}): () => Workbench {
    let workbench: Workbench | undefined;
    beforeAll(async () => {
        const folder = writeWorkspace(name, files);
        const url = options.server?.() ?? inject('e2e').english.url;
        workbench = await Workbench.open(url, options.workspaceFile ? path.join(folder, options.workspaceFile) : folder);
    });
    afterAll(async () => {
        await workbench?.close();
    });
    return () => {
        if (!workbench) throw new Error(`The window of scenario '${name}' did not open.`);
        return workbench;
    };
}

/** The folder of the workspace `name` (as written by useWorkbench). */
export function workspaceFolder(name: string): string {
    return path.join(E2E_RUN_FOLDER, 'workspaces', name);
}

/** Everything VS Code logged for the Keten extension: its output channel and the extension host's log. */
export function ketenLogs(userDataDir: string): string {
    const files: string[] = [];
    const visit = (folder: string) => {
        if (!fs.existsSync(folder)) return;
        for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
            const full = path.join(folder, entry.name);
            if (entry.isDirectory()) visit(full);
            else if (/Keten|exthost|remoteexthost/i.test(entry.name) && entry.name.endsWith('.log')) files.push(full);
        }
    };
    visit(path.join(userDataDir, 'logs'));
    return files.sort().map(file => `==> ${path.relative(userDataDir, file)}\n${fs.readFileSync(file, 'utf8')}`).join('\n');
}

/**
 * A code-server of this scenario file's own (a Dutch one, one with workspace trust on), started
 * before its tests and stopped after them. Declare it before `useWorkbench(…, { server })`.
 */
export function useCodeServer(options: CodeServerOptions): { url: () => string; userDataDir: () => string } {
    let server: CodeServer | undefined;
    beforeAll(async () => {
        const { codeServer, vsix } = inject('e2e');
        server = await CodeServer.start(codeServer, vsix, E2E_RUN_FOLDER, options);
    });
    afterAll(async () => {
        await server?.stop();
    });
    const running = () => {
        if (!server) throw new Error(`code-server '${options.name}' did not start.`);
        return server.info;
    };
    return { url: () => running().url, userDataDir: () => running().userDataDir };
}
