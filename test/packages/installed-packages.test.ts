/**
 * @keten/cli and @keten/language-server as users get them: `npm pack` of each gives one small
 * tarball whose only runtime dependencies are the ones its package.json declares; installed into
 * an empty folder (the registry is the only other source), every `keten` command works there,
 * and the language server answers over stdio — on Node.js 20 and on Node.js 22. The browser
 * playground is a package of its own (@keten/playground, Monaco makes it 2 MB), an optional peer
 * of the CLI: installed beside it, `keten playground` serves it.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runKeten } from '../support/run-keten.js';
import { COMMAND_CASES, caseFiles, stdinOf, type CommandCase, type KetenResult } from './command-cases.js';
import { installedKeten, kilobytes, packKeten, readJson, type PackedKeten } from './packed-packages.js';
import { StdioLanguageClient } from './stdio-language-client.js';
import { node22, nodeVersionOf } from './tool-cache.js';

const BUDGET_BYTES = 2_000_000;
/** The playground carries Monaco (3.5 MB of the 6 MB it unpacks to); it is not needed for CI. */
const PLAYGROUND_BUDGET_BYTES = 2_500_000;
const PACKAGE_TIMEOUT = 600_000;

let packed: PackedKeten;
/** The three tarballs installed into an empty folder (shared, see packed-packages.ts). */
let installed: string;
/** This file's own case folders, inside the installed folder so that `npx` finds the package. */
let cases: string;
let runtimes: Record<'20' | '22', string>;

beforeAll(() => {
    packed = packKeten();
    installed = installedKeten('cli-server-playground', p => [p.cli.tarball, p.server.tarball, p.playground.tarball]);
    cases = fs.mkdtempSync(path.join(installed, 'cases-'));
    runtimes = { '20': process.execPath, '22': node22() };
}, PACKAGE_TIMEOUT);

afterAll(() => {
    if (cases) fs.rmSync(cases, { recursive: true, force: true });
});

/** Commands `keten --help` lists (from the repository's build: known before any test runs). */
function listedCommands(): string[] {
    const help = runKeten(['--help']).stdout;
    const section = help.slice(help.indexOf('Commands:'));
    return [...section.matchAll(/^ {2}([a-z]+)\b/gm)].map(m => m[1]);
}
const LISTED = listedCommands();
const available = (testCase: CommandCase) => testCase.command.startsWith('-') || LISTED.includes(testCase.command);

/** PATH with the given Node.js first, as in a shell where that Node.js is installed. */
function envWith(node: string): NodeJS.ProcessEnv {
    return { ...process.env, PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH}`, NO_COLOR: '1', KETEN_LOCALE: '' };
}

function writeFiles(folder: string, files: Record<string, string>): void {
    for (const [name, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
        fs.writeFileSync(path.join(folder, name), text);
    }
}

let caseNumber = 0;
/** A fresh folder inside the installed one (so `npx` and the bin find the package), with the case's files. */
function caseFolder(): string {
    const folder = path.join(cases, String(++caseNumber));
    writeFiles(folder, caseFiles(path.join(REPO_ROOT, 'examples')));
    return folder;
}

/** A command that serves until stopped: fetch `serves.path` once it prints its address, then Ctrl-C. */
async function runServing(command: string, testCase: CommandCase, folder: string, node: string): Promise<KetenResult & { body: string }> {
    const child = spawn(command, [...testCase.args], { cwd: folder, env: envWith(node), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', chunk => { stderr += String(chunk); });
    const exited = new Promise<number>(resolve => child.once('exit', code => resolve(code ?? -1)));
    const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no address within a minute: ${stdout} ${stderr}`)), 60_000);
        child.stdout.on('data', chunk => {
            stdout += String(chunk);
            const match = /http:\/\/[\w.:[\]-]+\//.exec(stdout);
            if (match) { clearTimeout(timer); resolve(match[0]); }
        });
        child.once('exit', () => { clearTimeout(timer); reject(new Error(`exited before serving: ${stderr}`)); });
    });
    let body = '';
    try {
        body = await (await fetch(new URL(testCase.serves!.path, url))).text();
    } finally {
        child.kill('SIGINT');
    }
    const code = await exited;
    return { code, stdout, stderr, body };
}

function run(command: string, args: readonly string[], folder: string, node: string, input?: string): KetenResult {
    const result = spawnSync(command, [...args], { cwd: folder, env: envWith(node), input, encoding: 'utf8', timeout: 120_000 });
    return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

describe('the tarballs', () => {
    it('stay within the budget of 2 MB each, and docs/ci.md states their size', () => {
        const docs = fs.readFileSync(path.join(REPO_ROOT, 'docs/ci.md'), 'utf8');
        for (const pkg of [packed.cli, packed.server, packed.playground]) {
            const budget = pkg === packed.playground ? PLAYGROUND_BUDGET_BYTES : BUDGET_BYTES;
            expect(pkg.size, `${pkg.name} is ${pkg.size} bytes packed`).toBeLessThanOrEqual(budget);
            const stated = new RegExp(`\\| \`${pkg.name}\` \\| \`[^\`]+\` \\| (\\d[\\d,]*) kB \\|`).exec(docs);
            expect(stated, `docs/ci.md states the size of ${pkg.name}`).not.toBeNull();
            const kB = Number(stated![1].replace(/,/g, ''));
            // Within a quarter of the real size: the docs say what a user downloads.
            expect(Math.abs(kB - kilobytes(pkg.size)) / kilobytes(pkg.size),
                `docs/ci.md says ${kB} kB for ${pkg.name}; it is ${kilobytes(pkg.size)} kB: update the table`).toBeLessThanOrEqual(0.25);
        }
    });

    it('hold the bundles, the bins, README and LICENSE, and no sources or source maps', () => {
        expect(packed.cli.files).toEqual(['LICENSE', 'README.md', 'bin/keten.cjs', 'dist/keten-chain-layout.cjs', 'dist/keten-docx.cjs', 'dist/keten-docx.cjs.LEGAL.txt', 'dist/keten-pdf.cjs', 'dist/keten-pdf.cjs.LEGAL.txt', 'dist/keten.cjs', 'dist/keten.cjs.LEGAL.txt', 'dist/validate-worker.cjs', 'keten.config.schema.json', 'package.json']);
        expect(packed.server.files).toEqual(['LICENSE', 'README.md', 'bin/keten-language-server.cjs', 'dist/server.cjs', 'package.json']);
        // The playground: the built page and its assets, without the .br/.gz copies (sirv serves the files as they are).
        expect(packed.playground.files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'dist/index.html', 'dist/security-headers.json', 'package.json']));
        expect(packed.playground.files.filter(file => !/^(LICENSE|README\.md|package\.json|dist\/.*)$/.test(file) || /\.(br|gz|map)$/.test(file))).toEqual([]);
    });

    it('need at run time only what their package.json declares', () => {
        for (const [pkg, files] of [[packed.cli, ['bin/keten.cjs', 'dist/keten.cjs', 'dist/keten-pdf.cjs', 'dist/keten-docx.cjs', 'dist/keten-chain-layout.cjs']], [packed.server, ['bin/keten-language-server.cjs', 'dist/server.cjs']]] as const) {
            const root = path.join(installed, 'node_modules', pkg.name);
            const required = new Set<string>();
            for (const file of files) {
                const code = fs.readFileSync(path.join(root, file), 'utf8');
                // `require('x')`, and `import('x')` (the chain pictures import Graphviz, an ES module).
                for (const match of code.matchAll(/\b(?:require|import)\(\s*["']([^"'.][^"']*)["']\s*\)/g)) required.add(match[1]);
            }
            const builtins = new Set(builtinModules.flatMap(name => [name, `node:${name}`]));
            const external = [...required].filter(name => !builtins.has(name));
            expect(external.sort(), `${pkg.name} requires`).toEqual(Object.keys(pkg.dependencies).sort());
        }
        expect(packed.server.dependencies).toEqual({});
        expect(packed.playground.dependencies).toEqual({});
    });

    it('install into an empty folder with nothing else than their declared dependencies', () => {
        const lock = readJson(path.join(installed, 'package-lock.json'));
        const names = Object.keys(lock.packages).filter(key => key.startsWith('node_modules/')).map(key => key.slice('node_modules/'.length)).sort();
        expect(names).toEqual(['@keten/cli', '@keten/language-server', '@keten/playground', ...Object.keys(packed.cli.dependencies)].sort());
    });

    it('leave the playground out unless it is installed, and say how to get it', () => {
        const folder = installedKeten('cli-only', p => [p.cli.tarball]);
        const result = run(path.join(folder, 'node_modules', '.bin', 'keten'), ['playground', '--port', '0'], folder, process.execPath);
        expect(result.code).toBe(2);
        expect(result.stderr.trim()).toBe("keten: The playground is not installed. Install it beside the keten command: 'npm install @keten/playground'.");
    }, PACKAGE_TIMEOUT);
});

describe.each(['20', '22'] as const)('installed, on Node.js %s', version => {
    it('runs on that Node.js', () => {
        expect(nodeVersionOf(runtimes[version])).toMatch(new RegExp(`^v${version}\\.`));
        const result = run('node', ['--version'], installed, runtimes[version]);
        expect(result.stdout.trim()).toMatch(new RegExp(`^v${version}\\.`));
    });

    it('starts with npx, as docs/ci.md shows', () => {
        const folder = caseFolder();
        const result = run('npx', ['--no-install', 'keten', 'validate', 'gaps'], folder, runtimes[version]);
        expect(result.code, result.stderr).toBe(1);
        expect(result.stdout).toMatch(/missing-mandate/);
    }, 120_000);

    it('covers every command that `keten --help` lists', () => {
        const covered = new Set(COMMAND_CASES.map(c => c.command));
        expect(LISTED.filter(command => !covered.has(command)), 'commands without a case in test/packages/command-cases.ts').toEqual([]);
    });

    for (const testCase of COMMAND_CASES) {
        it.skipIf(!available(testCase))(`keten ${testCase.command}: ${testCase.title}`, async () => {
            const folder = caseFolder();
            const bin = path.join(installed, 'node_modules', '.bin', 'keten');
            let result: KetenResult;
            if (testCase.serves) {
                const served = await runServing(bin, testCase, folder, runtimes[version]);
                expect(served.body).toMatch(testCase.serves.body);
                result = served;
            } else {
                result = run(bin, testCase.args, folder, runtimes[version], stdinOf(testCase, folder));
            }
            expect(result.code, `keten ${testCase.args.join(' ')}\n${result.stderr}`).toBe(testCase.exitCode);
            expect(result.stderr).not.toMatch(/\n\s+at /); // never a stack trace
            testCase.check?.(result, folder);
        }, 120_000);
    }

    it('keten-language-server --stdio publishes the findings of a flawed agreement', async () => {
        const folder = caseFolder();
        const bin = path.join(installed, 'node_modules', '.bin', 'keten-language-server');
        const client = new StdioLanguageClient(bin, ['--stdio'], { cwd: folder, env: envWith(runtimes[version]) });
        try {
            const result = await client.initialize(folder);
            expect(result.capabilities.hoverProvider).toBeTruthy();
            // The whole workspace is checked at start-up, also files no editor has opened.
            const flawed = path.join(folder, 'gaps', fs.readdirSync(path.join(folder, 'gaps')).find(f => f.endsWith('.keten'))!);
            const diagnostics = await client.diagnosticsFor(flawed, list => list.length > 0);
            expect(diagnostics.map(d => d.code)).toEqual(expect.arrayContaining(['missing-mandate', 'no-single-steering']));
        } finally {
            expect(await client.shutdown()).toBe(0);
        }
    }, 120_000);

    it('keten-language-server --version prints the version', () => {
        const result = run(path.join(installed, 'node_modules', '.bin', 'keten-language-server'), ['--version'], installed, runtimes[version]);
        expect(result.stdout.trim()).toBe(readJson(path.join(REPO_ROOT, 'package.json')).version);
    });
});
