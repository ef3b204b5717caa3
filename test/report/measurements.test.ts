/** Measurement files: both CSV dialects, quoting, BOM, CRLF, JSON, and every kind of bad row. */
import { describe, expect, it } from 'vitest';
import { MeasurementFileError, readMeasurements, type MeasurementFile } from '@keten/report';

const EFFECTS = ['JeugdhulpNoord.Wachttijd', 'JeugdhulpNoord.EenPlan'];
const file = (name: string, text: string | Uint8Array): MeasurementFile => ({ file: name, bytes: typeof text === 'string' ? Buffer.from(text, 'utf8') : text });
const read = (files: MeasurementFile[], asOf = '2026-12-31') => readMeasurements(files, EFFECTS, asOf);

describe('CSV dialects', () => {
    it('reads the comma dialect with decimal points (REPORTS.md example)', () => {
        const result = read([file('a.csv', 'effect,date,value,source\nJeugdhulpNoord.Wachttijd,2026-01-31,44,Monitor Jeugd\nJeugdhulpNoord.Wachttijd,2026-02-28,41.5,Monitor Jeugd\n')]);
        expect(result.problems).toEqual([]);
        expect(result.measurements.map(m => [m.date, m.value, m.source, m.line])).toEqual([
            ['2026-01-31', 44, 'Monitor Jeugd', 2], ['2026-02-28', 41.5, 'Monitor Jeugd', 3]
        ]);
    });

    it('reads the Dutch Excel dialect: semicolons, decimal comma or point, BOM and CRLF', () => {
        const text = '\ufeffeffect;date;value;source\r\nJeugdhulpNoord.Wachttijd;2026-01-31;44;Monitor Jeugd\r\nJeugdhulpNoord.Wachttijd;2026-02-28;41,5;Monitor Jeugd\r\nJeugdhulpNoord.Wachttijd;2026-03-31;40.25;Monitor Jeugd\r\n';
        const result = read([file('b.csv', text)]);
        expect(result.problems).toEqual([]);
        expect(result.measurements.map(m => [m.effect, m.value, m.source])).toEqual([
            ['JeugdhulpNoord.Wachttijd', 44, 'Monitor Jeugd'], ['JeugdhulpNoord.Wachttijd', 41.5, 'Monitor Jeugd'], ['JeugdhulpNoord.Wachttijd', 40.25, 'Monitor Jeugd']
        ]);
    });

    it('accepts quoted fields with delimiters, quotes and line breaks, counts physical lines, ignores other columns', () => {
        const text = 'region,effect,date,value,note,source\n"Noord, Oost",JeugdhulpNoord.Wachttijd,2026-01-31,"44","say ""hi""\nsecond line",Monitor\n\nX,JeugdhulpNoord.Wachttijd,2026-02-30,41,,\n';
        const result = read([file('q.csv', text)]);
        expect(result.measurements).toHaveLength(1);
        expect(result.measurements[0]).toMatchObject({ value: 44, note: 'say "hi"\nsecond line', source: 'Monitor', line: 2 });
        // The bad row stands on physical line 5: the quoted line break and the empty line count.
        expect(result.problems).toEqual([expect.objectContaining({ file: 'q.csv', line: 5, reason: 'bad-date' })]);
    });

    it('reads a Windows-1252 file as Excel writes it', () => {
        const bytes = Buffer.concat([Buffer.from('effect;date;value;note\r\nJeugdhulpNoord.Wachttijd;2026-01-31;44,5;caf'), Buffer.from([0xe9]), Buffer.from('\r\n')]);
        expect(read([file('w.csv', bytes)]).measurements[0]).toMatchObject({ value: 44.5, note: 'café' });
    });
});

describe('bad rows are left out and listed with their line and reason', () => {
    const text = [
        'effect;date;value;source;note',                       // 1
        'JeugdhulpNoord.Wachttijd;2026-01-31;44;;',            // 2 ok
        'JeugdhulpNoord.Wachtijd;2026-02-28;41;;',             // 3 unknown effect, closest
        'Elders.Iets;2026-02-28;41;;',                         // 4 unknown effect, nothing close
        'JeugdhulpNoord.Wachttijd;31-01-2026;41;;',            // 5 bad date
        'JeugdhulpNoord.Wachttijd;2026-02-30;41;;',            // 6 not a calendar date
        'JeugdhulpNoord.Wachttijd;2026-03-31;veertig;;',       // 7 value not a number
        'JeugdhulpNoord.Wachttijd;2026-04-30;1.234,5;;',       // 8 thousands separator
        'JeugdhulpNoord.Wachttijd;2026-05-31;;;',              // 9 value missing
        'JeugdhulpNoord.Wachttijd;2026-01-31;43;;',            // 10 duplicate of line 2
        'JeugdhulpNoord.Wachttijd;2027-01-31;30;;',            // 11 after --as-of
        ';2026-06-30;40;;'                                     // 12 effect missing
    ].join('\n');
    const result = read([file('data/bad.csv', text)]);

    it('keeps the good row only', () => {
        expect(result.measurements.map(m => [m.line, m.value])).toEqual([[2, 44]]);
    });

    it('lists every bad row with file, line and reason', () => {
        expect(result.problems.map(p => [p.file, p.line, p.reason])).toEqual([
            ['data/bad.csv', 3, 'unknown-effect'],
            ['data/bad.csv', 4, 'unknown-effect'],
            ['data/bad.csv', 5, 'bad-date'],
            ['data/bad.csv', 6, 'bad-date'],
            ['data/bad.csv', 7, 'bad-value'],
            ['data/bad.csv', 8, 'bad-value'],
            ['data/bad.csv', 9, 'missing-field'],
            ['data/bad.csv', 10, 'duplicate'],
            ['data/bad.csv', 11, 'after-as-of'],
            ['data/bad.csv', 12, 'missing-field']
        ]);
    });

    it('says what is wrong in words, with the closest effect id', () => {
        const message = (line: number) => result.problems.find(p => p.line === line)!.message;
        expect(message(3)).toBe("Unknown effect 'JeugdhulpNoord.Wachtijd'; did you mean 'JeugdhulpNoord.Wachttijd'?");
        expect(message(4)).toMatch(/^Unknown effect 'Elders.Iets': no agreement/);
        expect(message(5)).toBe("The date '31-01-2026' is not a calendar date written YYYY-MM-DD.");
        expect(message(7)).toMatch(/^The value 'veertig' is not a number/);
        expect(message(8)).toBe("The value '1.234,5' has a thousands separator, which a measurement file may not have: write 1234,5.");
        expect(message(10)).toBe("A second value for 'JeugdhulpNoord.Wachttijd' on 2026-01-31; the first, at line 2, is kept.");
        expect(message(11)).toBe('The date 2027-01-31 is after the report date 2026-12-31 (--as-of).');
    });

    it('names the one effect meant by a row that left out its agreement or named another', () => {
        const ids = ['JeugdhulpNoord.Wachttijd', 'JeugdhulpNoord.Plannen', 'Schulden.Aanmeldingen'];
        const messages = readMeasurements([file('e.csv', 'effect,date,value\nWachttijd,2026-01-31,44\nNope.Wachtijd,2026-01-31,44\naanmeldingen,2026-01-31,4\nFoo.Bar,2026-01-31,1\n')], ids, '2026-12-31')
            .problems.map(p => p.message);
        expect(messages).toEqual([
            "Unknown effect 'Wachttijd'; did you mean 'JeugdhulpNoord.Wachttijd'?",
            "Unknown effect 'Nope.Wachtijd'; did you mean 'JeugdhulpNoord.Wachttijd'?",
            "Unknown effect 'aanmeldingen'; did you mean 'Schulden.Aanmeldingen'?",
            expect.stringMatching(/^Unknown effect 'Foo.Bar': no agreement/)
        ]);
        // Two agreements with the effect: naming one would be a guess.
        const twice = readMeasurements([file('t.csv', 'effect,date,value\nWachttijd,2026-01-31,44\n')], ['JeugdhulpNoord.Wachttijd', 'JeugdhulpZuid.Wachttijd'], '2026-12-31');
        expect(twice.problems[0].message).toMatch(/^Unknown effect 'Wachttijd': no agreement/);
    });

    it('treats a decimal comma in a comma file as a bad value (quoted) rather than guessing', () => {
        const comma = read([file('c.csv', 'effect,date,value\nJeugdhulpNoord.Wachttijd,2026-01-31,"41,5"\n')]);
        expect(comma.problems.map(p => [p.line, p.reason])).toEqual([[2, 'bad-value']]);
    });

    it('finds duplicates across files, keeping the first file\'s row', () => {
        const two = read([
            file('a.csv', 'effect,date,value\nJeugdhulpNoord.EenPlan,2026-03-31,40\n'),
            file('b.json', JSON.stringify([{ effect: 'JeugdhulpNoord.EenPlan', date: '2026-03-31', value: 41 }]))
        ]);
        expect(two.measurements.map(m => [m.file, m.value])).toEqual([['a.csv', 40]]);
        expect(two.problems).toEqual([expect.objectContaining({ file: 'b.json', index: 0, reason: 'duplicate', message: expect.stringContaining("line 2 of 'a.csv'") })]);
    });
});

describe('JSON files', () => {
    it('reads an array of measurements and reports bad elements by 0-based index', () => {
        const data = [
            { effect: 'JeugdhulpNoord.Wachttijd', date: '2026-01-31', value: 44, source: 'Monitor', note: 'n' },
            { effect: 'JeugdhulpNoord.Wachttijd', date: '2026-02-28', value: '41' },
            { effect: 'JeugdhulpNoord.Wachttijd', date: '2026-13-01', value: 41 },
            'not an object',
            { effect: 'JeugdhulpNoord.EenPlan', date: '2026-02-28', value: 41.5 }
        ];
        const result = read([file('m.json', JSON.stringify(data))]);
        expect(result.measurements.map(m => [m.index, m.value, m.source, m.note])).toEqual([[0, 44, 'Monitor', 'n'], [4, 41.5, undefined, undefined]]);
        expect(result.problems.map(p => [p.index, p.reason, p.line])).toEqual([[1, 'bad-value', undefined], [2, 'bad-date', undefined], [3, 'bad-row', undefined]]);
    });
});

describe('files that cannot be used at all', () => {
    it.each([
        ['x.json', '{"effect": "A.B"}', /must hold a JSON array/],
        ['x.json', '[{"effect": ', /is not valid JSON/],
        ['x.csv', 'name,when,amount\nA,2026-01-01,1\n', /has no column 'effect', 'date', 'value'/],
        ['x.csv', '', /is empty/],
        ['x.bin', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), /binary data/]
    ])('%s: %s', (name, text, message) => {
        expect(() => read([file(name, text)])).toThrow(MeasurementFileError);
        expect(() => read([file(name, text)])).toThrow(message);
    });
});
