/**
 * The `missing-mandate` quick fix in the running editor (issue 10, items 9 and 11), on the case
 * where a careless fix adds two `submandate-denied` errors: the committing party's first role
 * already grants a mandate, and the steering holder holds one that may not be passed on
 * (test/fixtures/rules/mandates/missing-mandate/fires-holder-grants-on.keten). Applied from the
 * light bulb, it adds no error. The same agreement with Dutch keywords, in this English window:
 * its findings and hover are English with English units ("4 days", not "4 dagen"), and the fix,
 * titled in English, inserts Dutch keywords (`beslist onder …`, `mandaat …`).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import { createKetenServices, parseKetenText, translateKeywords } from '@keten/language';
import { REPO_ROOT } from '../support/paths.js';
import { lineOf, useWorkbench, workspaceFolder } from '../support/scenario.js';

const NAME = 'mandate-fix';
/** The fixture, without its `// expect:` comments (the fix writes at the end of that line). */
const HELD_OUT = fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/rules/mandates/missing-mandate/fires-holder-grants-on.keten'), 'utf8')
    .replace(/ *\/\/ expect:.*$/gm, '');

/** The held-out case in Dutch keywords, under names of its own (both files share the workspace), with a Dutch duration and unit to translate. */
function dutchTwin(text: string): string {
    const keten = createKetenServices(EmptyFileSystem).Keten;
    let dutch = translateKeywords(parseKetenText(keten, text), 'nl')!.replace(/^(\/\/.*\n)+\n/, '');
    const names: Record<string, string> = {
        Gemeente: 'Deventer', Aanbieder: 'Zorgpartner', Stuurgroep: 'Regietafel', Convenant: 'Samenwerking', Budget: 'Middelen',
        Inzet: 'Hulp', Tijd: 'Uren', Intake: 'Aanmelding', Casus: 'Vastgelopen', Wachttijd: 'Doorlooptijd'
    };
    for (const [from, to] of Object.entries(names)) dutch = dutch.replace(new RegExp(`\\b${from}\\b`, 'g'), to);
    for (const [from, to] of [['Deventer.directeur binnen 10 werkdagen', 'Deventer.directeur binnen 4 dagen'], ['eenheid days', 'eenheid dagen']]) {
        if (!dutch.includes(from)) throw new Error(`The Dutch twin has no '${from}'.`);
        dutch = dutch.replace(from, to);
    }
    return dutch;
}

const workbench = useWorkbench(NAME, { 'jeugdhulp.keten': HELD_OUT, 'samenwerking.keten': dutchTwin(HELD_OUT) });
const onDisk = (file: string) => fs.readFileSync(path.join(workspaceFolder(NAME), file), 'utf8');

/** The errors the status bar counts (all files of the workspace). */
async function errorCount(): Promise<number> {
    return Number(/\d+/.exec(await workbench().statusBarText('status.problems'))?.[0]);
}

/** Applies the missing-mandate fix on the `decides`/`beslist` line of `file` from the light bulb; the workspace then has one error fewer and no `submandate-denied`. */
async function applyMandateFix(file: string, decides: string, title: string): Promise<void> {
    await workbench().openFile(file);
    const commitment = /commitment '([^']+)'/.exec(title)![1];
    await workbench().waitForProblems(rows => rows.some(row => row.includes(`Commitment '${commitment}'`) && row.includes('missing-mandate')));
    const before = await errorCount();
    await workbench().goTo(lineOf(onDisk(file), `    ${decides}`), 6);
    const fixes = await workbench().quickFixes();
    expect(fixes, fixes.join(' | ')).toContain(title);
    await workbench().applyQuickFix(title);
    await workbench().save();
    await workbench().waitForProblems(rows => !rows.some(row => row.includes(`Commitment '${commitment}'`)));
    await workbench().waitForStatusBar('status.problems', text => Number(/\d+/.exec(text)?.[0]) === before - 1);
    expect((await workbench().problems()).filter(row => row.includes('submandate'))).toEqual([]);
}

describe('the missing-mandate quick fix (item 9)', () => {
    it('adds a mandate from the light bulb without a new error in the Problems panel', async () => {
        await applyMandateFix('jeugdhulp.keten', 'decides', "Add mandate 'IntakeMandate' for commitment 'Intake' and link it with 'under'");
        expect(onDisk('jeugdhulp.keten')).toMatch(/^ {4}decides under IntakeMandate$/m);
        expect(onDisk('jeugdhulp.keten')).toMatch(/^ {2}mandate IntakeMandate "/m);
        await workbench().screenshot('mandate-fix');
    });
});

describe('a Dutch-keyword file in an English window (item 11)', () => {
    it('shows English findings with English units in the Problems panel and the hover', async () => {
        await workbench().openFile('samenwerking.keten');
        const rows = await workbench().waitForProblems(list => list.some(row => row.includes('escalation-deadline-order')));
        const order = rows.find(row => row.includes('escalation-deadline-order'))!;
        expect(order).toContain("gets 4 days, which is not longer than the 5 workdays (7 days) of the earlier level 'Zorgpartner.regisseur'");
        expect(order).not.toMatch(/dagen|binnen/);
        await workbench().goTo(lineOf(onDisk('samenwerking.keten'), 'effect Doorlooptijd'), 3);
        const hover = await workbench().hover('Doorlooptijd');
        expect(hover).toContain('(days)');
        expect(hover).not.toContain('(dagen)');
        await workbench().page.keyboard.press('Escape');
    });

    it('inserts Dutch keywords with a quick fix titled in English', async () => {
        await applyMandateFix('samenwerking.keten', 'beslist', "Add mandate 'AanmeldingMandaat' for commitment 'Aanmelding' and link it with 'onder'");
        const text = onDisk('samenwerking.keten');
        expect(text).toMatch(/^ {4}beslist onder AanmeldingMandaat$/m);
        expect(text).toMatch(/^ {2}mandaat AanmeldingMandaat "[^"]*" \{\n {4}van .+\n {4}aan .+\n {4}reikwijdte "/m);
        expect(text).not.toMatch(/^\s*(mandate|from|to|scope|submandate|valid)\b|\bunder\b/m);
        await workbench().screenshot('mandate-fix-dutch-keywords');
    });
});
