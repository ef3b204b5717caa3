/**
 * RULES.md, "Placement": "a field means that field's keyword through its value on that line".
 * A field whose value goes on over the next lines is placed on its first line only, from the
 * keyword to the last thing written there (a comment after it is not part of it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSources } from '../support/check-sources.js';

const CLEAN = readFileSync(join(__dirname, '../fixtures/clean-agreement.keten'), 'utf8');

function edited(find: string, replace: string): string {
    expect(CLEAN).toContain(find);
    return CLEAN.replace(find, replace);
}

/** Line and columns (1-based, end exclusive) of the only finding of `rule`. */
async function placeOf(text: string, rule: string) {
    const findings = (await checkSources({ 'a.keten': text })).filter(f => f.rule === rule);
    expect(findings, JSON.stringify(findings)).toHaveLength(1);
    const [f] = findings;
    return { line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn };
}

describe('a field written over several lines is placed on its first line', () => {
    it('a repeated `parties` whose list goes on below: the keyword through the comma', async () => {
        const text = edited('  parties Gemeente, Aanbieder\n', '  parties Gemeente, Aanbieder\n  parties Gemeente, // de eerste\n    Aanbieder\n');
        expect(await placeOf(text, 'duplicate-field')).toEqual({ line: 24, column: 3, endLine: 24, endColumn: 20 });
    });

    it('a target whose `by DATE` is on the next line', async () => {
        const text = edited('    target <= 20 by 2027-06-30\n', '    target <= 50\n      by 2027-06-30\n');
        expect(await placeOf(text, 'target-already-met')).toEqual({ line: 64, column: 5, endLine: 64, endColumn: 17 });
    });

    it('a repeated `scope` whose string goes on below: up to the end of the first line', async () => {
        const text = edited('    limit 25000 EUR', '    scope "regel een\nregel twee"\n    limit 25000 EUR');
        expect(await placeOf(text, 'duplicate-field')).toEqual({ line: 34, column: 5, endLine: 34, endColumn: 21 });
    });

    it('a level\'s `within` with its duration on the next line', async () => {
        const text = edited('    level Gemeente.directeur within 10 workdays\n', '    level Gemeente.directeur within\n      3 workdays\n');
        expect(await placeOf(text, 'escalation-deadline-order')).toEqual({ line: 55, column: 30, endLine: 55, endColumn: 36 });
    });

    it('a field on one line keeps its whole place, keyword through value', async () => {
        const text = edited('    target <= 20 by 2027-06-30\n', '    target <= 50 by 2027-06-30\n');
        expect(await placeOf(text, 'target-already-met')).toEqual({ line: 64, column: 5, endLine: 64, endColumn: 31 });
    });
});
