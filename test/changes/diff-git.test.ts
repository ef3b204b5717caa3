/**
 * `keten diff --base REV [PATH…]` in real git repositories made here (CHANGES.md): the old side
 * read through git, the checkout untouched and nothing written; no repository, no git or an
 * unknown revision is exit 2 with one line. And the git diff driver of docs/changes.md
 * (`.gitattributes` + `diff.keten.command`): `git diff` shows the changes in meaning.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureKetenBuilt, makeWorkspace } from '../support/cli-workspace.js';
import { KETEN_BIN, runKeten } from '../support/run-keten.js';
import { baseFiles, edited } from './diff-support.js';

beforeAll(() => ensureKetenBuilt(), 300_000);

const base = baseFiles();
const GIT_ENV = { GIT_AUTHOR_NAME: 'Keten', GIT_AUTHOR_EMAIL: 'keten@example.org', GIT_COMMITTER_NAME: 'Keten', GIT_COMMITTER_EMAIL: 'keten@example.org', GIT_CONFIG_NOSYSTEM: '1', HOME: os.tmpdir() };

function git(cwd: string, ...args: string[]): string {
    return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });
}

/** A repository with two commits: the base, then a lowered limit; the working tree adds a removed party. */
function repository(): string {
    const dir = makeWorkspace({ 'agreements/parties.keten': base['parties.keten'], 'agreements/agreement.keten': base['agreement.keten'], 'README.md': '# agreements\n' });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'base');
    fs.writeFileSync(path.join(dir, 'agreements/agreement.keten'), edited(base, [['agreement.keten', 'limit 5000 EUR per household', 'limit 4000 EUR per household']])['agreement.keten']);
    git(dir, 'commit', '-q', '-am', 'lower the limit');
    return dir;
}

/**
 * Every file of the working tree and of `.git` (the index too) with its time and a hash of its
 * bytes, and git's view of the checkout (asked without letting git refresh the index).
 */
function snapshot(dir: string): string {
    const files: string[] = [];
    const visit = (folder: string) => {
        for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
            const full = path.join(folder, entry.name);
            if (entry.isDirectory()) visit(full);
            else files.push(`${path.relative(dir, full)} ${fs.statSync(full).mtimeMs} ${createHash('sha256').update(fs.readFileSync(full)).digest('hex')}`);
        }
    };
    visit(dir);
    const status = execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV, GIT_OPTIONAL_LOCKS: '0' } });
    return `${files.sort().join('\n')}\n${status}`;
}

const ids = (stdout: string) => (JSON.parse(stdout).changes as Array<{ id: string }>).map(c => c.id);

describe('keten diff --base REV', () => {
    it('compares the working tree with a revision read through git, and writes nothing', () => {
        const dir = repository();
        const before = snapshot(dir);
        const previous = runKeten(['diff', '--base', 'HEAD~1', '-f', 'json'], { cwd: dir });
        expect(previous.code).toBe(0);
        const json = JSON.parse(previous.stdout);
        expect(json.changes).toHaveLength(1);
        expect(json.changes[0]).toMatchObject({ id: 'mandate-limit-lowered', old: '5000 EUR per household', new: '4000 EUR per household', file: 'agreements/agreement.keten' });
        expect(runKeten(['diff', '--base', 'HEAD', '-f', 'json'], { cwd: dir }).stdout).toContain('"changes": []');
        expect(runKeten(['diff', '--base', 'main~1', '--fail-on', 'breaking'], { cwd: dir }).code).toBe(1);
        expect(snapshot(dir)).toBe(before);
    });

    it('with working-tree changes, paths, a sub-folder as the current folder, and a deleted file', () => {
        const dir = repository();
        fs.writeFileSync(path.join(dir, 'agreements/agreement.keten'),
            fs.readFileSync(path.join(dir, 'agreements/agreement.keten'), 'utf8').replace('  involving Vitens\n', ''));
        expect(ids(runKeten(['diff', '--base', 'HEAD', '-f', 'json'], { cwd: dir }).stdout)).toEqual(['involved-party-removed']);
        expect(ids(runKeten(['diff', '--base', 'HEAD~1', 'agreements/agreement.keten', 'agreements/parties.keten', '-f', 'json'], { cwd: dir }).stdout).sort())
            .toEqual(['involved-party-removed', 'mandate-limit-lowered']);
        const sub = runKeten(['diff', '--base', 'HEAD', '.', '-f', 'json'], { cwd: path.join(dir, 'agreements') });
        expect(JSON.parse(sub.stdout).changes[0]).toMatchObject({ id: 'involved-party-removed', file: 'agreement.keten' });
        fs.rmSync(path.join(dir, 'agreements/parties.keten'));
        const deleted = JSON.parse(runKeten(['diff', '--base', 'HEAD', '-f', 'json'], { cwd: dir }).stdout).changes as Array<{ id: string; file: string }>;
        expect(deleted.filter(c => c.id === 'party-declaration-removed').map(c => c.file)).toEqual(Array(4).fill('agreements/parties.keten'));
        expect(deleted.some(c => c.id === 'body-removed')).toBe(true);
    });

    it('a path deleted from the working tree is a side with nothing in it, not the whole folder', () => {
        const dir = repository();
        fs.writeFileSync(path.join(dir, 'other.keten'), base['parties.keten'].replace(/party (\w+)/g, 'party Ander$1'));
        fs.rmSync(path.join(dir, 'agreements/agreement.keten'));
        for (const side of ['agreements/agreement.keten', 'agreements']) {
            const run = runKeten(['diff', '--base', 'HEAD', side, '-f', 'json'], { cwd: dir });
            expect(run.code).toBe(0);
            const changes = JSON.parse(run.stdout).changes as Array<{ id: string; file: string }>;
            expect(changes.map(c => c.file)).not.toContain('other.keten');
            if (side === 'agreements/agreement.keten') expect(changes.map(c => c.id)).toEqual(['agreement-removed']);
        }
        fs.rmSync(path.join(dir, 'agreements'), { recursive: true });
        const gone = JSON.parse(runKeten(['diff', '--base', 'HEAD', 'agreements', '-f', 'json'], { cwd: dir }).stdout).changes as Array<{ id: string; file: string }>;
        expect(gone.map(c => c.id)).toContain('agreement-removed');
        expect(gone.some(c => c.id.endsWith('-added'))).toBe(false);
    });

    it('reads the same files on both sides: no dot-folders or node_modules from git, globs, and include/exclude', () => {
        const dir = repository();
        const hidden = { '.archive/old.keten': 'party Oud "Oud" {\n  role r "R"\n}\n', 'node_modules/pkg/dep.keten': 'party Dep "Dep" {\n  role r "R"\n}\n' };
        for (const [file, text] of Object.entries(hidden)) {
            fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
            fs.writeFileSync(path.join(dir, file), text);
        }
        git(dir, 'add', '-A', '-f');
        git(dir, 'commit', '-q', '-m', 'hidden files');
        // A clean working tree has no changes in meaning, whatever git holds in skipped folders.
        const clean = runKeten(['diff', '--base', 'HEAD', '--fail-on', 'breaking', '-f', 'json'], { cwd: dir });
        expect(clean.code).toBe(0);
        expect(JSON.parse(clean.stdout).changes).toEqual([]);
        // Named itself, a dot-folder is read on both sides.
        fs.rmSync(path.join(dir, '.archive/old.keten'));
        expect(ids(runKeten(['diff', '--base', 'HEAD', '.archive', '-f', 'json'], { cwd: dir }).stdout)).toEqual(['party-declaration-removed']);
        // A quoted glob, on both sides.
        expect(ids(runKeten(['diff', '--base', 'HEAD~2', 'agreements/*.keten', '-f', 'json'], { cwd: dir }).stdout)).toEqual(['mandate-limit-lowered']);
        expect(ids(runKeten(['diff', '--base', 'HEAD~2', 'agreements/p*.keten', '-f', 'json'], { cwd: dir }).stdout)).toEqual([]);
        // An absolute glob reads the revision alike.
        expect(ids(runKeten(['diff', '--base', 'HEAD~2', path.join(dir, 'agreements/*.keten'), '-f', 'json'], { cwd: dir }).stdout)).toEqual(['mandate-limit-lowered']);
        // A glob that matches nothing on either side is an error, as for validate, whatever the other paths match.
        const typo = runKeten(['diff', '--base', 'HEAD', 'agreements/*.keten', 'typo/*.keten'], { cwd: dir });
        expect(typo.code).toBe(2);
        expect(typo.stderr).toMatch(/typo\/\*\.keten/);
        // `exclude` of keten.config.json leaves a file out of both sides.
        fs.writeFileSync(path.join(dir, 'keten.config.json'), JSON.stringify({ exclude: ['agreements/agreement.keten'] }));
        expect(ids(runKeten(['diff', '--base', 'HEAD~2', '-f', 'json'], { cwd: dir }).stdout)).toEqual([]);
    });

    it('compares two quoted globs of the working tree', () => {
        const dir = makeWorkspace({
            'old/parties.keten': base['parties.keten'], 'old/agreement.keten': base['agreement.keten'],
            'new/parties.keten': base['parties.keten'],
            'new/agreement.keten': edited(base, [['agreement.keten', 'limit 5000 EUR per household', 'limit 4000 EUR per household']])['agreement.keten']
        });
        expect(ids(runKeten(['diff', 'old/*.keten', 'new/*.keten', '-f', 'json'], { cwd: dir }).stdout)).toEqual(['mandate-limit-lowered']);
        const none = runKeten(['diff', 'old/*.keten', 'nothing/*.keten'], { cwd: dir });
        expect(none.code).toBe(2);
        expect(none.stderr.trim().split('\n')).toHaveLength(1);
    });

    it('an old side that does not parse is named with its revision', () => {
        const dir = repository();
        fs.writeFileSync(path.join(dir, 'agreements/agreement.keten'), 'agreement Kapot {\n  parties\n');
        git(dir, 'commit', '-q', '-am', 'broken');
        fs.writeFileSync(path.join(dir, 'agreements/agreement.keten'), base['agreement.keten']);
        const run = runKeten(['diff', '--base', 'HEAD'], { cwd: dir });
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/^keten: agreements\/agreement\.keten at HEAD does not parse/);
    });

    it('no repository, an unknown revision, or no git: exit 2 with one line', () => {
        const outside = makeWorkspace({ 'a.keten': base['agreement.keten'] });
        const noRepo = runKeten(['diff', '--base', 'HEAD'], { cwd: outside, env: { GIT_CEILING_DIRECTORIES: path.dirname(outside) } });
        expect(noRepo.code).toBe(2);
        expect(noRepo.stderr).toMatch(/not inside a git repository/);
        expect(noRepo.stderr.trim().split('\n')).toHaveLength(1);

        const dir = repository();
        const unknown = runKeten(['diff', '--base', 'nope'], { cwd: dir });
        expect(unknown.code).toBe(2);
        expect(unknown.stderr).toBe("keten: Unknown git revision 'nope'.\n");
        expect(runKeten(['diff', '--base', '--output=x', '-f', 'json'], { cwd: dir }).code).toBe(2);

        const noGit = runKeten(['diff', '--base', 'HEAD'], { cwd: dir, env: { PATH: fs.mkdtempSync(path.join(os.tmpdir(), 'keten-no-git-')) } });
        expect(noGit.code).toBe(2);
        expect(noGit.stderr).toMatch(/git is not installed/);
        expect(noGit.stderr.trim().split('\n')).toHaveLength(1);
    });

    it('a path that is neither in the working tree nor at the revision: exit 2', () => {
        const dir = repository();
        const run = runKeten(['diff', '--base', 'HEAD', 'agreements', 'missing'], { cwd: dir });
        expect(run.code).toBe(2);
    });
});

describe('the git diff driver of docs/changes.md', () => {
    it('git diff shows the changes in meaning, not the lines', () => {
        const dir = repository();
        fs.writeFileSync(path.join(dir, '.gitattributes'), '*.keten diff=keten\n');
        git(dir, 'config', 'diff.keten.command', `"${process.execPath}" "${KETEN_BIN}" diff --git-external`);
        const file = path.join(dir, 'agreements/agreement.keten');
        fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('target >= 80 by 2027-12-31', 'target >= 70 by 2028-12-31').replace('  involving Vitens\n', ''));
        const diff = spawnSync('git', ['diff'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV, NO_COLOR: '1' } });
        expect(diff.status).toBe(0);
        expect(diff.stdout).toContain('keten diff agreements/agreement.keten');
        expect(diff.stdout).toContain('target-weakened');
        expect(diff.stdout).toContain('involved-party-removed');
        expect(diff.stdout).not.toMatch(/^[-+]\s+target/m);

        // A layout-only change shows no change in meaning; a new file, every element added.
        fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/\n  /g, '\n    '));
        git(dir, 'add', '-A');
        git(dir, 'commit', '-q', '-m', 'edit');
        fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/\n    /g, '\n  '));
        const layout = spawnSync('git', ['diff'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV, NO_COLOR: '1' } });
        expect(layout.stdout).toContain('No changes in meaning (0 breaking, 0 notable, 0 info)');
        fs.writeFileSync(path.join(dir, 'agreements/new.keten'), 'party Nieuw {\n  role r "R"\n}\n');
        git(dir, 'add', '-N', 'agreements/new.keten');
        const added = spawnSync('git', ['diff', '--', 'agreements/new.keten'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...GIT_ENV, NO_COLOR: '1' } });
        expect(added.stdout).toContain('party-declaration-added');
    });
});
