/**
 * Changing a file through the language server: a quick fix from the light bulb applies and the
 * finding goes away; Keten: Format Document gives the canonical layout.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { example, lineOf, useWorkbench, workspaceFolder } from '../support/scenario.js';

const NAME = 'quick-fix-and-format';
const TYPO = example('jeugdhulp.keten').replace('accountable Zutphen.wethouder', 'accountable Zuthpen.wethouder');
const workbench = useWorkbench(NAME, {
    'jeugdhulp.keten': TYPO,
    'partijen.keten': example('partijen.keten'),
    'messy.keten': 'party   Gemeente "Gemeente Zutphen" {   type municipality\n      role wethouder "Wethouder"   }\n'
});
const onDisk = (file: string) => fs.readFileSync(path.join(workspaceFolder(NAME), file), 'utf8');

describe('a quick fix', () => {
    it('corrects a misspelt name from the light bulb, and the finding goes away', async () => {
        await workbench().openFile('jeugdhulp.keten');
        await workbench().waitForProblems(rows => rows.some(row => /Unknown role or body 'Zuthpen\.wethouder'.*unresolved-reference/.test(row)));
        await workbench().goTo(lineOf(TYPO, 'accountable Zuthpen.wethouder'), 16);
        const fixes = await workbench().quickFixes();
        const fix = fixes.find(title => /^Change to 'Zutphen(\.wethouder)?'$/.test(title));
        expect(fix, fixes.join(' | ')).toBeDefined();
        await workbench().screenshot('quick-fix');
        await workbench().applyQuickFix(fix!);
        await workbench().save();
        expect(onDisk('jeugdhulp.keten')).toContain('  accountable Zutphen.wethouder\n');
        await workbench().waitForProblems(rows => !rows.some(row => row.includes('Zuthpen')));
    });
});

describe('Keten: Format Document', () => {
    it('rewrites the file in the canonical layout', async () => {
        await workbench().openFile('messy.keten');
        await workbench().runCommand('Keten: Format Document');
        await workbench().waitFor('the formatted text', async () => {
            const text = await workbench().visibleText();
            return /^party Gemeente "/.test(text) ? text : undefined;
        });
        await workbench().save();
        expect(onDisk('messy.keten')).toBe('party Gemeente "Gemeente Zutphen" {\n  type municipality\n  role wethouder "Wethouder"\n}\n');
    });
});
