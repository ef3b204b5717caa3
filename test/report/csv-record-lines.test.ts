/**
 * `parsedRows` reads a file that has no quotes and one kind of line end with papaparse's fast
 * mode and counts the lines of its records itself (read-csv.ts). It must give exactly the records
 * and lines csv-parse gives with its byte offsets (`parsedRowsByOffsets`), for every file:
 * crafted edge cases and a few thousand random ones.
 */
import { describe, expect, it } from 'vitest';
import { messagesFor } from '@keten/language';
import { parsedRows, parsedRowsByOffsets } from '../../packages/report/src/measurements/read-csv.js';

const texts = messagesFor('en').measurements;

function both(text: string, delimiter: ',' | ';' = ','): { fast: unknown; offsets: unknown } {
    const bytes = Buffer.from(text, 'utf8');
    const run = (read: typeof parsedRows) => { try { return read('m.csv', bytes, delimiter, texts); } catch (error) { return `error: ${(error as Error).message}`; } };
    return { fast: run(parsedRows), offsets: run(parsedRowsByOffsets) };
}

describe('the lines of CSV records', () => {
    it('are the same with and without byte offsets on crafted files', () => {
        const files = [
            'effect,date,value\nA.E,2026-01-31,4\n', 'effect,date,value\r\nA.E,2026-01-31,4\r\n', 'effect,date,value\n\n\nA.E,2026-01-31,4',
            'effect,date,value\r\n\r\nA.E,2026-01-31,4\r\n\r\n', 'effect,date,value\n  \n,\n\t\nA.E,2026-01-31,4\n', 'a,b\r\n1\n2\r\n3,4',
            'a,b\n1\r2\n', 'a,b\r', 'a,b\r\n1,2\r', '\ufeffa,b\n1,2\n', '\ufeff\ufeff\na,b\n1,2\n', 'a,b\n"1\n2",3\n4,5\n', 'a,b\n1,"x"y\n',
            '', '\n', '\r\n', '\n\n1', 'a;b\n1,5;2\n\n3;4', 'a,b\n\r\n1,2'
        ];
        for (const file of files) {
            const { fast, offsets } = both(file);
            expect(fast, JSON.stringify(file)).toEqual(offsets);
        }
    });

    it('are the same with and without byte offsets on random files', () => {
        const pieces = ['a', '1', ',', ';', ' ', '\t', '\n', '\n', '\r\n', '\r', '"', '\ufeff', 'é'];
        let seed = 15;
        const random = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
        for (let i = 0; i < 3000; i++) {
            // Most files without quotes or a stray carriage return, so the fast path is tried often.
            const allowed = i % 3 === 0 ? pieces : pieces.filter(p => p !== '"' && p !== '\r' && (i % 2 === 0 || p !== '\r\n'));
            let text = '';
            const length = random(40);
            for (let j = 0; j < length; j++) text += allowed[random(allowed.length)];
            const { fast, offsets } = both(text, i % 4 === 0 ? ';' : ',');
            expect(fast, JSON.stringify(text)).toEqual(offsets);
        }
    });
});
