/**
 * The one code-server (VS Code 1.99 in the browser) of an e2e run, shared by every scenario: its
 * own user-data and extensions folders under the run folder, the Keten .vsix installed into them
 * with `--install-extension`, and user settings that keep VS Code quiet (no welcome page, no
 * tips, no update checks, workspace trust off unless a scenario turns it on).
 *
 * What other scenarios needed a code-server of their own for is chosen per window instead:
 *
 * - Dutch: VS Code takes a display language only from an installed language pack, and code-server
 *   picks the language per page (no `--locale`: then its argv.json, then the `vscode.nls.locale`
 *   cookie, then the browser's Accept-Language; argv.json is written without a locale). Instead of the Dutch pack from the marketplace
 *   (not reachable here), a stand-in pack that translates nothing of VS Code itself
 *   (fixtures/vscode-nl-stand-in, packed by the global set-up) is installed and registered in
 *   languagepacks.json as VS Code does after installing a pack; a window opened with the cookie
 *   (`Workbench.open(…, { locale: 'nl' })`) then has VS Code's own texts in English, but
 *   `vscode.env.language` is `nl` in its extension host, which is all the Keten extension and
 *   server look at.
 * - Workspace trust: the server runs without `--disable-workspace-trust`, so the user setting
 *   `security.workspace.trust.enabled` decides, and a scenario can turn it on for its window
 *   (`withUserSettings`), as a user does.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

export interface CodeServerOptions {
    /** Name of the instance: its folders are `<run>/<name>/…`. */
    readonly name: string;
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

/** The folder of the Dutch stand-in pack; the global set-up packs it into `language-pack-nl.vsix`. */
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

    /** Installs the extension (and the Dutch stand-in pack) into a fresh instance and starts it; resolves once it listens. */
    static async start(bin: string, vsix: string, run: string, options: CodeServerOptions): Promise<CodeServer> {
        const packVsix = path.join(run, 'language-pack-nl.vsix');
        const home = path.join(run, options.name);
        fs.rmSync(home, { recursive: true, force: true });
        const userDataDir = path.join(home, 'user');
        const extensionsDir = path.join(home, 'extensions');
        fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
        writeUserSettings(userDataDir, {});
        const common = ['--config', path.join(home, 'config.yaml'), '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
        // One call installs both (code-server takes --install-extension more than once).
        const install = spawnSync(bin, [...common, '--install-extension', vsix, '--install-extension', packVsix], { encoding: 'utf8', timeout: 180_000 });
        if (install.status !== 0 || (install.stdout.match(/successfully installed/g) ?? []).length !== 2) {
            throw new Error(`code-server --install-extension failed:\n${install.stdout}\n${install.stderr}`);
        }
        const installed = fs.readdirSync(extensionsDir).find(name => name.startsWith(STAND_IN_PACK_ID));
        if (!installed) throw new Error('The Dutch stand-in language pack was not installed.');
        fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify({
            nl: {
                hash: 'keten-e2e-stand-in',
                extensions: [{ extensionIdentifier: { id: STAND_IN_PACK_ID }, version: '1.0.0' }],
                translations: { vscode: path.join(extensionsDir, installed, 'translations', 'main.i18n.json') },
                label: 'Nederlands'
            }
        }));
        // VS Code's argv.json (in the User folder for code-server) without a locale, so that the
        // page's cookie decides the language (when the file is missing, code-server takes English
        // and never looks at the cookie).
        fs.writeFileSync(path.join(userDataDir, 'User', 'argv.json'), JSON.stringify({ 'enable-crash-reporter': false }));
        const port = await freePort();
        const log = fs.openSync(path.join(home, 'code-server.log'), 'w');
        const child = spawn(bin, [
            ...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
            '--disable-getting-started-override'
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

/** Writes the user settings: the quiet defaults with `extra` on top. */
export function writeUserSettings(userDataDir: string, extra: Record<string, unknown>): void {
    fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...extra }, null, 2));
}
