/**
 * code-server (VS Code 1.99 in the browser) for the e2e run: each instance gets its own user-data
 * and extensions folders under the run folder, the Keten .vsix installed into them with
 * `--install-extension`, user settings that keep VS Code quiet (no welcome page, no tips, no
 * update checks, workspace trust off unless asked for), and optionally a display language.
 *
 * Dutch: VS Code takes a display language only from an installed language pack. Instead of the
 * Dutch pack from the marketplace (not reachable here), the run installs a stand-in pack that
 * translates nothing of VS Code itself (fixtures/vscode-nl-stand-in, packed by the global set-up)
 * and registers it in languagepacks.json as VS Code does after installing a pack: VS Code's own
 * texts stay English, but `vscode.env.language` is `nl`, which is all the Keten extension and
 * server look at.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

export interface CodeServerOptions {
    /** Name of the instance: its folders are `<run>/<name>/…`. */
    readonly name: string;
    /** VS Code's display language (`--locale`); English when absent. */
    readonly locale?: 'nl';
    /** User settings on top of the quiet defaults. */
    readonly settings?: Record<string, unknown>;
    /** Ask whether to trust each folder (VS Code's Restricted Mode), instead of trusting all. */
    readonly workspaceTrust?: boolean;
}

export interface CodeServerInfo {
    readonly url: string;
    readonly userDataDir: string;
    readonly pid: number;
}

const QUIET_SETTINGS = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'security.workspace.trust.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'telemetry.telemetryLevel': 'off',
    'chat.commandCenter.enabled': false,
    'editor.hover.delay': 300,
    'editor.minimap.enabled': false,
    'files.autoSave': 'off',
    'git.enabled': false
};

/** The folder of the Dutch stand-in pack; the global set-up packs it into this .vsix name. */
export const STAND_IN_PACK_FOLDER = path.resolve(__dirname, '../fixtures/vscode-nl-stand-in');
export const STAND_IN_PACK_ID = 'keten-e2e.keten-e2e-language-pack-nl';

async function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address() as net.AddressInfo;
            server.close(() => resolve(port));
        });
    });
}

export class CodeServer {
    private process: ChildProcess | undefined;

    private constructor(readonly info: CodeServerInfo, process: ChildProcess) {
        this.process = process;
    }

    /** Installs the extension into a fresh instance and starts it; resolves once it listens. */
    static async start(bin: string, vsix: string, run: string, options: CodeServerOptions): Promise<CodeServer> {
        const packVsix = path.join(run, 'language-pack-nl.vsix');
        const home = path.join(run, options.name);
        fs.rmSync(home, { recursive: true, force: true });
        const userDataDir = path.join(home, 'user');
        const extensionsDir = path.join(home, 'extensions');
        fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
        const trust = options.workspaceTrust ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'always' } : {};
        fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...trust, ...options.settings }, null, 2));
        const common = ['--config', path.join(home, 'config.yaml'), '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
        for (const extension of [vsix, ...(options.locale ? [packVsix] : [])]) {
            const install = spawnSync(bin, [...common, '--install-extension', extension], { encoding: 'utf8', timeout: 180_000 });
            if (install.status !== 0 || !/successfully installed/.test(install.stdout)) {
                throw new Error(`code-server --install-extension ${extension} failed:\n${install.stdout}\n${install.stderr}`);
            }
        }
        if (options.locale) {
            const installed = fs.readdirSync(extensionsDir).find(name => name.startsWith(STAND_IN_PACK_ID));
            if (!installed) throw new Error('The Dutch stand-in language pack was not installed.');
            fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify({
                [options.locale]: {
                    hash: 'keten-e2e-stand-in',
                    extensions: [{ extensionIdentifier: { id: STAND_IN_PACK_ID }, version: '1.0.0' }],
                    translations: { vscode: path.join(extensionsDir, installed, 'translations', 'main.i18n.json') },
                    label: 'Nederlands'
                }
            }));
        }
        const port = await freePort();
        const log = fs.openSync(path.join(home, 'code-server.log'), 'w');
        const child = spawn(bin, [
            ...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
            ...(options.workspaceTrust ? [] : ['--disable-workspace-trust']), '--disable-getting-started-override', ...(options.locale ? ['--locale', options.locale] : [])
        ], { detached: true, stdio: ['ignore', log, log] });
        fs.closeSync(log);
        const server = new CodeServer({ url: `http://127.0.0.1:${port}`, userDataDir, pid: child.pid! }, child);
        await server.waitUntilListening(path.join(home, 'code-server.log'));
        return server;
    }

    private async waitUntilListening(logFile: string): Promise<void> {
        const deadline = Date.now() + 120_000;
        while (Date.now() < deadline) {
            if (this.process?.exitCode !== null) throw new Error(`code-server exited: ${fs.readFileSync(logFile, 'utf8')}`);
            if (/HTTP server listening on/.test(fs.readFileSync(logFile, 'utf8'))) return;
            await new Promise(resolve => setTimeout(resolve, 250));
        }
        throw new Error(`code-server did not listen within two minutes: ${fs.readFileSync(logFile, 'utf8')}`);
    }

    /** Stops code-server and everything it started (its process group), by its own pid. */
    async stop(): Promise<void> {
        const child = this.process;
        this.process = undefined;
        if (!child || child.exitCode !== null) return;
        const exited = new Promise<void>(resolve => child.once('exit', () => resolve()));
        try {
            process.kill(-child.pid!, 'SIGTERM');
        } catch {
            child.kill('SIGTERM');
        }
        const timer = setTimeout(() => { try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone */ } }, 10_000);
        await exited;
        clearTimeout(timer);
    }
}

/** Stops a code-server started elsewhere (by the global set-up), by its process group id. */
export function stopProcessGroup(pid: number): void {
    try {
        process.kill(-pid, 'SIGTERM');
    } catch {
        // already gone
    }
}
