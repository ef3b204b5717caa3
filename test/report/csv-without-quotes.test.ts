/**
 * A CSV file without quotes is split by hand instead of by csv-parse (it is most measurement
 * exports, and ten times faster): the records and the physical lines must be exactly csv-parse's.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '@keten/language';
import { parsedRows, rowsWithoutQuotes } from '../../packages/report/src/measurements/read-csv.js';

const texts = messagesFor('en').measurements;
const viaCsvParse = (text: string, delimiter: ',' | ';') => parsedRows('t.csv', Buffer.from(text, 'utf8'), delimiter, texts);

/** Text made of the pieces that matter to a CSV reader: delimiters, blanks, line ends, other letters. */
const csvText = (lineEnds: string[]) => fc.array(
    fc.constantFrom('a', 'Bé', '1,5', ',', ';', ' ', '\t', '2026-01-31', ...lineEnds, ...lineEnds), { maxLength: 60 }
).map(pieces => pieces.join(''));

describe('CSV files without quotes', () => {
    it.each([
        ['\\n', ['\n']],
        ['\\r\\n', ['\r\n']]
    ])('gives csv-parse\'s records and lines for lines ending in %s', (_name, lineEnds) => {
        fc.assert(fc.property(csvText(lineEnds), fc.constantFrom(',', ';') as fc.Arbitrary<',' | ';'>, (text, delimiter) => {
            const rows = rowsWithoutQuotes(text, delimiter);
            expect(rows).toBeDefined();
            expect(rows).toEqual(viaCsvParse(text, delimiter));
        }), { numRuns: 2000 });
    });

    it('gives csv-parse\'s records and lines for an export with empty lines and a missing last line end', () => {
        const text = 'effect;date;value\r\n\r\nA.B;2026-01-31;41,5\r\n\r\n\r\nA.B;2026-02-28;40\r\n A.B ;;\r\nA.B;2026-03-31;39';
        const rows = rowsWithoutQuotes(text, ';');
        expect(rows?.map(row => row.line)).toEqual([1, 3, 6, 7, 8]);
        expect(rows).toEqual(viaCsvParse(text, ';'));
    });

    it.each([
        ['a quote', 'effect,date,value\n"A.B",2026-01-31,1\n'],
        ['a lone carriage return', 'effect,date,value\rA.B,2026-01-31,1\r'],
        ['mixed line ends', 'effect,date,value\r\nA.B,2026-01-31,1\nA.B,2026-02-28,2\r\n'],
        ['a second byte-order mark', '\ufeffeffect,date,value\nA.B,2026-01-31,1\n']
    ])('leaves a file with %s to csv-parse', (_name, text) => {
        expect(rowsWithoutQuotes(text, ',')).toBeUndefined();
    });
});
