/**
 * The quick fixes of RULES.md ("Quick fixes the editor offers"), each on a copy of the clean
 * agreement with the one gap its rule is about: the fix gives the expected text and the
 * finding is gone afterwards (Langium's testCodeAction).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { clearDocuments, testCodeAction, validationHelper } from 'langium/test';
import { afterEach, describe, expect, it } from 'vitest';
import { createKetenServices, parseKetenText, translateKeywords } from '@keten/language';
import { KetenCodeActionProvider } from '../../packages/language/src/lsp/keten-code-action-provider.js';
import { QUICK_FIXES } from '../../packages/language/src/lsp/quick-fixes/index.js';

const CLEAN = readFileSync(join(__dirname, '../fixtures/clean-agreement.keten'), 'utf8');
// The rule-specific fixes only: "suppress on this line", offered for every rule, has its own tests
// (lsp-suppress-quick-fix.test.ts).
const services = createKetenServices(EmptyFileSystem, {
    lsp: { CodeActionProvider: keten => new KetenCodeActionProvider(keten, QUICK_FIXES.filter(fix => fix.rule !== '*')) }
}).Keten;
const codeAction = testCodeAction(services);
const validate = validationHelper(services);

/**
 * The fix for the one `rule` finding of `text`, applied; the text checked again on its own.
 * (testCodeAction checks the fixed text beside the original, whose declarations then clash.)
 */
async function applyOnlyFix(text: string, rule: string) {
    const before = await validate(text);
    const relevant = before.diagnostics.filter(d => d.code === rule);
    expect(relevant).toHaveLength(1);
    const actions = await services.lsp.CodeActionProvider!.getCodeActions(before.document, {
        textDocument: { uri: before.document.uri.toString() }, range: relevant[0].range, context: { diagnostics: relevant }
    }) as Array<{ title: string; edit?: { changes?: Record<string, []> } }>;
    expect(actions).toHaveLength(1);
    const fixed = TextDocument.applyEdits(before.document.textDocument, actions[0].edit!.changes![before.document.uri.toString()]);
    await clearDocuments(services);
    const after = await validate(fixed);
    return { title: actions[0].title, fixed, remaining: after.diagnostics.filter(d => d.code === rule) };
}

function dutch(text: string): string {
    const translated = translateKeywords(parseKetenText(services, text), 'nl');
    expect(translated).toBeDefined();
    return translated!;
}

afterEach(async () => {
    await clearDocuments(services);
});

function edited(...replacements: Array<[string, string]>): string {
    let text = CLEAN;
    for (const [from, to] of replacements) {
        expect(text).toContain(from);
        text = text.replace(from, to);
    }
    return text;
}

describe('quick fixes', () => {
    it('unresolved-reference: replaces the name with the closest name of the right kind', async () => {
        const result = await codeAction(edited(['needs Tijd', 'needs Tjid']), 'unresolved-reference', CLEAN);
        expect(result.action?.title).toBe("Change to 'Tijd'");
    });

    it('unresolved-reference: a name of the wrong kind is changed to the name the message suggests', async () => {
        // `steering Gemeente` names a party where a role or body is expected: its first role.
        const steering = await applyOnlyFix(edited(['steering Gemeente.wethouder', 'steering Gemeente']), 'unresolved-reference');
        expect(steering.title).toBe("Change to 'Gemeente.wethouder'");
        expect(steering.remaining).toEqual([]);
        // A role where a party is expected: its party.
        const by = await applyOnlyFix(edited(['measured monthly by Aanbieder', 'measured monthly by Aanbieder.regisseur']), 'unresolved-reference');
        expect(by.title).toBe("Change to 'Aanbieder'");
        expect(by.fixed).toContain('measured monthly by Aanbieder from');
    });

    it('missing-mandate: adds a mandate granted to a role of the committing party and links it with under', async () => {
        const before = edited(['decides under Inzet', 'decides']);
        const after = edited(['  commitment Intake', [
            '  mandate IntakeMandate "TODO" {',
            '    from Gemeente.wethouder',
            '    to Aanbieder.bestuurder',
            '    scope "TODO"',
            '    submandate denied',
            '    valid 2026-01-01 to 2027-12-31',
            '  }',
            '',
            '  commitment Intake'
        ].join('\n')], ['decides under Inzet', 'decides under IntakeMandate']);
        const result = await codeAction(before, 'missing-mandate', after);
        expect(result.action?.title).toContain('IntakeMandate');
    });

    it('missing-mandate: writes Dutch keywords in a Dutch file', async () => {
        const before = dutch(edited(['decides under Inzet', 'decides']));
        const after = dutch(edited(['  commitment Intake', [
            '  mandate IntakeMandaat "TODO" {',
            '    from Gemeente.wethouder',
            '    to Aanbieder.bestuurder',
            '    scope "TODO"',
            '    submandate denied',
            '    valid 2026-01-01 to 2027-12-31',
            '  }',
            '',
            '  commitment Intake'
        ].join('\n')], ['decides under Inzet', 'decides under IntakeMandaat']));
        expect(before).toContain('toezegging Intake');
        await clearDocuments(services);
        await codeAction(before, 'missing-mandate', after);
    });

    it('unmeasured-effect: inserts each missing field as a placeholder line', async () => {
        const before = edited(['    indicator "Gemiddeld aantal dagen tussen aanmelding en start hulp"\n', ''],
            ['    measured monthly by Aanbieder from "Monitor Jeugd"\n', '']);
        const after = before.replace('    through Intake\n  }', [
            '    through Intake',
            '    indicator "TODO"',
            '    measured monthly by Gemeente from "TODO"',
            '  }'
        ].join('\n'));
        const result = await codeAction(before, 'unmeasured-effect', after);
        expect(result.action?.title).toBe("Insert the missing fields 'indicator', 'measured'");
    });

    it('unmeasured-effect: a placeholder target that the baseline does not meet already (no target-already-met)', async () => {
        const result = await applyOnlyFix(edited(['    target <= 20 by 2027-06-30\n', '']), 'unmeasured-effect');
        expect(result.fixed).toContain('    target > 45 by 2027-12-31\n');
        const after = await validate(result.fixed);
        expect(after.diagnostics.map(d => d.code)).not.toContain('target-already-met');
    });

    it('no-review: inserts a review by the first party\'s first role', async () => {
        const before = edited(['  review every 6 weeks by Stuurgroep\n', '']);
        const after = before.replace('  accountable Gemeente.wethouder\n', '  accountable Gemeente.wethouder\n  review every 6 weeks by Gemeente.wethouder\n');
        await codeAction(before, 'no-review', after);
    });

    it('no-accountability: inserts accountable with the first party\'s first role', async () => {
        const before = edited(['  accountable Gemeente.wethouder\n', '']);
        const after = before.replace('  review every 6 weeks by Stuurgroep\n', '  review every 6 weeks by Stuurgroep\n  accountable Gemeente.wethouder\n');
        await codeAction(before, 'no-accountability', after);
    });

    it('no-single-steering: inserts steering with the first party\'s first role', async () => {
        const before = edited(['  steering Gemeente.wethouder\n', '']);
        const after = before.replace('  review every 6 weeks by Stuurgroep\n', '  review every 6 weeks by Stuurgroep\n  steering Gemeente.wethouder\n');
        const result = await codeAction(before, 'no-single-steering', after);
        expect(result.action?.title).toBe("Insert 'steering Gemeente.wethouder'");
    });

    it('missing-escalation: adds a route that ends in the steering holder with decides', async () => {
        const route = CLEAN.slice(CLEAN.indexOf('  escalation Casus'), CLEAN.indexOf('  effect Wachttijd'));
        const before = edited([route, '']);
        const after = before.replace(/  \}\n\}\n$/, [
            '  }',
            '',
            '  escalation Escalation "TODO" {',
            '    level Aanbieder.bestuurder within 5 workdays',
            '    level Gemeente.wethouder within 10 workdays decides',
            '  }',
            '}',
            ''
        ].join('\n'));
        await codeAction(before, 'missing-escalation', after);
    });

    it('unused-party: removes the party from parties', async () => {
        const before = edited(['parties Gemeente, Aanbieder', 'parties Gemeente, Aanbieder, Derde'],
            ['body Stuurgroep', 'party Derde "Derde partij" {\n  role bestuurder\n}\n\nbody Stuurgroep']);
        const result = await applyOnlyFix(before, 'unused-party');
        expect(result.fixed).toBe(before.replace('parties Gemeente, Aanbieder, Derde', 'parties Gemeente, Aanbieder'));
        expect(result.remaining).toEqual([]);
        expect(result.title).toBe("Remove 'Derde' from the parties");
    });

    it('unused-party: removes the first party with the comma after it', async () => {
        const before = edited(['parties Gemeente, Aanbieder', 'parties Derde, Gemeente, Aanbieder'],
            ['body Stuurgroep', 'party Derde "Derde partij" {\n  role bestuurder\n}\n\nbody Stuurgroep']);
        const result = await applyOnlyFix(before, 'unused-party');
        expect(result.fixed).toBe(before.replace('parties Derde, Gemeente, Aanbieder', 'parties Gemeente, Aanbieder'));
        expect(result.remaining).toEqual([]);
    });

    it('missing-field: inserts parties (every party the agreement names) and a period around its dates', async () => {
        const before = edited(['  parties Gemeente, Aanbieder\n', ''], ['  period 2026-01-01 to 2027-12-31\n', '']);
        const result = await applyOnlyFix(before, 'missing-field');
        expect(result.title).toBe("Insert the missing fields 'parties', 'period'");
        expect(result.fixed).toBe(before.replace('agreement Convenant "Convenant Jeugdhulp" {\n',
            'agreement Convenant "Convenant Jeugdhulp" {\n  parties Gemeente, Aanbieder\n  period 2026-01-01 to 2027-12-31\n'));
        expect(result.remaining).toEqual([]);
    });

    it('missing-field: writes Dutch keywords in a Dutch file, and gives a commitment the party of its mandate', async () => {
        const before = dutch(edited(['  period 2026-01-01 to 2027-12-31\n', ''], ['    by Aanbieder\n', '']));
        const validated = await validate(before);
        const findings = validated.diagnostics.filter(d => d.code === 'missing-field');
        expect(findings).toHaveLength(2);
        const titles: string[] = [];
        let text = before;
        for (const finding of findings.reverse()) {
            const actions = await services.lsp.CodeActionProvider!.getCodeActions(validated.document, {
                textDocument: { uri: validated.document.uri.toString() }, range: finding.range, context: { diagnostics: [finding] }
            }) as Array<{ title: string; edit: { changes: Record<string, Array<{ range: { start: { line: number } }; newText: string }>> } }>;
            expect(actions).toHaveLength(1);
            titles.push(actions[0].title);
            const [edit] = actions[0].edit.changes[validated.document.uri.toString()];
            const lines = text.split('\n');
            lines.splice(edit.range.start.line, 0, edit.newText.replace(/\n$/, ''));
            text = lines.join('\n');
        }
        expect(titles).toEqual(["Insert the missing field 'door'", "Insert the missing field 'looptijd'"]);
        expect(text).toContain('  looptijd 2026-01-01 tot 2027-12-31\n');
        expect(text).toMatch(/toezegging Intake "[^"]*" \{\n    door Aanbieder\n/);
        await clearDocuments(services);
        expect((await validate(text)).diagnostics.filter(d => d.code === 'missing-field')).toEqual([]);
    });

    it('offers no action for a rule without a quick fix', async () => {
        const result = await validate(edited(['    baseline 45 on 2025-12-31\n', '']));
        const relevant = result.diagnostics.filter(d => d.code === 'effect-without-baseline');
        expect(relevant).toHaveLength(1);
        const actions = await services.lsp.CodeActionProvider!.getCodeActions(result.document, {
            textDocument: { uri: result.document.uri.toString() }, range: relevant[0].range, context: { diagnostics: relevant }
        });
        expect(actions).toEqual([]);
    });
});
