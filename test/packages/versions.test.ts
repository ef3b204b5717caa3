/**
 * One version for every Keten package: the root package.json's. The build puts it into the CLI
 * bundle (`keten --version`); the language server's bin reads its own package.json. To release a
 * new version: `npm version X.Y.Z --workspaces --include-workspace-root --no-git-tag-version`,
 * then set the internal dependencies (`@keten/language`, `@keten/report`) to X.Y.Z as well.
 */
import * as path from 'node:path';
import { expect, it } from 'vitest';
import { REPO_ROOT, runKeten } from '../support/run-keten.js';
import { ensureKetenBuilt } from '../support/cli-workspace.js';
import { readJson } from './packed-packages.js';

const root = readJson(path.join(REPO_ROOT, 'package.json'));
const workspaces: string[] = root.workspaces;

it('gives every package the version of the root package.json', () => {
    expect(root.version).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
    for (const workspace of workspaces) {
        const manifest = readJson(path.join(REPO_ROOT, workspace, 'package.json'));
        expect(manifest.version, `${workspace}/package.json`).toBe(root.version);
    }
});

it('pins every internal dependency to that version', () => {
    const names = new Set(workspaces.map(workspace => readJson(path.join(REPO_ROOT, workspace, 'package.json')).name));
    for (const workspace of workspaces) {
        const manifest = readJson(path.join(REPO_ROOT, workspace, 'package.json'));
        for (const field of ['dependencies', 'devDependencies', 'peerDependencies'] as const) {
            for (const [name, range] of Object.entries(manifest[field] ?? {})) {
                if (names.has(name)) expect(range, `${workspace}: ${field}.${name}`).toBe(root.version);
            }
        }
    }
});

it('prints that version from the built CLI', () => {
    ensureKetenBuilt();
    expect(runKeten(['--version']).stdout.trim()).toBe(root.version);
});
