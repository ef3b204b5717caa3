/**
 * keten.report.data in a workspace with several folders: each folder's own value (VS Code's
 * resource scope, asked per folder with `scopeUri`) is resolved against that folder only, and
 * files are named relative to their own folder.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { MeasurementFiles } from '../../packages/language-server/src/measurement-files.js';

const root = mkdtempSync(join(tmpdir(), 'keten-folders-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
for (const file of ['noord/metingen/jeugd.csv', 'noord/data/oud.csv', 'oost/data/vth.csv']) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), 'effect,date,value\n');
}
const noord = join(root, 'noord');
const oost = join(root, 'oost');

it('resolves each folder\'s paths and patterns against that folder only', () => {
    const files = new MeasurementFiles();
    files.configureByFolder([{ folder: noord, patterns: ['metingen/jeugd.csv'] }, { folder: oost, patterns: ['data/*.csv'] }]);
    const read = files.read();
    expect(read.files.map(file => file.file)).toEqual(['metingen/jeugd.csv', 'data/vth.csv']);
    // noord/data/oud.csv matches oost's pattern, but oost's setting does not reach into noord.
    expect(read.unmatched).toEqual([]);
    expect(files.isConfigured).toBe(true);
});

it('reports a pattern that names nothing in the folders that have it', () => {
    const files = new MeasurementFiles();
    files.configureByFolder([{ folder: noord, patterns: ['metingen/jeugd.csv'] }, { folder: oost, patterns: ['metingen/*.csv', 42] }]);
    expect(files.read().unmatched).toEqual(['metingen/*.csv']);
});

it('applies one value to every folder as before', () => {
    const files = new MeasurementFiles();
    files.configure(['data/*.csv'], [noord, oost]);
    expect(files.read().files.map(file => file.file)).toEqual(['data/oud.csv', 'data/vth.csv']);
    files.configure(undefined, [noord, oost]);
    expect(files.isConfigured).toBe(false);
});
