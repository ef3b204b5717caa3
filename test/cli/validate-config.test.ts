/**
 * `keten.config.json`, suppressions and `--stdin` of `keten validate` (CLI.md) through the real
 * binary, and the committed JSON Schema of the configuration against its zod definition.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ketenConfigJsonSchema } from '@keten/language';
import { REPO_ROOT, runKeten } from '../support/run-keten.js';
import { CLEAN_AGREEMENT, WITHOUT_REVIEW, ensureKetenBuilt, makeWorkspace } from '../support/cli-workspace.js';

beforeAll(() => ensureKetenBuilt());

type Diagnostic = { file: string; line: number; column: number; severity: string; rule: string; message: string };
interface JsonReport { files: string[]; diagnostics: Diagnostic[]; summary: { errors: number; warnings: number } }

function validate(cwd: string, ...args: string[]) {
    const run = runKeten(['validate', ...args, '-f', 'json'], { cwd });
    return { ...run, report: run.code === 2 ? undefined : (JSON.parse(run.stdout) as JsonReport) };
}

const config = (value: unknown) => JSON.stringify(value, null, 2);

describe('keten.config.json', () => {
    it('turns a rule off, and raising a rule to error changes the exit code', () => {
        const plain = makeWorkspace({ 'a.keten': WITHOUT_REVIEW });
        expect(validate(plain).code).toBe(0);
        expect(validate(plain).report!.diagnostics.map(d => d.rule)).toEqual(['no-review']);

        const off = makeWorkspace({ 'a.keten': WITHOUT_REVIEW, 'keten.config.json': config({ rules: { 'no-review': 'off' } }) });
        expect(validate(off).report!.diagnostics).toEqual([]);

        const raised = makeWorkspace({ 'a.keten': WITHOUT_REVIEW, 'keten.config.json': config({ rules: { 'no-review': 'error' } }) });
        const run = validate(raised);
        expect(run.code).toBe(1);
        expect(run.report!.diagnostics.map(d => [d.rule, d.severity])).toEqual([['no-review', 'error']]);
    });

    it('uses the nearest configuration from each file\'s folder upward', () => {
        const dir = makeWorkspace({
            'keten.config.json': config({ rules: { 'no-review': 'error' } }),
            'strict/a.keten': WITHOUT_REVIEW,
            'lenient/keten.config.json': config({ rules: { 'no-review': 'info' } }),
            'lenient/deeper/b.keten': WITHOUT_REVIEW.replace(/Convenant/g, 'Pact').replace(/party (\w+)/g, 'party $1x').replace(/Gemeente\b/g, 'Gemeentex').replace(/Aanbieder\b/g, 'Aanbiederx').replace(/Stuurgroep\b/g, 'Stuurgroepx').replace(/Inzet\b/g, 'Inzetx').replace(/Tijd\b/g, 'Tijdx').replace(/Intake\b/g, 'Intakex').replace(/Casus\b/g, 'Casusx').replace(/Wachttijd\b/g, 'Wachttijdx')
        });
        const run = validate(dir);
        const byFile = Object.fromEntries(run.report!.diagnostics.filter(d => d.rule === 'no-review').map(d => [d.file, d.severity]));
        expect(byFile).toEqual({ 'strict/a.keten': 'error', 'lenient/deeper/b.keten': 'info' });

        const withConfig = validate(dir, '-c', 'lenient/keten.config.json');
        expect(withConfig.code).toBe(0);
        expect(withConfig.report!.diagnostics.filter(d => d.rule === 'no-review').map(d => d.severity)).toEqual(['info', 'info']);
    });

    it('filters folder and glob arguments with include and exclude, but always checks a file named explicitly', () => {
        const dir = makeWorkspace({
            'keten.config.json': config({ include: ['agreements/**/*.keten'], exclude: ['agreements/archive/**'] }),
            'agreements/current.keten': CLEAN_AGREEMENT,
            'agreements/archive/old.keten': WITHOUT_REVIEW,
            'drafts/draft.keten': WITHOUT_REVIEW
        });
        expect(validate(dir).report!.files).toEqual(['agreements/current.keten']);
        expect(validate(dir, 'agreements/**/*.keten').report!.files).toEqual(['agreements/current.keten']);
        const explicit = validate(dir, 'agreements/archive/old.keten');
        expect(explicit.report!.files).toEqual(['agreements/archive/old.keten']);
        expect(explicit.report!.diagnostics.map(d => d.rule)).toEqual(['no-review']);
        const none = runKeten(['validate', 'drafts'], { cwd: dir });
        expect(none.code).toBe(2);
        expect(none.stderr).toMatch(/include and exclude leave out every file/);
    });

    it('filters the folders of every command the same way: report, graph, register, document and format', () => {
        const archived = CLEAN_AGREEMENT.replace('agreement Convenant "Convenant Jeugdhulp"', 'agreement Oud "Oud convenant"').replace('  parties', '  // unformatted\n  parties');
        const dir = makeWorkspace({
            'keten.config.json': config({ exclude: ['archive/**'] }),
            'current.keten': CLEAN_AGREEMENT.replace(/^party[\s\S]*?(?=agreement)/m, ''),
            'parties.keten': CLEAN_AGREEMENT.slice(0, CLEAN_AGREEMENT.indexOf('agreement Convenant')),
            'archive/old.keten': archived.slice(archived.indexOf('agreement Oud'))
        });
        const names = (json: string) => (JSON.parse(json) as { agreements: Array<{ name: string }> }).agreements.map(a => a.name);
        expect(names(runKeten(['report', '.', '-f', 'json', '--as-of', '2026-06-30'], { cwd: dir }).stdout)).toEqual(['Convenant']);
        expect(runKeten(['graph', '.'], { cwd: dir }).stdout).not.toContain('Oud');
        expect(runKeten(['register', '.', '-f', 'csv'], { cwd: dir }).stdout).not.toContain('Oud');
        const document = runKeten(['document', '.', '-f', 'md'], { cwd: dir });
        expect(document.code, document.stderr).toBe(0);
        expect(document.stdout).toMatch(/^# Convenant Jeugdhulp/);
        expect(runKeten(['format', '--check', '.'], { cwd: dir }).stdout).not.toContain('archive');
        // Named explicitly, the archived agreement is still the command's.
        expect(names(runKeten(['report', '.', 'archive/old.keten', '-f', 'json', '--as-of', '2026-06-30'], { cwd: dir }).stdout)).toEqual(['Oud', 'Convenant']);
    });

    it.each([
        ['a misspelt rule id, with the closest one', { rules: { 'no-reveiw': 'off' } }, /keten\.config\.json: 'rules\.no-reveiw': 'no-reveiw' is not a Keten rule\. Did you mean 'no-review'\?/],
        ['a bad severity', { rules: { 'no-review': 'fatal' } }, /'rules\.no-review': the severity "fatal" is not one of off, info, warning, error/],
        ['an unknown key', { rulez: {} }, /'rulez': unknown key\. Did you mean 'rules'\?/],
        ['an unknown locale', { locale: 'de' }, /'locale': the locale "de" is not one of en, nl/]
    ])('exits 2 on %s, naming the file and the key', (_name, value, message) => {
        const dir = makeWorkspace({ 'a.keten': CLEAN_AGREEMENT, 'keten.config.json': config(value) });
        const run = runKeten(['validate'], { cwd: dir });
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(message);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
    });

    it('exits 2 on invalid JSON, with the line and column', () => {
        const dir = makeWorkspace({ 'a.keten': CLEAN_AGREEMENT, 'keten.config.json': '{\n  "rules": {\n    "no-review": "off",\n  }\n}\n' });
        const run = runKeten(['validate'], { cwd: dir });
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/^keten: Invalid configuration keten\.config\.json: not valid JSON at line 4, column 3/);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
    });

    it('says what is wrong with the configuration in the language of the run (DUTCH.md: CLI errors)', () => {
        const cases: Array<[unknown, RegExp]> = [
            [{ rulez: {} }, /^keten: Ongeldige configuratie keten\.config\.json: 'rulez': onbekende sleutel\. Bedoelt u 'rules'\?\n$/],
            [{ rules: { 'no-reveiw': 'off' } }, /'no-reveiw' is geen regel van Keten\. Bedoelt u 'no-review'\?/],
            [{ rules: { 'no-review': 'fatal' } }, /de ernst "fatal" is niet een van off, info, warning, error/],
            [{ $schema: 5 }, /^keten: Ongeldige configuratie keten\.config\.json: '\$schema': moet het adres van het JSON-schema zijn, als tekst/]
        ];
        for (const [value, message] of cases) {
            const dir = makeWorkspace({ 'a.keten': CLEAN_AGREEMENT, 'keten.config.json': config(value) });
            const run = runKeten(['validate', '--locale', 'nl'], { cwd: dir });
            expect(run.code).toBe(2);
            expect(run.stderr).toMatch(message);
        }
        const json = makeWorkspace({ 'a.keten': CLEAN_AGREEMENT, 'keten.config.json': '{ "rules":\n}\n' });
        // Node 20 names no position here, and quotes the file's text (lines and all): one line still.
        expect(runKeten(['validate'], { cwd: json, env: { KETEN_LOCALE: 'nl' } }).stderr).toMatch(/^keten: Ongeldige configuratie keten\.config\.json: geen geldige JSON(?: op regel 1, kolom \d+)?: [^\n]+\n$/);
        const missing = runKeten(['validate', '-c', 'weg.json', '--locale', 'nl'], { cwd: json });
        expect(missing.stderr).toBe("keten: Configuratiebestand niet gevonden: 'weg.json'.\n");
    });

    it('exits 2 when --config names no file', () => {
        const dir = makeWorkspace({ 'a.keten': CLEAN_AGREEMENT });
        const run = runKeten(['validate', '-c', 'missing.json'], { cwd: dir });
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/Configuration file not found: 'missing\.json'/);
    });

    it('--max-warnings 0 fails on a warning', () => {
        const dir = makeWorkspace({ 'a.keten': WITHOUT_REVIEW });
        expect(runKeten(['validate'], { cwd: dir }).code).toBe(0);
        expect(runKeten(['validate', '--max-warnings', '0'], { cwd: dir }).code).toBe(1);
        expect(runKeten(['validate', '--max-warnings', '0', '-f', 'sarif'], { cwd: dir }).code).toBe(1);
    });

    it('the committed JSON Schema is generated from the zod definition (run `node scripts/build.mjs` when this fails)', () => {
        const committed = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'packages/cli/keten.config.schema.json'), 'utf8'));
        expect(committed).toEqual(ketenConfigJsonSchema());
        expect(Object.keys(committed.properties.rules.properties)).toContain('no-review');
        expect(committed.properties.rules.additionalProperties).toBe(false);
    });
});

describe('suppressions', () => {
    // Two agreements without review and without accountable: each gets no-review and
    // no-accountability on its name line.
    const second = WITHOUT_REVIEW.slice(WITHOUT_REVIEW.indexOf('agreement Convenant'))
        .replace('agreement Convenant "Convenant Jeugdhulp"', 'agreement Tweede "Tweede convenant"')
        .replace(/mandate Inzet|condition Tijd|commitment Intake|escalation Casus|effect Wachttijd/g, m => `${m}2`)
        .replace(/under Inzet\b/, 'under Inzet2').replace(/needs Tijd\b/, 'needs Tijd2').replace(/through Intake\b/, 'through Intake2');
    const twoAgreements = `${WITHOUT_REVIEW}\n${second}`.replace(/  accountable Gemeente\.wethouder\n/g, '');

    it('silences exactly the named rule on the next line, and counts for nothing', () => {
        const before = validate(makeWorkspace({ 'a.keten': twoAgreements })).report!.diagnostics;
        const nameLines = before.filter(d => d.rule === 'no-review').map(d => d.line);
        expect(nameLines).toHaveLength(2);
        expect(before.filter(d => d.rule === 'no-accountability').map(d => d.line)).toEqual(nameLines);

        const text = twoAgreements.replace('agreement Convenant', '// keten-disable-next-line no-review -- reviewed by the regional board\nagreement Convenant');
        const after = validate(makeWorkspace({ 'a.keten': text })).report!.diagnostics;
        expect(after.map(d => `${d.line} ${d.rule}`)).toEqual([
            `${nameLines[0] + 1} no-accountability`, `${nameLines[1] + 1} no-accountability`, `${nameLines[1] + 1} no-review`
        ]);
    });

    it('a suppressed error does not fail the run; a file-wide suppression silences every finding of its rule', () => {
        const raised = config({ rules: { 'no-review': 'error' } });
        expect(runKeten(['validate'], { cwd: makeWorkspace({ 'a.keten': twoAgreements, 'keten.config.json': raised }) }).code).toBe(1);
        const dir = makeWorkspace({ 'a.keten': `// keten-disable-file no-review, no-accountability\n${twoAgreements}`, 'keten.config.json': raised });
        const run = validate(dir);
        expect(run.report!.diagnostics).toEqual([]);
        expect(run.code).toBe(0);
    });

    it('reports an unused suppression and an unknown rule id on the comment, and they count as warnings', () => {
        const text = `// keten-disable-next-line no-review, no-reveiw -- stale\n${CLEAN_AGREEMENT}`;
        const run = validate(makeWorkspace({ 'a.keten': text }), '--max-warnings', '0');
        expect(run.code).toBe(1);
        expect(run.report!.diagnostics.map(d => [d.line, d.column, d.rule, d.severity])).toEqual([
            [1, 1, 'unused-suppression', 'warning'], [1, 1, 'unused-suppression', 'warning']
        ]);
        expect(run.report!.diagnostics[1].message).toMatch(/Did you mean 'no-review'\?/);
    });

    it('a rule named twice in one comment is one unused suppression, not two', () => {
        const text = `// keten-disable-next-line no-review, no-review\n${CLEAN_AGREEMENT}`;
        expect(validate(makeWorkspace({ 'a.keten': text })).report!.diagnostics.map(d => [d.line, d.rule])).toEqual([[1, 'unused-suppression']]);
    });

    it('`//` inside a quoted string is not a suppression', () => {
        const text = WITHOUT_REVIEW.replace('goal "Elk gezin heeft één plan en één regisseur."', 'goal "Zie // keten-disable-file no-review"');
        expect(validate(makeWorkspace({ 'a.keten': text })).report!.diagnostics.map(d => d.rule)).toEqual(['no-review']);
    });

    it('a rule turned off by configuration does not make its suppression unused', () => {
        const text = `// keten-disable-next-line no-review -- reviewed elsewhere\n${CLEAN_AGREEMENT}`;
        const dir = makeWorkspace({ 'a.keten': text, 'keten.config.json': config({ rules: { 'no-review': 'off' } }) });
        expect(validate(dir).report!.diagnostics).toEqual([]);
        const noConfig = makeWorkspace({ 'a.keten': text });
        expect(validate(noConfig).report!.diagnostics.map(d => d.rule)).toEqual(['unused-suppression']);
    });
});

describe('--stdin', () => {
    const split = CLEAN_AGREEMENT.indexOf('agreement Convenant');
    const parties = CLEAN_AGREEMENT.slice(0, split);
    const agreement = CLEAN_AGREEMENT.slice(split);

    it('checks standard input under the given name, with the other files loaded so references resolve', () => {
        const dir = makeWorkspace({ 'parties.keten': parties, 'other/flawed.keten': '§ broken' });
        const run = runKeten(['validate', '--stdin', '--stdin-filename', 'agreements/pact.keten', '-f', 'json'],
            { cwd: dir, input: agreement.replace('  review every 6 weeks by Stuurgroep\n', '') });
        expect(run.code).toBe(0);
        const report = JSON.parse(run.stdout) as JsonReport;
        expect(report.files).toEqual(['agreements/pact.keten']);
        expect(report.diagnostics.map(d => [d.file, d.rule])).toEqual([['agreements/pact.keten', 'no-review']]);
    });

    it('replaces a file of the same name on disk', () => {
        const dir = makeWorkspace({ 'parties.keten': parties, 'pact.keten': agreement.replace('  review every 6 weeks by Stuurgroep\n', '') });
        const run = runKeten(['validate', '--stdin', '--stdin-filename', 'pact.keten', '-f', 'json'], { cwd: dir, input: agreement });
        expect(run.code).toBe(0);
        const report = JSON.parse(run.stdout) as JsonReport;
        expect(report.diagnostics).toEqual([]);
        expect(report.files).toEqual(['pact.keten']);
    });

    it('honours the configuration of the name\'s folder, and needs --stdin-filename', () => {
        const dir = makeWorkspace({ 'parties.keten': parties, 'keten.config.json': config({ rules: { 'no-review': 'error' } }) });
        const input = agreement.replace('  review every 6 weeks by Stuurgroep\n', '');
        expect(runKeten(['validate', '--stdin', '--stdin-filename', 'pact.keten'], { cwd: dir, input }).code).toBe(1);
        const missing = runKeten(['validate', '--stdin'], { cwd: dir, input });
        expect(missing.code).toBe(2);
        expect(missing.stderr).toMatch(/--stdin needs --stdin-filename NAME/);
    });
});
