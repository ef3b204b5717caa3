/**
 * `report`, `graph` and `register` on files with syntax errors (CLI.md, "Cache, outputs and
 * inputs"; docs/reports.md): one line per broken file on standard error, in the locale of the
 * run; exit 1, as `validate`; and a top-level declaration with a syntax error is left out of the
 * output, never shown with its fields, roles or mandates silently missing. What refers to a
 * left-out declaration sees it as unresolved. Files without syntax errors are shown in full.
 */
import * as fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEAN_AGREEMENT, ensureKetenBuilt, makeWorkspace } from '../support/cli-workspace.js';
import { runKeten } from '../support/run-keten.js';

const SPLIT = CLEAN_AGREEMENT.indexOf('agreement Convenant');
const PARTIES = CLEAN_AGREEMENT.slice(0, SPLIT);
const AGREEMENT = CLEAN_AGREEMENT.slice(SPLIT);

/** A second, sound agreement over the same parties, with its own mandate. */
const SOUND = AGREEMENT.replace(/\bConvenant\b/g, 'Tweede').replace(/\bInzet\b/g, 'Toewijzing').replace('Convenant Jeugdhulp', 'Tweede convenant');

/** The mandate's `to` is being typed: the parser still builds the mandate, without `to`, scope, limit, … */
const HALF_TYPED = AGREEMENT.replace('    to Aanbieder.regisseur\n', '    to \n');

/** A role being typed in a party: the parser keeps the party with some of its roles. */
const BROKEN_PARTY = PARTIES.replace('  role regisseur "Ketenregisseur" reports to bestuurder\n', '  role \n  role regisseur "Ketenregisseur" reports to bestuurder\n');

let root: string;

beforeAll(() => {
    ensureKetenBuilt();
    root = makeWorkspace({
        'half/parties.keten': PARTIES,
        'half/convenant.keten': HALF_TYPED,
        'half/tweede.keten': SOUND,
        'party/parties.keten': BROKEN_PARTY,
        'party/tweede.keten': SOUND,
        'sound/parties.keten': PARTIES,
        'sound/tweede.keten': SOUND
    });
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

// One syntax error: the half-typed `to` costs one error and the mandate's other fields still parse.
const HALF_LINE = /^keten: half\/convenant\.keten: 1 syntax error \(on line 12\); left out because incomplete: agreement 'Convenant'\. Run 'keten validate' to see the errors\.$/;

function stderrLines(stderr: string): string[] {
    return stderr.trimEnd().split('\n');
}

describe('a declaration with a syntax error is left out and said on standard error (graph and register exit 1, report 0)', () => {
    it.each([
        [['register', 'half'], 1],
        [['register', 'half', '--format', 'csv'], 1],
        [['register', 'half', '--format', 'json'], 1],
        [['graph', 'half'], 1],
        [['graph', 'half', '--format', 'dot'], 1],
        [['report', 'half', '--as-of', '2026-09-30'], 0],
        [['report', 'half', '--as-of', '2026-09-30', '--format', 'md'], 0],
        [['report', 'half', '--as-of', '2026-09-30', '--format', 'json'], 0]
    ])('%j', (args, code) => {
        const run = runKeten(args, { cwd: root });
        expect(run.code).toBe(code);
        expect(stderrLines(run.stderr)).toHaveLength(1);
        expect(run.stderr.trimEnd()).toMatch(HALF_LINE);
        // The half-typed mandate is not listed as if complete; the sound agreement is there in full.
        expect(run.stdout).not.toMatch(/\bInzet\b/);
        expect(run.stdout).toMatch(/\bToewijzing\b/);
        expect(run.stdout).toMatch(/Aanbieder\.regisseur/);
    });

    it('the register lists only the complete mandates, with every field', () => {
        const run = runKeten(['register', 'half', '--format', 'json'], { cwd: root });
        const { mandates } = JSON.parse(run.stdout) as { mandates: Array<Record<string, unknown>> };
        expect(mandates.map(m => m.name)).toEqual(['Toewijzing']);
        expect(mandates[0]).toMatchObject({ agreement: 'Tweede', to: { id: 'Aanbieder.regisseur' }, scope: expect.any(String), limit: '25000 EUR per household' });
    });

    it('the JSON report leaves the agreement out but lists its syntax errors among the findings', () => {
        const run = runKeten(['report', 'half', '--as-of', '2026-09-30', '--format', 'json'], { cwd: root });
        const report = JSON.parse(run.stdout) as { agreements: Array<{ name: string }>; findings: Array<{ rule: string; file: string }> };
        expect(report.agreements.map(a => a.name)).toEqual(['Tweede']);
        expect(report.findings.filter(f => f.rule === 'syntax-error').map(f => f.file)).toEqual(['half/convenant.keten']);
    });

    it('a broken party is left out, and the roles named from it are not drawn as if it were complete', () => {
        const run = runKeten(['graph', 'party'], { cwd: root });
        expect(run.code).toBe(1);
        expect(stderrLines(run.stderr)).toEqual([expect.stringMatching(/^keten: party\/parties\.keten: \d+ syntax errors? \((?:the first )?on line 15\); left out because incomplete: party 'Aanbieder'\./)]);
        expect(run.stdout).toContain('Gemeente Zutphen');
        expect(run.stdout).not.toContain('Jeugdhulpaanbieder Noord');
        expect(run.stdout).not.toContain('Bestuurder');
    });

    it('says it in the locale of the run, one line per broken file', () => {
        const dir = makeWorkspace({ 'a.keten': HALF_TYPED, 'b.keten': BROKEN_PARTY, 'c.keten': SOUND });
        try {
            const run = runKeten(['register', '.', '--locale', 'nl'], { cwd: dir });
            expect(run.code).toBe(1);
            const lines = stderrLines(run.stderr);
            expect(lines).toHaveLength(2);
            expect(lines[0]).toBe("keten: a.keten: 1 syntaxfout (op regel 12); weggelaten omdat onvolledig: afspraak 'Convenant'. Voer 'keten validate' uit om de fouten te zien.");
            expect(lines[1]).toMatch(/^keten: b\.keten: \d+ syntaxfout(?:en)? \((?:de eerste )?op regel 15\); weggelaten omdat onvolledig: partij 'Aanbieder'\./);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    it('an error outside every declaration leaves the declarations in, and still exits 1', () => {
        const dir = makeWorkspace({ 'a.keten': `${CLEAN_AGREEMENT}\n}\n` });
        try {
            const run = runKeten(['register', 'a.keten', '--format', 'json'], { cwd: dir });
            expect(run.code).toBe(1);
            expect(run.stderr).toMatch(/^keten: a\.keten: 1 syntax error \(on line \d+\); outside every party, body and agreement: the text there was not read\. /);
            expect((JSON.parse(run.stdout) as { mandates: Array<{ name: string }> }).mandates.map(m => m.name)).toEqual(['Inzet']);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    it('report exits 1 only with --strict and a data problem (CLI.md), syntax errors or not; a sound workspace exits 0 and says nothing', () => {
        expect(runKeten(['report', 'half', '--as-of', '2026-09-30', '--format', 'json'], { cwd: root }).code).toBe(0);
        expect(runKeten(['report', 'half', '--as-of', '2026-09-30', '--format', 'json', '--strict'], { cwd: root }).code).toBe(0);
        for (const args of [['report', 'sound', '--as-of', '2026-09-30'], ['graph', 'sound'], ['register', 'sound']]) {
            const run = runKeten(args, { cwd: root });
            expect(run.code).toBe(0);
            expect(run.stderr).toBe('');
        }
    });
});
