/**
 * Measured numbers are never guessed (REPORTS.md, docs/reports.md): a value that is ambiguous
 * between a decimal mark and a thousands separator for the file's dialect, a thousands
 * separator, or a row split by an unquoted comma is a data problem with a clear reason, in
 * both locales; `--strict` exits 1 for each. UTF-16 files with a byte-order mark are read;
 * JSON's `1e400` is "not a finite number".
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messagesFor } from '@keten/language';
import { MeasurementFileError, readMeasurements, type MeasurementFile } from '@keten/report';
import { readMeasuredNumber } from '../../packages/report/src/measurements/measured-number.js';
import { CLEAN_AGREEMENT, ensureKetenBuilt, makeWorkspace } from '../support/cli-workspace.js';
import { runKeten } from '../support/run-keten.js';

const EFFECT = 'JeugdhulpNoord.Wachttijd';
const file = (name: string, text: string | Uint8Array): MeasurementFile => ({ file: name, bytes: typeof text === 'string' ? Buffer.from(text, 'utf8') : text });
const read = (files: MeasurementFile[], locale: 'en' | 'nl' = 'en') => readMeasurements(files, [EFFECT], '2026-12-31', messagesFor(locale).measurements);

describe('readMeasuredNumber: a number, or why it is not one', () => {
    it.each([
        // `,` file: the decimal mark is the point.
        [',', '44', 44], [',', '41.5', 41.5], [',', '1.234', 1.234], [',', '-3', -3], [',', '+2.50', 2.5],
        // `;` file: a comma or a point, unless the point may separate thousands.
        [';', '41,5', 41.5], [';', '41.5', 41.5], [';', '1,234', 1.234], [';', '0.125', 0.125], [';', '1234.567', 1234.567], [';', '12.5', 12.5], [';', '-0,5', -0.5]
    ] as const)('%s file: %s is %d', (delimiter, text, value) => {
        expect(readMeasuredNumber(text, delimiter)).toEqual({ ok: true, value });
    });

    it.each([
        [';', '1.234', 'ambiguous', ['1234', '1,234']],
        [';', '-12.500', 'ambiguous', ['-12500', '-12,500']],
        [';', '999.999', 'ambiguous', ['999999', '999,999']],
        [',', '1,234', 'ambiguous', ['1234', '1.234']]
    ] as const)('%s file: %s is ambiguous', (delimiter, text, problem, readings) => {
        expect(readMeasuredNumber(text, delimiter)).toEqual({ ok: false, problem, readings });
    });

    it.each([
        [';', '1.234,5', '1234,5'], [';', '1.234.567', '1234567'], [';', '1,234.5', '1234.5'], [';', '1 234', '1234'], [';', '12\u00a0345,6', '12345,6'],
        [',', '1,234.5', '1234.5'], [',', '1.234,5', '1234.5'], [',', '1,234,567', '1234567']
    ] as const)('%s file: %s has a thousands separator; write %s', (delimiter, text, write) => {
        expect(readMeasuredNumber(text, delimiter)).toEqual({ ok: false, problem: 'thousands-separator', write });
    });

    it('a decimal comma in a `,` file is not the dialect\'s; other text is not a number', () => {
        expect(readMeasuredNumber('44,5', ',')).toEqual({ ok: false, problem: 'decimal-comma', write: '44.5' });
        for (const text of ['veertig', '4e3', '1.2.3', '12,34,5', '.5', '5.', '0x10', 'Infinity']) {
            expect(readMeasuredNumber(text, ';'), text).toEqual({ ok: false, problem: 'not-a-number' });
        }
    });
});

describe('CSV rows that would be misread are data problems', () => {
    it('a `,` file: 1,234 and 44,5 unquoted, a split text field, a quoted 1,234', () => {
        const text = [
            'effect,date,value,source',                    // 1
            `${EFFECT},2026-01-31,44,5,Monitor`,          // 2 five fields: 44,5 split
            `${EFFECT},2026-02-28,1,234`,                  // 3 four fields, but 234 lands in source
            `${EFFECT},2026-03-31,40,Monitor, Jeugd`,      // 4 five fields: the source is split
            `${EFFECT},2026-04-30,"1,234",Monitor`,        // 5 quoted, still ambiguous
            `${EFFECT},2026-05-31,41.5,Monitor`,           // 6 fine
            `${EFFECT},2026-06-30,39,`,                    // 7 fine (an empty source)
            `${EFFECT},2026-07-31,38,Monitor,`             // 8 fine: an empty field at the end
        ].join('\n');
        const result = read([file('c.csv', text)]);
        expect(result.measurements.map(m => [m.line, m.value])).toEqual([[6, 41.5], [7, 39], [8, 38]]);
        expect(result.problems.map(p => [p.line, p.reason, p.message])).toEqual([
            [2, 'extra-fields', "'44,5' looks like one number split into two fields at its comma (this file separates fields with ','): write it as 44.5."],
            [3, 'ambiguous-value', "'1,234' looks like one number split into two fields at its comma (this file separates fields with ','): it may mean 1234 or 1.234. Write the one that is meant, without a comma."],
            [4, 'extra-fields', "The row has 5 fields, but the header names 4: a value with an unquoted ',' is split in two, and Keten does not guess which. Put such a value between double quotes."],
            [5, 'ambiguous-value', "The value '1,234' is ambiguous: the ',' may separate thousands (1234) or be a decimal mark (1.234). Write 1234 or 1.234."]
        ]);
    });

    it('a `,` file: a quoted field after the value was set apart by its writer, and is no split number', () => {
        const text = [
            'effect,date,value,source,note',               // 1
            `${EFFECT},2026-01-31,44,"2026",`,             // 2 fine: the source "2026", quoted
            `${EFFECT},2026-02-28,"44",2026,`,             // 3 fine: the value quoted
            `${EFFECT},2026-03-31,44,2026,`                // 4 unquoted: may be 44,2026 split
        ].join('\n');
        const result = read([file('q.csv', text)]);
        expect(result.measurements.map(m => [m.line, m.value, m.source])).toEqual([[2, 44, '2026'], [3, 44, '2026']]);
        expect(result.problems.map(p => [p.line, p.reason])).toEqual([[4, 'ambiguous-value']]);
    });

    it('a `;` file: 41,5 and 41.5 are decimals, 1.234 is ambiguous, 1.234,5 is to be written 1234,5', () => {
        const text = ['effect;date;value', `${EFFECT};2026-01-31;41,5`, `${EFFECT};2026-02-28;41.5`, `${EFFECT};2026-03-31;1.234`, `${EFFECT};2026-04-30;1.234,5`, `${EFFECT};2026-05-31;44;extra`].join('\r\n');
        const result = read([file('s.csv', text)]);
        expect(result.measurements.map(m => [m.line, m.value])).toEqual([[2, 41.5], [3, 41.5]]);
        expect(result.problems.map(p => [p.line, p.reason, p.message])).toEqual([
            [4, 'ambiguous-value', "The value '1.234' is ambiguous: the '.' may separate thousands (1234) or be a decimal mark (1,234). Write 1234 or 1,234."],
            [5, 'bad-value', "The value '1.234,5' has a thousands separator, which a measurement file may not have: write 1234,5."],
            [6, 'extra-fields', "The row has 4 fields, but the header names 3: a value with an unquoted ';' is split in two, and Keten does not guess which. Put such a value between double quotes."]
        ]);
    });

    it('gives the reasons in Dutch', () => {
        const result = read([file('s.csv', `effect;date;value\n${EFFECT};2026-03-31;1.234\n${EFFECT};2026-04-30;1.234,5\n`), file('c.csv', `effect,date,value\n${EFFECT},2026-05-31,44,5\n`)], 'nl');
        expect(result.problems.map(p => p.message)).toEqual([
            "De waarde '1.234' is dubbelzinnig: de '.' kan duizendtallen scheiden (1234) of een decimaalteken zijn (1,234). Schrijf 1234 of 1,234.",
            "De waarde '1.234,5' bevat een scheidingsteken voor duizendtallen, en dat mag niet in een meetbestand: schrijf 1234,5.",
            "'44,5' lijkt één getal dat bij de komma in twee velden is gesplitst (dit bestand scheidt velden met ','): schrijf het als 44.5."
        ]);
    });
});

describe('encodings and JSON numbers', () => {
    const csv = `effect;date;value;note\r\n${EFFECT};2026-01-31;41,5;café\r\n`;

    it('reads UTF-16 with a byte-order mark (little and big endian)', () => {
        const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]);
        const big = Buffer.from(little.subarray(2)).swap16();
        for (const bytes of [little, Buffer.concat([Buffer.from([0xfe, 0xff]), big])]) {
            const result = read([file('u.csv', bytes)]);
            expect(result.problems).toEqual([]);
            expect(result.measurements).toEqual([expect.objectContaining({ value: 41.5, note: 'café', line: 2 })]);
        }
    });

    it('refuses UTF-16 without a byte-order mark, and tab-separated Unicode text, saying to save as UTF-8', () => {
        expect(() => read([file('u.csv', Buffer.from(csv, 'utf16le'))])).toThrow(/looks like UTF-16 text without a byte-order mark\. Save it as UTF-8/);
        const tabs = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`effect\tdate\tvalue\r\n${EFFECT}\t2026-01-31\t41,5\r\n`, 'utf16le')]);
        expect(() => read([file('t.txt', tabs)])).toThrow(MeasurementFileError);
        expect(() => read([file('t.txt', tabs)])).toThrow(/separates its fields with tabs .* Save it as CSV UTF-8/);
        expect(() => read([file('t.txt', tabs)])).not.toThrow(/binary/);
    });

    it('says a JSON 1e400 is not a finite number (not "null is not a number")', () => {
        const result = read([file('j.json', `[{"effect":"${EFFECT}","date":"2026-01-31","value":1e400},{"effect":"${EFFECT}","date":"2026-02-28","value":-1e400}]`)]);
        expect(result.problems.map(p => [p.index, p.reason, p.message])).toEqual([
            [0, 'bad-value', 'The value is not a finite number (too large to compute with).'],
            [1, 'bad-value', 'The value is not a finite number (too large to compute with).']
        ]);
        expect(read([file('j.json', `[{"effect":"${EFFECT}","date":"2026-01-31","value":1e400}]`)], 'nl').problems[0].message).toBe('De waarde is geen eindig getal (te groot om mee te rekenen).');
    });
});

describe('keten report --strict on such rows', () => {
    let root: string;
    beforeAll(() => {
        ensureKetenBuilt();
        root = makeWorkspace({
            'a.keten': CLEAN_AGREEMENT,
            'comma.csv': 'effect,date,value\nConvenant.Wachttijd,2026-01-31,44,5\n',
            'thousands.csv': 'effect;date;value\nConvenant.Wachttijd;2026-01-31;1.234\n',
            'fine.csv': 'effect;date;value\nConvenant.Wachttijd;2026-01-31;41,5\nConvenant.Wachttijd;2026-02-28;41.5\n'
        });
    });
    afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

    it.each([['comma.csv'], ['thousands.csv']])('%s: exit 1 with --strict, 0 without; the value is not in the report', data => {
        const strict = runKeten(['report', 'a.keten', '--data', data, '--as-of', '2026-09-30', '--strict', '--format', 'json'], { cwd: root });
        expect(strict.code).toBe(1);
        const report = JSON.parse(strict.stdout) as { dataProblems: Array<{ line: number }>; agreements: Array<{ effects: Array<{ measurements: unknown[] }> }> };
        expect(report.dataProblems.map(p => p.line)).toEqual([2]);
        expect(report.agreements[0].effects[0].measurements).toEqual([]);
        expect(runKeten(['report', 'a.keten', '--data', data, '--as-of', '2026-09-30', '--format', 'json'], { cwd: root }).code).toBe(0);
    });

    it('fine.csv: exit 0 with --strict', () => {
        expect(runKeten(['report', 'a.keten', '--data', path.join(root, 'fine.csv'), '--as-of', '2026-09-30', '--strict', '--format', 'json'], { cwd: root }).code).toBe(0);
    });
});
