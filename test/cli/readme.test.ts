/** The agreement shown in the README is a real, sound agreement. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/run-keten.js';
import { checkSources } from '../support/check-sources.js';

describe('README', () => {
    it('its short agreement validates without findings', async () => {
        const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
        const blocks = [...readme.matchAll(/```keten\n([\s\S]*?)```/g)].map(m => m[1]);
        expect(blocks.length).toBeGreaterThan(0);
        const findings = await checkSources({ 'readme.keten': blocks[0] });
        expect(findings.map(f => `${f.line}: ${f.rule} ${f.message}`)).toEqual([]);
    });

    it('states the quick start that .ci/run runs', () => {
        const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
        const ci = fs.readFileSync(path.join(REPO_ROOT, '.ci/run'), 'utf8');
        expect(readme).toContain('npm install && npm start');
        expect(readme).toContain('npm test');
        expect(ci).toContain('npm install && npm start');
        expect(ci).toMatch(/\nnpm test\n/);
    });
});
