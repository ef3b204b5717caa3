/** `keten rules`, `docs/rules.md`, `keten init`, `--help` and `--version` through the real binary. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '@keten/language';
import { REPO_ROOT, runKeten } from '../support/run-keten.js';

describe('keten rules', () => {
    it('lists every rule with its id and default severity', () => {
        const run = runKeten(['rules']);
        expect(run.code).toBe(0);
        for (const rule of ALL_RULES) {
            expect(run.stdout).toMatch(new RegExp(`\\n  ${rule.meta.id} +${rule.meta.severity} `));
        }
    });

    it('gives the metadata as JSON', () => {
        const rules = JSON.parse(runKeten(['rules', '--format', 'json']).stdout) as Array<{ id: string; severity: string; area: string; description: string; source: string }>;
        expect(rules.map(r => r.id)).toEqual(ALL_RULES.map(r => r.meta.id));
        expect(rules.every(r => r.description.length > 10 && r.source.length > 10)).toBe(true);
    });

    it('docs/rules.md is generated from the metadata and up to date (npm run docs)', () => {
        const generated = runKeten(['rules', '--format', 'md']).stdout;
        const committed = fs.readFileSync(path.join(REPO_ROOT, 'docs/rules.md'), 'utf8');
        expect(committed, 'docs/rules.md is stale: run `npm run docs`').toBe(generated);
    });
});

describe('keten init', () => {
    it('writes a starter agreement that validates clean, and refuses to overwrite', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-init-'));
        const init = runKeten(['init', 'mijn-keten'], { cwd: dir });
        expect(init.code).toBe(0);
        expect(fs.existsSync(path.join(dir, 'mijn-keten/agreement.keten'))).toBe(true);
        expect(JSON.parse(fs.readFileSync(path.join(dir, 'mijn-keten/keten.config.json'), 'utf8')).locale).toBe('en');
        const validate = runKeten(['validate', 'mijn-keten', '-f', 'json'], { cwd: dir });
        expect(validate.code).toBe(0);
        expect(JSON.parse(validate.stdout).diagnostics).toEqual([]);
        const again = runKeten(['init', 'mijn-keten'], { cwd: dir });
        expect(again.code).toBe(2);
        expect(again.stderr).toMatch(/Not overwriting/);
        expect(init.stdout).toContain('Next: npx keten validate mijn-keten\n');
    });

    it('quotes a folder with a space in the command it says to run next, so it can be copied', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-init-'));
        const init = runKeten(['init', 'nieuwe map/sub'], { cwd: dir });
        expect(init.code).toBe(0);
        expect(init.stdout).toContain(process.platform === 'win32' ? 'Next: npx keten validate "nieuwe map/sub"\n' : "Next: npx keten validate 'nieuwe map/sub'\n");
        expect(runKeten(['validate', 'nieuwe map/sub'], { cwd: dir }).code).toBe(0);
    });

    it('with --locale nl writes a configuration that asks for Dutch', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-init-'));
        const init = runKeten(['init', 'keten', '--locale', 'nl'], { cwd: dir });
        expect(init.code).toBe(0);
        expect(init.stdout).toMatch(/keten[\/]agreement\.keten/);
        expect(JSON.parse(fs.readFileSync(path.join(dir, 'keten/keten.config.json'), 'utf8')).locale).toBe('nl');
        // Dutch keywords, the same agreement: it validates clean as the English one does.
        const starter = fs.readFileSync(path.join(dir, 'keten/agreement.keten'), 'utf8');
        expect(starter).toMatch(/^partij Gemeente "Gemeente" \{$/m);
        expect(starter).toMatch(/^afspraak Samenwerking /m);
        expect(starter).not.toMatch(/^(party|agreement|body) /m);
        const validate = runKeten(['validate', 'keten', '-f', 'json'], { cwd: dir });
        expect(validate.code).toBe(0);
        expect(JSON.parse(validate.stdout).diagnostics).toEqual([]);
        // KETEN_LOCALE is one person's setting: it sets the language of the lines, not the shared file's.
        const personal = runKeten(['init', 'persoonlijk'], { cwd: dir, env: { KETEN_LOCALE: 'nl' } });
        expect(personal.stdout).toMatch(/aangemaakt|Aangemaakt|gemaakt/);
        expect(JSON.parse(fs.readFileSync(path.join(dir, 'persoonlijk/keten.config.json'), 'utf8')).locale).toBe('en');
        expect(fs.readFileSync(path.join(dir, 'persoonlijk/agreement.keten'), 'utf8')).toMatch(/^party Gemeente /m);
        const bad = runKeten(['init', 'elders', '--locale', 'fr'], { cwd: dir });
        expect(bad.code).toBe(2);
        expect(fs.existsSync(path.join(dir, 'elders'))).toBe(false);
    });
});

describe('keten rules in the language of the folder\'s configuration', () => {
    it('is Dutch where keten.config.json asks for nl, unless --locale says otherwise', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-rules-'));
        fs.writeFileSync(path.join(dir, 'keten.config.json'), '{ "locale": "nl" }\n');
        const dutch = runKeten(['rules'], { cwd: dir }).stdout;
        expect(dutch).toBe(runKeten(['rules', '--locale', 'nl']).stdout);
        expect(runKeten(['rules', '--locale', 'en'], { cwd: dir }).stdout).toBe(runKeten(['rules']).stdout);
        expect(dutch).not.toBe(runKeten(['rules']).stdout);
    });
});

describe('help and version', () => {
    it('--version prints the version', () => {
        const run = runKeten(['--version']);
        expect(run.code).toBe(0);
        expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    });

    it('--help and help COMMAND describe the commands', () => {
        const help = runKeten(['--help']);
        expect(help.code).toBe(0);
        for (const command of ['validate', 'format', 'rules', 'init']) expect(help.stdout).toContain(command);
        const validateHelp = runKeten(['help', 'validate']);
        expect(validateHelp.code).toBe(0);
        // An unknown command is one, also after `help` (exit 2, one line).
        expect(runKeten(['help', 'help']).code).toBe(0);
        const unknown = runKeten(['help', 'valdiate']);
        expect(unknown.code).toBe(2);
        expect(unknown.stderr).toBe("keten: unknown command 'valdiate'. Run 'keten --help' for usage.\n");
        // Commander's own texts end with a full stop; the line has one, not two.
        expect(runKeten(['rules', 'extra']).stderr).toMatch(/^keten: too many arguments for 'rules'\. Expected 0 arguments but got 1\. Run 'keten --help' for usage\.\n$/);
        expect(validateHelp.stdout).toContain('--max-warnings');
    });
});
