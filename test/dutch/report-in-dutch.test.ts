/**
 * The effect report in Dutch (DUTCH.md): `keten report --locale nl` writes the status words
 * gehaald, op koers, risico, uit koers, verouderd, geen gegevens and niet meetbaar, Dutch
 * headings and Dutch dates; the JSON report keeps its English keys and status values.
 */
import { describe, expect, it } from 'vitest';
import { runKeten } from '../support/run-keten.js';

const ARGS = ['report', 'examples/*.keten', '--data', 'examples/data/metingen-jeugd-riec.csv', 'examples/data/metingen-vth-vroeg-excel.csv', '--as-of', '2026-09-30'];
const DUTCH_STATUS = ['gehaald', 'op koers', 'risico', 'uit koers', 'verouderd', 'geen gegevens', 'niet meetbaar'];
const ENGLISH_STATUS = ['achieved', 'on track', 'at risk', 'off track', 'stale', 'no data', 'not measurable'];

describe('keten report --locale nl', () => {
    it('the HTML report uses the Dutch status words of DUTCH.md', () => {
        const run = runKeten([...ARGS, '--format', 'html', '--locale', 'nl']);
        expect(run.code).toBe(0);
        const html = run.stdout;
        expect(html).toContain('<html lang="nl">');
        expect(html).toContain('<h1>Effectrapportage</h1>');
        expect(html).toContain('Peildatum <strong>30 september 2026</strong>');
        const counts = [...html.matchAll(/<span class="word">([^<]*)<\/span>/g)].map(m => m[1]);
        expect(counts).toEqual(DUTCH_STATUS);
        const badges = [...html.matchAll(/<span class="badge status-[a-z-]+">([^<]*)<\/span>/g)].map(m => m[1]);
        expect(badges.length).toBeGreaterThan(5);
        for (const badge of badges) expect(DUTCH_STATUS).toContain(badge);
        for (const word of ENGLISH_STATUS) expect(html).not.toContain(`>${word}<`);
        expect(html).not.toMatch(/\b(Summary|Effects|Mandates|Escalation routes|Baseline)\b/);
    });

    it('the charts of the HTML report are labelled in Dutch, with Dutch dates and decimal commas', () => {
        const html = runKeten([...ARGS, '--format', 'html', '--locale', 'nl']).stdout;
        const charts = [...html.matchAll(/<svg class="chart"[\s\S]*?<\/svg>/g)].map(m => m[0]);
        expect(charts.length).toBeGreaterThan(5);
        expect(html).toContain('aria-label="Kortere wachttijd tot start hulp: grafiek van de metingen tegen de streefwaarde"');
        expect(html).toContain('>streefwaarde ≤ 20 uiterlijk 30 juni 2027</text>');
        expect(html).toContain('>peildatum 30 september 2026</text>');
        expect(html).toContain('<title>31 maart 2026: 40,5</title>');
        for (const chart of charts) {
            const text = `${/aria-label="([^"]*)"/.exec(chart)![1]} ${chart.replace(/<[^>]*>/g, ' ')}`;
            expect(text).not.toMatch(/\b(target|report date|projection|baseline|chart of)\b/);
            expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b|\d\.\d/);
        }
    });

    it('KETEN_LOCALE=nl works as --locale nl; English stays the default', () => {
        const dutch = runKeten([...ARGS, '--format', 'html'], { env: { KETEN_LOCALE: 'nl' } }).stdout;
        expect(dutch).toContain('<span class="word">uit koers</span>');
        const english = runKeten([...ARGS, '--format', 'html']).stdout;
        expect([...english.matchAll(/<span class="word">([^<]*)<\/span>/g)].map(m => m[1])).toEqual(ENGLISH_STATUS);
    });

    it('the Markdown report writes the status words in Dutch', () => {
        const markdown = runKeten([...ARGS, '--format', 'md', '--locale', 'nl']).stdout;
        expect(markdown).toMatch(/^# Effectrapportage — 30 september 2026\n/);
        for (const word of DUTCH_STATUS) expect(markdown).toContain(`| ${word} |`);
    });

    it('the Markdown report: Dutch sections, facts, effect tables, chain and findings; no English heading', () => {
        const run = runKeten([...ARGS, '--format', 'md', '--locale', 'nl']);
        expect(run.code).toBe(0);
        const markdown = run.stdout;
        const headings = [...markdown.matchAll(/^#{2,3} (.*)$/gm)].map(m => m[1]);
        for (const heading of ['Samenvatting', 'Meldingen bij de controle (0)', 'Problemen met de gegevens (0)', 'Effecten', 'Partijen en sturing', 'Escalatieroutes', 'Mandaten']) {
            expect(headings).toContain(heading);
        }
        expect(markdown).not.toMatch(/^#+ .*\b(Summary|Validation findings|Data problems|Effects|Parties and steering|Escalation routes|Mandates|Effect report)\b/m);
        // Facts of an agreement, with Dutch dates and the Dutch form of its review period.
        expect(markdown).toContain('- Looptijd: 1 januari 2026 tot en met 31 december 2027\n');
        expect(markdown).toContain('- Evaluatie: elke 6 weken door Stuurgroep Jeugd Regio Noord (StuurgroepJeugd)\n');
        // Effect headings end in a Dutch status word; effect tables have Dutch columns, dates and decimal commas.
        const statuses = [...markdown.matchAll(/^#### .* — \*\*(.*)\*\*$/gm)].map(m => m[1]);
        expect(statuses.length).toBeGreaterThan(5);
        for (const status of statuses) expect(DUTCH_STATUS).toContain(status);
        expect(markdown).toContain('| Status | Nulmeting | Laatste meting | Streefwaarde | Voortgang | Verwachting op streefdatum |');
        // Units in the report's language (COVENANT.md), whatever language the agreement used: `unit days` gives `dagen`.
        expect(markdown).toContain('| op koers | 45 dagen op 31 december 2025 | 29,5 dagen op 30 september 2026 | ≤ 20 dagen uiterlijk 30 juni 2027 | 62% | 13,17 dagen |');
        expect(markdown).toContain('Gemeten maandelijks door JBG uit Monitor Jeugd.');
        expect(markdown).toContain('<details><summary>9 metingen</summary>');
        expect(markdown).toContain('| 31 maart 2026 | 40,5 | Monitor Jeugd |  |');
        // The chain: parties, escalation steps, mandates, and the Mermaid diagram in Dutch.
        expect(markdown).toContain('| Partij | Soort | Rollen |');
        expect(markdown).toContain('Directeur Sociaal Domein (Zutphen.directeur), valt onder Zutphen.wethouder');
        expect(markdown).toContain('3. Stuurgroep Jeugd Regio Noord (StuurgroepJeugd) — binnen 20 werkdagen — **beslist**');
        expect(markdown).toContain('| Mandaat | Van | Aan | Reikwijdte | Limiet | Ondermandaat | Geldig | Grondslag | Bovenliggend |');
        expect(markdown).toMatch(/\| uitgesloten \| 1 januari 2026 tot en met 31 december 2027 \|/);
        expect(markdown).toContain('r2 -->|"Casus 3: binnen 20 werkdagen, beslist"| b0');
        // Outside code blocks, no ISO date and no English word the report adds.
        const prose = markdown.replace(/```mermaid\n[\s\S]*?```/g, '');
        expect(prose).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
        expect(prose).not.toMatch(/\b(reports to|within|decides|Measured|measurements|Baseline|Latest|Target|Progress|as of|No measurements|denied|allowed)\b/);
        expect(markdown).not.toMatch(/\b(achieved|on track|at risk|off track|stale|no data|not measurable)\b/);
    });

    it('the Markdown report names findings and data problems in Dutch', () => {
        const run = runKeten(['report', 'examples/jeugdhulp.keten', 'examples/partijen.keten', 'examples/gaps', '--data', 'examples/data/metingen-jeugd-riec.csv', '--as-of', '2026-03-31', '--format', 'md', '--locale', 'nl']);
        expect(run.code).toBe(0);
        const markdown = run.stdout;
        expect(markdown).toMatch(/^### Meldingen bij de controle \(\d+\)$/m);
        expect(markdown).toContain('| Waar | Ernst | Melding | Regel |');
        expect(markdown).toMatch(/\| (fout|waarschuwing|info) \|/);
        expect(markdown).toMatch(/^### Problemen met de gegevens \([1-9]\d*\)$/m);
        expect(markdown).toContain('Meetregels die niet in de rapportage zijn meegenomen:');
        expect(markdown).toContain('| Waar | Probleem |');
    });

    it('JSON keeps English keys and status values', () => {
        const json = JSON.parse(runKeten([...ARGS, '--format', 'json', '--locale', 'nl']).stdout) as { summary: Record<string, number> };
        expect(Object.keys(json.summary)).toEqual(['achieved', 'on-track', 'at-risk', 'off-track', 'stale', 'no-data', 'not-measurable']);
    });
});
