/**
 * For CLI tests through the real binary: throw-away folders of agreements, and a build of the
 * bundle when it is older than the sources (CI builds before testing; this keeps a local
 * `npx vitest run test/cli/…` honest). The build runs under a lock so parallel test files do
 * not build at the same time.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from './run-keten.js';

const BUNDLE = path.join(REPO_ROOT, 'packages/cli/dist/keten.cjs');
const SOURCES = ['packages/cli/src', 'packages/language/src', 'packages/report/src', 'packages/document/src', 'scripts'].map(dir => path.join(REPO_ROOT, dir));

export const CLEAN_AGREEMENT = fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/clean-agreement.keten'), 'utf8');

function newestSourceTime(): number {
    let newest = 0;
    const visit = (dir: string) => {
        if (!fs.existsSync(dir)) return;
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) visit(full);
            else if (/\.(ts|mjs|langium)$/.test(entry.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
        }
    };
    SOURCES.forEach(visit);
    return newest;
}

/** Builds the bundle (`node scripts/build.mjs`) unless it is newer than every source file. */
export function ensureKetenBuilt(): void {
    const sources = Math.ceil(newestSourceTime() / 1000);
    const script = `test -f "${BUNDLE}" && test "$(stat -c %Y "${BUNDLE}")" -ge ${sources} || node scripts/build.mjs`;
    execFileSync('flock', [path.join(os.tmpdir(), 'keten-build.lock'), 'sh', '-c', script], { cwd: REPO_ROOT, stdio: 'pipe' });
}

/** A fresh folder holding the given files (paths relative to it). */
export function makeWorkspace(files: Record<string, string | Buffer>): string {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-cli-'));
    for (const [name, text] of Object.entries(files)) {
        const full = path.join(root, name);
        fs.mkdirSync(path.dirname(full), { recursive: true });
        fs.writeFileSync(full, text);
    }
    return root;
}

/** The clean agreement with its review removed: exactly one finding, no-review (a warning), on line 22. */
export const WITHOUT_REVIEW = CLEAN_AGREEMENT.replace('  review every 6 weeks by Stuurgroep\n', '');
