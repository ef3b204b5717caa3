/**
 * `keten diff OLD NEW` through the real binary (CHANGES.md): the JSON contract, `--fail-on`,
 * exit codes, the stylish summary line, the Markdown comment (summary table, breaking first,
 * long lists folded), Dutch, and `format --locale nl` giving no change.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANGE_IDS } from '@keten/changes';
import { ensureKetenBuilt, makeWorkspace } from '../support/cli-workspace.js';
import { runKeten } from '../support/run-keten.js';
import { baseFiles, edited, type Files } from './diff-support.js';

beforeAll(() => ensureKetenBuilt(), 300_000);

const base = baseFiles();

/** A folder with `old/` and `new/`, each holding a workspace. */
function pullRequest(before: Files, after: Files): string {
    return makeWorkspace({
        ...Object.fromEntries(Object.entries(before).map(([name, text]) => [`old/${name}`, text])),
        ...Object.fromEntries(Object.entries(after).map(([name, text]) => [`new/${name}`, text]))
    });
}

const LOWER_LIMIT = edited(base, [['agreement.keten', 'limit 5000 EUR per household', 'limit 4000 EUR per household']]);
const ADD_EFFECT = edited(base, [['agreement.keten', '  data Signalen', '  effect Schulden "Minder schulden" {\n    indicator "Huishoudens met problematische schulden"\n    unit households\n    target <= 500 by 2028-12-31\n    measured yearly by Apeldoorn\n  }\n\n  data Signalen']]);

describe('keten diff OLD NEW', () => {
    it('--fail-on breaking fails a pull request that lowers a mandate\'s limit', () => {
        const dir = pullRequest(base, LOWER_LIMIT);
        const run = runKeten(['diff', 'old', 'new', '--fail-on', 'breaking'], { cwd: dir });
        expect(run.code).toBe(1);
        expect(run.stdout).toContain('mandate-limit-lowered');
        expect(run.stdout).toContain('1 breaking, 0 notable, 0 info');
        expect(runKeten(['diff', 'old', 'new'], { cwd: dir }).code).toBe(0);
    });

    it('--fail-on breaking passes a pull request that only adds an effect; --fail-on notable fails it', () => {
        const dir = pullRequest(base, ADD_EFFECT);
        const breaking = runKeten(['diff', 'old', 'new', '--fail-on', 'breaking', '-f', 'json'], { cwd: dir });
        expect(breaking.code).toBe(0);
        expect(JSON.parse(breaking.stdout).changes.map((c: { id: string }) => c.id)).toEqual(['effect-added']);
        expect(runKeten(['diff', 'old', 'new', '--fail-on', 'notable'], { cwd: dir }).code).toBe(1);
    });

    it('the JSON contract: version, changes with id, level, element, agreement, old, new, message, file, line; summary', () => {
        const after = edited(LOWER_LIMIT, [['agreement.keten', '  involving Vitens\n', '']]);
        const dir = pullRequest(base, after);
        const run = runKeten(['diff', 'old', 'new', '-f', 'json'], { cwd: dir });
        expect(run.code).toBe(0);
        const json = JSON.parse(run.stdout);
        expect(json.version).toBe(1);
        expect(json.summary).toEqual({ breaking: 2, notable: 0, info: 0 });
        const byId = Object.fromEntries(json.changes.map((c: { id: string }) => [c.id, c]));
        expect(Object.keys(byId[('mandate-limit-lowered')]).sort()).toEqual(['agreement', 'element', 'file', 'id', 'level', 'line', 'message', 'new', 'old']);
        // The new side's place for a change, the old side's for a removal.
        const limitLine = after['agreement.keten'].split('\n').findIndex(line => line.includes('limit 4000')) + 1;
        expect(byId['mandate-limit-lowered']).toMatchObject({
            level: 'breaking', element: 'Vroeg.Regeling', agreement: 'Vroeg', old: '5000 EUR per household', new: '4000 EUR per household',
            file: 'new/agreement.keten', line: limitLine
        });
        expect(byId['mandate-limit-lowered'].message).toMatch(/Regeling.*lowered/);
        expect(byId['involved-party-removed']).toMatchObject({ element: 'Vitens', agreement: 'Vroeg', old: 'Vitens', new: null, file: 'old/agreement.keten', line: 4 });
    });

    it('a file or a folder on each side; the file names do not matter', () => {
        const dir = makeWorkspace({ 'a.keten': base['parties.keten'] + base['agreement.keten'], 'b/x.keten': base['parties.keten'], 'b/y.keten': LOWER_LIMIT['agreement.keten'] });
        const run = runKeten(['diff', 'a.keten', 'b', '-f', 'json'], { cwd: dir });
        expect(run.code).toBe(0);
        expect(JSON.parse(run.stdout).changes.map((c: { id: string; file: string }) => [c.id, c.file])).toEqual([['mandate-limit-lowered', 'b/y.keten']]);
    });

    it('format --locale nl of the new side gives no change', () => {
        const dir = pullRequest(base, base);
        const format = runKeten(['format', '--locale', 'nl', 'new'], { cwd: dir });
        expect(format.code).toBe(0);
        expect(fs.readFileSync(path.join(dir, 'new/agreement.keten'), 'utf8')).toContain('afspraak Vroeg');
        const run = runKeten(['diff', 'old', 'new', '-f', 'json', '--fail-on', 'notable'], { cwd: dir });
        expect(run.code).toBe(0);
        expect(JSON.parse(run.stdout)).toEqual({ version: 1, changes: [], summary: { breaking: 0, notable: 0, info: 0 } });
        expect(runKeten(['diff', 'old', 'new'], { cwd: dir }).stdout).toBe('✔ No changes in meaning (0 breaking, 0 notable, 0 info)\n');
    });

    it('stylish: grouped per agreement, most severe first, old and new values, the summary line', () => {
        const after = edited(LOWER_LIMIT, [['parties.keten', 'type housing', 'type corporation'], ['agreement.keten', 'goal "Huishoudens krijgen', 'goal "Alle huishoudens krijgen']]);
        const run = runKeten(['diff', 'old', 'new'], { cwd: pullRequest(base, after) });
        const lines = run.stdout.split('\n');
        expect(lines[0]).toBe('agreement Vroeg');
        expect(run.stdout.indexOf('mandate-limit-lowered')).toBeLessThan(run.stdout.indexOf('goal-changed'));
        expect(run.stdout.indexOf('goal-changed')).toBeLessThan(run.stdout.indexOf('parties and bodies'));
        expect(run.stdout).toMatch(/was: 5000 EUR per household\n\s+now: 4000 EUR per household/);
        expect(lines.filter(line => line !== '').pop()).toBe('✖ 1 breaking, 1 notable, 1 info');
    });

    it('md: a pull-request comment with a summary table, breaking changes first, long lists folded', () => {
        const roles = Array.from({ length: 12 }, (_, i) => `  role extra${i} "Extra ${i}"\n`).join('');
        const after = edited(LOWER_LIMIT, [['parties.keten', '  role manager "Manager Debiteuren"\n', `  role manager "Manager Debiteuren"\n${roles}`]]);
        const run = runKeten(['diff', 'old', 'new', '-f', 'md'], { cwd: pullRequest(base, after) });
        expect(run.code).toBe(0);
        const md = run.stdout;
        expect(md).toContain('| level | changes | meaning |');
        expect(md).toMatch(/\| \*\*breaking\*\* \| 1 \|/);
        expect(md).toMatch(/\| notable \| 12 \|/);
        expect(md.indexOf('### breaking (1)')).toBeGreaterThan(0);
        expect(md.indexOf('### breaking (1)')).toBeLessThan(md.indexOf('notable (12)'));
        expect(md).toMatch(/<details>\n<summary>notable \(12\)<\/summary>/);
        expect(md).toContain('`5000 EUR per household`');
    });

    it('Dutch with --locale nl: messages, summary and the Markdown comment', () => {
        const dir = pullRequest(base, LOWER_LIMIT);
        const stylish = runKeten(['diff', 'old', 'new', '--locale', 'nl'], { cwd: dir });
        expect(stylish.stdout).toContain('afspraak Vroeg');
        expect(stylish.stdout).toContain('De limiet van mandaat \'Vroeg.Regeling\' is verlaagd');
        expect(stylish.stdout).toContain('1 ingrijpend, 0 van belang, 0 verwoording');
        const md = runKeten(['diff', 'old', 'new', '--locale', 'nl', '-f', 'md'], { cwd: dir }).stdout;
        expect(md).toContain('## Keten: wijzigingen in betekenis');
        expect(md).toContain('| niveau | wijzigingen | betekenis |');
        const json = JSON.parse(runKeten(['diff', 'old', 'new', '--locale', 'nl', '-f', 'json'], { cwd: dir }).stdout);
        // Ids, levels and values stay the machine contract; the message is Dutch.
        expect(json.changes[0]).toMatchObject({ id: 'mandate-limit-lowered', level: 'breaking', old: '5000 EUR per household' });
        expect(json.changes[0].message).toContain('mandaathouder');
    });

    it('-o writes the report to a file', () => {
        const dir = pullRequest(base, LOWER_LIMIT);
        const run = runKeten(['diff', 'old', 'new', '-f', 'md', '-o', 'comment.md'], { cwd: dir });
        expect(run.code).toBe(0);
        expect(run.stdout).toBe('');
        expect(fs.readFileSync(path.join(dir, 'comment.md'), 'utf8')).toContain('mandate-limit-lowered');
    });

    it('--catalogue lists every change id with its level', () => {
        const run = runKeten(['diff', '--catalogue', '-f', 'json']);
        expect(run.code).toBe(0);
        const catalogue = JSON.parse(run.stdout) as Array<{ id: string; level: string }>;
        expect(catalogue.map(c => c.id)).toEqual(CHANGE_IDS);
        expect(catalogue.find(c => c.id === 'party-removed')?.level).toBe('breaking');
    });
});

describe('keten diff: exit 2 with one line', () => {
    const dir = () => pullRequest(base, LOWER_LIMIT);

    it.each([
        [['diff', 'old'], /two sides/],
        [['diff', 'old', 'new', 'extra'], /two sides/],
        [['diff', 'old', 'missing'], /missing/],
        [['diff', 'old', 'new', '--fail-on', 'info'], /--fail-on 'info'.*breaking or notable/],
        [['diff', 'old', 'new', '-f', 'sarif'], /Unknown format 'sarif'/],
        [['diff', 'old', 'new', '--locale', 'fr'], /fr/]
    ])('%j', (args, message) => {
        const run = runKeten(args, { cwd: dir() });
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(message);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
        expect(run.stderr).not.toMatch(/\bat \S+:\d+/);
    });

    it('a side that does not parse is named (a diff of broken input would mislead)', () => {
        const workspace = pullRequest(base, { ...LOWER_LIMIT, 'agreement.keten': LOWER_LIMIT['agreement.keten'].replace('limit 4000 EUR', 'limit {{ EUR') });
        const run = runKeten(['diff', 'old', 'new'], { cwd: workspace });
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/^keten: new\/agreement\.keten does not parse \(\d+ syntax errors?, the first on line \d+\)/);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
        const dutch = runKeten(['diff', 'new', 'old', '--locale', 'nl'], { cwd: workspace });
        expect(dutch.code).toBe(2);
        expect(dutch.stderr).toMatch(/new\/agreement\.keten is niet te lezen/);
        // The same broken file on both sides is one line, not one per side.
        const same = runKeten(['diff', 'new', 'new'], { cwd: workspace });
        expect(same.code).toBe(2);
        expect(same.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^keten: new\/agreement\.keten does not parse/)]);
    });

    it('a string with an escape that is no escape is a side that does not parse, as keten validate counts it', () => {
        const agreement = LOWER_LIMIT['agreement.keten'];
        const scoped = agreement.replace(/scope "([^"]*)"/, 'scope "$1 \\q"');
        expect(scoped).not.toBe(agreement);
        const workspace = pullRequest(base, { ...LOWER_LIMIT, 'agreement.keten': scoped });
        const validate = runKeten(['validate', 'new', '--format', 'json'], { cwd: workspace });
        expect(JSON.parse(validate.stdout).diagnostics.map((d: { rule: string }) => d.rule)).toContain('syntax-error');
        const run = runKeten(['diff', 'old', 'new'], { cwd: workspace });
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/^keten: new\/agreement\.keten does not parse \(1 syntax error, the first on line \d+\)/);
    });

    it('a side with findings is compared as written', () => {
        const broken = edited(base, [['agreement.keten', '  steering Regietafel\n', '']]);
        const run = runKeten(['diff', 'old', 'new', '-f', 'json'], { cwd: pullRequest(base, broken) });
        expect(run.code).toBe(0);
        expect(JSON.parse(run.stdout).changes.map((c: { id: string }) => c.id)).toEqual(['steering-changed']);
    });
});
