/**
 * The last English leftovers of `keten report`, `graph` and `register`, through the real binary
 * (DUTCH.md, "Locale"): the data problems of measurement files in the locale's language (JSON
 * keys and reason codes stay English), files that cannot be used at all, the commands' own
 * errors (unknown format, --as-of, --data), and `"locale"` in keten.config.json honoured by the
 * three commands as by `validate`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEAN_AGREEMENT, ensureKetenBuilt, makeWorkspace } from '../support/cli-workspace.js';
import { runKeten } from '../support/run-keten.js';

/** One good row, then one row for each kind of problem (comment: line, reason). */
const BAD_CSV = [
    'effect;date;value;source;note',            // 1
    'Convenant.Wachttijd;2026-01-31;44;;',      // 2 kept
    'Convenant.Wachtijd;2026-02-28;41;;',       // 3 unknown-effect, closest
    'Elders.Iets;2026-02-28;41;;',              // 4 unknown-effect, nothing close
    'Convenant.Wachttijd;31-01-2026;41;;',      // 5 bad-date
    'Convenant.Wachttijd;2026-03-31;veertig;;', // 6 bad-value
    'Convenant.Wachttijd;2026-04-30;;;',        // 7 missing-field (value)
    'Convenant.Wachttijd;2026-01-31;43;;',      // 8 duplicate of line 2
    'Convenant.Wachttijd;2027-01-31;30;;',      // 9 after-as-of
    ';2026-06-30;40;;'                          // 10 missing-field (effect)
].join('\n');

const BAD_JSON = JSON.stringify([
    { effect: 'Convenant.Wachttijd', date: '2026-02-28', value: '41' },
    'geen object',
    { effect: 'Convenant.Wachttijd', date: '2026-01-31', value: 40 },
    { effect: 'Convenant.Wachttijd', date: '2026-03-31', value: 39, source: 12 }
]);

const DUTCH_MESSAGES: ReadonlyArray<readonly [string, number, string, string]> = [
    ['data/metingen.csv', 3, 'unknown-effect', "Onbekend effect 'Convenant.Wachtijd'; bedoelt u 'Convenant.Wachttijd'?"],
    ['data/metingen.csv', 4, 'unknown-effect', "Onbekend effect 'Elders.Iets': geen afspraak in de werkruimte heeft dit effect (effecten heten Afspraak.Effect)."],
    ['data/metingen.csv', 5, 'bad-date', "De datum '31-01-2026' is geen bestaande datum in de vorm JJJJ-MM-DD."],
    ['data/metingen.csv', 6, 'bad-value', "De waarde 'veertig' is geen getal (verwacht een getal zoals 41,5 of 41.5, zonder scheidingstekens voor duizendtallen)."],
    ['data/metingen.csv', 7, 'missing-field', 'De waarde ontbreekt.'],
    ['data/metingen.csv', 8, 'duplicate', "Een tweede waarde voor 'Convenant.Wachttijd' op 31 januari 2026; de eerste, op regel 2, blijft staan."],
    ['data/metingen.csv', 9, 'after-as-of', 'De datum 31 januari 2027 ligt na de peildatum 31 december 2026 (--as-of).'],
    ['data/metingen.csv', 10, 'missing-field', 'Het effect ontbreekt.'],
    ['data/metingen.json', 0, 'bad-value', 'De waarde "41" is geen getal.'],
    ['data/metingen.json', 1, 'bad-row', 'De rij is geen object met effect, date en value.'],
    ['data/metingen.json', 2, 'duplicate', "Een tweede waarde voor 'Convenant.Wachttijd' op 31 januari 2026; de eerste, op regel 2 van 'data/metingen.csv', blijft staan."],
    ['data/metingen.json', 3, 'bad-row', "'source' is geen tekst; zet de waarde tussen dubbele aanhalingstekens."]
];

/** Words of the English data problems; none may be left in a Dutch one. */
const ENGLISH_PROBLEM_WORDS = /\b(unknown|did you mean|is not|missing|second value|is kept|after the report date|the row)\b/i;

const REPORT = ['report', 'convenant.keten', '--data', 'data/metingen.csv', 'data/metingen.json', '--as-of', '2026-12-31'];

let root: string;

beforeAll(() => {
    ensureKetenBuilt();
    root = makeWorkspace({
        'convenant.keten': CLEAN_AGREEMENT,
        'data/metingen.csv': BAD_CSV,
        'data/metingen.json': BAD_JSON,
        'data/zonder-kolommen.csv': 'naam;wanneer;hoeveel\nConvenant.Wachttijd;2026-01-31;44\n',
        'data/object.json': '{ "effect": "Convenant.Wachttijd" }',
        // A folder whose keten.config.json asks for Dutch, and one whose configuration asks for English.
        'nl/keten.config.json': '{ "locale": "nl" }',
        'nl/convenant.keten': CLEAN_AGREEMENT,
        'nl/data/metingen.csv': BAD_CSV,
        'en/keten.config.json': '{ "locale": "en" }',
        'en/convenant.keten': CLEAN_AGREEMENT
    });
}, 600_000);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function keten(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
    return runKeten(args, { cwd: options.cwd ?? root, env: options.env });
}

interface JsonDataProblem { file: string; line?: number; index?: number; reason: string; message: string }

function dataProblemsOf(stdout: string): JsonDataProblem[] {
    return (JSON.parse(stdout) as { dataProblems: JsonDataProblem[] }).dataProblems;
}

describe('data problems of keten report --locale nl', () => {
    it('the JSON report: every message in Dutch, with the closest effect id and Dutch dates; keys and reasons English', () => {
        const run = keten([...REPORT, '--format', 'json', '--locale', 'nl']);
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        const problems = dataProblemsOf(run.stdout);
        expect(problems.map(p => [p.file, p.line ?? p.index, p.reason, p.message])).toEqual(DUTCH_MESSAGES);
        for (const problem of problems) {
            expect(Object.keys(problem).sort()).toEqual(['file', problem.line !== undefined ? 'line' : 'index', 'message', 'reason'].sort());
            expect(problem.message).not.toMatch(ENGLISH_PROBLEM_WORDS);
        }
    });

    it('the same rows in English without a locale: same files, places and reasons, English messages', () => {
        const run = keten([...REPORT, '--format', 'json']);
        expect(run.code).toBe(0);
        const problems = dataProblemsOf(run.stdout);
        expect(problems.map(p => [p.file, p.line ?? p.index, p.reason])).toEqual(DUTCH_MESSAGES.map(([file, place, reason]) => [file, place, reason]));
        expect(problems[0].message).toBe("Unknown effect 'Convenant.Wachtijd'; did you mean 'Convenant.Wachttijd'?");
        expect(problems[5].message).toBe("A second value for 'Convenant.Wachttijd' on 2026-01-31; the first, at line 2, is kept.");
        expect(problems[11].message).toBe('The source is not text; write it between double quotes.');
    });

    it('the HTML and Markdown reports list the Dutch messages', () => {
        const html = keten([...REPORT, '--format', 'html', '--locale', 'nl']).stdout;
        expect(html).toContain('De datum 31 januari 2027 ligt na de peildatum 31 december 2026 (--as-of).');
        const markdown = keten([...REPORT, '--format', 'md', '--locale', 'nl']).stdout;
        expect(markdown).toContain('Het effect ontbreekt.');
        expect(markdown).not.toMatch(/is missing|is not a number/);
    });

    it('a file that cannot be used at all: one Dutch line, exit 2', () => {
        const columns = keten(['report', 'convenant.keten', '--data', 'data/zonder-kolommen.csv', '--locale', 'nl']);
        expect(columns.code).toBe(2);
        expect(columns.stdout).toBe('');
        expect(columns.stderr).toBe(
            "keten: 'data/zonder-kolommen.csv' heeft geen kolom 'effect', 'date', 'value': de eerste regel moet ten minste effect, date en value noemen (gescheiden door ',' of ';').\n");
        const object = keten(['report', 'convenant.keten', '--data', 'data/object.json'], { env: { KETEN_LOCALE: 'nl' } });
        expect(object.code).toBe(2);
        expect(object.stderr).toBe(`keten: 'data/object.json' moet een JSON-lijst van metingen bevatten ({ "effect", "date", "value" }), niet een object.\n`);
    });
});

describe('"locale": "nl" in keten.config.json', () => {
    const inNl = (args: string[], env?: Record<string, string>) => keten(args, { cwd: path.join(root, 'nl'), env });

    it('makes keten graph Dutch: the same diagram as --locale nl, unlike the English one', () => {
        const configured = inNl(['graph', 'convenant.keten']);
        expect(configured.stderr).toBe('');
        expect(configured.code).toBe(0);
        expect(configured.stdout).toBe(inNl(['graph', 'convenant.keten', '--locale', 'nl']).stdout);
        expect(configured.stdout).toMatch(/\|"valt onder"\|/);
        const english = inNl(['graph', 'convenant.keten', '--locale', 'en']).stdout;
        expect(english).toMatch(/\|"reports to"\|/);
        expect(english).not.toBe(configured.stdout);
    });

    it('makes keten register Dutch (Markdown and CSV headers); --locale en and KETEN_LOCALE=en still win', () => {
        const markdown = inNl(['register', 'convenant.keten']);
        expect(markdown.code).toBe(0);
        expect(markdown.stdout).toMatch(/^# Mandaatregister\n/);
        expect(markdown.stdout).toBe(inNl(['register', 'convenant.keten', '--locale', 'nl']).stdout);
        expect(inNl(['register', 'convenant.keten', '--format', 'csv']).stdout).toMatch(/^Afspraak,Mandaat,Titel,/);
        expect(inNl(['register', 'convenant.keten', '--locale', 'en']).stdout).not.toMatch(/Mandaatregister/);
        expect(inNl(['register', 'convenant.keten'], { KETEN_LOCALE: 'en' }).stdout).not.toMatch(/Mandaatregister/);
    });

    it('makes keten report Dutch: the HTML report and the data problems of its JSON report', () => {
        const html = inNl(['report', 'convenant.keten', '--data', 'data/metingen.csv', '--as-of', '2026-12-31']);
        expect(html.code).toBe(0);
        expect(html.stdout).toContain('<html lang="nl">');
        expect(html.stdout).toContain('<h1>Effectrapportage</h1>');
        const json = inNl(['report', 'convenant.keten', '--data', 'data/metingen.csv', '--as-of', '2026-12-31', '--format', 'json']);
        const problems = dataProblemsOf(json.stdout);
        expect(problems.map(p => p.message)).toEqual(DUTCH_MESSAGES.filter(([file]) => file === 'data/metingen.csv').map(([, , , message]) => message));
        expect(problems.map(p => p.reason)).toContain('after-as-of');
    });

    it('is found next to the agreements when the current folder has none, as validate finds it', () => {
        const register = keten(['register', 'nl/convenant.keten']);
        expect(register.code).toBe(0);
        expect(register.stdout).toMatch(/^# Mandaatregister\n/);
        expect(keten(['graph', 'nl/convenant.keten']).stdout).toMatch(/\|"valt onder"\|/);
        // Agreements whose configurations disagree: English, as validate does.
        expect(keten(['register', 'nl/convenant.keten', 'en/convenant.keten']).stdout).toMatch(/^# Mandate register\n/);
    });
});

describe('errors of report, graph and register in Dutch', () => {
    it('an unknown format, with --locale nl and from the configuration', () => {
        for (const command of ['report', 'graph', 'register']) {
            const run = keten([command, 'convenant.keten', '--format', 'pdf', '--locale', 'nl']);
            expect(run.code).toBe(2);
            expect(run.stderr).toMatch(/^keten: Onbekend formaat 'pdf'\. Kies uit: [a-z]+(, [a-z]+)*\.\n$/);
            const configured = keten([command, 'convenant.keten', '--format', 'pdf'], { cwd: path.join(root, 'nl') });
            expect(configured.code).toBe(2);
            expect(configured.stderr).toBe(run.stderr);
        }
        expect(keten(['register', 'convenant.keten', '--format', 'pdf', '--locale', 'nl']).stderr).toBe("keten: Onbekend formaat 'pdf'. Kies uit: md, csv, json.\n");
        expect(keten(['graph', 'convenant.keten', '--format', 'pdf']).stderr).toBe("keten: Unknown format 'pdf'. Choose one of: mermaid, dot.\n");
    });

    it('a bad --as-of, a missing data file, a data file that is no file', () => {
        const asOf = keten(['report', 'convenant.keten', '--as-of', '2026-02-30', '--locale', 'nl']);
        expect(asOf.code).toBe(2);
        expect(asOf.stderr).toBe("keten: --as-of vraagt een bestaande datum in de vorm JJJJ-MM-DD, niet '2026-02-30'.\n");
        const missing = keten(['report', 'convenant.keten', '--data', 'data/weg.csv', '--locale', 'nl']);
        expect(missing.code).toBe(2);
        expect(missing.stderr).toBe("keten: Meetbestand niet gevonden: 'data/weg.csv'. Controleer het pad achter --data.\n");
        const device = keten(['report', 'convenant.keten', '--data', '/dev/null', '--locale', 'nl']);
        expect(device.code).toBe(2);
        expect(device.stderr).toBe("keten: Het meetbestand '/dev/null' is geen bestand.\n");
    });
});
