/**
 * The agreement files of a git revision, read through git itself (`keten diff --base REV`,
 * CHANGES.md): `git ls-tree` lists the `.keten` files under the paths, `git cat-file blob`
 * reads each one (not `git show`, which would run a configured textconv filter such as Keten's
 * own diff driver). Nothing is checked out, nothing is written: the commands only read the
 * object database (GIT_OPTIONAL_LOCKS=0 keeps git from refreshing the index).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SourceFile } from '@keten/language';
import { CliError } from '../cli-error.js';

/** Text of a failure in the locale of the run (the command knows it; git's own words are passed on). */
export interface GitTexts {
    gitNotFound(): string;
    notAGitRepository(a: { folder: string }): string;
    unknownRevision(a: { revision: string }): string;
    gitFailed(a: { reason: string }): string;
}

/** The output of one git command; a missing git or a failure is exit 2 with one line. */
function git(args: readonly string[], cwd: string, texts: GitTexts): { ok: boolean; stdout: Buffer; stderr: string } {
    const result = spawnSync('git', args, {
        cwd,
        env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
        maxBuffer: 256 * 1024 * 1024
    });
    if (result.error) {
        if ((result.error as NodeJS.ErrnoException).code === 'ENOENT') throw new CliError(texts.gitNotFound());
        throw new CliError(texts.gitFailed({ reason: result.error.message }));
    }
    return { ok: result.status === 0, stdout: result.stdout, stderr: result.stderr.toString('utf8').trim() };
}

/** The top folder of the repository the current folder is in. */
export function repositoryRoot(cwd: string, texts: GitTexts): string {
    const result = git(['rev-parse', '--show-toplevel'], cwd, texts);
    if (!result.ok) throw new CliError(texts.notAGitRepository({ folder: cwd }));
    return fs.realpathSync(result.stdout.toString('utf8').trim());
}

/**
 * The `.keten` files under `paths` (relative to `cwd`; none: the current folder) at `revision`
 * that `keep` keeps (by the path each gets in the working tree; all by default). Only those are read.
 */
export function ketenFilesAtRevision(
    cwd: string, revision: string, paths: readonly string[], texts: GitTexts, keep: (file: string) => boolean = () => true
): SourceFile[] {
    const root = repositoryRoot(cwd, texts);
    // Where the current folder sits in the repository, so each file gets the path the working tree has.
    const prefix = git(['rev-parse', '--show-prefix'], cwd, texts).stdout.toString('utf8').trim();
    const verified = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], cwd, texts);
    if (!verified.ok || revision.startsWith('-')) throw new CliError(texts.unknownRevision({ revision }));
    const commit = verified.stdout.toString('utf8').trim();
    const listed = git(['ls-tree', '-r', '-z', '--full-name', '--name-only', commit, '--', ...(paths.length > 0 ? paths : ['.'])], cwd, texts);
    if (!listed.ok) throw new CliError(texts.gitFailed({ reason: listed.stderr.split('\n')[0] ?? '' }));
    const pathOf = (name: string) => path.resolve(cwd, path.posix.relative(prefix.replace(/\/$/, ''), name));
    const names = listed.stdout.toString('utf8').split('\0').filter(name => name.endsWith('.keten') && keep(pathOf(name)));
    return names.sort().map(name => {
        const blob = git(['cat-file', 'blob', `${commit}:${name}`], root, texts);
        if (!blob.ok) throw new CliError(texts.gitFailed({ reason: blob.stderr.split('\n')[0] ?? '' }));
        return { path: pathOf(name), bytes: new Uint8Array(blob.stdout) };
    });
}
