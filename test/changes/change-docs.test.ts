/**
 * docs/changes.md and docs/changes.nl.md: the change catalogue in them is generated and up to
 * date (`npm run docs`); it holds every id CHANGES.md names, with the level the page gives; the
 * CI steps of the page run as written in a real git repository; the `git diff` driver set up as
 * the page says shows the changes in meaning.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANGE_IDS, CHANGE_KINDS, type ChangeId } from '@keten/changes';
import { ensureKetenBuilt, makeWorkspace } from '../support/cli-workspace.js';
import { KETEN_BIN, REPO_ROOT, runKeten } from '../support/run-keten.js';
import { baseFiles, edited } from './diff-support.js';

beforeAll(() => ensureKetenBuilt(), 300_000);

const START = '<!-- change catalogue -->';
const END = '<!-- end of change catalogue -->';
const page = (name: string) => fs.readFileSync(path.join(REPO_ROOT, 'docs', name), 'utf8');

/** The ids of CHANGES.md's table, with the level it gives them: the minimum, with these names. */
const CHANGES_MD: Record<'breaking' | 'notable' | 'info', string[]> = {
    breaking: [
        'party-removed', 'involved-party-removed', 'role-removed', 'body-member-removed', 'mandate-removed', 'mandate-limit-lowered',
        'mandate-limit-changed', 'mandate-scope-changed', 'mandate-validity-shortened', 'submandate-withdrawn', 'power-removed',
        'commitment-removed', 'commitment-due-earlier', 'condition-removed', 'condition-resource-lowered', 'escalation-level-removed',
        'escalation-order-changed', 'escalation-decider-changed', 'escalation-deadline-lengthened', 'effect-removed', 'effect-unit-changed',
        'target-weakened', 'target-changed', 'target-removed', 'steering-changed', 'accountable-changed', 'period-shortened',
        'data-purpose-changed', 'data-recipient-added', 'budget-share-changed'
    ],
    notable: [
        'party-added', 'involved-party-added', 'role-added', 'reports-to-changed', 'mandate-added', 'mandate-limit-raised', 'commitment-added',
        'commitment-due-later', 'commitment-due-changed', 'escalation-level-added', 'escalation-deadline-shortened', 'effect-added',
        'target-strengthened', 'target-added', 'period-extended', 'review-changed', 'data-added', 'budget-amount-changed'
    ],
    info: ['title-changed', 'goal-changed', 'indicator-text-changed', 'doc-comment-changed', 'considering-changed', 'party-declaration-removed', 'party-declaration-added']
};

describe('docs/changes.md', () => {
    it('the catalogue holds every id CHANGES.md names, with its level', () => {
        for (const [level, ids] of Object.entries(CHANGES_MD)) {
            for (const id of ids) expect(CHANGE_KINDS[id as ChangeId]?.level, id).toBe(level);
        }
    });

    for (const [name, locale] of [['changes.md', 'en'], ['changes.nl.md', 'nl']] as const) {
        it(`${name}: the generated catalogue is up to date (npm run docs) and lists every id`, () => {
            const text = page(name);
            const generated = runKeten(['diff', '--catalogue', '-f', 'md', '--locale', locale]).stdout;
            const start = text.indexOf(START), end = text.indexOf(END);
            expect(start).toBeGreaterThan(0);
            expect(text.slice(start + START.length, end), `docs/${name} is stale: run \`npm run docs\``).toBe(`\n${generated}`);
            for (const id of CHANGE_IDS) expect(generated).toContain(`| \`${id}\` | ${CHANGE_KINDS[id].level} |`);
        });
    }

    it('the GitHub Actions and GitLab CI steps run as written', () => {
        const yaml = [...page('changes.md').matchAll(/```yaml\n([\s\S]*?)```/g)].map(m => m[1]).join('\n');
        const commands = [...yaml.matchAll(/npx keten (diff[^\n]*)/g)].map(m => m[1].trim());
        expect(commands.length).toBeGreaterThanOrEqual(4);
        expect(yaml).toContain('gh pr comment');
        expect(yaml).toContain('merge_requests/$CI_MERGE_REQUEST_IID/notes');
        const base = baseFiles();
        const dir = makeWorkspace({ 'agreements/parties.keten': base['parties.keten'], 'agreements/agreement.keten': base['agreement.keten'] });
        const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'K', GIT_AUTHOR_EMAIL: 'k@example.org', GIT_COMMITTER_NAME: 'K', GIT_COMMITTER_EMAIL: 'k@example.org', HOME: os.tmpdir() } });
        git('init', '-q', '-b', 'main');
        git('add', '-A');
        git('commit', '-q', '-m', 'base');
        const baseCommit = git('rev-parse', 'HEAD').trim();
        git('update-ref', 'refs/remotes/origin/main', baseCommit);
        fs.writeFileSync(path.join(dir, 'agreements/agreement.keten'), edited(base, [['agreement.keten', 'limit 5000 EUR', 'limit 4000 EUR']])['agreement.keten']);
        for (const command of commands) {
            const args = command
                .replace('"origin/${{ github.base_ref }}"', 'origin/main')
                .replace('"$CI_MERGE_REQUEST_DIFF_BASE_SHA"', baseCommit)
                .split(/\s+/);
            const run = runKeten(args, { cwd: dir });
            const failing = args.includes('--fail-on');
            expect(run.code, `${command}: ${run.stderr}`).toBe(failing ? 1 : 0);
            const output = args[args.indexOf('-o') + 1];
            if (args.includes('-o')) expect(fs.readFileSync(path.join(dir, output), 'utf8')).toContain('mandate-limit-lowered');
        }
    });

    it('the git diff driver, set up as the page says, shows the changes in meaning', () => {
        const text = page('changes.md');
        const attributes = /echo '([^']+)' >> \.gitattributes/.exec(text)?.[1];
        const config = /git config (diff\.keten\.command) "npx keten ([^"]+)"/.exec(text);
        expect(attributes).toBe('*.keten diff=keten');
        expect(config).not.toBeNull();
        const base = baseFiles();
        const dir = makeWorkspace({ 'a.keten': base['parties.keten'] + '\n' + base['agreement.keten'], '.gitattributes': `${attributes}\n` });
        const env = { ...process.env, GIT_AUTHOR_NAME: 'K', GIT_AUTHOR_EMAIL: 'k@example.org', GIT_COMMITTER_NAME: 'K', GIT_COMMITTER_EMAIL: 'k@example.org', HOME: os.tmpdir(), NO_COLOR: '1' };
        const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env });
        git('init', '-q');
        // `npx keten` is this repository's binary here.
        git('config', config![1], `"${process.execPath}" "${KETEN_BIN}" ${config![2]}`);
        git('add', '-A');
        git('commit', '-q', '-m', 'base');
        fs.writeFileSync(path.join(dir, 'a.keten'), fs.readFileSync(path.join(dir, 'a.keten'), 'utf8').replace('steering Regietafel', 'steering Apeldoorn.wethouder'));
        const diff = spawnSync('git', ['diff'], { cwd: dir, encoding: 'utf8', env });
        expect(diff.status).toBe(0);
        expect(diff.stdout).toMatch(/^keten diff a\.keten\nagreement Vroeg\n {2}a\.keten:\d+ +breaking +Agreement 'Vroeg' is steered by someone else.*steering-changed\n/);
        expect(diff.stdout).toContain('was: Regietafel');
        const lines = spawnSync('git', ['diff', '--no-ext-diff'], { cwd: dir, encoding: 'utf8', env });
        expect(lines.stdout).toContain('+  steering Apeldoorn.wethouder');
    });
});
