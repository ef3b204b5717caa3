/**
 * Shell commands in an agreements repository, run as CI runners and git hooks run them: `bash -e`
 * with a git identity, no colour, and npm told to use its cache before the registry.
 */
import { spawnSync } from 'node:child_process';

export const GIT_IDENTITY = {
    GIT_AUTHOR_NAME: 'Beleidsmedewerker', GIT_AUTHOR_EMAIL: 'beleid@example.org',
    GIT_COMMITTER_NAME: 'Beleidsmedewerker', GIT_COMMITTER_EMAIL: 'beleid@example.org'
};

export interface ShellRun {
    readonly code: number;
    readonly stdout: string;
    readonly stderr: string;
}

/** A script as GitHub's runner and GitLab's shell executor run it: `bash -e`. */
export function bash(script: string, cwd: string, env: NodeJS.ProcessEnv = {}): ShellRun {
    const result = spawnSync('bash', ['-e', '-c', script], {
        cwd, encoding: 'utf8', timeout: 300_000,
        env: {
            ...process.env, ...GIT_IDENTITY, NO_COLOR: '1', KETEN_LOCALE: '',
            npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', ...env
        }
    });
    return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function mustRun(script: string, cwd: string, env: NodeJS.ProcessEnv = {}): ShellRun {
    const result = bash(script, cwd, env);
    if (result.code !== 0) throw new Error(`${script}\nexited ${result.code}:\n${result.stdout}\n${result.stderr}`);
    return result;
}
