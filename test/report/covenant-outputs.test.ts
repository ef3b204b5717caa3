/**
 * The report, the register and the graph of whole covenants (COVENANT.md, "Reports, register
 * and diagram"), in English and Dutch, through the real binary: each agreement's standing on
 * the report date (HTML, Markdown, JSON `standing`); the register's default sub-mandate mark,
 * each mandate's power and the second table of the parties' powers (Markdown, CSV, JSON); the
 * graph's powers, joint commitments, data flows and the frame of `involving` parties (Mermaid
 * parsed and rendered by Mermaid, DOT laid out by Graphviz).
 */
import * as fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureKetenBuilt, makeWorkspace } from '../support/cli-workspace.js';
import { runKeten } from '../support/run-keten.js';
import { layoutDot, parseMermaid } from './diagram-parsers.js';
import { chromiumAvailable, launchChromium, type LaunchedBrowser } from './headless-chromium.js';

const PARTIES = `party Gemeente "Gemeente Apeldoorn" {
  type municipality
  role college "College van burgemeester en wethouders"
  role burgemeester "Burgemeester"
  role directeur "Directeur" reports to college
  power Schuldhulp "Integrale schuldhulpverlening" held by college basis "Wgs, art. 2"
}

party Aanbieder "Kredietbank Oost" {
  type provider
  role directeur "Directeur"
  role consulent "Consulent" reports to directeur
  power Incasso "Eigen incassobeleid" held by directeur basis "Statuten, art. 3"
}

party Vitens "Vitens N.V." {
  type utility
  role debiteuren "Debiteurenbeheer"
}
`;

/** Renewed tacitly: in force after its written end. Mandate without `submandate`: the default. */
const LOPEND = `agreement Lopend "Convenant Vroegsignalering" {
  parties Gemeente, Aanbieder
  involving Vitens
  period 2025-01-01 to 2025-12-31
  renewal 1 year
  steering Gemeente.college

  mandate Regeling "Betalingsregelingen" {
    from Gemeente.directeur
    to Aanbieder.consulent
    scope "Betalingsregelingen afspreken"
    power Gemeente.Schuldhulp
    valid 2025-01-01 to 2025-12-31
  }

  mandate Klein "Kleine regelingen" {
    from Aanbieder.consulent
    to Aanbieder.directeur
    scope "Regelingen tot 500 euro"
    submandate denied
  }

  commitment Toegang "Eén toegang" {
    by Gemeente, Aanbieder
    decides under Gemeente.Schuldhulp, Aanbieder.Incasso
  }

  data Signalen "Signalen" {
    from Vitens
    to Gemeente
    purpose "Vroegsignalering van achterstanden"
  }
}
`;

const ENDED = `agreement Afgelopen "Pilot 2024" {
  parties Gemeente
  period 2024-01-01 to 2025-12-31
}

afspraak Toekomst "Convenant 2027" {
  partijen Gemeente
  looptijd 2027-01-01 tot 2028-12-31
}

afspraak Open "Protocol voor onbepaalde tijd" {
  partijen Gemeente
  looptijd vanaf 2026-01-01
  opzegging termijn 3 maanden
}

agreement ZonderLooptijd "Zonder looptijd" {
  parties Gemeente
}
`;

const canRun = chromiumAvailable();
let browser: LaunchedBrowser | undefined;
let root: string;

beforeAll(async () => {
    ensureKetenBuilt();
    root = makeWorkspace({ 'partijen.keten': PARTIES, 'lopend.keten': LOPEND, 'overige.keten': ENDED });
    if (canRun) browser = await launchChromium();
}, 600_000);
afterAll(async () => {
    await browser?.close();
    fs.rmSync(root, { recursive: true, force: true });
});

/** Output of a command that must succeed; the agreements have findings, which do not matter here. */
function keten(args: string[]): string {
    const run = runKeten(args, { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    return run.stdout;
}

const REPORT = ['report', '.', '--as-of', '2026-09-30'];

describe('the standing of each agreement on the report date', () => {
    it('JSON: standing in-force, ended, not-yet, and null without a period; an open period has no end', () => {
        const json = JSON.parse(keten([...REPORT, '--format', 'json'])) as { agreements: Array<{ name: string; standing: string | null; period: unknown }> };
        const byName = Object.fromEntries(json.agreements.map(agreement => [agreement.name, agreement]));
        expect(byName.Lopend.standing).toBe('in-force');
        expect(byName.Afgelopen.standing).toBe('ended');
        expect(byName.Toekomst.standing).toBe('not-yet');
        expect(byName.Open.standing).toBe('in-force');
        expect(byName.ZonderLooptijd.standing).toBeNull();
        expect(byName.Open.period).toEqual({ from: '2026-01-01', to: null });
        expect(byName.Afgelopen.period).toEqual({ from: '2024-01-01', to: '2025-12-31' });
        // The same words in every locale: JSON is the machine contract.
        expect(keten([...REPORT, '--format', 'json', '--locale', 'nl'])).toContain('"standing": "not-yet"');
    });

    it('HTML and Markdown say it in English', () => {
        const html = keten(REPORT);
        expect(html).toContain('<dt>Standing</dt><dd class="standing standing-ended">ended on 2026-09-30</dd>');
        expect(html).toContain('not yet in force on 2026-09-30');
        expect(html).toContain('<dt>Period</dt><dd>from 2026-01-01, with no end date</dd>');
        const md = keten([...REPORT, '--format', 'md']);
        expect(md).toContain('- Standing: **in force on 2026-09-30**');
        expect(md).toContain('- Standing: **ended on 2026-09-30**');
        expect(md).toContain('- Standing: **not yet in force on 2026-09-30**');
    });

    it('HTML and Markdown say it in Dutch', () => {
        const html = keten([...REPORT, '--locale', 'nl']);
        expect(html).toContain('<dt>Werking</dt><dd class="standing standing-ended">afgelopen op 30 september 2026</dd>');
        expect(html).toContain('nog niet van kracht op 30 september 2026');
        expect(html).toContain('<dt>Looptijd</dt><dd>vanaf 1 januari 2026, voor onbepaalde tijd</dd>');
        const md = keten([...REPORT, '--format', 'md', '--locale', 'nl']);
        expect(md).toContain('- Werking: **van kracht op 30 september 2026**');
        expect(md).not.toMatch(/in force|not yet|ended on/);
    });

    it('the parties table marks the involved party and lists the powers', () => {
        const md = keten([...REPORT, '--format', 'md']);
        expect(md).toContain('| Vitens N.V. (Vitens) — involved: takes part without signing |');
        expect(md).toContain('power Integrale schuldhulpverlening (Gemeente.Schuldhulp), held by Gemeente.college (Wgs, art. 2)');
        const nl = keten([...REPORT, '--format', 'md', '--locale', 'nl']);
        expect(nl).toContain('— betrokken: neemt deel zonder te ondertekenen |');
        expect(nl).toContain('bevoegdheid Integrale schuldhulpverlening (Gemeente.Schuldhulp), berust bij Gemeente.college (Wgs, art. 2)');
    });
});

describe('the mandate register of whole covenants', () => {
    it('Markdown: the default sub-mandate is marked, the power is listed, and a second table lists the powers', () => {
        const md = keten(['register', '.']);
        expect(md).toContain('| Lopend | Regeling | Betalingsregelingen | Gemeente.directeur | Aanbieder.consulent | Betalingsregelingen afspreken |   | denied — Awb 10:9 default | 2025-01-01 | 2025-12-31 |   | Gemeente.Schuldhulp |   | lopend.keten |');
        expect(md).toContain('| Lopend | Klein | Kleine regelingen | Aanbieder.consulent | Aanbieder.directeur | Regelingen tot 500 euro |   | denied |');
        expect(md).toContain("## Powers of the parties' own");
        expect(md).toContain('| Party | Power | Title | Held by | Basis | File |');
        expect(md).toContain('| Gemeente | Gemeente.Schuldhulp | Integrale schuldhulpverlening | Gemeente.college | Wgs, art. 2 | partijen.keten |');
        expect(md).toContain('| Aanbieder | Aanbieder.Incasso | Eigen incassobeleid | Aanbieder.directeur | Statuten, art. 3 | partijen.keten |');
    });

    it('Markdown in Dutch', () => {
        const md = keten(['register', '.', '--locale', 'nl']);
        expect(md).toContain('| nee — standaard (Awb 10:9) |');
        expect(md).toContain('## Eigen bevoegdheden van de partijen');
        expect(md).toContain('| Partij | Bevoegdheid | Titel | Berust bij | Grondslag | Bestand |');
    });

    it('CSV: the powers table after one empty line, with its own header', () => {
        const sections = keten(['register', '.', '--format', 'csv']).split('\r\n\r\n');
        expect(sections).toHaveLength(2);
        const mandates = sections[0].split('\r\n');
        expect(mandates[0]).toBe('agreement,name,title,from,to,scope,limit,submandate,validFrom,validTo,basis,power,parents,file');
        expect(mandates[1]).toBe('Lopend,Regeling,Betalingsregelingen,Gemeente.directeur,Aanbieder.consulent,Betalingsregelingen afspreken,,denied — Awb 10:9 default,2025-01-01,2025-12-31,,Gemeente.Schuldhulp,,lopend.keten');
        const powers = sections[1].trimEnd().split('\r\n');
        expect(powers).toEqual([
            'party,power,title,heldBy,basis,file',
            'Gemeente,Gemeente.Schuldhulp,Integrale schuldhulpverlening,Gemeente.college,"Wgs, art. 2",partijen.keten',
            'Aanbieder,Aanbieder.Incasso,Eigen incassobeleid,Aanbieder.directeur,"Statuten, art. 3",partijen.keten'
        ]);
        const dutch = keten(['register', '.', '--format', 'csv', '--locale', 'nl']).split('\r\n\r\n');
        expect(dutch[1].split('\r\n')[0]).toBe('Partij,Bevoegdheid,Titel,Berust bij,Grondslag,Bestand');
        expect(dutch[0]).toContain(',nee — standaard (Awb 10:9),');
    });

    it('JSON: submandateDefault, power, and the powers; the same in both locales', () => {
        const text = keten(['register', '.', '--format', 'json']);
        expect(keten(['register', '.', '--format', 'json', '--locale', 'nl'])).toBe(text);
        const json = JSON.parse(text) as { mandates: Array<Record<string, unknown>>; powers: Array<Record<string, unknown>> };
        expect(json.mandates[0]).toMatchObject({ name: 'Regeling', submandate: 'denied', submandateDefault: true, power: 'Gemeente.Schuldhulp' });
        expect(json.mandates[1]).toMatchObject({ name: 'Klein', submandate: 'denied', submandateDefault: false, power: null });
        expect(json.powers).toEqual([
            { party: 'Gemeente', id: 'Gemeente.Schuldhulp', name: 'Schuldhulp', title: 'Integrale schuldhulpverlening', holder: 'Gemeente.college', basis: 'Wgs, art. 2', file: 'partijen.keten' },
            { party: 'Aanbieder', id: 'Aanbieder.Incasso', name: 'Incasso', title: 'Eigen incassobeleid', holder: 'Aanbieder.directeur', basis: 'Statuten, art. 3', file: 'partijen.keten' }
        ]);
    });
});

describe('the graph of whole covenants', () => {
    const graph = (...args: string[]) => keten(['graph', 'lopend.keten', 'partijen.keten', ...args]);

    it('Mermaid: powers held by roles, a joint commitment under both powers, a data flow, the involved party framed apart', () => {
        const mermaid = graph();
        expect(mermaid).toContain('w0[["Integrale schuldhulpverlening<br/>Gemeente.Schuldhulp<br/>Wgs, art. 2"]]');
        expect(mermaid).toMatch(/w0 -\.-\|"held by"\| r0/);
        expect(mermaid).toContain('c0("joint commitment Toegang<br/>Eén toegang")');
        expect(mermaid).toContain('p0 -->|"jointly"| c0');
        expect(mermaid).toContain('p1 -->|"jointly"| c0');
        expect(mermaid).toContain('c0 -.->|"decides under"| w0');
        expect(mermaid).toContain('c0 -.->|"decides under"| w1');
        expect(mermaid).toContain('p2 -.->|"data Signalen: Vroegsignalering van achterstanden"| p0');
        expect(mermaid).toContain('mandate Regeling (Betalingsregelingen), power Gemeente.Schuldhulp');
        // Vitens is in `involving` only: inside the frame of the involved parties, not beside the signing ones.
        const frame = mermaid.slice(mermaid.indexOf('subgraph involved'));
        expect(frame).toMatch(/^subgraph involved\["Involved \(not signing\)"\]\n {4}subgraph p2\["Vitens N\.V\. \(utility\)"\]/);
        expect(mermaid.indexOf('subgraph p0')).toBeLessThan(mermaid.indexOf('subgraph involved'));
        expect(mermaid).toContain('style involved stroke-dasharray: 5 5');
    });

    it('Mermaid in Dutch', () => {
        const mermaid = graph('--locale', 'nl');
        expect(mermaid).toContain('|"berust bij"|');
        expect(mermaid).toContain('("gezamenlijke toezegging Toegang<br/>Eén toegang")');
        expect(mermaid).toContain('|"gezamenlijk"|');
        expect(mermaid).toContain('|"beslist onder"|');
        expect(mermaid).toContain('|"gegevens Signalen: Vroegsignalering van achterstanden"|');
        expect(mermaid).toContain('subgraph involved["Betrokken (ondertekenen niet)"]');
        expect(mermaid).toContain('mandaat Regeling (Betalingsregelingen), bevoegdheid Gemeente.Schuldhulp');
        expect(mermaid).not.toMatch(/held by|jointly|decides under|data Signalen|Involved/);
    });

    it('DOT: the same, with edges to a party clipped at its frame; Graphviz lays it out', async () => {
        const dot = graph('--format', 'dot');
        expect(dot).toContain('compound=true');
        expect(dot).toMatch(/subgraph "cluster_involved" \{\n {4}label="Involved \(not signing\)";\n {4}style=dashed;\n {4}subgraph "cluster_p2"/);
        expect(dot).toMatch(/"r5" -> "r0" \[[^\]]*ltail="cluster_p2", lhead="cluster_p0", label="data Signalen: Vroegsignalering van achterstanden"\]/);
        expect(dot).toMatch(/"r0" -> "c0" \[[^\]]*ltail="cluster_p0", label="jointly"\]/);
        expect(dot).toMatch(/"c0" -> "w1" \[[^\]]*label="decides under"\]/);
        for (const text of [dot, graph('--format', 'dot', '--locale', 'nl')]) {
            const svg = await layoutDot(text);
            expect(svg).toContain('<svg');
        }
        const svg = await layoutDot(graph('--format', 'dot', '--locale', 'nl'));
        expect(svg).toContain('>gezamenlijk</text>');
        expect(svg).toContain('>Betrokken (ondertekenen niet)</text>');
    });

    it.skipIf(!canRun)('Mermaid parses and renders with Mermaid, in both languages and in the Markdown report', async () => {
        const markdown = keten(['report', 'lopend.keten', 'partijen.keten', '--as-of', '2026-09-30', '--format', 'md', '--locale', 'nl']);
        const diagrams = [graph(), graph('--locale', 'nl'), ...[...markdown.matchAll(/```mermaid\n([\s\S]*?)```/g)].map(match => match[1])];
        expect(diagrams).toHaveLength(3);
        const { results, pwned } = await parseMermaid(browser!.context, diagrams, root);
        results.forEach((result, index) => expect(result, diagrams[index]).toMatchObject({ ok: true }));
        expect(results[0].ok && results[0].svg).toContain('jointly');
        expect(results[1].ok && results[1].svg).toContain('Betrokken (ondertekenen niet)');
        expect(pwned).toBeUndefined();
    }, 120_000);
});
