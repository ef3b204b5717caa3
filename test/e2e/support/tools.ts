/**
 * What the e2e run needs beside this repository, installed the first time into the tool cache
 * (test/packages/tool-cache.ts) and reused after that:
 *
 * - Debian packages: `chromium` (the browser Playwright drives), `ripgrep` and `libkrb5-dev`
 *   (code-server's install builds a Kerberos module and unpacks ripgrep);
 * - code-server 4.99.3 = VS Code 1.99.3 on Node.js 20 (later versions need Node.js 22 or 24).
 *   Its install would download ripgrep from GitHub; the Debian `rg` is put where
 *   @vscode/ripgrep looks for a cached download first, so nothing but the npm registry is used.
 *
 * Playwright (playwright-core) comes from this repository's own devDependencies.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureDebianPackages } from '../../packages/debian-packages.js';
import { ensureTool, npmInstall } from '../../packages/tool-cache.js';

export const CODE_SERVER_VERSION = '4.99.3';
export const CHROMIUM = '/usr/bin/chromium';
const DEBIAN_PACKAGES = ['chromium', 'ripgrep', 'libkrb5-dev'];
// What @vscode/ripgrep 1.15.11 (a dependency of code-server 4.99.3) downloads, and where it
// looks for a cached copy first.
const RIPGREP_CACHE = path.join(os.tmpdir(), 'vscode-ripgrep-cache-1.15.11');
const RIPGREP_ARCHIVE = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

function placeRipgrepArchive(): void {
    const archive = path.join(RIPGREP_CACHE, RIPGREP_ARCHIVE);
    if (fs.existsSync(archive)) return;
    const rg = execFileSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).trim();
    const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-rg-'));
    fs.copyFileSync(rg, path.join(staging, 'rg'));
    fs.mkdirSync(RIPGREP_CACHE, { recursive: true });
    execFileSync('tar', ['czf', archive, 'rg'], { cwd: staging });
    fs.rmSync(staging, { recursive: true, force: true });
}

/** The code-server command, installed into the tool cache if needed. */
export function ensureCodeServer(): string {
    const problem = ensureDebianPackages(DEBIAN_PACKAGES);
    if (problem) throw new Error(`The e2e run needs ${DEBIAN_PACKAGES.join(', ')}: ${problem}`);
    const bin = (folder: string) => path.join(folder, 'node_modules', '.bin', 'code-server');
    const works = (folder: string) => fs.existsSync(bin(folder))
        && spawnSync(bin(folder), ['--version'], { encoding: 'utf8', timeout: 60_000 }).stdout?.startsWith(CODE_SERVER_VERSION) === true;
    const folder = ensureTool(`code-server-${CODE_SERVER_VERSION}`, works, target => {
        placeRipgrepArchive();
        process.stderr.write(`e2e: installing code-server ${CODE_SERVER_VERSION} into ${target} (once; a few minutes)\n`);
        // Its postinstall refuses to run as root without unsafe-perm, and runs npx (hence yes).
        npmInstall(target, [`code-server@${CODE_SERVER_VERSION}`], { npm_config_unsafe_perm: 'true', npm_config_yes: 'true' });
    });
    return bin(folder);
}
