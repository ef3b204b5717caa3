/**
 * The command line in Dutch (DUTCH.md, Locale): `--locale nl`, `KETEN_LOCALE=nl` and the
 * configuration's `locale` give Dutch errors, findings, summaries and rule documentation;
 * rule ids, JSON keys and JSON values stay English.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, messagesFor } from '@keten/language';
import { REPO_ROOT, runKeten } from '../support/run-keten.js';

describe('CLI errors in Dutch', () => {
    it('a missing path, with --locale nl and with KETEN_LOCALE=nl', () => {
        const english = runKeten(['validate', 'geen-map']);
        expect(english.code).toBe(2);
        expect(english.stderr).toBe(`keten: Path not found: 'geen-map'. Check the spelling, or quote a glob such as "agreements/**/*.keten".\n`);
        const expected = `keten: Pad niet gevonden: 'geen-map'. Controleer de spelling, of zet een patroon tussen aanhalingstekens, zoals "afspraken/**/*.keten".\n`;
        for (const run of [runKeten(['validate', 'geen-map', '--locale', 'nl']), runKeten(['validate', 'geen-map'], { env: { KETEN_LOCALE: 'nl' } })]) {
            expect(run.code).toBe(2);
            expect(run.stderr).toBe(expected);
        }
    });

    it('--locale en wins over KETEN_LOCALE=nl', () => {
        const run = runKeten(['validate', 'geen-map', '--locale', 'en'], { env: { KETEN_LOCALE: 'nl' } });
        expect(run.stderr).toMatch(/^keten: Path not found/);
    });

    it('usage errors of the argument parser', () => {
        const run = runKeten(['valideer', '--locale', 'nl']);
        expect(run.code).toBe(2);
        expect(run.stderr).toBe(`keten: onbekende opdracht 'valideer'. Zie 'keten --help' voor het gebruik.\n`);
        expect(runKeten(['validate', '--onzin'], { env: { KETEN_LOCALE: 'nl' } }).stderr)
            .toBe(`keten: onbekende optie '--onzin'. Zie 'keten --help' voor het gebruik.\n`);
    });

    it("the locale of keten.config.json in the current folder", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-nl-'));
        fs.writeFileSync(path.join(dir, 'keten.config.json'), JSON.stringify({ locale: 'nl' }));
        const run = runKeten(['validate', 'ontbreekt.keten'], { cwd: dir });
        expect(run.stderr).toMatch(/^keten: Pad niet gevonden: 'ontbreekt.keten'/);
    });

    it('an unknown --format of rules, and of validate', () => {
        expect(runKeten(['rules', '--format', 'pdf', '--locale', 'nl']).stderr)
            .toBe(`keten: Onbekend formaat 'pdf' voor rules. Kies text, md of json.\n`);
        expect(runKeten(['validate', 'examples', '--format', 'pdf', '--locale', 'nl']).stderr)
            .toMatch(/^keten: Onbekend formaat 'pdf'\. Kies uit: stylish, json/);
    });
});

describe('keten validate in Dutch', () => {
    it('findings, severities and the summary line in Dutch; ids stay English', () => {
        const run = runKeten(['validate', 'test/fixtures/rules/governance/no-review/fires.keten', '--locale', 'nl']);
        expect(run.stdout).toContain("Afspraak 'Convenant' heeft geen evaluatie");
        expect(run.stdout).toMatch(/waarschuwing +Afspraak 'Convenant' heeft geen evaluatie.*no-review/);
        expect(run.stdout).toContain("✖ 1 probleem (0 fouten, 1 waarschuwing)");
    });

    it('a clean run says so in Dutch', () => {
        const run = runKeten(['validate', 'examples/vroegsignalering.keten', 'examples/partijen.keten', '--locale', 'nl']);
        expect(run.code).toBe(0);
        expect(run.stdout).toBe('✔ 2 bestanden gecontroleerd, geen problemen\n');
    });

    it('JSON keeps its keys, rule ids and severities in English, with Dutch messages', () => {
        const run = runKeten(['validate', 'test/fixtures/rules/governance/no-review/fires.keten', '--format', 'json', '--locale', 'nl']);
        const result = JSON.parse(run.stdout) as { diagnostics: Array<{ rule: string; severity: string; message: string }> };
        const finding = result.diagnostics.find(f => f.rule === 'no-review')!;
        expect(finding.severity).toBe('warning');
        expect(finding.message).toMatch(/^Afspraak 'Convenant' heeft geen evaluatie/);
    });
});

describe('keten rules --locale nl', () => {
    it('every rule has a Dutch description and source that differ from the English ones', () => {
        const docs = messagesFor('nl').cli.ruleDocs;
        for (const rule of ALL_RULES) {
            const doc = docs[rule.meta.id];
            expect(doc, `Dutch documentation of ${rule.meta.id} in messages/nl/rule-docs.ts`).toBeDefined();
            expect(doc.description).not.toBe(rule.meta.description);
            expect(doc.source).not.toBe(rule.meta.source);
        }
        expect(Object.keys(docs).sort()).toEqual(ALL_RULES.map(rule => rule.meta.id).sort());
    });

    it('text: Dutch area titles, severities and descriptions', () => {
        const run = runKeten(['rules', '--locale', 'nl']);
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('Mandaten — wie mag beslissen (Awb 10:1–10:12)');
        expect(run.stdout).toMatch(/missing-mandate +fout +Een toezegging `beslist`, maar noemt geen mandaat/);
        expect(run.stdout).toContain(`${ALL_RULES.length} regels.`);
    });

    it('json: the machine contract stays English, the texts are Dutch', () => {
        const rules = JSON.parse(runKeten(['rules', '--format', 'json', '--locale', 'nl']).stdout) as Array<Record<string, string>>;
        const noReview = rules.find(rule => rule.id === 'no-review')!;
        expect(noReview).toMatchObject({ id: 'no-review', severity: 'warning', area: 'governance' });
        expect(noReview.description).toMatch(/^Een afspraak heeft geen `evaluatie elke … door …`/);
    });

    it('docs/rules.nl.md is generated and up to date (npm run docs)', () => {
        const generated = runKeten(['rules', '--format', 'md', '--locale', 'nl']).stdout;
        const committed = fs.readFileSync(path.join(REPO_ROOT, 'docs/rules.nl.md'), 'utf8');
        expect(committed, 'docs/rules.nl.md is stale: run `npm run docs`').toBe(generated);
        expect(generated).toContain('*Waarom het ertoe doet:*');
    });
});

describe('keten format and init in Dutch', () => {
    it('format reports in the language of --locale', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-nl-'));
        fs.copyFileSync(path.join(REPO_ROOT, 'test/fixtures/clean-agreement.keten'), path.join(dir, 'a.keten'));
        const run = runKeten(['format', '--check', '--locale', 'nl', 'a.keten'], { cwd: dir });
        expect(run.stdout).toBe('a.keten\n');
        expect(run.stderr).toBe("keten: 1 van 1 bestand zou opnieuw worden opgemaakt. Voer 'keten format --locale nl' uit om dat te doen.\n");
    });

    it('init refuses to overwrite, in Dutch', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-nl-'));
        expect(runKeten(['init', dir, '--locale', 'nl']).stdout).toMatch(/^aangemaakt: /);
        const again = runKeten(['init', dir, '--locale', 'nl']);
        expect(again.code).toBe(2);
        expect(again.stderr).toMatch(/worden niet overschreven; kies een lege map\.\n$/);
    });
});

describe('the README quick start in Dutch', () => {
    it('shows Dutch runs that work as it says', () => {
        const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
        const commands = [...readme.matchAll(/^npx keten (.*--locale nl.*?)\s+#.*$/gm)].map(m => m[1].trim().split(/\s+/));
        expect(commands.length).toBeGreaterThanOrEqual(3);
        const expectedExit: Record<string, number> = { 'examples/gaps': 1, '--check': 1 };
        for (const args of commands) {
            const run = runKeten(args);
            const expected = Object.entries(expectedExit).find(([arg]) => args.includes(arg))?.[1] ?? 0;
            expect(run.code, `npx keten ${args.join(' ')}`).toBe(expected);
            // `format --check` says how many files would change on standard error, in Dutch.
            if (args.includes('--check')) expect(run.stderr).toMatch(/^keten: 1 van 1 bestand zou opnieuw worden opgemaakt\./);
            else expect(run.stderr).toBe('');
        }
        expect(readme).toContain('npx keten validate examples/vroegsignalering.keten examples/partijen.keten --locale nl');
    });
});
