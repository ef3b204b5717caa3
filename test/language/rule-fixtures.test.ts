/**
 * One generic runner for the rule fixtures in test/fixtures/rules/<area>/<rule-id>/:
 * every `*.keten` file there is checked on its own (a sub-folder is checked as one multi-file
 * workspace), and its findings must equal the `// expect:` comments written in it.
 * Adding a test means adding a file. Each rule needs a fixture that fires it and one
 * (`clean*.keten`) that must stay clean.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '@keten/language';
import { readExpectations } from '../support/fixture-expectations.js';
import { checkFiles, ketenFilesUnder } from '../support/check-sources.js';

const ROOT = path.resolve(__dirname, '../fixtures/rules');

interface Fixture { readonly name: string; readonly files: string[]; readonly ruleId: string }

function fixtures(): Fixture[] {
    const result: Fixture[] = [];
    for (const area of fs.readdirSync(ROOT).sort()) {
        const areaDir = path.join(ROOT, area);
        if (!fs.statSync(areaDir).isDirectory()) continue;
        for (const ruleId of fs.readdirSync(areaDir).sort()) {
            const ruleDir = path.join(areaDir, ruleId);
            if (!fs.statSync(ruleDir).isDirectory()) continue;
            for (const entry of fs.readdirSync(ruleDir, { withFileTypes: true })) {
                const full = path.join(ruleDir, entry.name);
                if (entry.isDirectory()) result.push({ name: `${area}/${ruleId}/${entry.name}/`, files: ketenFilesUnder(full), ruleId });
                else if (entry.name.endsWith('.keten')) result.push({ name: `${area}/${ruleId}/${entry.name}`, files: [full], ruleId });
            }
        }
    }
    return result;
}

const all = fixtures();

describe('rule fixtures', () => {
    it.each(all.map(f => [f.name, f] as const))('%s', async (_name, fixture) => {
        const findings = await checkFiles(fixture.files);
        for (const file of fixture.files) {
            const expectations = readExpectations(fs.readFileSync(file, 'utf8'));
            const keep = (rule: string) => !expectations.only || expectations.only.has(rule);
            const actual = findings
                .filter(f => f.file === file && keep(f.rule))
                .map(f => ({ line: f.line, rule: f.rule, column: f.column }));
            const expected = expectations.findings.filter(f => keep(f.rule));
            const describe = (f: { line: number; rule: string; column?: number }) => `${f.line}: ${f.rule}`;
            expect(actual.map(describe).sort(), `findings of ${path.relative(ROOT, file)}`)
                .toEqual(expected.map(describe).sort());
            for (const e of expected.filter(e => e.column !== undefined)) {
                expect(actual.some(a => a.line === e.line && a.rule === e.rule && a.column === e.column),
                    `${e.rule} at ${e.line}:${e.column} in ${path.relative(ROOT, file)}`).toBe(true);
            }
            if (path.basename(file).startsWith('clean')) {
                expect(actual.filter(a => a.rule === fixture.ruleId), `clean fixture must not fire ${fixture.ruleId}`).toEqual([]);
            }
        }
    });
});

describe('every rule has fixtures', () => {
    it.each(ALL_RULES.map(rule => [rule.meta.id, rule.meta.area] as const))('%s', (ruleId, area) => {
        const mine = all.filter(f => f.ruleId === ruleId && f.name.startsWith(`${area}/`));
        const fires = mine.filter(f => f.files.some(file => readExpectations(fs.readFileSync(file, 'utf8')).findings.some(e => e.rule === ruleId)));
        const clean = mine.filter(f => f.files.some(file => path.basename(file).startsWith('clean')));
        expect(fires.length, `a fixture in test/fixtures/rules/${area}/${ruleId}/ that fires ${ruleId}`).toBeGreaterThan(0);
        expect(clean.length, `a clean*.keten fixture in test/fixtures/rules/${area}/${ruleId}/`).toBeGreaterThan(0);
    });
});
