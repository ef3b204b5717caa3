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

    it('JSON keeps English keys and status values', () => {
        const json = JSON.parse(runKeten([...ARGS, '--format', 'json', '--locale', 'nl']).stdout) as { summary: Record<string, number> };
        expect(Object.keys(json.summary)).toEqual(['achieved', 'on-track', 'at-risk', 'off-track', 'stale', 'no-data', 'not-measurable']);
    });
});
