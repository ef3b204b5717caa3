/**
 * An agreements repository as users have it: `.keten` files and nothing of Keten's own
 * repository. It is set up with the commands of docs/ci.md ("Keten in your repository", with the
 * tarball `npm pack` makes), and then the page's GitHub Actions steps (as the runner's shell
 * runs them), its GitLab script lines and its pre-commit hook run in clones of it, exactly as
 * printed, on a sound and on a flawed set of agreements.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bash, mustRun, type ShellRun } from './agreements-shell.js';
import { EXAMPLES, cloneOf, setUpAgreementsRepository } from './agreements-repository.js';
import { codeBlocksUnder, githubSteps, gitlabJob } from './ci-docs.js';
import { packKeten, readJson, type PackedKeten } from './packed-packages.js';

const TIMEOUT = 300_000;  // a generous limit against hangs, not a speed check
const FLAWED = 'agreements/pilot-schuldhulp.keten';

let packed: PackedKeten;
let scratch: string;
let repository: string;
const checkout = (name: string) => cloneOf(repository, scratch, name);

beforeAll(() => {
    packed = packKeten();
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-agreements-'));
    repository = setUpAgreementsRepository(path.join(scratch, 'convenanten'), packed);
}, TIMEOUT);

afterAll(() => {
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

describe('a repository set up as docs/ci.md says', () => {
    it('pins Keten in package.json and commits the lock file and the tarball', () => {
        const manifest = readJson(path.join(repository, 'package.json'));
        expect(manifest.devDependencies['@keten/cli']).toBe(`file:tools/${path.basename(packed.cli.tarball)}`);
        const committed = bash('git ls-files', repository).stdout.split('\n');
        expect(committed).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', `tools/${path.basename(packed.cli.tarball)}`, '.gitignore', 'agreements/partijen.keten']));
        expect(committed.some(file => file.startsWith('node_modules/'))).toBe(false);
    }, TIMEOUT);

    it('runs `npx keten validate` as the page shows it', () => {
        const [, check] = codeBlocksUnder('Keten in your repository').filter(block => block.language === 'sh');
        const result = bash(check.text, repository);
        expect(result.code, result.stderr).toBe(0);
        expect(result.stdout).toMatch(/6 files checked, no problems/);
    }, TIMEOUT);

    it('accepts the configuration file of the page, with its $schema from the installed package', () => {
        const [json] = codeBlocksUnder('Configuration: `keten.config.json`').filter(block => block.language === 'json');
        const folder = checkout('with-config');
        mustRun('npm ci', folder);
        const config = JSON.parse(json.text);
        fs.mkdirSync(path.join(folder, 'agreements/archive'));
        fs.writeFileSync(path.join(folder, 'keten.config.json'), json.text);
        expect(fs.existsSync(path.join(folder, config.$schema)), config.$schema).toBe(true);
        const result = bash('npx keten validate', folder);
        expect(result.code, result.stderr).toBe(0);
    }, TIMEOUT);
});

/** Runs the workflow's steps as the runner does: in order, each `run:` with `bash -e`, skipping the rest after a failure unless `if: always()`. */
function runGitHubWorkflow(folder: string): Array<{ step: string; run?: ShellRun; skipped?: boolean }> {
    const results: Array<{ step: string; run?: ShellRun; skipped?: boolean }> = [];
    let failed = false;
    for (const step of githubSteps()) {
        const title = step.name ?? step.run ?? step.uses ?? '?';
        if (failed && !/always\(\)/.test(step.if ?? '')) {
            results.push({ step: title, skipped: true });
            continue;
        }
        if (step.run) {
            const run = bash(step.run, folder);
            results.push({ step: title, run });
            if (run.code !== 0) failed = true;
        } else if (step.uses?.startsWith('github/codeql-action/upload-sarif')) {
            // What the upload needs: the SARIF file the check wrote, valid SARIF 2.1.0.
            const sarif = readJson(path.join(folder, step.with!.sarif_file));
            expect(sarif.version).toBe('2.1.0');
            results.push({ step: title });
        } else {
            // actions/checkout and actions/setup-node: the clone and the Node.js on PATH.
            expect(step.uses).toMatch(/^actions\/(checkout|setup-node)@/);
            results.push({ step: title });
        }
    }
    return results;
}

describe('the GitHub Actions workflow of docs/ci.md', () => {
    it('passes on sound agreements and writes an empty SARIF report', () => {
        const folder = checkout('github-sound');
        const results = runGitHubWorkflow(folder);
        for (const { step, run, skipped } of results) {
            expect(skipped, step).toBeUndefined();
            if (run) expect(run.code, `${step}\n${run.stdout}\n${run.stderr}`).toBe(0);
        }
        expect(readJson(path.join(folder, 'keten.sarif')).runs[0].results).toEqual([]);
    }, TIMEOUT);

    it('fails on a flawed agreement, annotates it, and still uploads the SARIF report', () => {
        const folder = checkout('github-flawed');
        fs.copyFileSync(path.join(EXAMPLES, 'gaps/pilot-schuldhulp.keten'), path.join(folder, FLAWED));
        const results = runGitHubWorkflow(folder);
        const check = results.find(r => r.step === 'Check agreements')!;
        expect(check.run!.code).toBe(1);
        expect(check.run!.stdout).toMatch(new RegExp(`^::error file=${FLAWED},line=\\d+`, 'm'));
        expect(results.find(r => r.step === 'Upload SARIF')!.skipped).toBeUndefined();
        const sarif = readJson(path.join(folder, 'keten.sarif'));
        expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(expect.arrayContaining(['missing-mandate']));
    }, TIMEOUT);
});

describe('the GitLab CI job of docs/ci.md', () => {
    const runJob = (folder: string) => {
        const job = gitlabJob();
        let failed: ShellRun | undefined;
        let last: ShellRun | undefined;
        for (const line of job.script) {
            last = bash(line, folder);
            if (last.code !== 0) { failed = last; break; }
        }
        return { job, failed, last: last! };
    };

    it('passes on sound agreements', () => {
        const folder = checkout('gitlab-sound');
        const { failed } = runJob(folder);
        expect(failed, `${failed?.stdout}\n${failed?.stderr}`).toBeUndefined();
    }, TIMEOUT);

    it('fails on a flawed agreement and keeps the Code Quality and JUnit reports', () => {
        const folder = checkout('gitlab-flawed');
        fs.copyFileSync(path.join(EXAMPLES, 'gaps/pilot-schuldhulp.keten'), path.join(folder, FLAWED));
        const { job, failed } = runJob(folder);
        expect(failed?.code).toBe(1);
        expect(failed!.stdout).toMatch(/missing-mandate/);
        expect(job.artifacts?.when).toBe('always');
        const quality = readJson(path.join(folder, job.artifacts!.reports!.codequality));
        expect(quality.some((issue: { check_name: string; severity: string }) => issue.check_name === 'missing-mandate' && issue.severity === 'major')).toBe(true);
        expect(fs.readFileSync(path.join(folder, job.artifacts!.reports!.junit), 'utf8')).toMatch(/<testsuites[\s\S]*missing-mandate/);
    }, TIMEOUT);
});

describe('the pre-commit hook script of docs/ci.md', () => {
    it('refuses a commit whose staged agreement is flawed, even when the working tree is fixed, and accepts it once fixed', () => {
        const [hook] = codeBlocksUnder('Pre-commit hook').filter(block => block.language === 'sh');
        const folder = checkout('hook');
        mustRun('npm ci', folder);
        fs.writeFileSync(path.join(folder, '.git/hooks/pre-commit'), hook.text, { mode: 0o755 });

        const flawed = fs.readFileSync(path.join(EXAMPLES, 'gaps/pilot-schuldhulp.keten'), 'utf8');
        fs.writeFileSync(path.join(folder, 'agreements/pilot schuldhulp.keten'), flawed);
        mustRun('git add "agreements/pilot schuldhulp.keten"', folder);
        const refused = bash('git commit -m "Pilot schuldhulp"', folder);
        expect(refused.code).not.toBe(0);
        expect(refused.stdout + refused.stderr).toMatch(/agreements\/pilot schuldhulp\.keten[\s\S]*missing-mandate/);

        // The staged text is checked, not the working tree: a fix that is not staged does not count.
        fs.copyFileSync(path.join(EXAMPLES, 'jeugdhulp.keten'), path.join(folder, 'agreements/pilot schuldhulp.keten'));
        const stillRefused = bash('git commit -m "Pilot schuldhulp"', folder);
        expect(stillRefused.code).not.toBe(0);

        // A sound agreement (here: the copy of another agreement renamed, so no duplicate names).
        const sound = fs.readFileSync(path.join(EXAMPLES, 'jeugdhulp.keten'), 'utf8').replace(/\bJeugdhulpNoord\b/g, 'PilotSchuldhulp');
        fs.writeFileSync(path.join(folder, 'agreements/pilot schuldhulp.keten'), sound);
        mustRun('git add "agreements/pilot schuldhulp.keten"', folder);
        const accepted = bash('git commit -m "Pilot schuldhulp"', folder);
        expect(accepted.code, accepted.stdout + accepted.stderr).toBe(0);
    }, TIMEOUT);
});
