/**
 * `keten report --format html` in parts (session 21, issue 15): the page is made one agreement
 * at a time (`reportHtmlParts`) and written as the parts come, the fixed words are escaped once
 * per report and each shared party's row is made once. None of that may change the page: the
 * file and standard output carry the same bytes as `renderReportHtml`, and a party that one
 * agreement involves and another signs is marked in the first agreement only.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EmptyFileSystem } from 'langium';
import { checkWorkspace, createKetenServices, messagesFor, type Document } from '@keten/language';
import { buildReportModel, readMeasurements, renderReportHtml, reportHtmlParts, effectIdsOf } from '@keten/report';
import { ensureKetenBuilt, makeWorkspace } from '../support/cli-workspace.js';
import { runKeten } from '../support/run-keten.js';

const PARTIES = `party Gemeente "Gemeente Apeldoorn" {
  type municipality
  role college "College van burgemeester en wethouders"
  role directeur "Directeur" reports to college
}

party Aanbieder "Kredietbank Oost" {
  type provider
  role directeur "Directeur"
}

party Vitens "Vitens N.V." {
  type utility
  role debiteuren "Debiteurenbeheer"
}
`;

/** Vitens takes part without signing here… */
const INVOLVING = `agreement Vroeg "Convenant Vroegsignalering" {
  parties Gemeente, Aanbieder
  involving Vitens
  period 2026-01-01 to 2027-12-31
  steering Gemeente.college
  accountable Gemeente.college

  effect Achterstand "Minder achterstanden" {
    kind outcome
    indicator "Huishoudens met een betalingsachterstand"
    baseline 400 on 2025-12-31
    target <= 300 by 2027-12-31
    measured quarterly by Gemeente
  }
}
`;

/** …and signs here. */
const SIGNING = `agreement Water "Convenant Water" {
  parties Gemeente, Vitens
  period 2026-01-01 to 2027-12-31
  steering Gemeente.college
  accountable Gemeente.college
}
`;

const CSV = 'effect,date,value,source\nVroeg.Achterstand,2026-03-31,380,Monitor\nVroeg.Achterstand,2026-06-30,350,Monitor\n';

let root: string;

beforeAll(() => {
    ensureKetenBuilt();
    root = makeWorkspace({ 'partijen.keten': PARTIES, 'vroeg.keten': INVOLVING, 'water.keten': SIGNING, 'metingen.csv': CSV });
}, 300_000);

function sectionOf(html: string, agreement: string): string {
    const start = html.indexOf(`<article class="agreement" id="agreement-${agreement}">`);
    expect(start).toBeGreaterThanOrEqual(0);
    return html.slice(start, html.indexOf('</article>', start));
}

describe('the HTML report in parts', () => {
    it('the file written from the parts and standard output are the same page', () => {
        const args = ['report', '.', '--data', 'metingen.csv', '--as-of', '2026-12-31'];
        const toFile = runKeten([...args, '--out', 'rapport.html'], { cwd: root });
        expect(toFile.code, toFile.stderr).toBe(0);
        const toStdout = runKeten(args, { cwd: root });
        expect(toStdout.code, toStdout.stderr).toBe(0);
        const written = fs.readFileSync(path.join(root, 'rapport.html'), 'utf8');
        expect(written).toBe(toStdout.stdout);
        expect(written.startsWith('<!DOCTYPE html>')).toBe(true);
        expect(written.endsWith('</html>\n')).toBe(true);
    });

    it('a party involved in one agreement and signing another is marked only where it is involved', () => {
        const run = runKeten(['report', '.', '--data', 'metingen.csv', '--as-of', '2026-12-31', '--locale', 'en'], { cwd: root });
        expect(run.code, run.stderr).toBe(0);
        const vitensRow = (section: string) => section.slice(section.indexOf('Vitens N.V. <span class="id">Vitens</span>'), section.indexOf('</tr>', section.indexOf('Vitens N.V.')));
        expect(vitensRow(sectionOf(run.stdout, 'Vroeg'))).toContain('<span class="involved">(involved: takes part without signing)</span>');
        expect(vitensRow(sectionOf(run.stdout, 'Water'))).not.toContain('involved');
        // The row is the same in both but for the mark: made once, the mark put in per agreement.
        expect(vitensRow(sectionOf(run.stdout, 'Vroeg')).replace(' <span class="involved">(involved: takes part without signing)</span>', ''))
            .toBe(vitensRow(sectionOf(run.stdout, 'Water')));
    });

    it('joined, the parts are the page of renderReportHtml, in both languages', async () => {
        const files = { 'partijen.keten': PARTIES, 'vroeg.keten': INVOLVING, 'water.keten': SIGNING };
        const checked = await checkWorkspace(createKetenServices(EmptyFileSystem), Object.entries(files).map(([file, text]) => ({ path: `/virtual/${file}`, bytes: text })));
        const documents = checked.map(c => ({ file: c.path.slice('/virtual/'.length), document: c.document.parseResult.value as Document }));
        const measurements = readMeasurements([{ file: 'metingen.csv', bytes: Buffer.from(CSV) }], effectIdsOf(documents.map(d => d.document)), '2026-12-31');
        const report = buildReportModel({ documents, measurements, asOf: '2026-12-31', findings: [] });
        for (const locale of ['en', 'nl'] as const) {
            const texts = messagesFor(locale).report;
            const parts = [...reportHtmlParts(report, texts)];
            // The head with the summary, one part per agreement, the end.
            expect(parts).toHaveLength(report.agreements.length + 2);
            expect(parts.join('')).toBe(renderReportHtml(report, texts));
            expect(parts.join('')).toContain('<circle class="measurement"');
        }
    });
});
