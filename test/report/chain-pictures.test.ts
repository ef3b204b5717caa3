/**
 * REPORTS.md, `keten graph`: "The HTML report and the editor preview show the same picture."
 * Through the real binary: each agreement of the HTML report has its chain laid out by Graphviz
 * after its parties and bodies — the picture of `keten graph -f dot`, as SVG — with ids unique on
 * the page and nothing that runs; a report of more agreements than CHAIN_PICTURES_UP_TO says
 * once that the pictures are left out. The renderer puts in what it is given, cleaned.
 */
import * as fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { messagesFor } from '@keten/language';
import { escapeHtml, renderReportHtml, type ReportModel } from '@keten/report';
import { generateWorkspace } from '../../bench/generate-workspace.js';
import { CHAIN_PICTURES_UP_TO } from '../../packages/cli/src/commands/report.js';
import { ensureKetenBuilt, makeWorkspace } from '../support/cli-workspace.js';
import { runKeten } from '../support/run-keten.js';

beforeAll(() => ensureKetenBuilt(), 300_000);

const figures = (html: string) => [...html.matchAll(/<figure class="chain-diagram[^"]*"[^>]*>([\s\S]*?)<\/figure>/g)].map(match => match[1]);

describe('the chain of each agreement as a picture in the HTML report', { timeout: 300_000 }, () => {
    it('draws every agreement of the examples, as keten graph does, in the words of the run', () => {
        const run = runKeten(['report', 'examples', '--data', 'examples/data/metingen-jeugd-riec.csv', '--as-of', '2026-10-15']);
        expect(run.code, run.stderr).toBe(0);
        const agreements = [...run.stdout.matchAll(/<article class="agreement" id="([^"]+)"/g)].map(match => match[1]);
        const pictures = figures(run.stdout);
        expect(pictures).toHaveLength(agreements.length);
        expect(agreements.length).toBeGreaterThan(3);
        for (const picture of pictures) expect(picture).toMatch(/^<svg [^>]*viewBox=/);
        // The jeugdhulp agreement's picture holds its parties and its mandate, as the DOT names them.
        const jeugdhulp = figures(run.stdout)[agreements.indexOf('agreement-JeugdhulpNoord')];
        expect(jeugdhulp).toContain('Gemeente Zutphen');
        const dot = runKeten(['graph', 'examples/jeugdhulp.keten', 'examples/partijen.keten', '-f', 'dot']).stdout;
        const mandateLabel = /label="(mandate [^"\\]*)/.exec(dot)?.[1];
        expect(mandateLabel, dot.slice(0, 400)).toBeDefined();
        expect(jeugdhulp).toContain(mandateLabel!.split('\\n')[0].replace(/&/g, '&amp;'));
        // Graphviz names its elements graph0, node1, … in every picture: on the page each id is unique.
        const ids = [...run.stdout.matchAll(/\sid="([^"]+)"/g)].map(match => match[1]);
        expect(new Set(ids).size).toBe(ids.length);
        expect(run.stdout).not.toMatch(/<script\b/i);
        const dutch = runKeten(['report', 'examples', '--data', 'examples/data/metingen-jeugd-riec.csv', '--as-of', '2026-10-15', '--locale', 'nl']);
        expect(figures(dutch.stdout)[agreements.indexOf('agreement-JeugdhulpNoord')]).toMatch(/valt onder|mandaat/);
    });

    it(`leaves the pictures out above ${CHAIN_PICTURES_UP_TO} agreements, and says so once`, () => {
        const dir = makeWorkspace({});
        generateWorkspace(dir, CHAIN_PICTURES_UP_TO + 1);
        const run = runKeten(['report', '.', '--as-of', '2026-10-15'], { cwd: dir });
        expect(run.code, run.stderr).toBe(0);
        expect(figures(run.stdout)).toEqual([]);
        expect(run.stdout.match(/class="none pictures-left-out"/g)).toHaveLength(1);
        expect(run.stdout).toContain(`up to ${CHAIN_PICTURES_UP_TO} agreements; this one has ${CHAIN_PICTURES_UP_TO + 1}`);
        fs.rmSync(dir, { recursive: true, force: true });
        // Up to the limit every agreement is drawn.
        const small = makeWorkspace({});
        generateWorkspace(small, 3);
        expect(figures(runKeten(['report', '.', '--as-of', '2026-10-15'], { cwd: small }).stdout)).toHaveLength(3);
        fs.rmSync(small, { recursive: true, force: true });
    });
});

describe('a title that reads as a character reference', { timeout: 300_000 }, () => {
    it('is drawn as written, not as the character it names', () => {
        const text = fs.readFileSync('test/fixtures/clean-agreement.keten', 'utf8').replace('"Gemeente Zutphen"', '"Zutphen &#60;b&#62; &amp; co & zo"');
        expect(text).toContain('&#60;b&#62;');
        const dir = makeWorkspace({ 'a.keten': text });
        const run = runKeten(['report', '.', '--as-of', '2026-10-15'], { cwd: dir });
        fs.rmSync(dir, { recursive: true, force: true });
        expect(run.code, run.stderr).toBe(0);
        // In the SVG's XML, the text as written: `&` escaped once, nothing made into `<b>`.
        expect(figures(run.stdout)[0]).toContain('Zutphen &amp;#60;b&amp;#62; &amp;amp; co &amp; zo');
    });
});

describe('the renderer puts in the picture it is given, cleaned', () => {
    const report = {
        version: 1, asOf: '2026-10-15', summary: { 'achieved': 0, 'on-track': 0, 'at-risk': 0, 'off-track': 0, 'stale': 0, 'no-data': 0, 'not-measurable': 0 },
        dataProblems: [], findings: [],
        agreements: [{
            name: 'A', title: null, file: 'a.keten', effects: [], standing: null, period: null, goals: [], steering: null, accountable: null, review: null,
            chain: { parties: [], involved: [], bodies: [], mandates: [], escalations: [], jointCommitments: [], dataFlows: [] }
        }]
    } as unknown as ReportModel;

    it('after the parties, its ids prefixed with the agreement, nothing that runs', () => {
        const picture = '<svg viewBox="0 0 1 1" onload="alert(1)"><g id="graph0"><script>alert(2)</script><a xlink:href="javascript:alert(3)"><text>A</text></a></g></svg>';
        const html = renderReportHtml(report, messagesFor('en').report, { chainPicture: () => picture });
        const [drawn] = figures(html);
        expect(drawn).toContain('id="agreement-A-graph0"');
        expect(drawn).not.toMatch(/onload|<script|javascript:/i);
        expect(html.indexOf('<figure class="chain-diagram')).toBeGreaterThan(html.indexOf(`<h3>${messagesFor('en').report.partiesHeading()}</h3>`));
        expect(renderReportHtml(report, messagesFor('en').report)).not.toContain('<figure class="chain-diagram');
    });

    it('says so where a chain is too large to draw, and once when Graphviz could not be loaded', () => {
        const en = messagesFor('en').report;
        const tooLarge = renderReportHtml(report, en, { chainPicture: () => undefined });
        expect(figures(tooLarge)).toEqual([]);
        expect(tooLarge).toContain(escapeHtml(en.chainPictureTooLarge()));
        const unavailable = renderReportHtml(report, en, { chainPicturesUnavailable: true });
        expect(unavailable.split(escapeHtml(en.chainPicturesUnavailable())).length - 1).toBe(1);
    });
});
