/**
 * `keten report`, `graph` and `register` through the real binary: the JSON report's shape
 * (REPORTS.md), statuses and projections on a small agreement with a Dutch Excel CSV, findings
 * in the shape of `keten validate --format json`, and the exit codes of CLI.md.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEAN_AGREEMENT as CLEAN, ensureKetenBuilt, makeWorkspace } from '../support/cli-workspace.js';
import { runKeten } from '../support/run-keten.js';

/** The clean agreement with two more effects: one with a `>=` target and one without a target. */
const AGREEMENT = CLEAN.replace(/\n}\s*$/, `
  effect EenPlan "Gezinnen met één plan" {
    kind outcome
    indicator "Aandeel gezinnen met één plan"
    unit percent
    baseline 35 on 2025-12-31
    target >= 90 by 2027-12-31
    measured quarterly by Aanbieder from "Registratie"
    through Intake
  }

  effect Tevredenheid "Tevreden gezinnen" {
    kind quality
    indicator "Rapportcijfer"
    unit grade
    measured yearly by Aanbieder
    through Intake
  }
}
`);

// Dutch Excel: BOM, CRLF, `;`, decimal comma.
const DUTCH_CSV = '\ufeff' + [
    'effect;date;value;source;note',
    'Convenant.Wachttijd;2026-01-31;44;Monitor Jeugd;',
    'Convenant.Wachttijd;2026-02-28;41,5;Monitor Jeugd;"drukte; vakantie"',
    'Convenant.EenPlan;2026-03-31;41,5;Registratie;',
    'Convenant.EenPlan;2026-06-30;48;Registratie;',
    'Convenant.EenPlan;2026-09-30;54,5;Registratie;',
    'Convenant.Wachtijd;2026-03-31;40;Monitor Jeugd;'
].join('\r\n') + '\r\n';

let root: string;

beforeAll(() => {
    ensureKetenBuilt();
    root = makeWorkspace({ 'convenant.keten': AGREEMENT, 'data/metingen.csv': DUTCH_CSV, 'data/not-measurements.txt': 'naam;waarde\nx;1\n', 'broken.keten': 'party X {' });
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function reportJson(args: string[]) {
    const run = runKeten(['report', 'convenant.keten', '--format', 'json', ...args], { cwd: root });
    expect(run.stderr).toBe('');
    return { run, report: JSON.parse(run.stdout) };
}

describe('keten report --format json', () => {
    it('has exactly the documented top-level keys and summary keys', () => {
        const { run, report } = reportJson(['--data', 'data/metingen.csv', '--as-of', '2026-02-15']);
        expect(run.code).toBe(0);
        expect(Object.keys(report)).toEqual(['version', 'asOf', 'agreements', 'summary', 'dataProblems', 'findings']);
        expect(report.version).toBe(1);
        expect(report.asOf).toBe('2026-02-15');
        expect(Object.keys(report.summary)).toEqual(['achieved', 'on-track', 'at-risk', 'off-track', 'stale', 'no-data', 'not-measurable']);
        const agreement = report.agreements[0];
        expect(Object.keys(agreement).slice(0, 4)).toEqual(['name', 'title', 'file', 'effects']);
        expect(agreement).toMatchObject({ name: 'Convenant', title: 'Convenant Jeugdhulp', file: 'convenant.keten' });
        const effect = agreement.effects[0];
        expect(Object.keys(effect).slice(0, 12)).toEqual([
            'id', 'title', 'kind', 'indicator', 'unit', 'baseline', 'target', 'measurements', 'latest', 'status', 'progress', 'projection'
        ]);
        // As of 2026-02-15 only the January row counts (REPORTS.md example): 45 → 44 of 45 → 20.
        expect(effect).toMatchObject({
            id: 'Convenant.Wachttijd', kind: 'outcome', unit: 'days',
            baseline: { value: 45, date: '2025-12-31' },
            target: { op: '<=', value: 20, date: '2027-06-30' },
            latest: { date: '2026-01-31', value: 44 },
            // REPORTS.md's example: a line through whole numbers, given with one decimal.
            status: 'off-track', progress: 0.04, projection: 27.4
        });
        expect(effect.measurements).toEqual([{ date: '2026-01-31', value: 44, source: 'Monitor Jeugd' }]);
        // The later rows are data problems: after --as-of, and an unknown effect.
        expect(report.dataProblems.map((p: { line: number; reason: string }) => [p.line, p.reason])).toEqual([
            [3, 'after-as-of'], [4, 'after-as-of'], [5, 'after-as-of'], [6, 'after-as-of'], [7, 'unknown-effect']
        ]);
    });

    it('computes statuses and projections as of a date from a Dutch Excel CSV', () => {
        const { report } = reportJson(['--data', 'data/metingen.csv', '--as-of', '2026-09-30']);
        const [wachttijd, eenPlan, tevredenheid] = report.agreements[0].effects;
        // 45 → 44 → 41.5: a least-squares line through baseline and both rows, evaluated at 2027-06-30.
        expect(wachttijd).toMatchObject({ status: 'stale', latest: { date: '2026-02-28', value: 41.5 } });
        expect(wachttijd.progress).toBeCloseTo(0.14, 10);
        expect(wachttijd.projection).toBeCloseTo(13.138, 2);
        expect(wachttijd.measurements[1]).toEqual({ date: '2026-02-28', value: 41.5, source: 'Monitor Jeugd', note: 'drukte; vakantie' });
        // 35 → 41.5 → 48 → 54.5 quarterly: the line reaches about 87 of ≥ 90, within 10% of 55.
        expect(eenPlan.status).toBe('at-risk');
        expect(eenPlan.projection).toBeCloseTo(87.18, 1);
        expect(eenPlan.progress).toBeCloseTo(19.5 / 55, 10);
        expect(tevredenheid).toMatchObject({ status: 'not-measurable', target: null, baseline: null, progress: null, projection: null, latest: null });
        expect(report.summary).toEqual({ 'achieved': 0, 'on-track': 0, 'at-risk': 1, 'off-track': 0, 'stale': 1, 'no-data': 0, 'not-measurable': 1 });
        expect(report.dataProblems).toEqual([{
            file: 'data/metingen.csv', line: 7, reason: 'unknown-effect',
            message: "Unknown effect 'Convenant.Wachtijd'; did you mean 'Convenant.Wachttijd'?"
        }]);
    });

    it('lists validation findings in the shape of keten validate --format json', () => {
        const report = JSON.parse(runKeten(['report', '.', '--format', 'json', '--data', 'data/metingen.csv', '--as-of', '2026-09-30'], { cwd: root }).stdout);
        const validate = JSON.parse(runKeten(['validate', '.', '--format', 'json'], { cwd: root }).stdout);
        expect(report.findings.length).toBeGreaterThan(0);
        expect(report.findings).toEqual(validate.diagnostics);
    });
});

describe('keten report --format json of a Dutch agreement and its English twin', () => {
    it('gives the review and the escalation deadlines in one form, whatever the keywords (DUTCH.md: the machine contract)', () => {
        const examples = path.join(__dirname, '../../examples');
        const files = { 'partijen.keten': fs.readFileSync(path.join(examples, 'partijen.keten'), 'utf8'), 'vroeg.keten': fs.readFileSync(path.join(examples, 'vroegsignalering.keten'), 'utf8') };
        const dutch = makeWorkspace(files);
        const english = makeWorkspace(files);
        try {
            expect(runKeten(['format', '--locale', 'en', '.'], { cwd: english }).code).toBe(0);
            expect(fs.readFileSync(path.join(english, 'vroeg.keten'), 'utf8')).toContain('review every 2 months by');
            const agreementOf = (cwd: string) => JSON.parse(runKeten(['report', 'vroeg.keten', '--format', 'json', '--as-of', '2026-06-30'], { cwd }).stdout).agreements[0];
            const [nl, en] = [agreementOf(dutch), agreementOf(english)];
            expect(nl.review.every).toBe('2 months');
            expect(nl.escalations[0].levels.map((level: { within: string | null }) => level.within)).toEqual(['5 workdays', '10 workdays', '20 workdays']);
            expect(nl.review).toEqual(en.review);
            expect(nl.escalations).toEqual(en.escalations);
        } finally {
            fs.rmSync(dutch, { recursive: true, force: true });
            fs.rmSync(english, { recursive: true, force: true });
        }
    });
});

describe('doc comments in the report (LANGUAGE.md: "shown on hover and in reports")', () => {
    it('shows the doc comment of the agreement, an effect, a party, a body and a mandate in html, md and json', () => {
        const text = CLEAN
            .replace('party Gemeente "Gemeente Zutphen" {', '/** Partij-uitleg: de opdrachtgever. */\nparty Gemeente "Gemeente Zutphen" {')
            .replace('body Stuurgroep', '/** Orgaan-uitleg: stuurt de keten. */\nbody Stuurgroep')
            .replace('agreement Convenant', '/** Afspraak-uitleg: één gezin, één plan. */\nagreement Convenant')
            .replace('  mandate Inzet', '  /** Mandaat-uitleg: tot de limiet. */\n  mandate Inzet')
            .replace('  effect Wachttijd', '  /** Effect-uitleg: telt vanaf aanmelding. */\n  effect Wachttijd');
        const dir = makeWorkspace({ 'c.keten': text });
        try {
            const docs = ['Partij-uitleg: de opdrachtgever.', 'Orgaan-uitleg: stuurt de keten.', 'Afspraak-uitleg: één gezin, één plan.', 'Mandaat-uitleg: tot de limiet.', 'Effect-uitleg: telt vanaf aanmelding.'];
            for (const format of ['html', 'md']) {
                const run = runKeten(['report', 'c.keten', '-f', format, '--as-of', '2026-06-30'], { cwd: dir });
                expect(run.code, run.stderr).toBe(0);
                for (const doc of docs) expect(run.stdout, `${format}: ${doc}`).toContain(doc);
            }
            const agreement = JSON.parse(runKeten(['report', 'c.keten', '-f', 'json', '--as-of', '2026-06-30'], { cwd: dir }).stdout).agreements[0];
            expect(agreement.doc).toBe('Afspraak-uitleg: één gezin, één plan.');
            expect(agreement.effects[0].doc).toBe('Effect-uitleg: telt vanaf aanmelding.');
            expect(agreement.parties.find((p: { name: string }) => p.name === 'Gemeente').doc).toBe('Partij-uitleg: de opdrachtgever.');
            expect(agreement.mandates[0].doc).toBe('Mandaat-uitleg: tot de limiet.');
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});

describe('keten report findings', () => {
    it('lists the findings keten validate gives, with the severities keten.config.json sets', () => {
        const dir = makeWorkspace({
            'a.keten': CLEAN.replace('  review every 6 weeks by Stuurgroep\n', '').replace('  accountable Gemeente.wethouder\n', ''),
            'keten.config.json': JSON.stringify({ rules: { 'no-review': 'off', 'no-accountability': 'error' } })
        });
        const run = runKeten(['report', '.', '--format', 'json', '--as-of', '2026-09-30'], { cwd: dir });
        expect(run.code).toBe(0);
        const findings = (JSON.parse(run.stdout) as { findings: Array<{ rule: string; severity: string }> }).findings;
        expect(findings.map(f => [f.rule, f.severity])).toEqual([['no-accountability', 'error']]);
        const validate = JSON.parse(runKeten(['validate', '.', '-f', 'json'], { cwd: dir }).stdout) as { diagnostics: unknown[] };
        expect(findings).toEqual(validate.diagnostics);
    });
});

describe('keten report exit codes', () => {
    it('exits 0 with data problems without --strict, 1 with --strict', () => {
        const args = ['report', 'convenant.keten', '--data', 'data/metingen.csv', '--as-of', '2026-09-30', '--format', 'md'];
        expect(runKeten(args, { cwd: root }).code).toBe(0);
        const strict = runKeten([...args, '--strict'], { cwd: root });
        expect(strict.code).toBe(1);
        expect(strict.stdout).toContain('# Effect report — as of 2026-09-30');
    });

    it('exits 0 with --strict when every row is used, even with validation findings', () => {
        fs.writeFileSync(path.join(root, 'data/good.json'), JSON.stringify([{ effect: 'Convenant.Wachttijd', date: '2026-01-31', value: 44 }]));
        // (So are syntax errors: CLI.md's "exits 1 only with --strict and a data problem", test/cli/syntax-errors-in-outputs.test.ts.)
        const run = runKeten(['report', 'convenant.keten', '--data', 'data/good.json', '--as-of', '2026-09-30', '--strict', '--format', 'json'], { cwd: root });
        expect(run.code).toBe(0);
        expect((JSON.parse(run.stdout) as { findings: unknown[] }).findings.length).toBeGreaterThan(0);
    });

    it.each([
        [['--data', 'data/metingen.csv', '--as-of', '2026-02-30'], /--as-of needs a calendar date/],
        [['--data', 'data/missing.csv'], /Data file not found: 'data\/missing.csv'/],
        [['--data', 'data/metingen.csv', '--format', 'pdf'], /Unknown format 'pdf'/],
        [['--data', 'data/not-measurements.txt'], /has no column 'effect', 'date', 'value'/],
        // A folder after --data, and nothing else there: no report without the data, no "no .keten files" about the data folder.
        [['--data', 'data'], /^keten: --data names no measurement file: 'data' is a folder or an agreement\. Give the CSV or JSON files themselves/],
        [['--data', '.'], /^keten: --data names no measurement file: '\.' is a folder/]
    ])('exits 2 with one clear line: %s', (args, message) => {
        const run = runKeten(['report', 'convenant.keten', ...args], { cwd: root });
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(message);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
        expect(run.stdout).toBe('');
    });

    it('reports without measurement files: every effect has no data, exit 0', () => {
        const run = runKeten(['report', 'convenant.keten', '--as-of', '2026-09-30', '--format', 'json'], { cwd: root });
        expect(run.code).toBe(0);
        const report = JSON.parse(run.stdout) as { agreements: Array<{ effects: Array<{ status: string }> }> };
        expect(report.agreements.flatMap(a => a.effects.map(e => e.status)).every(s => s === 'no-data' || s === 'not-measurable')).toBe(true);
    });

    it('takes agreement paths written after the data files as paths, not as data', () => {
        const run = runKeten(['report', '--data', 'data/metingen.csv', 'convenant.keten', '--as-of', '2026-09-30', '--format', 'json'], { cwd: root });
        expect(run.code).toBe(0);
        expect((JSON.parse(run.stdout) as { agreements: unknown[] }).agreements.length).toBeGreaterThan(0);
    });

    it('reads a data file named twice once: its rows are no duplicates of themselves', () => {
        const once = JSON.parse(runKeten(['report', 'convenant.keten', '--data', 'data/metingen.csv', '--as-of', '2026-09-30', '--format', 'json'], { cwd: root }).stdout);
        const twice = runKeten(['report', 'convenant.keten', '--data', 'data/metingen.csv', './data/metingen.csv', 'data/../data/metingen.csv', '--as-of', '2026-09-30', '--format', 'json'], { cwd: root });
        expect(twice.code).toBe(0);
        const report = JSON.parse(twice.stdout);
        expect(report.dataProblems).toEqual(once.dataProblems);
        expect(report.dataProblems.some((p: { reason: string }) => p.reason === 'duplicate')).toBe(false);
        expect(report.agreements).toEqual(once.agreements);
    });

    it('writes to --out and nothing to standard output', () => {
        const run = runKeten(['report', 'convenant.keten', '--data', 'data/metingen.csv', '--as-of', '2026-09-30', '--out', 'out/report.html'], { cwd: root });
        expect(run.code).toBe(0);
        expect(run.stdout).toBe('');
        expect(fs.readFileSync(path.join(root, 'out/report.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    });
});

describe('keten register and keten graph', () => {
    it('lists every mandate as Markdown, CSV and JSON', () => {
        const md = runKeten(['register', 'convenant.keten'], { cwd: root });
        expect(md.code).toBe(0);
        expect(md.stdout).toContain('| Convenant | Inzet | Inzet ambulante jeugdhulp | Gemeente.directeur | Aanbieder.regisseur |');
        const csv = runKeten(['register', 'convenant.keten', '--format', 'csv'], { cwd: root });
        expect(csv.stdout.split('\r\n')[0]).toBe('agreement,name,title,from,to,scope,limit,submandate,validFrom,validTo,basis,power,parents,file');
        expect(csv.stdout).toContain('"Mandaatbesluit Sociaal Domein 2026, art. 4"');
        const json = JSON.parse(runKeten(['register', 'convenant.keten', '--format', 'json'], { cwd: root }).stdout);
        expect(json.mandates[0]).toMatchObject({ agreement: 'Convenant', name: 'Inzet', limit: '25000 EUR per household', submandate: 'denied', validFrom: '2026-01-01', validTo: '2027-12-31', parents: [] });
    });

    it('draws the chain in Mermaid and DOT, and refuses an unknown format', () => {
        const mermaid = runKeten(['graph', 'convenant.keten'], { cwd: root });
        expect(mermaid.code).toBe(0);
        expect(mermaid.stdout).toMatch(/^flowchart LR\n/);
        expect(mermaid.stdout).toContain('r1 ==>|"mandate Inzet (Inzet ambulante jeugdhulp), limit 25000 EUR per household"| r3');
        const dot = runKeten(['graph', 'convenant.keten', '--format', 'dot'], { cwd: root });
        expect(dot.stdout).toMatch(/^digraph keten \{/);
        expect(dot.stdout).toContain('label="Casus 3: within 20 workdays, decides"');
        const bad = runKeten(['graph', 'convenant.keten', '--format', 'svg'], { cwd: root });
        expect(bad.code).toBe(2);
        expect(bad.stderr).toMatch(/Unknown format 'svg'/);
    });
});

describe('the projection as the report gives it', () => {
    it('keeps its side of the target and of 0 when rounded to the data\'s precision', () => {
        const keten = [
            'party A "A" {', '  role college "College"', '}',
            'agreement Conv "Conv" {', '  parties A', '  period 2026-01-01 to 2029-12-31', '  steering A.college', '  accountable A.college',
            '  review every 6 weeks by A.college',
            // 45 → 44 in January: at 2028-02-13 the line reaches 20.03, just above the target (at risk).
            '  effect Near "Near" {', '    kind outcome', '    indicator "Days"', '    unit days', '    baseline 45 on 2025-12-31',
            '    target <= 20 by 2028-02-13', '    measured monthly by A from "Monitor"', '  }',
            // 10 → 9 in January: at 2026-11-07 the line is at -0.03 (below 0).
            '  effect Zero "Zero" {', '    kind outcome', '    indicator "Cases"', '    unit cases', '    baseline 10 on 2025-12-31',
            '    target <= 5 by 2026-11-07', '    measured monthly by A from "Monitor"', '  }', '}', ''
        ].join('\n');
        const dir = makeWorkspace({ 'r.keten': keten, 'd.csv': 'effect,date,value\nConv.Near,2026-01-31,44\nConv.Zero,2026-01-31,9\n' });
        const run = runKeten(['report', 'r.keten', '--data', 'd.csv', '--as-of', '2026-02-01', '--format', 'json'], { cwd: dir });
        const [near, zero] = JSON.parse(run.stdout).agreements[0].effects;
        expect(near.status).toBe('at-risk');
        expect(near.projection).toBeGreaterThan(20);
        expect(near.projection).toBeLessThan(20.1);
        expect(zero.projection).toBeLessThan(0);
    });
});
