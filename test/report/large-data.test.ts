/**
 * Large data (issue: the HTML report crashed at ~130,000 measurements of one effect, the
 * Markdown report at 1,000,000 rows, and 1,000,000 bad rows made a 137 MB page):
 * - an HTML report with 130,000 measurements of one effect, through the real binary;
 * - a Markdown and an HTML report of one effect with 1,000,000 measurements (the renderers);
 * - at most the first hundred data problems per reason in HTML and Markdown, the rest counted
 *   ("… and 999,900 more: value not a number"); the JSON report keeps every one.
 * The end-to-end run of a 1,000,000-row CSV is in `npm run bench:ci` (KETEN_BENCH_CI=1): it
 * takes a minute on a busy machine.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem } from 'langium';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkWorkspace, createKetenServices, messagesFor, model, type Document } from '@keten/language';
import {
    buildReportModel, renderReportHtml, renderReportJson, renderReportMarkdown, type DataProblem, type MeasurementRow, type ReportModel
} from '@keten/report';
import { CLEAN_AGREEMENT, ensureKetenBuilt, makeWorkspace } from '../support/cli-workspace.js';
import { runKeten } from '../support/run-keten.js';

const EFFECT = 'Convenant.Wachttijd';
const DAY = 86_400_000;

/** `count` daily measurement rows of the effect, ending on `last` (CSV text). */
function dailyCsv(count: number, last: string): string {
    const end = Date.parse(`${last}T00:00:00Z`);
    const lines = ['effect,date,value'];
    for (let i = count - 1; i >= 0; i--) lines.push(`${EFFECT},${new Date(end - i * DAY).toISOString().slice(0, 10)},${40 + (i % 7)}`);
    return lines.join('\n') + '\n';
}

async function cleanDocument(): Promise<Array<{ file: string; document: Document }>> {
    const [checked] = await checkWorkspace(createKetenServices(EmptyFileSystem), [{ path: '/virtual/convenant.keten', bytes: CLEAN_AGREEMENT }]);
    return [{ file: 'convenant.keten', document: checked.document.parseResult.value as Document }];
}

function report(documents: Array<{ file: string; document: Document }>, measurements: MeasurementRow[], problems: DataProblem[], asOf: string): ReportModel {
    return buildReportModel({ documents, measurements: { measurements, problems }, asOf, findings: [] });
}

describe('an HTML report with 130,000 measurements of one effect', () => {
    let root: string;
    beforeAll(() => {
        ensureKetenBuilt();
        root = makeWorkspace({ 'a.keten': CLEAN_AGREEMENT, 'm.csv': dailyCsv(130_000, '2026-09-30') });
    });
    afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

    it('is written, with its chart and every measurement in its table', () => {
        const run = runKeten(['report', 'a.keten', '--data', 'm.csv', '--as-of', '2026-09-30', '--out', 'report.html'], { cwd: root });
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        const html = fs.readFileSync(path.join(root, 'report.html'), 'utf8');
        expect(html).toContain('<svg class="chart"');
        expect(html).toContain('<polyline class="series"');
        expect(html).toContain('130000 measurements');
        expect(html.match(/<tr><td>\d{4}-\d\d-\d\d<\/td><td class="num">/g)).toHaveLength(130_000);
    }, 180_000);
});

describe('one effect with 1,000,000 measurements', () => {
    let model1m: ReportModel;
    beforeAll(async () => {
        const first = model.parseDate('0100-01-01')!.dayNumber;
        const rows: MeasurementRow[] = [];
        for (let i = 0; i < 1_000_000; i++) rows.push({ effect: EFFECT, date: model.formatDate(first + i), value: 40 + (i % 7), file: 'm.csv', line: i + 2 });
        model1m = report(await cleanDocument(), rows, [], '2900-01-01');
    }, 180_000);

    it('renders as Markdown, every row in the table', () => {
        const markdown = renderReportMarkdown(model1m);
        expect(markdown).toContain('1000000 measurements');
        expect(markdown.match(/^\| \d{4}-\d\d-\d\d \| /gm)).toHaveLength(1_000_000);
    }, 180_000);

    it('renders as HTML with a chart that draws the line, not a million dots', () => {
        const html = renderReportHtml(model1m);
        expect(html).toContain('<polyline class="series"');
        expect(html).not.toContain('<circle class="measurement"');
    }, 180_000);
});

describe('data problems: the first hundred per reason in HTML and Markdown, all in JSON', () => {
    let many: ReportModel;
    beforeAll(async () => {
        const problems: DataProblem[] = [];
        for (let i = 0; i < 1_000_000; i++) problems.push({ file: 'bad.csv', line: i + 2, reason: 'bad-value', message: `The value 'x${i}' is not a number.` });
        for (let i = 0; i < 5; i++) problems.push({ file: 'bad.csv', line: 1_000_002 + i, reason: 'unknown-effect', message: `Unknown effect 'X.Y${i}'.` });
        for (let i = 0; i < 150; i++) problems.push({ file: 'bad.csv', line: 1_000_007 + i, reason: 'duplicate', message: `A second value ${i}.` });
        many = report(await cleanDocument(), [], problems, '2026-09-30');
    }, 120_000);

    it('HTML lists 100 + 5 + 100 and counts the rest per reason', () => {
        const html = renderReportHtml(many);
        expect(html.match(/<td class="where">bad\.csv:\d+<\/td>/g)).toHaveLength(205);
        expect(html).toContain('The value &#39;x99&#39; is not a number.');
        expect(html).not.toContain('The value &#39;x100&#39; is not a number.');
        expect(html).toContain('Data problems (1000155) — rows left out');
        expect(html).toContain('<li>… and 999,900 more: value not a number</li>');
        expect(html).toContain('<li>… and 50 more: second value for an effect and date</li>');
        expect(html).not.toContain('more: unknown effect');
        expect(html.length).toBeLessThan(200_000);
    });

    it('Markdown does the same, in Dutch with the Dutch catalogue', () => {
        const markdown = renderReportMarkdown(many, messagesFor('nl').report);
        expect(markdown.match(/^\| bad\.csv:\d+ \| /gm)).toHaveLength(205);
        expect(markdown).toContain('- … en nog 999.900: waarde is geen getal');
        expect(markdown).toContain('- … en nog 50: tweede waarde voor een effect en datum');
        expect(markdown).toContain('Van elke soort staan de eerste 100 regels hier');
        expect(renderReportMarkdown(many)).toContain('- … and 999,900 more: value not a number');
    });

    it('JSON keeps every problem', () => {
        const json = JSON.parse(renderReportJson(many)) as { dataProblems: unknown[] };
        expect(json.dataProblems).toHaveLength(1_000_155);
    }, 60_000);

    it('through the real binary: 250 bad rows give 100 listed and "… and 150 more"', () => {
        ensureKetenBuilt();
        const rows = ['effect,date,value', ...Array.from({ length: 250 }, (_, i) => `${EFFECT},2026-01-${String((i % 28) + 1).padStart(2, '0')},x${i}`)];
        const root = makeWorkspace({ 'a.keten': CLEAN_AGREEMENT, 'bad.csv': rows.join('\n') + '\n' });
        try {
            const html = runKeten(['report', 'a.keten', '--data', 'bad.csv', '--as-of', '2026-09-30'], { cwd: root });
            expect(html.code).toBe(0);
            expect(html.stdout.match(/<td class="where">bad\.csv:\d+<\/td>/g)).toHaveLength(100);
            expect(html.stdout).toContain('… and 150 more: value not a number');
            const json = runKeten(['report', 'a.keten', '--data', 'bad.csv', '--as-of', '2026-09-30', '--format', 'json', '--strict'], { cwd: root });
            expect(json.code).toBe(1);
            expect((JSON.parse(json.stdout) as { dataProblems: unknown[] }).dataProblems).toHaveLength(250);
        } finally {
            fs.rmSync(root, { recursive: true, force: true });
        }
    });
});

describe.runIf(process.env.KETEN_BENCH_CI === '1')('1,000,000 rows through the real binary (npm run bench:ci)', () => {
    let root: string;
    beforeAll(() => {
        ensureKetenBuilt();
        const bad = ['effect,date,value'];
        for (let i = 0; i < 1_000_000; i++) bad.push(`${EFFECT},2026-01-01,x${i}`);
        root = makeWorkspace({ 'a.keten': CLEAN_AGREEMENT, 'good.csv': dailyCsv(1_000_000, '2838-01-01'), 'bad.csv': bad.join('\n') + '\n' });
    }, 120_000);
    afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

    it('a Markdown report of 1,000,000 measurements of one effect', () => {
        const run = runKeten(['report', 'a.keten', '--data', 'good.csv', '--as-of', '2838-01-01', '--format', 'md', '--out', 'report.md'], { cwd: root, timeout: 600_000 });
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        expect(fs.readFileSync(path.join(root, 'report.md'), 'utf8')).toContain('1000000 measurements');
    }, 600_000);

    it('an HTML report of 1,000,000 bad rows lists a hundred and counts the rest', () => {
        const run = runKeten(['report', 'a.keten', '--data', 'bad.csv', '--as-of', '2026-09-30', '--out', 'report.html'], { cwd: root, timeout: 600_000 });
        expect(run.code).toBe(0);
        const html = fs.readFileSync(path.join(root, 'report.html'), 'utf8');
        expect(html).toContain('… and 999,900 more: value not a number');
        expect(html.length).toBeLessThan(200_000);
    }, 600_000);
});
