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
import { writeUserSettings } from './code-server.js';
import { E2E_RUN_FOLDER, REPO_ROOT } from './paths.js';
import { Workbench } from './workbench.js';

/** The text of a file in examples/. */
export function example(relativePath: string): string {
    return fs.readFileSync(path.join(REPO_ROOT, 'examples', relativePath), 'utf8');
}

/** The 1-based number of the first line of `text` that contains `needle` (examples change: never hard-code a line). */
export function lineOf(text: string, needle: string): number {
    const index = text.split('\n').findIndex(line => line.includes(needle));
    if (index < 0) throw new Error(`No line contains '${needle}'.`);
    return index + 1;
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
    /** Open this file of the workspace (a .code-workspace) instead of the folder. */
    readonly workspaceFile?: string;
    /** VS Code's display language for this window (English when absent). */
    readonly locale?: 'nl';
    /**
     * User settings on top of the quiet defaults while this file's window is open (e.g. workspace
     * trust on); the defaults come back after its tests. Scenario files run one after another.
     */
    readonly userSettings?: Record<string, unknown>;
}

/** A window on a fresh workspace with `files` for the tests of this file; closed after them. */
export function useWorkbench(name: string, files: Record<string, string>, options: WorkbenchOptions = {}): () => Workbench {
    let workbench: Workbench | undefined;
    beforeAll(async () => {
        const folder = writeWorkspace(name, files);
        const { codeServer: { url, userDataDir }, browserEndpoint } = inject('e2e');
        if (options.userSettings) writeUserSettings(userDataDir, options.userSettings);
        workbench = await Workbench.open(url, browserEndpoint, options.workspaceFile ? path.join(folder, options.workspaceFile) : folder, { locale: options.locale });
    });
    afterAll(async () => {
        await workbench?.close();
        if (options.userSettings) writeUserSettings(inject('e2e').codeServer.userDataDir, {});
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

/** The user data folder of the run's code-server (its logs are under `logs/`). */
export function userDataDir(): string {
    return inject('e2e').codeServer.userDataDir;
}

/**
 * What VS Code logged for the Keten extension: its output channel and the extension hosts' logs,
 * of every window since the code-server started, or with a mark from `logMark()`, only the log
 * files begun after it (each window's extension host writes files of its own, so these are the
 * windows opened since, without what older windows log while they wind down).
 */
export function ketenLogs(since?: LogMark): string {
    return logFiles().filter(file => !since?.has(file))
        .map(file => `==> ${path.relative(userDataDir(), file)}\n${fs.readFileSync(file, 'utf8')}`).join('\n');
}

/** The log files there are now. */
export type LogMark = ReadonlySet<string>;
export function logMark(): LogMark {
    return new Set(logFiles());
}

function logFiles(): string[] {
    const files: string[] = [];
    const visit = (folder: string) => {
        if (!fs.existsSync(folder)) return;
        for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
            const full = path.join(folder, entry.name);
            if (entry.isDirectory()) visit(full);
            else if (/Keten|exthost|remoteexthost/i.test(entry.name) && entry.name.endsWith('.log')) files.push(full);
        }
    };
    visit(path.join(userDataDir(), 'logs'));
    return files.sort();
}
