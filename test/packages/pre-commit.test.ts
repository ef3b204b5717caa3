/**
 * The pre-commit framework (Debian's `pre-commit`, offline) with Keten's `.pre-commit-hooks.yaml`
 * from a local clone of this repository, and with the local hook of docs/ci.md, in an
 * agreements repository set up as docs/ci.md says.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { REPO_ROOT } from '../support/run-keten.js';
import { EXAMPLES, cloneOf, setUpAgreementsRepository } from './agreements-repository.js';
import { bash, mustRun, type ShellRun } from './agreements-shell.js';
import { yamlUnder } from './ci-docs.js';
import { ensureDebianCommand } from './debian-packages.js';
import { packKeten, type PackedKeten } from './packed-packages.js';

const TIMEOUT = 300_000; // against hangs only
const missing = ensureDebianCommand('pre-commit', ['pre-commit']);
if (missing) console.warn(`Skipping the pre-commit framework tests: ${missing}`);

interface PreCommitConfig {
    repos: Array<{ repo: string; rev?: string; hooks: Array<Record<string, unknown>> }>;
}

let packed: PackedKeten;
let scratch: string;
let repository: string;
/** A clone of this repository with the working copy's .pre-commit-hooks.yaml committed, and its commit. */
let ketenClone: { folder: string; rev: string };

beforeAll(() => {
    if (missing) return;
    packed = packKeten();
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-pre-commit-'));
    repository = setUpAgreementsRepository(path.join(scratch, 'convenanten'), packed);
    const folder = path.join(scratch, 'keten');
    mustRun(`git clone --quiet --depth 1 "file://${REPO_ROOT}" "${folder}"`, scratch);
    fs.copyFileSync(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), path.join(folder, '.pre-commit-hooks.yaml'));
    mustRun('git add .pre-commit-hooks.yaml && { git diff --cached --quiet || git commit --quiet -m "Hooks as in the working copy"; }', folder);
    ketenClone = { folder, rev: mustRun('git rev-parse HEAD', folder).stdout.trim() };
}, TIMEOUT);

afterAll(() => {
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

/** A working clone of the agreements repository with the given pre-commit configuration installed. */
function withPreCommit(name: string, config: PreCommitConfig): { folder: string; env: NodeJS.ProcessEnv } {
    const folder = cloneOf(repository, scratch, name);
    // pre-commit keeps its clones of hook repositories here; one per test, nothing shared with the user's.
    const env = { PRE_COMMIT_HOME: path.join(scratch, `${name}-pre-commit-home`) };
    fs.writeFileSync(path.join(folder, '.pre-commit-config.yaml'), stringify(config));
    mustRun('npm ci && pre-commit install && git add .pre-commit-config.yaml && git commit --quiet -m "pre-commit"', folder, env);
    return { folder, env };
}

/** What the user sees of a commit: git runs the hook with its output on standard error. */
function output(run: ShellRun): { code: number; text: string } {
    return { code: run.code, text: run.stdout + run.stderr };
}

function expectHookWorks(folder: string, env: NodeJS.ProcessEnv): void {
    fs.copyFileSync(path.join(EXAMPLES, 'gaps/pilot-schuldhulp.keten'), path.join(folder, 'agreements/pilot-schuldhulp.keten'));
    mustRun('git add agreements/pilot-schuldhulp.keten', folder, env);
    const refused = output(bash('git commit -m "Pilot schuldhulp"', folder, env));
    expect(refused.code, refused.text).not.toBe(0);
    expect(refused.text).toMatch(/keten validate\.+Failed/);
    expect(refused.text).toMatch(/agreements\/pilot-schuldhulp\.keten[\s\S]*missing-mandate/);

    // Unstaged changes are set aside: a sound staged text passes although the working tree is flawed.
    const sound = fs.readFileSync(path.join(EXAMPLES, 'jeugdhulp.keten'), 'utf8').replace(/\bJeugdhulpNoord\b/g, 'PilotSchuldhulp');
    fs.writeFileSync(path.join(folder, 'agreements/pilot-schuldhulp.keten'), sound);
    mustRun('git add agreements/pilot-schuldhulp.keten', folder, env);
    fs.appendFileSync(path.join(folder, 'agreements/pilot-schuldhulp.keten'), '\nagreement Half {\n');
    const accepted = output(bash('git commit -m "Pilot schuldhulp"', folder, env));
    expect(accepted.code, accepted.text).toBe(0);
    expect(accepted.text).toMatch(/keten validate\.+Passed/);
    mustRun('git checkout -- agreements/pilot-schuldhulp.keten', folder, env);

    // A commit that changes no agreement does not run Keten.
    fs.writeFileSync(path.join(folder, 'README.md'), 'Convenanten van de regio.\n');
    const other = output(mustRun('git add README.md && git commit -m "Readme"', folder, env));
    expect(other.text).toMatch(/keten validate\.+\(no files to check\)Skipped/);
}

describe.skipIf(Boolean(missing))('pre-commit', () => {
    it('runs the keten-validate hook of .pre-commit-hooks.yaml, configured as docs/ci.md shows', () => {
        const [config] = yamlUnder('With the pre-commit framework') as PreCommitConfig[];
        expect(config.repos[0].repo).toBe('https://github.com/keten-lang/keten');
        // The page's configuration, pointed at the local clone instead of GitHub.
        const local: PreCommitConfig = { repos: [{ ...config.repos[0], repo: ketenClone.folder, rev: ketenClone.rev }] };
        const { folder, env } = withPreCommit('remote-hook', local);
        expectHookWorks(folder, env);
    }, TIMEOUT);

    it('runs the local hook of docs/ci.md', () => {
        const [, config] = yamlUnder('With the pre-commit framework') as PreCommitConfig[];
        expect(config.repos[0].repo).toBe('local');
        const { folder, env } = withPreCommit('local-hook', config);
        expectHookWorks(folder, env);
    }, TIMEOUT);

    it('says what is missing when Keten is not installed yet', () => {
        const [config] = yamlUnder('With the pre-commit framework') as PreCommitConfig[];
        const { folder, env } = withPreCommit('not-installed', { repos: [{ ...config.repos[0], repo: ketenClone.folder, rev: ketenClone.rev }] });
        fs.rmSync(path.join(folder, 'node_modules'), { recursive: true });
        fs.copyFileSync(path.join(EXAMPLES, 'jeugdhulp.keten'), path.join(folder, 'agreements/kopie.keten'));
        const refused = output(bash('git add agreements && git commit -m "Kopie"', folder, env));
        expect(refused.code).not.toBe(0);
        expect(refused.text).toMatch(/Executable `node_modules\/\.bin\/keten` not found/);
    }, TIMEOUT);
});
