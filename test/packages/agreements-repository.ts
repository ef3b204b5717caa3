/**
 * An agreements repository as a municipality keeps one: the sound examples of this repository
 * as its `.keten` files (a shared parties file included), committed, and then Keten added with
 * the set-up commands of docs/ci.md ("Keten in your repository") and the tarball `npm pack`
 * makes of @keten/cli.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect } from 'vitest';
import { REPO_ROOT } from '../support/run-keten.js';
import { mustRun } from './agreements-shell.js';
import { codeBlocksUnder } from './ci-docs.js';
import type { PackedKeten } from './packed-packages.js';

export const EXAMPLES = path.join(REPO_ROOT, 'examples');

/** The tarball path docs/ci.md installs (`./tools/keten-cli-X.Y.Z.tgz`). */
function documentedTarball(setup: string): string {
    const match = /npm install --save-dev \.\/(tools\/keten-cli-[\w.-]+\.tgz)/.exec(setup);
    if (!match) throw new Error('docs/ci.md installs no ./tools/keten-cli-….tgz');
    return match[1];
}

/** Makes the repository in `folder` (which must not exist yet) and returns it. */
export function setUpAgreementsRepository(folder: string, packed: PackedKeten): string {
    fs.mkdirSync(path.join(folder, 'agreements'), { recursive: true });
    mustRun('git init --quiet -b main', folder);
    for (const file of fs.readdirSync(EXAMPLES).filter(f => f.endsWith('.keten'))) {
        fs.copyFileSync(path.join(EXAMPLES, file), path.join(folder, 'agreements', file));
    }
    mustRun('git add agreements && git commit --quiet -m "Agreements"', folder);
    const [setup] = codeBlocksUnder('Keten in your repository').filter(block => block.language === 'sh');
    const tarball = documentedTarball(setup.text);
    expect(path.basename(tarball), 'docs/ci.md names the tarball npm pack writes').toBe(path.basename(packed.cli.tarball));
    fs.mkdirSync(path.join(folder, 'tools'));
    fs.copyFileSync(packed.cli.tarball, path.join(folder, tarball));
    mustRun(setup.text, folder);
    return folder;
}

/** A fresh clone of the repository at its latest commit, as `actions/checkout` or a GitLab runner makes. */
export function cloneOf(repository: string, scratch: string, name: string): string {
    const folder = path.join(scratch, name);
    mustRun(`git clone --quiet "${repository}" "${folder}"`, scratch);
    return folder;
}
