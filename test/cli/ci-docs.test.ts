/** The commands shown in docs/ci.md run as written and write the reports the CI jobs upload. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runKeten } from '../support/run-keten.js';
import { WITHOUT_REVIEW, ensureKetenBuilt, makeWorkspace } from '../support/cli-workspace.js';

beforeAll(() => ensureKetenBuilt());

const doc = fs.readFileSync(path.join(REPO_ROOT, 'docs/ci.md'), 'utf8');

/** `npx keten validate …` lines of the YAML examples, as argument lists (no quoting used there). */
function yamlCommands(): string[][] {
    const yaml = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map(m => m[1]).join('\n');
    return [...yaml.matchAll(/npx keten (validate[^\n#]*)/g)].map(m => m[1].trim().split(/\s+/));
}

describe('docs/ci.md', () => {
    it('shows GitHub and GitLab commands that run and write their reports', () => {
        const commands = yamlCommands().filter(args => args.length > 1);
        expect(commands.length).toBeGreaterThanOrEqual(2);
        for (const args of commands) {
            const dir = makeWorkspace({ 'agreements/a.keten': WITHOUT_REVIEW });
            const run = runKeten(args, { cwd: dir });
            expect([0, 1], `${args.join(' ')}: ${run.stderr}`).toContain(run.code);
            const outputs = args.filter((_arg, i) => args[i - 1] === '-o');
            for (const output of outputs) expect(fs.existsSync(path.join(dir, output)), output).toBe(true);
        }
        expect(doc).toContain('github/codeql-action/upload-sarif');
        expect(doc).toMatch(/codequality: gl-code-quality\.json/);
        expect(doc).toMatch(/junit: keten-junit\.xml/);
    });
});
