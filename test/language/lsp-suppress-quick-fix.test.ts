/**
 * "Suppress it on this line" (RULES.md, quick fixes; CLI.md, suppressions): offered for every
 * rule's finding, it writes `// keten-disable-next-line RULE -- ` above the finding's line with
 * that line's indentation, or adds the rule to a `keten-disable-next-line` comment already there.
 * Applied, it silences exactly that finding and leaves no unused suppression behind.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { clearDocuments, validationHelper } from 'langium/test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { afterEach, describe, expect, it } from 'vitest';
import { createKetenServices } from '@keten/language';

const CLEAN = readFileSync(join(__dirname, '../fixtures/clean-agreement.keten'), 'utf8');
const services = createKetenServices(EmptyFileSystem).Keten;
const validate = validationHelper(services);

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

const summary = (diagnostics: Diagnostic[]) => diagnostics.map(d => `${d.code}@${d.range.start.line}`).sort();

/** The suppression action offered for the one `rule` finding of `text`, applied; the result checked again. */
async function suppress(text: string, rule: string) {
    const before = await validate(text);
    const relevant = before.diagnostics.filter(d => d.code === rule);
    expect(relevant).toHaveLength(1);
    const actions = await services.lsp.CodeActionProvider!.getCodeActions(before.document, {
        textDocument: { uri: before.document.uri.toString() }, range: relevant[0].range, context: { diagnostics: relevant }
    }) as CodeAction[];
    const action = actions.find(a => a.title === `Suppress ${rule} on this line`);
    expect(action, actions.map(a => a.title).join(', ')).toBeDefined();
    expect(action!.kind).toBe('quickfix');
    expect(action!.diagnostics).toEqual(relevant);
    const edits = action!.edit!.changes![before.document.uri.toString()];
    const fixed = TextDocument.applyEdits(before.document.textDocument, edits);
    const others = before.diagnostics.filter(d => d !== relevant[0]);
    await clearDocuments(services);
    const after = await validate(fixed);
    return { fixed, before: others, after: after.diagnostics, finding: relevant[0] };
}

describe('suppress on this line', () => {
    it('inserts a keten-disable-next-line comment above the finding, indented like its line, and silences exactly it', async () => {
        const text = edited(['    baseline 45 on 2025-12-31\n', '']);
        const result = await suppress(text, 'effect-without-baseline');
        expect(result.fixed).toBe(text.replace('  effect Wachttijd', '  // keten-disable-next-line effect-without-baseline -- \n  effect Wachttijd'));
        expect(result.after.filter(d => d.code === 'effect-without-baseline')).toEqual([]);
        expect(result.after.filter(d => d.code === 'unused-suppression')).toEqual([]);
        // Every other finding stays, one line further down.
        const shifted = result.before.map(d => ({ ...d, range: { start: { ...d.range.start, line: d.range.start.line + (d.range.start.line >= result.finding.range.start.line ? 1 : 0) }, end: d.range.end } }));
        expect(summary(result.after)).toEqual(summary(shifted));
    });

    it('adds the rule to a keten-disable-next-line comment already on the line above', async () => {
        const text = edited(
            ['    baseline 45 on 2025-12-31\n', ''], ['    through Intake\n', ''],
            ['  effect Wachttijd', '  // keten-disable-next-line effect-without-commitment -- measured elsewhere\n  effect Wachttijd']
        );
        const result = await suppress(text, 'effect-without-baseline');
        expect(result.fixed).toBe(text.replace('effect-without-commitment -- measured', 'effect-without-commitment, effect-without-baseline -- measured'));
        expect(summary(result.after)).toEqual([]);
    });

    it('completes a keten-disable-next-line comment that names no rule yet', async () => {
        const text = edited(['    baseline 45 on 2025-12-31\n', ''], ['  effect Wachttijd', '  // keten-disable-next-line -- later\n  effect Wachttijd']);
        const result = await suppress(text, 'effect-without-baseline');
        expect(result.fixed).toContain('  // keten-disable-next-line effect-without-baseline -- later\n  effect Wachttijd');
        expect(summary(result.after)).toEqual([]);
    });

    it('suppresses a finding in the middle of a line at the start of that line (the rule of a reference)', async () => {
        const text = edited(['needs Tijd', 'needs Tjid']);
        const result = await suppress(text, 'unresolved-reference');
        expect(result.fixed).toContain('    // keten-disable-next-line unresolved-reference -- \n    needs Tjid');
        expect(result.after.filter(d => d.code === 'unresolved-reference' || d.code === 'unused-suppression')).toEqual([]);
    });

    it('is offered after the repair of the finding, and not for a syntax error', async () => {
        const withFix = await validate(edited(['needs Tijd', 'needs Tjid']));
        const unresolved = withFix.diagnostics.filter(d => d.code === 'unresolved-reference');
        const titles = (await services.lsp.CodeActionProvider!.getCodeActions(withFix.document, {
            textDocument: { uri: withFix.document.uri.toString() }, range: unresolved[0].range, context: { diagnostics: unresolved }
        }) as CodeAction[]).map(a => a.title);
        expect(titles).toEqual(["Change to 'Tijd'", 'Suppress unresolved-reference on this line']);
        await clearDocuments(services);

        const broken = await validate(edited(['due 2026-03-01', 'due 2026-03-01 }}']));
        const syntax = broken.diagnostics.filter(d => d.code === 'syntax-error');
        expect(syntax.length).toBeGreaterThan(0);
        const actions = await services.lsp.CodeActionProvider!.getCodeActions(broken.document, {
            textDocument: { uri: broken.document.uri.toString() }, range: syntax[0].range, context: { diagnostics: syntax }
        });
        expect(actions).toEqual([]);
    });
});
