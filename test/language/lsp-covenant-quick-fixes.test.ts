/**
 * The quick fixes of COVENANT.md (issue 11): `incomplete-power`, `incomplete-data-sharing`,
 * `missing-covenant-clause`, `open-ended-without-termination`, and `unused-party` on an
 * `involving` entry. Each on a rule fixture, in English and with Dutch keywords: the fix gives
 * the expected text in the file's keyword language, and checked again the finding is gone and
 * no error is added.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { clearDocuments, validationHelper } from 'langium/test';
import { afterEach, describe, expect, it } from 'vitest';
import { createKetenServices, parseKetenText, translateKeywords } from '@keten/language';
import { KetenCodeActionProvider } from '../../packages/language/src/lsp/keten-code-action-provider.js';
import { QUICK_FIXES } from '../../packages/language/src/lsp/quick-fixes/index.js';

const FIXTURES = join(__dirname, '../fixtures/rules');
const services = createKetenServices(EmptyFileSystem, {
    lsp: { CodeActionProvider: keten => new KetenCodeActionProvider(keten, QUICK_FIXES.filter(fix => fix.rule !== '*')) }
}).Keten;
const validate = validationHelper(services);

afterEach(async () => {
    await clearDocuments(services);
});

function fixture(path: string): string {
    return readFileSync(join(FIXTURES, path), 'utf8');
}

function dutch(text: string): string {
    const translated = translateKeywords(parseKetenText(services, text), 'nl');
    expect(translated).toBeDefined();
    return translated!;
}

const errorsOf = (diagnostics: ReadonlyArray<{ severity?: number; code?: string | number }>) =>
    diagnostics.filter(d => (d.severity ?? 1) === 1).map(d => String(d.code)).sort();

/**
 * Applies the one fix offered for the `index`-th `rule` finding of `text`, checks the result
 * again on its own, and returns the fixed text, the title and what changed.
 */
async function applyFix(text: string, rule: string, index = 0) {
    const before = await validate(text);
    const relevant = before.diagnostics.filter(d => d.code === rule);
    expect(relevant.length).toBeGreaterThan(index);
    const diagnostic = relevant[index];
    const actions = await services.lsp.CodeActionProvider!.getCodeActions(before.document, {
        textDocument: { uri: before.document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
    }) as Array<{ title: string; edit?: { changes?: Record<string, []> } }>;
    expect(actions).toHaveLength(1);
    const fixed = TextDocument.applyEdits(before.document.textDocument, actions[0].edit!.changes![before.document.uri.toString()]);
    await clearDocuments(services);
    const after = await validate(fixed);
    const remaining = after.diagnostics.filter(d => d.code === rule && d.message === diagnostic.message);
    const errorsBefore = errorsOf(before.diagnostics);
    const addedErrors = errorsOf(after.diagnostics).filter((code, i, all) =>
        all.slice(0, i + 1).filter(c => c === code).length > errorsBefore.filter(c => c === code).length);
    return { title: actions[0].title, fixed, remaining, addedErrors, findings: after.diagnostics.filter(d => d.code === rule).length, before: relevant.length };
}

describe('quick fixes for the whole covenant', () => {
    it('incomplete-power: adds the missing held by (the party\'s first role) and basis to the power\'s line', async () => {
        const text = fixture('mandates/incomplete-power/fires.keten');
        const result = await applyFix(text, 'incomplete-power', 2);
        expect(result.fixed).toContain('  power Toezicht "Toezicht" held by college basis "TODO" // expect:');
        expect(result.title).toBe("Insert the missing fields 'held by', 'basis'");
        expect(result.remaining).toEqual([]);
        expect(result.findings).toBe(result.before - 1);
        expect(result.addedErrors).toEqual([]);
    });

    it('incomplete-power: only the missing part, in Dutch keywords in a Dutch file', async () => {
        const text = dutch(fixture('mandates/incomplete-power/fires.keten'));
        const first = await applyFix(text, 'incomplete-power', 0);
        expect(first.fixed).toContain('bevoegdheid Leerplicht "Leerplicht" grondslag "Leerplichtwet 1969, art. 16" berust bij college');
        expect(first.remaining).toEqual([]);
        expect(first.addedErrors).toEqual([]);
        const second = await applyFix(text, 'incomplete-power', 1);
        expect(second.fixed).toContain('bevoegdheid Wmo berust bij college grondslag "TODO"');
        expect(second.addedErrors).toEqual([]);
    });

    it('incomplete-data-sharing: inserts the missing parts as placeholder lines naming parties of the agreement', async () => {
        const text = fixture('data/incomplete-data-sharing/fires.keten');
        const result = await applyFix(text, 'incomplete-data-sharing', 1);
        expect(result.fixed).toContain([
            '  data Leeg "Nog in te vullen" { // expect: incomplete-data-sharing@8',
            '    retention 1 year',
            '    controller Gemeente',
            '    from Gemeente',
            '    to Aanbieder',
            '    purpose "TODO"',
            '    basis "TODO"',
            '  }'
        ].join('\n'));
        expect(result.title).toBe("Insert the missing fields 'from', 'to', 'purpose', 'basis'");
        expect(result.remaining).toEqual([]);
        expect(result.addedErrors).toEqual([]);
    });

    it('incomplete-data-sharing: in a Dutch file, and in a block written on one line', async () => {
        const text = dutch(fixture('data/incomplete-data-sharing/fires.keten'))
            .replace(/  gegevens Leeg "Nog in te vullen" \{[^}]*\}/, '  gegevens Leeg "Nog in te vullen" { bewaartermijn 1 jaar verantwoordelijke Gemeente }');
        const result = await applyFix(text, 'incomplete-data-sharing', 1);
        expect(result.fixed).toContain([
            '  gegevens Leeg "Nog in te vullen" { bewaartermijn 1 jaar verantwoordelijke Gemeente',
            '    van Gemeente',
            '    aan Aanbieder',
            '    doel "TODO"',
            '    grondslag "TODO"',
            '  }'
        ].join('\n'));
        expect(result.remaining).toEqual([]);
        expect(result.addedErrors).toEqual([]);
        const first = await applyFix(text, 'incomplete-data-sharing', 0);
        expect(first.fixed).toContain('    aan Aanbieder\n    grondslag "TODO"\n  }');
        expect(first.addedErrors).toEqual([]);
    });

    it('missing-covenant-clause: inserts every missing clause among the agreement\'s fields, disputes naming the escalation route', async () => {
        const text = fixture('covenant/missing-covenant-clause/fires-all.keten');
        const result = await applyFix(text, 'missing-covenant-clause');
        expect(result.fixed).toContain([
            '  publication "Staatscourant" within 4 weeks',
            '  goal "Elk gezin heeft één plan en één regisseur."',
            '  steering Gemeente.wethouder',
            '  accountable Gemeente.wethouder',
            '  review every 6 weeks by Stuurgroep',
            '  considering "TODO"',
            '  termination notice 3 months',
            '  amendment "TODO"',
            '  disputes Casus',
            ''
        ].join('\n'));
        expect(result.title).toBe("Insert the missing fields 'considering', 'termination', 'amendment', 'disputes'");
        expect(result.remaining).toEqual([]);
        expect(result.addedErrors).toEqual([]);
    });

    it('missing-covenant-clause: in Dutch keywords, only the missing clauses', async () => {
        const text = dutch(fixture('covenant/missing-covenant-clause/fires.keten'));
        const result = await applyFix(text, 'missing-covenant-clause');
        expect(result.fixed).toContain('  evaluatie elke 6 weken door Stuurgroep\n  overwegende "TODO"\n  geschillen Casus\n');
        expect(result.fixed).not.toContain('opzegging termijn 3 maanden\n  opzegging');
        expect(result.remaining).toEqual([]);
        expect(result.addedErrors).toEqual([]);
    });

    it('open-ended-without-termination: adds a termination notice placeholder after the period', async () => {
        const text = fixture('covenant/open-ended-without-termination/fires.keten');
        const result = await applyFix(text, 'open-ended-without-termination');
        expect(result.fixed).toContain('  period from 2026-01-01 // expect: open-ended-without-termination@3\n  termination notice 3 months\n');
        expect(result.title).toBe("Insert 'termination notice 3 months'");
        expect(result.remaining).toEqual([]);
        expect(result.addedErrors).toEqual([]);
    });

    it('open-ended-without-termination: in Dutch keywords', async () => {
        const text = dutch(fixture('covenant/open-ended-without-termination/fires.keten'));
        const result = await applyFix(text, 'open-ended-without-termination');
        expect(result.fixed).toContain('  looptijd vanaf 2026-01-01 // expect: open-ended-without-termination@3\n  opzegging termijn 3 maanden\n');
        expect(result.remaining).toEqual([]);
        expect(result.addedErrors).toEqual([]);
    });

    it('unused-party: removes an unused party from involving', async () => {
        const text = fixture('governance/unused-party/fires-involving.keten');
        const result = await applyFix(text, 'unused-party');
        expect(result.fixed).toContain('  involving Wijkteam // expect: unused-party@');
        expect(result.title).toBe("Remove 'Huisarts' from 'involving'");
        expect(result.remaining).toEqual([]);
        expect(result.addedErrors).toEqual([]);
    });

    it('unused-party: an involving line with only the unused party goes as a whole', async () => {
        const text = fixture('governance/unused-party/fires-involving.keten')
            .replace(/  involving Wijkteam, Huisarts.*\n/, '  involving Huisarts\n')
            .replace('    from Wijkteam\n', '    from Gemeente\n')
            .replace('    provided by Aanbieder, Wijkteam\n', '    provided by Aanbieder\n');
        const result = await applyFix(text, 'unused-party');
        expect(result.fixed).not.toContain('  involving ');
        expect(result.remaining).toEqual([]);
        expect(result.addedErrors).toEqual([]);
    });
});
