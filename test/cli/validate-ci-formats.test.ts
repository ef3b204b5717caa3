/**
 * The CI report formats of `keten validate` (CLI.md, Output formats) through the real binary:
 * sarif (checked by Microsoft's SARIF validator), github, gitlab, junit, and several reports
 * in one run.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_RULES } from '@keten/language';
import { renderGithub } from '../../packages/cli/src/output/github.js';
import { REPO_ROOT, runKeten } from '../support/run-keten.js';
import { CLEAN_AGREEMENT, WITHOUT_REVIEW, ensureKetenBuilt, makeWorkspace } from '../support/cli-workspace.js';

let dir: string;

beforeAll(() => {
    ensureKetenBuilt();
    dir = makeWorkspace({
        'clean.keten': CLEAN_AGREEMENT,
        // The same syntax error twice: two findings with equal rule, file and message.
        'twice.keten': CLEAN_AGREEMENT.replace('body Stuurgroep', '§\nbody Stuurgroep').replace('agreement Convenant', '§\nagreement Convenant'),
        // A control character, which XML 1.0 cannot carry, ends up in the message.
        'control.keten': CLEAN_AGREEMENT.replace('body Stuurgroep', '\u0001 body Stuurgroep'),
        // A path with a comma, a colon, a space and a line break in it.
        'odd, path: here/new\nline.keten': WITHOUT_REVIEW,
        // Findings with related locations: the same names declared twice.
        'twin/first.keten': CLEAN_AGREEMENT,
        'twin/second.keten': CLEAN_AGREEMENT
    });
});

interface JsonReport { diagnostics: Array<{ file: string; line: number; column: number; endLine: number; endColumn: number; severity: string; rule: string; message: string }> }

function findings(args: string[]): JsonReport['diagnostics'] {
    return (JSON.parse(runKeten(['validate', ...args, '-f', 'json'], { cwd: dir }).stdout) as JsonReport).diagnostics;
}

function sarifMultitool(): string {
    const tool = path.join(REPO_ROOT, 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');
    // `npm install --ignore-scripts` skips the package's own `chmod u+x`.
    if (fs.existsSync(tool) && (fs.statSync(tool).mode & 0o100) === 0) fs.chmodSync(tool, 0o755);
    return path.join(REPO_ROOT, 'node_modules/.bin/sarif-multitool');
}

describe('sarif', () => {
    it('passes Microsoft\'s SARIF 2.1.0 validator, with every rule and a result per finding', () => {
        const run = runKeten(['validate', '.', '-f', 'sarif', '-o', 'report.sarif'], { cwd: dir });
        expect(run.code).toBe(1);
        const file = path.join(dir, 'report.sarif');
        const validation = spawnSync(sarifMultitool(), ['validate', file], { encoding: 'utf8', timeout: 120_000 });
        const output = `${validation.stdout}${validation.stderr}`;
        expect(output, output).toMatch(/Analysis completed successfully/);
        expect(output, output).not.toMatch(/: error /);
        expect(validation.status, output).toBe(0);

        const log = JSON.parse(fs.readFileSync(file, 'utf8'));
        expect(log.version).toBe('2.1.0');
        expect(log.$schema).toMatch(/sarif-2\.1\.0/);
        expect(log.runs).toHaveLength(1);
        const [sarifRun] = log.runs;
        const driver = sarifRun.tool.driver;
        expect(driver.name).toBe('keten');
        expect(driver.version).toMatch(/^\d+\.\d+\.\d+/);
        expect(driver.informationUri).toMatch(/^https:\/\//);
        expect(driver.rules.map((r: { id: string }) => r.id)).toEqual(ALL_RULES.map(r => r.meta.id));
        for (const rule of driver.rules) {
            expect(rule.shortDescription.text).toBeTruthy();
            expect(rule.fullDescription.text).toBeTruthy();
            expect(rule.help.text).toBeTruthy();
            expect(rule.helpUri).toMatch(/^https:\/\/.*#/);
            expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
        }
        const expected = findings(['.']);
        expect(sarifRun.results).toHaveLength(expected.length);
        sarifRun.results.forEach((result: any, index: number) => {
            const finding = expected[index];
            expect(result.ruleId).toBe(finding.rule);
            expect(driver.rules[result.ruleIndex].id).toBe(finding.rule);
            expect(result.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[finding.severity]);
            expect(result.message.text).toBe(finding.message);
            const location = result.locations[0].physicalLocation;
            expect(decodeURIComponent(location.artifactLocation.uri)).toBe(finding.file);
            expect(location.artifactLocation.uri).not.toMatch(/^\/|^file:/);
            expect(location.region).toEqual({ startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn });
            expect(Object.values(result.partialFingerprints)[0]).toMatch(/^[0-9a-f]{32}$/);
        });
        const duplicate = sarifRun.results.find((r: any) => r.ruleId === 'duplicate-name');
        expect(duplicate.relatedLocations.length).toBeGreaterThan(0);
        expect(duplicate.relatedLocations[0].physicalLocation.region.startLine).toBeGreaterThan(0);
        expect(duplicate.relatedLocations[0].message.text).toBeTruthy();
    });

    it('describes the rules in the run\'s language, as keten rules does (DUTCH.md)', () => {
        for (const locale of ['nl', 'en']) {
            const run = JSON.parse(runKeten(['validate', 'clean.keten', '-f', 'sarif', '--locale', locale], { cwd: dir }).stdout).runs[0];
            expect(run.language).toBe(locale === 'nl' ? 'nl-NL' : undefined);
            const driver = run.tool.driver;
            const rules = JSON.parse(runKeten(['rules', '--format', 'json', '--locale', locale], { cwd: dir }).stdout) as Array<{ id: string; description: string; source: string }>;
            expect(driver.rules.map((rule: { id: string; shortDescription: { text: string } }) => [rule.id, rule.shortDescription.text]))
                .toEqual(rules.map(rule => [rule.id, rule.description]));
            const missingEscalation = driver.rules.find((rule: { id: string }) => rule.id === 'missing-escalation');
            const source = rules.find(rule => rule.id === 'missing-escalation')!.source;
            expect(missingEscalation.fullDescription.text).toContain(source);
            expect(missingEscalation.help.text).toContain(locale === 'nl' ? `\nWaarom: ${source}\nZie https://` : `\nWhy: ${source}\nSee https://`);
            // The rule pages in the run's language (docs/rules.nl.md has the same anchors).
            expect(missingEscalation.helpUri).toMatch(locale === 'nl' ? /\/docs\/rules\.nl\.md#missing-escalation$/ : /\/docs\/rules\.md#missing-escalation$/);
        }
    });

    it('keeps fingerprints across runs and when lines are added above a finding', () => {
        const prints = () => {
            const log = JSON.parse(runKeten(['validate', '.', '-f', 'sarif'], { cwd: dir }).stdout);
            return log.runs[0].results.map((r: any) => Object.values(r.partialFingerprints)[0] as string);
        };
        const first = prints();
        expect(prints()).toEqual(first);
        expect(new Set(first).size).toBe(first.length);
        const moved = makeWorkspace({ 'a.keten': `// a new comment line\n\n${WITHOUT_REVIEW}` });
        const original = makeWorkspace({ 'a.keten': WITHOUT_REVIEW });
        const one = (cwd: string) => JSON.parse(runKeten(['validate', '.', '-f', 'sarif'], { cwd }).stdout).runs[0].results[0];
        expect(one(moved).locations[0].physicalLocation.region.startLine).toBe(one(original).locations[0].physicalLocation.region.startLine + 2);
        expect(one(moved).partialFingerprints).toEqual(one(original).partialFingerprints);
    });
});

describe('gitlab', () => {
    it('gives one Code Quality entry per finding, with unique fingerprints that stay the same across runs', () => {
        const run = () => runKeten(['validate', '.', '-f', 'gitlab'], { cwd: dir });
        const first = run();
        expect(first.code).toBe(1);
        const issues = JSON.parse(first.stdout) as Array<{ description: string; check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } }>;
        const expected = findings(['.']);
        expect(issues).toHaveLength(expected.length);
        issues.forEach((issue, index) => {
            expect(Object.keys(issue).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity']);
            expect(issue).toMatchObject({
                description: expected[index].message,
                check_name: expected[index].rule,
                severity: { error: 'major', warning: 'minor', info: 'info' }[expected[index].severity],
                location: { path: expected[index].file, lines: { begin: expected[index].line } }
            });
        });
        const fingerprints = issues.map(i => i.fingerprint);
        expect(new Set(fingerprints).size).toBe(issues.length);
        // Two findings with the same rule, file and message still differ.
        const twice = issues.filter(i => i.location.path === 'twice.keten' && i.check_name === 'syntax-error');
        expect(twice.length).toBe(2);
        expect(twice[0].description).toBe(twice[1].description);
        expect(twice[0].fingerprint).not.toBe(twice[1].fingerprint);
        expect(JSON.parse(run().stdout).map((i: { fingerprint: string }) => i.fingerprint)).toEqual(fingerprints);
    });

    it('prints an empty array when clean', () => {
        const run = runKeten(['validate', 'clean.keten', '-f', 'gitlab'], { cwd: dir });
        expect(run.code).toBe(0);
        expect(JSON.parse(run.stdout)).toEqual([]);
    });
});

describe('github', () => {
    it('writes one workflow command per finding, escaping commas, colons and line breaks in the path', () => {
        const run = runKeten(['validate', '.', '-f', 'github'], { cwd: dir });
        expect(run.code).toBe(1);
        const lines = run.stdout.split('\n').filter(Boolean);
        const expected = findings(['.']);
        expect(lines).toHaveLength(expected.length);
        const command = /^::(error|warning|notice) file=([^,]*),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([^,:]*)::(.*)$/;
        lines.forEach((line, index) => {
            const match = command.exec(line);
            expect(match, line).not.toBeNull();
            const [, level, file, l, c, el, ec, title, message] = match!;
            const unescape = (text: string) => text.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
            expect(level).toBe({ error: 'error', warning: 'warning', info: 'notice' }[expected[index].severity]);
            expect(unescape(file)).toBe(expected[index].file);
            expect([Number(l), Number(c), Number(el), Number(ec)]).toEqual([expected[index].line, expected[index].column, expected[index].endLine, expected[index].endColumn]);
            expect(title).toBe(expected[index].rule);
            expect(unescape(message)).toBe(expected[index].message);
        });
        expect(run.stdout).toContain('::warning file=odd%2C path%3A here/new%0Aline.keten,line=22,col=11,endLine=22,endColumn=20,title=no-review::');
    });

    it('escapes %, CR and LF in messages and keeps : and , there', () => {
        const text = renderGithub({
            files: ['a.keten'],
            findings: [{ file: 'a.keten', line: 1, column: 2, endLine: 1, endColumn: 5, severity: 'info', rule: 'r', message: '100% sure:\r\nyes, no', related: [] }],
            summary: { files: 1, errors: 0, warnings: 0, infos: 1 }
        });
        expect(text).toBe('::notice file=a.keten,line=1,col=2,endLine=1,endColumn=5,title=r::100%25 sure:%0D%0Ayes, no\n');
    });
});

describe('junit', () => {
    it('parses as XML: one testsuite, a failing testcase per finding and a passing one per clean file', () => {
        const run = runKeten(['validate', '.', '-f', 'junit'], { cwd: dir });
        expect(run.code).toBe(1);
        expect(XMLValidator.validate(run.stdout)).toBe(true);
        expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
        const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true, isArray: name => name === 'testsuite' || name === 'testcase' }).parse(run.stdout);
        const suites = xml.testsuites.testsuite;
        expect(suites).toHaveLength(1);
        const cases = suites[0].testcase as Array<{ classname: string; name: string; failure?: { message: string } }>;
        const expected = findings(['.']);
        const failing = cases.filter(c => c.failure !== undefined);
        expect(failing.map(c => [c.classname, c.name])).toEqual(expected.map(f => [f.file, `${f.rule} at ${f.line}:${f.column}`]));
        const passing = cases.filter(c => c.failure === undefined);
        expect(passing.map(c => c.classname)).toEqual(['clean.keten']);
        expect(Number(suites[0].tests)).toBe(cases.length);
        expect(Number(suites[0].failures)).toBe(expected.length);
        expect(failing.some(c => c.classname === 'control.keten' && /unexpected character ''/.test(c.failure!.message))).toBe(true);
        expect(failing.some(c => c.classname === 'odd, path: here/new\nline.keten')).toBe(true);
    });
});

describe('several reports in one run', () => {
    it('pairs each --format with the --output after it', () => {
        const out = makeWorkspace({ 'a.keten': WITHOUT_REVIEW });
        const run = runKeten(['validate', '-f', 'json', '-o', 'a.json', '-f', 'sarif', '-o', 'reports/b.sarif', '-f', 'junit'], { cwd: out });
        expect(run.code).toBe(0);
        expect(JSON.parse(fs.readFileSync(path.join(out, 'a.json'), 'utf8')).diagnostics[0].rule).toBe('no-review');
        expect(JSON.parse(fs.readFileSync(path.join(out, 'reports/b.sarif'), 'utf8')).runs[0].results[0].ruleId).toBe('no-review');
        expect(XMLValidator.validate(run.stdout)).toBe(true);
    });

    it('refuses an --output without a --format before it, and two reports on standard output', () => {
        const out = makeWorkspace({ 'a.keten': WITHOUT_REVIEW });
        const early = runKeten(['validate', '-o', 'a.json', '-f', 'json', '-f', 'sarif'], { cwd: out });
        expect(early.code).toBe(2);
        expect(early.stderr).toMatch(/--output 'a.json' has no --format before it/);
        const both = runKeten(['validate', '-f', 'json', '-f', 'sarif'], { cwd: out });
        expect(both.code).toBe(2);
        expect(both.stderr).toMatch(/Only one report can go to standard output/);
        expect(both.stderr.trim().split('\n')).toHaveLength(1);
    });

    it('accepts -o before -f when there is one of each', () => {
        const out = makeWorkspace({ 'a.keten': WITHOUT_REVIEW });
        expect(runKeten(['validate', '-o', 'r.json', '-f', 'json'], { cwd: out }).code).toBe(0);
        expect(JSON.parse(fs.readFileSync(path.join(out, 'r.json'), 'utf8')).version).toBe(1);
    });
});
