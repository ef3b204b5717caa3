/**
 * `keten whatif` through the real binary (CHANGES.md). A party leaving the examples gives the
 * findings that a hand edit removing that party gives (the test makes the hand edit, validates
 * it, and compares); positions refer to the unchanged files; the files are never changed;
 * the exit codes; revoking, vacancy, expiry and combinations; Dutch.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureKetenBuilt, makeWorkspace } from '../support/cli-workspace.js';
import { REPO_ROOT, runKeten } from '../support/run-keten.js';
import { baseFiles, edited, type Files } from './diff-support.js';

beforeAll(() => ensureKetenBuilt(), 300_000);

interface JsonFinding { file: string; line: number; column: number; endLine: number; endColumn: number; severity: string; rule: string; message: string }

function examples(): Files {
    const dir = path.join(REPO_ROOT, 'examples');
    return Object.fromEntries(fs.readdirSync(dir).filter(f => f.endsWith('.keten')).map(f => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
}

/** Replaces each `from` (exactly once) in its file; `to` may be empty. */
function handEdit(files: Files, edits: ReadonlyArray<readonly [string, string, string]>): Files {
    const result = { ...files };
    for (const [file, from, to] of edits) {
        const text = result[file];
        const at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`'${from}' must occur exactly once in ${file}`);
        result[file] = text.slice(0, at) + to + text.slice(at + from.length);
    }
    return result;
}

function validateJson(files: Files): JsonFinding[] {
    const dir = makeWorkspace(files);
    const run = runKeten(['validate', '.', '-f', 'json'], { cwd: dir });
    expect(run.code === 0 || run.code === 1).toBe(true);
    return JSON.parse(run.stdout).diagnostics;
}

/** The findings as (file, rule, message), a multiset in a stable order. */
const meaning = (findings: readonly JsonFinding[]) => findings.map(f => `${f.file} ${f.rule} ${f.message}`).sort();

function minus(a: readonly string[], b: readonly string[]): string[] {
    const left = [...b];
    return a.filter(item => {
        const at = left.indexOf(item);
        if (at < 0) return true;
        left.splice(at, 1);
        return false;
    });
}

/** Kredietbank leaves, by hand, as CHANGES.md describes it. */
const WITHOUT_KREDIETBANK: ReadonlyArray<readonly [string, string, string]> = [
    ['vroegsignalering.keten', 'partijen Apeldoorn, Kredietbank, Woonstede', 'partijen Apeldoorn, Woonstede'],
    // Its signatory goes with it.
    ['vroegsignalering.keten', '  ondertekenaar Kredietbank.directeur "mr. S. Ouwehand" krachtens "Statuten Stichting Kredietbank Oost, art. 12"\n', ''],
    // Both mandates from or to its roles are revoked, with the `onder` that names one.
    ['vroegsignalering.keten', '  mandaat Regeling "Betalingsregelingen afspreken" {\n    van Apeldoorn.directeur\n    aan Kredietbank.teamleider\n    reikwijdte "Betalingsregelingen en saneringskredieten afspreken namens de gemeente"\n    limiet 5000 EUR per huishouden\n    ondermandaat toegestaan\n    geldig 2026-01-01 tot 2028-12-31\n    grondslag "Mandaatbesluit Schuldhulpverlening Apeldoorn 2026"\n    bevoegdheid Apeldoorn.Schuldhulp\n  }\n\n', ''],
    ['vroegsignalering.keten', '  /** Ondermandaat: de teamleider mag kleinere regelingen doorgeven aan de consulenten. */\n  mandaat RegelingConsulent "Kleine betalingsregelingen" {\n    van Kredietbank.teamleider\n    aan Kredietbank.consulent\n    reikwijdte "Betalingsregelingen tot 2.500 euro bij een eerste huisbezoek"\n    limiet 2500 EUR per huishouden\n    ondermandaat uitgesloten\n    geldig 2026-01-01 tot 2028-12-31\n    grondslag "Ondermandaatbesluit Kredietbank Oost 2026"\n  }\n\n', ''],
    ['vroegsignalering.keten', '    beslist onder RegelingConsulent\n', '    beslist\n'],
    ['vroegsignalering.keten', '    geleverd door Kredietbank\n', ''],
    ['vroegsignalering.keten', '    door Kredietbank\n', ''],
    ['vroegsignalering.keten', '    niveau Kredietbank.teamleider binnen 5 werkdagen\n', ''],
    ['vroegsignalering.keten', '    gemeten maandelijks door Kredietbank uit "Registratie vroegsignalering"\n', ''],
    // The data it receives loses its only recipient field; its share of the budget goes.
    ['vroegsignalering.keten', '    aan Kredietbank\n', ''],
    ['vroegsignalering.keten', '    aandeel Kredietbank 10 procent\n', ''],
    ['partijen.keten', 'members Apeldoorn.wethouder, Kredietbank.directeur, Woonstede.directeur', 'members Apeldoorn.wethouder, Woonstede.directeur'],
    ['partijen.keten', 'role teamleider "Teamleider Vroegsignalering" reports to directeur\n  role consulent "Schuldhulpconsulent" reports to teamleider', 'role teamleider "Teamleider Vroegsignalering"\n  role consulent "Schuldhulpconsulent"']
];

/** JBG leaves, by hand. */
const WITHOUT_JBG: ReadonlyArray<readonly [string, string, string]> = [
    ['jeugdhulp.keten', 'parties Zutphen, Lochem, JBG', 'parties Zutphen, Lochem'],
    ['jeugdhulp.keten', '  signatory JBG.bestuurder "drs. E.P. Wolters" pursuant to "Statuten Jeugdbescherming Gelderland, art. 11"\n', ''],
    ['jeugdhulp.keten', '  /** De gezinsregisseur mag zelf over ambulante hulp beslissen, binnen een budget per gezin. */\n  mandate Inzet "Inzet ambulante jeugdhulp" {\n    from Zutphen.directeur\n    to JBG.regisseur\n    scope "Besluiten over inzet van ambulante jeugdhulp per gezin"\n    limit 25000 EUR per household\n    submandate denied\n    valid 2026-01-01 to 2027-12-31\n    basis "Mandaatbesluit Sociaal Domein Zutphen 2026, art. 4"\n    power Zutphen.Jeugdhulp\n  }\n\n', ''],
    ['jeugdhulp.keten', '  mandate InzetLochem "Inzet ambulante jeugdhulp (Lochem)" {\n    from Lochem.directeur\n    to JBG.regisseur\n    scope "Besluiten over inzet van ambulante jeugdhulp voor gezinnen uit Lochem"\n    limit 25000 EUR per household\n    submandate denied\n    valid 2026-01-01 to 2027-12-31\n    basis "Mandaatbesluit Samenleving Lochem 2026"\n    power Lochem.Jeugdhulp\n  }\n\n', ''],
    ['jeugdhulp.keten', '    provided by JBG\n', ''],
    ['jeugdhulp.keten', '    by JBG\n    decides under Inzet\n', '    decides\n'],
    ['jeugdhulp.keten', '    by JBG\n    decides under InzetLochem\n', '    decides\n'],
    ['jeugdhulp.keten', '    level JBG.manager within 5 workdays\n', ''],
    ['jeugdhulp.keten', '    measured monthly by JBG from "Monitor Jeugd"\n', ''],
    ['jeugdhulp.keten', '    measured quarterly by JBG from "Registratie gezinsregie"\n', ''],
    ['jeugdhulp.keten', '    to JBG\n', ''],
    ['partijen.keten', 'members Zutphen.wethouder, Lochem.wethouder, JBG.bestuurder', 'members Zutphen.wethouder, Lochem.wethouder'],
    ['partijen.keten', 'role manager "Regiomanager Noord" reports to bestuurder\n  role regisseur "Gezinsregisseur" reports to manager', 'role manager "Regiomanager Noord"\n  role regisseur "Gezinsregisseur"']
];

describe('keten whatif --without PARTY on the examples gives what a hand edit gives', () => {
    for (const [party, edits] of [['Kredietbank', WITHOUT_KREDIETBANK], ['JBG', WITHOUT_JBG]] as const) {
        it(party, () => {
            const files = examples();
            const dir = makeWorkspace(files);
            const before = fs.readdirSync(dir).map(f => fs.readFileSync(path.join(dir, f), 'utf8'));
            const run = runKeten(['whatif', '.', '--without', party, '-f', 'json'], { cwd: dir });
            const json = JSON.parse(run.stdout) as { version: number; scenario: unknown; added: JsonFinding[]; resolved: JsonFinding[]; summary: string };
            expect(json.version).toBe(1);
            expect(json.scenario).toEqual({ without: [party], revoke: [], vacant: [], expire: null });

            const original = validateJson(files);
            const byHand = validateJson(handEdit(files, edits));
            expect(meaning(json.added)).toEqual(minus(meaning(byHand), meaning(original)));
            expect(meaning(json.resolved)).toEqual(minus(meaning(original), meaning(byHand)));
            expect(json.added.length).toBeGreaterThan(0);

            // Exit 1: the scenario adds errors. The summary reads like a plan.
            expect(json.added.some(f => f.severity === 'error')).toBe(true);
            expect(run.code).toBe(1);
            expect(json.summary).toMatch(new RegExp(`^${party} leaves: .*(commitment loses its|commitments lose their) mandate.*\\(\\d+ new errors?`));

            // Findings are shaped as in keten validate --format json, placed in the unchanged files.
            for (const finding of json.added) {
                expect(Object.keys(finding).sort()).toEqual(['column', 'endColumn', 'endLine', 'file', 'line', 'message', 'rule', 'severity']);
                const line = files[finding.file].split('\n')[finding.line - 1];
                expect(line.length).toBeGreaterThanOrEqual(finding.column - 1);
            }
            const missingMandate = json.added.find(f => f.rule === 'missing-mandate')!;
            expect(files[missingMandate.file].split('\n')[missingMandate.line - 1].slice(missingMandate.column - 1)).toMatch(/^(decides|beslist)/);
            // The files are never changed.
            expect(fs.readdirSync(dir).map(f => fs.readFileSync(path.join(dir, f), 'utf8'))).toEqual(before);
        });
    }
});

describe('keten whatif scenarios on the base of the pairs', () => {
    const base = baseFiles();
    const dir = () => makeWorkspace(base);
    const whatIf = (args: string[], cwd = dir()) => {
        const run = runKeten(['whatif', '.', ...args, '-f', 'json'], { cwd });
        return { code: run.code, stderr: run.stderr, json: run.stdout ? JSON.parse(run.stdout) as { added: JsonFinding[]; resolved: JsonFinding[]; summary: string } : undefined };
    };
    const rules = (findings: readonly JsonFinding[] = []) => findings.map(f => f.rule).sort();

    it('--revoke Agreement.Mandate: commitments under it lose their mandate; a plain unique name is accepted', () => {
        const qualified = whatIf(['--revoke', 'Vroeg.Melden']);
        expect(qualified.code).toBe(1);
        expect(rules(qualified.json?.added)).toEqual(['missing-mandate', 'party-without-mandate']);
        expect(qualified.json?.summary).toBe('Mandate Vroeg.Melden is revoked: 1 commitment loses its mandate, 1 party finding (1 new error, 1 new warning)');
        const plain = whatIf(['--revoke', 'Melden']);
        expect(plain.json?.added).toEqual(qualified.json?.added);
        // `decides under Consulent, Apeldoorn.Schuldhulp` keeps its other name: no finding.
        expect(whatIf(['--revoke', 'Consulent']).json?.added.filter(f => f.rule === 'missing-mandate')).toEqual([]);
    });

    it('--vacant Party.role: the position leaves fields, lists and bodies; a mandate to it is revoked', () => {
        const vacant = whatIf(['--vacant', 'Apeldoorn.wethouder']);
        expect(rules(vacant.json?.added)).toContain('no-accountability');
        expect(vacant.code).toBe(0);
        const teamleider = whatIf(['--vacant', 'Kredietbank.teamleider']);
        // Regeling (to the teamleider) and Consulent (from the teamleider) are revoked.
        expect(rules(teamleider.json?.added)).toContain('party-without-mandate');
    });

    it('--expire DATE: mandates whose validity ends before it are revoked; an agreement that ended is left out', () => {
        const files = edited(base, [['agreement.keten', '    valid 2026-01-01 to 2028-12-31\n  }\n\n  condition Uren', '    valid 2026-01-01 to 2026-06-30\n  }\n\n  condition Uren']]);
        const expired = whatIf(['--expire', '2027-01-01'], makeWorkspace(files));
        expect(rules(expired.json?.added)).toEqual(['missing-mandate', 'party-without-mandate']);
        // The findings of an agreement that ended are resolved (here: it has no review).
        const withoutReview = ['agreement.keten', '  review every 2 months by Regietafel\n', ''] as const;
        const ended = whatIf(['--expire', '2030-01-01'], makeWorkspace(edited(base, [withoutReview])));
        expect(ended.code).toBe(0);
        expect(ended.json?.added).toEqual([]);
        expect(rules(ended.json?.resolved)).toEqual(['no-review']);
        // With renewal the agreement does not end; an open-ended one never ends.
        const renewed = edited(base, [withoutReview, ['agreement.keten', '  termination notice 3 months\n', '  termination notice 3 months\n  renewal 1 year\n']]);
        expect(whatIf(['--expire', '2030-01-01'], makeWorkspace(renewed)).json?.resolved).toEqual([]);
    });

    it('scenarios combine', () => {
        const both = whatIf(['--without', 'Vitens', '--revoke', 'Vroeg.Melden', '--vacant', 'Apeldoorn.wethouder']);
        expect(both.json?.summary).toMatch(/^Vitens leaves, mandate Vroeg.Melden is revoked and Apeldoorn.wethouder is vacant: /);
        expect(rules(both.json?.added)).toEqual(expect.arrayContaining(['missing-mandate', 'no-accountability']));
    });

    it('exit 2: an unknown party, mandate or role with the closest name; an ambiguous mandate with the candidates', () => {
        const party = whatIf(['--without', 'Kredietbnk']);
        expect(party.code).toBe(2);
        expect(party.stderr).toBe("keten: Unknown party 'Kredietbnk'. Did you mean 'Kredietbank'?\n");
        const mandate = whatIf(['--revoke', 'Vroeg.Meldn']);
        expect(mandate.code).toBe(2);
        expect(mandate.stderr).toMatch(/Did you mean 'Vroeg.Melden'\?/);
        const role = whatIf(['--vacant', 'Apeldoorn.wethoudr']);
        expect(role.code).toBe(2);
        expect(role.stderr).toMatch(/Did you mean 'Apeldoorn.wethouder'\?/);
        // A plain role name, misspelt, gets the one role it meant, qualified.
        const plain = whatIf(['--vacant', 'teamlieder']);
        expect(plain.code).toBe(2);
        expect(plain.stderr).toMatch(/Did you mean 'Kredietbank.teamleider'\?/);
        // A name like nothing there is still gets the nearest name that exists (never no name at all).
        for (const [flag, name, says] of [['--vacant', 'Gem', /role 'Gem' \(write Party.role\). The closest name there is: '[A-Za-z]+\.[a-z]+'\.\n$/],
            ['--without', 'Xyzzy', /party 'Xyzzy'\. The closest name there is: '[A-Za-z]+'\.\n$/],
            ['--revoke', 'Qq', /mandate 'Qq' \(write Agreement.Mandate\)\. The closest name there is: '[A-Za-z]+\.[A-Za-z]+'\.\n$/]] as const) {
            const far = whatIf([flag, name]);
            expect(far.code).toBe(2);
            expect(far.stderr).toMatch(says);
        }
        const twice = { ...base, 'tweede.keten': 'agreement Tweede {\n  parties Apeldoorn\n  period 2026-01-01 to 2026-12-31\n  mandate Melden {\n    from Apeldoorn.directeur\n    to Apeldoorn.wethouder\n    scope "x"\n  }\n}\n' };
        const ambiguous = whatIf(['--revoke', 'Melden'], makeWorkspace(twice));
        expect(ambiguous.code).toBe(2);
        expect(ambiguous.stderr).toBe("keten: Mandate 'Melden' is ambiguous: it names 'Tweede.Melden', 'Vroeg.Melden'. Write Agreement.Mandate.\n");
        for (const args of [[], ['--expire', '2026-02-30'], ['--without', 'Vitens', '-f', 'sarif']]) {
            const run = runKeten(['whatif', '.', ...args], { cwd: dir() });
            expect(run.code).toBe(2);
            expect(run.stderr.trim().split('\n')).toHaveLength(1);
        }
    });

    it('exit 2: a role or a body given to --without is named as what it is', () => {
        const role = whatIf(['--without', 'Apeldoorn.wethouder']);
        expect(role.code).toBe(2);
        expect(role.stderr).toBe("keten: Unknown party 'Apeldoorn.wethouder'. 'Apeldoorn.wethouder' is a role: for a position left empty write --vacant Apeldoorn.wethouder.\n");
        const body = whatIf(['--without', 'Regietafel']);
        expect(body.code).toBe(2);
        expect(body.stderr).toMatch(/^keten: Unknown party 'Regietafel'\. 'Regietafel' is a body: a body does not leave, its members do/);
    });

    it('a file that does not parse is exit 2 naming the file', () => {
        const broken = makeWorkspace({ ...base, 'broken.keten': 'agreement Kapot {\n  parties\n' });
        const run = runKeten(['whatif', '.', '--without', 'Vitens'], { cwd: broken });
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/^keten: broken\.keten does not parse/);
    });

    it('stylish and Markdown, in English and in Dutch', () => {
        const cwd = dir();
        const stylish = runKeten(['whatif', '.', '--without', 'Woonstede'], { cwd });
        expect(stylish.code).toBe(1);
        expect(stylish.stdout.split('\n')[0]).toMatch(/^Woonstede leaves: /);
        expect(stylish.stdout).toContain('Added by the scenario');
        expect(stylish.stdout).toContain('Commitments without a mandate');
        const dutch = runKeten(['whatif', '.', '--without', 'Woonstede', '--locale', 'nl'], { cwd });
        expect(dutch.stdout.split('\n')[0]).toMatch(/^Woonstede vertrekt: .*toezegging verliest haar mandaat.*nieuwe fout/);
        expect(dutch.stdout).toContain('Nieuw door het scenario');
        expect(dutch.stdout).toContain('Toezeggingen zonder mandaat');
        const md = runKeten(['whatif', '.', '--without', 'Woonstede', '-f', 'md', '--locale', 'nl'], { cwd });
        expect(md.stdout).toMatch(/^## Keten: wat als\n\n\*\*Woonstede vertrekt: /);
        expect(md.stdout).toContain('#### Toezeggingen zonder mandaat (1)');
    });
});

describe('the summary counts the elements that lose something, not the findings', () => {
    // Each agreement loses steering, accountability and review at once (three findings); the
    // data block loses its recipient and its controller at once (two findings).
    const files: Files = {
        'a.keten': `party A "Gemeente A" {
  role wethouder "Wethouder"
}

party B "Uitvoerder B" {
  role bestuurder "Bestuurder"
}

agreement Een "Een" {
  parties A, B
  period 2026-01-01 to 2027-12-31
  steering A.wethouder
  accountable A.wethouder
  review every 1 year by A.wethouder

  data Gg "Gegevens" {
    from A
    to B
    purpose "Regie"
    basis "Wet"
    retention 5 years
    controller B
  }
}

agreement Twee "Twee" {
  parties A, B
  period 2026-01-01 to 2027-12-31
  steering A.wethouder
  accountable A.wethouder
  review every 1 year by A.wethouder
}
`
    };
    const summary = (args: string[], locale = 'en') => {
        const run = runKeten(['whatif', '.', ...args, '-f', 'json', '--locale', locale], { cwd: makeWorkspace(files) });
        return (JSON.parse(run.stdout) as { summary: string }).summary;
    };

    it('two agreements lose steering, accountability or review (six findings)', () => {
        expect(summary(['--vacant', 'A.wethouder'])).toBe('A.wethouder is vacant: 2 agreements lose steering, accountability or review, 1 party finding (2 new errors, 5 new warnings)');
    });

    it('one data block loses a provider, recipient or controller (two findings)', () => {
        expect(summary(['--without', 'B'])).toMatch(/^B leaves: 1 data block loses a provider, recipient or controller \(1 new error, 1 new warning/);
        expect(summary(['--without', 'B'], 'nl')).toMatch(/^B vertrekt: 1 /);
    });

    it('a repeated name leaves once; a sentence that starts with a name keeps it as written', () => {
        expect(summary(['--without', 'B', '--without', 'B'])).toBe(summary(['--without', 'B']));
        expect(summary(['--vacant', 'wethouder'])).toMatch(/^wethouder is vacant: /);
        expect(summary(['--expire', '2030-01-01'])).toMatch(/^[A-Z]/);
    });

    it('writes the --expire date as a Dutch text writes it (DUTCH.md)', () => {
        expect(summary(['--expire', '2030-01-01'], 'nl')).toMatch(/^Alles wat vóór 1 januari 2030 afloopt, vervalt: /);
        expect(summary(['--expire', '2030-01-01'])).toMatch(/ before 2030-01-01 /);
    });
});

describe('keten whatif: a finding whose message only names other parties now', () => {
    const text = `party A "A" {
  role dir "Directeur"
}

party B "B" {
  role dir "Directeur"
}

party C "C" {
  role dir "Directeur"
}

agreement Samen "Samen" {
  parties A, B, C
  period 2026-01-01 to 2027-12-31
  steering A.dir
  accountable A.dir
  review every 6 months by A.dir

  commitment Joint "Samen doen" {
    by B, C
    decides
  }

  escalation E "E" {
    // keten-disable-next-line escalation-no-deadline
    level C.dir
    level A.dir within 10 workdays decides
  }

  effect W "W" {
    indicator "x"
    unit days
    baseline 30 on 2025-12-31
    target <= 15 by 2027-12-31
    measured monthly by A
  }
}
`;
    it('is neither added nor resolved (the gap was there before)', () => {
        const run = runKeten(['whatif', '.', '--without', 'B', '-f', 'json'], { cwd: makeWorkspace({ 'ws.keten': text }) });
        const json = JSON.parse(run.stdout) as { added: Array<{ rule: string }>; resolved: Array<{ rule: string }>; summary: string };
        // `Joint` (by B, C; decides under nothing) lacked a mandate and a condition before B left.
        expect(json.added.map(f => f.rule)).toEqual([]);
        expect(json.resolved.map(f => f.rule)).toEqual(['party-without-mandate']);
        expect(run.code).toBe(0);
        expect(json.summary).toMatch(/^B leaves: nothing new breaks/);
    });
});
