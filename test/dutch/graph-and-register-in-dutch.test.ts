/**
 * The chain diagram and the mandate register in Dutch (DUTCH.md: "diagram labels, register
 * headers … come in the locale's language"; "JSON keys … stay English"; "Dates in Dutch texts
 * are written as `31 januari 2026`; numbers with a decimal comma"), through the real binary.
 * The Dutch diagrams still parse: Mermaid in headless Chromium, DOT with Graphviz.
 */
import * as fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEAN_AGREEMENT, ensureKetenBuilt, makeWorkspace } from '../support/cli-workspace.js';
import { runKeten } from '../support/run-keten.js';
import { layoutDot, parseMermaid } from '../report/diagram-parsers.js';
import { chromiumAvailable, launchChromium, type LaunchedBrowser } from '../report/headless-chromium.js';

/**
 * The clean agreement with a limit that has decimals, a sub-mandate allowed, a sub-mandate
 * under it, and a party without roles.
 */
const AGREEMENT = CLEAN_AGREEMENT
    .replace('limit 25000 EUR per household', 'limit 2500.50 EUR per household')
    .replace('submandate denied', 'submandate allowed')
    .replace('  condition Tijd', `  mandate Doorgave "Doorgave aan bestuurder" {
    from Aanbieder.regisseur
    to Aanbieder.bestuurder
    scope "Besluiten over inzet bij afwezigheid"
    submandate denied
    valid 2026-02-01 to 2026-12-31
    basis "Ondermandaatbesluit Aanbieder 2026"
  }

  condition Tijd`) + `
party Leeg "Stichting Zonder Rollen" {
  type foundation
}
`;

/** Words the English diagram adds; none may be left in the Dutch one. */
const ENGLISH_DIAGRAM_WORDS = /\b(reports to|mandate|limit|within|decides|escalation|member|chair|workdays|no roles)\b/;

const canRun = chromiumAvailable();
let browser: LaunchedBrowser | undefined;
let root: string;

beforeAll(async () => {
    ensureKetenBuilt();
    root = makeWorkspace({ 'convenant.keten': AGREEMENT });
    if (canRun) browser = await launchChromium();
}, 600_000);
afterAll(async () => {
    await browser?.close();
    fs.rmSync(root, { recursive: true, force: true });
});

function keten(args: string[], env?: Record<string, string>) {
    const run = runKeten(args, { cwd: root, env });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    return run.stdout;
}

/** The labels of a diagram's edges (Mermaid `|"…"|`, DOT `label="…"` on an edge line). */
function edgeLabels(text: string): string[] {
    return [...text.matchAll(/\|"([^"]*)"\||->.*label="([^"]*)"/g)].map(match => match[1] ?? match[2]);
}

describe('keten graph --locale nl', () => {
    it('Mermaid: Dutch edge labels and escalation starts, decimal comma in the limit, names and titles as written', () => {
        const mermaid = keten(['graph', 'convenant.keten', '--locale', 'nl']);
        expect(mermaid).toMatch(/^flowchart LR\n/);
        expect(edgeLabels(mermaid)).toEqual([
            'valt onder', 'valt onder', 'voorzitter', 'lid',
            'mandaat Inzet (Inzet ambulante jeugdhulp), limiet 2500,5 EUR per household',
            'mandaat Doorgave (Doorgave aan bestuurder)',
            'Casus 1: binnen 5 werkdagen', 'Casus 2: binnen 10 werkdagen', 'Casus 3: binnen 20 werkdagen, beslist'
        ]);
        expect(mermaid).toContain('e0(["escalatie Casus<br/>Vastgelopen casus"])');
        expect(mermaid).toContain('p2_empty["(geen rollen)"]');
        expect(mermaid).toContain('subgraph p0["Gemeente Zutphen (municipality)"]');
        expect(mermaid).toContain('r1["Directeur Sociaal Domein<br/>Gemeente.directeur"]');
        expect(mermaid).not.toMatch(ENGLISH_DIAGRAM_WORDS);
    });

    it('DOT: the same Dutch labels', () => {
        const dot = keten(['graph', 'convenant.keten', '--format', 'dot', '--locale', 'nl']);
        expect(dot).toMatch(/^digraph keten \{/);
        expect(edgeLabels(dot)).toContain('Casus 3: binnen 20 werkdagen, beslist');
        expect(edgeLabels(dot)).toContain('mandaat Inzet (Inzet ambulante jeugdhulp), limiet 2500,5 EUR per household');
        expect(dot).toContain('label="(geen rollen)"');
        expect(dot).toContain('label="escalatie Casus\\nVastgelopen casus"');
        expect(dot).not.toMatch(ENGLISH_DIAGRAM_WORDS);
    });

    it('KETEN_LOCALE=nl works as --locale nl; English stays the default', () => {
        expect(keten(['graph', 'convenant.keten'], { KETEN_LOCALE: 'nl' })).toContain('|"valt onder"|');
        const english = keten(['graph', 'convenant.keten']);
        expect(edgeLabels(english)).toContain('mandate Inzet (Inzet ambulante jeugdhulp), limit 2500.5 EUR per household');
        expect(english).toContain('["(no roles)"]');
        expect(english).not.toMatch(/valt onder|binnen|beslist|limiet/);
    });

    it('an unknown --locale is refused with exit 2', () => {
        const run = runKeten(['graph', 'convenant.keten', '--locale', 'fr'], { cwd: root });
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(/'fr'/);
    });

    it('the Dutch DOT lays out with Graphviz, its labels intact', async () => {
        const svg = await layoutDot(keten(['graph', 'convenant.keten', '--format', 'dot', '--locale', 'nl']));
        expect(svg).toContain('<svg');
        expect(svg).toContain('>valt onder</text>');
        expect(svg).toContain('>Casus 3: binnen 20 werkdagen, beslist</text>');
    });

    it.skipIf(!canRun)('the Dutch Mermaid parses and renders with Mermaid (graph and Markdown report)', async () => {
        fs.writeFileSync(`${root}/metingen.csv`, 'effect,date,value\nConvenant.Wachttijd,2026-01-31,44\nConvenant.Wachttijd,2026-02-28,41.5\n');
        const markdown = keten(['report', 'convenant.keten', '--data', 'metingen.csv', '--as-of', '2026-03-15', '--format', 'md', '--locale', 'nl']);
        const diagrams = [keten(['graph', 'convenant.keten', '--locale', 'nl']), ...[...markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map(match => match[1])];
        expect(diagrams).toHaveLength(2);
        expect(diagrams[1]).toContain('|"valt onder"|');
        const { results, pwned } = await parseMermaid(browser!.context, diagrams, root);
        results.forEach((result, index) => expect(result, diagrams[index]).toMatchObject({ ok: true }));
        for (const result of results) expect(result.ok && result.svg).toContain('valt onder');
        expect(pwned).toBeUndefined();
    });
});

const DUTCH_HEADERS = ['Afspraak', 'Mandaat', 'Titel', 'Van', 'Aan', 'Reikwijdte', 'Limiet', 'Ondermandaat toegestaan', 'Geldig van', 'Geldig tot', 'Grondslag', 'Bevoegdheid', 'Ondermandaat van', 'Bestand'];

describe('keten register --locale nl', () => {
    it('Markdown: Dutch heading and column names, ja/nee, Dutch dates, decimal comma', () => {
        const lines = keten(['register', 'convenant.keten', '--locale', 'nl']).split('\n');
        expect(lines[0]).toBe('# Mandaatregister');
        expect(lines[2]).toBe(`| ${DUTCH_HEADERS.join(' | ')} |`);
        expect(lines[4]).toBe('| Convenant | Inzet | Inzet ambulante jeugdhulp | Gemeente.directeur | Aanbieder.regisseur | Besluiten over inzet van ambulante jeugdhulp per gezin | 2500,5 EUR per household | ja | 1 januari 2026 | 31 december 2027 | Mandaatbesluit Sociaal Domein 2026, art. 4 |   |   | convenant.keten |');
        expect(lines[5]).toBe('| Convenant | Doorgave | Doorgave aan bestuurder | Aanbieder.regisseur | Aanbieder.bestuurder | Besluiten over inzet bij afwezigheid |   | nee | 1 februari 2026 | 31 december 2026 | Ondermandaatbesluit Aanbieder 2026 |   | Inzet | convenant.keten |');
    });

    it('Markdown with no mandates says so in Dutch', () => {
        fs.writeFileSync(`${root}/leeg.keten`, 'party Alleen "Alleen een partij" {\n  type foundation\n}\n');
        expect(keten(['register', 'leeg.keten', '--locale', 'nl'])).toBe('# Mandaatregister\n\nGeen mandaten in deze afspraken.\n');
    });

    it('CSV: Dutch header row and words; dates stay YYYY-MM-DD for spreadsheets', () => {
        const lines = keten(['register', 'convenant.keten', '--format', 'csv', '--locale', 'nl']).split('\r\n');
        expect(lines[0]).toBe(DUTCH_HEADERS.join(','));
        expect(lines[1]).toBe('Convenant,Inzet,Inzet ambulante jeugdhulp,Gemeente.directeur,Aanbieder.regisseur,Besluiten over inzet van ambulante jeugdhulp per gezin,"2500,5 EUR per household",ja,2026-01-01,2027-12-31,"Mandaatbesluit Sociaal Domein 2026, art. 4",,,convenant.keten');
        expect(lines[2]).toBe('Convenant,Doorgave,Doorgave aan bestuurder,Aanbieder.regisseur,Aanbieder.bestuurder,Besluiten over inzet bij afwezigheid,,nee,2026-02-01,2026-12-31,Ondermandaatbesluit Aanbieder 2026,,Inzet,convenant.keten');
        const english = keten(['register', 'convenant.keten', '--format', 'csv']).split('\r\n');
        expect(english[0]).toBe('agreement,name,title,from,to,scope,limit,submandate,validFrom,validTo,basis,power,parents,file');
        expect(english[1]).toContain(',2500.5 EUR per household,allowed,2026-01-01,');
    });

    it('JSON keeps English keys and values: the same register in both locales', () => {
        const dutch = keten(['register', 'convenant.keten', '--format', 'json', '--locale', 'nl']);
        expect(dutch).toBe(keten(['register', 'convenant.keten', '--format', 'json']));
        const json = JSON.parse(dutch) as { mandates: Array<Record<string, unknown>> };
        expect(Object.keys(json.mandates[0])).toEqual(['agreement', 'name', 'title', 'from', 'to', 'scope', 'limit', 'submandate', 'submandateDefault', 'validFrom', 'validTo', 'basis', 'power', 'parents', 'file']);
        expect(json.mandates[1]).toMatchObject({ name: 'Doorgave', submandate: 'denied', validFrom: '2026-02-01', parents: ['Inzet'] });
        expect(json.mandates[0]).toMatchObject({ limit: '2500.5 EUR per household', submandate: 'allowed' });
    });
});
