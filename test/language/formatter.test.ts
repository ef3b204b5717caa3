/**
 * The formatter (LANGUAGE.md "Formatting", docs/formatting.md): messy input gives the
 * canonical layout, comments stay where they are, formatting is idempotent and never changes
 * the meaning (same AST, same findings, suppressed ones included) on every real file we have.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CstUtils, EmptyFileSystem, TextDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import { checkWorkspace, createKetenServices, parseKetenText } from '@keten/language';
import { findingKeys, withoutSuppressions } from '../support/findings-by-token.js';
import {
    CLEAN_FIXTURE, REPO_ROOT, astDump, commentsOf, corpusFiles, corpusWorkspaces, format, parse, translate
} from '../support/formatting-corpus.js';

const lines = (...text: string[]) => text.join('\n') + '\n';

describe('canonical layout', () => {
    it('puts one field per line, two-space indentation, braces and lists in canonical form', async () => {
        const messy = [
            'party   A "Partij A"{type municipality role wethouder "W" role directeur reports   to wethouder}',
            'body S {members A.wethouder ,A . directeur chair A.wethouder}',
            'agreement C { parties A,B period 2026-01-01 to 2027-12-31',
            '    goal "x" steering S',
            '  mandate M { from A.directeur to B.x scope "s"  limit 10 EUR per week }',
            'escalation E { level A.directeur within 5 workdays level S within 10 workdays decides }',
            'accountable S }'
        ].join('\n');
        expect(await format(messy)).toBe(lines(
            'party A "Partij A" {',
            '  type municipality',
            '  role wethouder "W"',
            '  role directeur reports to wethouder',
            '}',
            '',
            'body S {',
            '  members A.wethouder, A.directeur',
            '  chair A.wethouder',
            '}',
            '',
            'agreement C {',
            '  parties A, B',
            '  period 2026-01-01 to 2027-12-31',
            '  goal "x"',
            '  steering S',
            '',
            '  mandate M {',
            '    from A.directeur',
            '    to B.x',
            '    scope "s"',
            '    limit 10 EUR per week',
            '  }',
            '',
            '  escalation E {',
            '    level A.directeur within 5 workdays',
            '    level S within 10 workdays decides',
            '  }',
            '',
            '  accountable S',
            '}'
        ));
    });

    it('separates top-level declarations and agreement blocks by exactly one blank line', async () => {
        const messy = lines(
            '', '', 'party A {', '}', 'party B {', '}', '', '', '', 'agreement C {',
            '', '  parties A', '  condition T {', '', '', '    provided by A', '', '  }',
            '  commitment K {', '    by A', '  }', '', '', '', '  effect W {', '  }', '', '}', '', ''
        );
        expect(await format(messy)).toBe(lines(
            'party A {', '}', '', 'party B {', '}', '', 'agreement C {', '  parties A', '',
            '  condition T {', '    provided by A', '  }', '', '  commitment K {', '    by A', '  }', '',
            '  effect W {', '  }', '}'
        ));
    });

    it('keeps one blank line an author left between fields, and collapses several to one', async () => {
        const messy = lines(
            'agreement C {', '  parties A', '', '', '', '  period 2026-01-01 to 2027-12-31', '  goal "x"', '',
            '  goal "y"', '}'
        );
        expect(await format(messy)).toBe(lines(
            'agreement C {', '  parties A', '', '  period 2026-01-01 to 2027-12-31', '  goal "x"', '', '  goal "y"', '}'
        ));
    });

    it('keeps CRLF line ends and strings that span lines', async () => {
        const messy = 'party A {\r\n role a "two\r\nlines"\r\n\r\n\r\n}\r\nparty B {}';
        expect(await format(messy)).toBe('party A {\r\n  role a "two\r\nlines"\r\n}\r\n\r\nparty B {\r\n}\r\n');
    });

    it('drops a byte-order mark and leading blank lines, and ends with one line break', async () => {
        expect(await format('\uFEFF\n\n  party A { }   \n\n\n')).toBe(lines('party A {', '}'));
        expect(await format('')).toBe('');
    });

    it('does not format a file with syntax errors', async () => {
        expect(await format('party A { role }')).toBeUndefined();
        expect(await format('party A { role a "unterminated }')).toBeUndefined();
    });
});

describe('comments', () => {
    it('keeps comments before declarations, trailing on lines, in empty blocks and at the end', async () => {
        const messy = [
            '   // file header',
            '',
            '',
            '/** Doc for A. */',
            '',
            'party A "Partij A" {   type   municipality // the kind',
            ' role   wethouder "W"',
            '      // before the closing brace',
            '',
            '}',
            '// about B',
            'party B { /* nothing yet */ }',
            'body S {',
            '    // only a comment',
            '}',
            'agreement C {',
            '  parties A // who',
            '  // before the mandate',
            '  mandate M {}',
            '}',
            '   // end of file',
            '/* last */'
        ].join('\n');
        expect(await format(messy)).toBe(lines(
            '// file header',
            '',
            '/** Doc for A. */',
            'party A "Partij A" {',
            '  type municipality // the kind',
            '  role wethouder "W"',
            '  // before the closing brace',
            '}',
            '',
            '// about B',
            'party B { /* nothing yet */',
            '}',
            '',
            'body S {',
            '  // only a comment',
            '}',
            '',
            'agreement C {',
            '  parties A // who',
            '',
            '  // before the mandate',
            '  mandate M {',
            '  }',
            '}',
            '// end of file',
            '/* last */'
        ));
    });

    it('lines up a multi-line doc comment with its declaration', async () => {
        const messy = lines(
            'party A {', '  role a', '}', '      /**', '         * Doc for the agreement,', '   * second line.', '  */',
            'agreement C {', '      /* a note', '         indented more', '      */', '  parties A', '}'
        );
        expect(await format(messy)).toBe(lines(
            'party A {', '  role a', '}', '', '/**', ' * Doc for the agreement,', ' * second line.', ' */',
            'agreement C {', '  /* a note', '     indented more', '  */', '  parties A', '}'
        ));
    });

    it('continues a field on the next line when a line comment interrupts it', async () => {
        const messy = lines(
            'party A {', 'role a // why a', 'reports to b', 'role b /* inline */ reports /* mid */ to c',
            'role c', '/* own line */ reports to a', 'role d', '  // comment inside a field', '  reports to a', '}'
        );
        const expected = lines(
            'party A {', '  role a // why a', '    reports to b', '  role b /* inline */ reports /* mid */ to c',
            '  role c', '    /* own line */ reports to a', '  role d', '    // comment inside a field', '    reports to a', '}'
        );
        expect(await format(messy)).toBe(expected);
        expect(astDump(parse(expected).parseResult.value)).toEqual(astDump(parse(messy).parseResult.value));
    });

    it('keeps the doc comment attached to its declaration (hover text unchanged)', async () => {
        const services = createKetenServices(EmptyFileSystem);
        const messy = 'party A {}\n/** Partij B. */\n\n\nparty B { role x }';
        const docOf = (text: string) => {
            const root = parseKetenText(services.Keten, text).parseResult.value;
            return root.elements.map(element => services.Keten.documentation.CommentProvider.getComment(element));
        };
        expect(docOf((await format(messy))!)).toEqual(docOf(messy));
        expect(docOf(messy)).toEqual([undefined, '/** Partij B. */']);
    });
});

/** The findings of a set of files checked together, by token (after and before suppressions). */
function findingsChecker() {
    const services = createKetenServices(EmptyFileSystem);
    const check = async (paths: readonly string[], texts: readonly string[]) =>
        (await checkWorkspace(services, texts.map((bytes, i) => ({ path: paths[i], bytes }))))
            .map(file => findingKeys(file.document.textDocument.getText(), file.diagnostics));
    return async (paths: readonly string[], texts: readonly string[]) => ({
        afterSuppressions: await check(paths, texts),
        beforeSuppressions: texts.some(text => text.includes('keten-disable')) ? await check(paths, texts.map(withoutSuppressions)) : 'the same'
    });
}

describe('suppression comments: formatting never changes what they silence (issue 10)', () => {
    const findingsOf = findingsChecker();
    const one = (text: string) => findingsOf(['/suppressions/a.keten'], [text]);
    const rulesOf = async (text: string) => (await one(text)).afterSuppressions[0].map(key => key.split(' ')[0]);
    const head = (...fields: string[]) => [
        'party A {', '  role r', '  role s', '  role t', '}', '', 'agreement X {', '  parties A',
        '  period 2026-01-01 to 2026-12-31', '  steering A.r', ...fields
    ];

    /** Formats `messy`, also with keywords translated, and checks that nothing but the layout changes. */
    async function formatKeepingFindings(messy: string): Promise<string> {
        const formatted = (await format(messy))!;
        expect(formatted).toBeDefined();
        expect(await format(formatted)).toBe(formatted);
        expect(commentsOf(formatted)).toEqual(commentsOf(messy));
        expect(astDump(parse(formatted).parseResult.value)).toEqual(astDump(parse(messy).parseResult.value));
        const expected = await one(messy);
        expect(await one(formatted)).toEqual(expected);
        for (const locale of ['nl', 'en'] as const) {
            const translated = (await format(translate(messy, locale)!))!;
            expect(await one(translated), `format --locale ${locale}`).toEqual(expected);
            expect(await format(translated)).toBe(translated);
        }
        return formatted;
    }

    it('does not join a split field onto the suppressed line: `A.nobody` stays on a line of its own', async () => {
        const messy = lines(...head(
            '  // keten-disable-next-line unresolved-reference', '  accountable', 'A.nobody', '  review every 6 weeks by A.r'
        ), '}');
        expect(await rulesOf(messy)).toEqual(expect.arrayContaining(['unresolved-reference', 'unused-suppression']));
        expect(await formatKeepingFindings(messy)).toBe(lines(...head(
            '  // keten-disable-next-line unresolved-reference', '  accountable', '    A.nobody', '  review every 6 weeks by A.r'
        ), '}'));
    });

    it('does not split a one-line block that a suppression silences', async () => {
        const escalation = 'escalation E { level A.r within 5 workdays level A.s level A.t within 9 workdays decides }';
        const messy = lines(...head(
            '  accountable A.r', '  review every 6 weeks by A.r', '  // keten-disable-next-line escalation-no-deadline', `  ${escalation}`
        ), '}');
        expect(await rulesOf(messy)).not.toContain('escalation-no-deadline');
        expect(await rulesOf(messy)).not.toContain('unused-suppression');
        expect(await formatKeepingFindings(messy)).toBe(lines(...head(
            '  accountable A.r', '  review every 6 weeks by A.r', '', '  // keten-disable-next-line escalation-no-deadline', `  ${escalation}`
        ), '}'));
    });

    it('keeps the line after a suppression at the end of a line: no blank line is put in, no line joined', async () => {
        const messy = lines(
            'party A {', '  role r', '} // keten-disable-next-line no-review', 'agreement X {', '  parties A',
            '  period 2026-01-01 to 2026-12-31', '  steering A.r // keten-disable-next-line unresolved-reference',
            '  accountable', '  A.nobody', '}'
        );
        expect(await rulesOf(messy)).not.toContain('no-review');
        expect(await formatKeepingFindings(messy)).toBe(lines(
            'party A {', '  role r', '} // keten-disable-next-line no-review', 'agreement X {', '  parties A',
            '  period 2026-01-01 to 2026-12-31', '  steering A.r // keten-disable-next-line unresolved-reference',
            '  accountable', '    A.nobody', '}'
        ));
    });

    it('keeps an empty line after a suppression empty, also right after `{` and before `}`', async () => {
        const messy = lines(...head(
            '  accountable A.r', '  review every 6 weeks by A.r', '  mandate M { // keten-disable-next-line unresolved-reference', '',
            '    from A.nobody', '    to A.s', '    // keten-disable-next-line incomplete-mandate', '', '  }'
        ), '}');
        expect(await rulesOf(messy)).toEqual(expect.arrayContaining(['unresolved-reference', 'unused-suppression']));
        expect(await formatKeepingFindings(messy)).toBe(lines(...head(
            '  accountable A.r', '  review every 6 weeks by A.r', '', '  mandate M { // keten-disable-next-line unresolved-reference', '',
            '    from A.nobody', '    to A.s', '    // keten-disable-next-line incomplete-mandate', '', '  }'
        ), '}'));
    });

    it('keeps a suppressed line that ends in another suppression, and leaves `keten-disable-file` alone', async () => {
        const messy = lines(
            '// keten-disable-file no-effects', ...head(
                '  // keten-disable-next-line unresolved-reference', '  accountable A.nobody // keten-disable-next-line unresolved-reference',
                '  review', 'every 6 weeks by A.nobody', '}'
            )
        );
        expect(await rulesOf(messy)).not.toContain('no-effects');
        expect(await rulesOf(messy)).toContain('unresolved-reference');
        expect(await formatKeepingFindings(messy)).toBe(lines(
            '// keten-disable-file no-effects', ...head(
                '  // keten-disable-next-line unresolved-reference', '  accountable A.nobody // keten-disable-next-line unresolved-reference',
                '  review', '    every 6 weeks by A.nobody', '}'
            )
        ));
    });

    it('does the same in a CRLF file', async () => {
        const messy = lines(...head(
            '  // keten-disable-next-line unresolved-reference', '  accountable', 'A.nobody', '  review every 6 weeks by A.r',
            '  // keten-disable-next-line escalation-no-deadline', '  escalation E { level A.r within 5 workdays level A.s decides }'
        ), '}').replace(/\n/g, '\r\n');
        expect(await formatKeepingFindings(messy)).toBe(lines(...head(
            '  // keten-disable-next-line unresolved-reference', '  accountable', '    A.nobody', '  review every 6 weeks by A.r', '',
            '  // keten-disable-next-line escalation-no-deadline', '  escalation E { level A.r within 5 workdays level A.s decides }'
        ), '}').replace(/\n/g, '\r\n'));
    });

    it('leaves the examples of docs/formatting.md as they are: they show the formatted layout', async () => {
        const doc = fs.readFileSync(path.join(REPO_ROOT, 'docs/formatting.md'), 'utf8');
        const examples = [...doc.matchAll(/```keten\n([\s\S]*?)```/g)].map(match => match[1]);
        expect(examples.some(example => example.includes('keten-disable-next-line'))).toBe(true);
        for (const example of examples) expect(await format(example)).toBe(example);
    });

    it('formats the rest of a suppressed line canonically, and a file in the canonical layout stays as it is', async () => {
        const messy = lines(...head('  // keten-disable-next-line unresolved-reference', '  accountable    A.nobody   ', '}'));
        const formatted = await formatKeepingFindings(messy);
        expect(formatted).toBe(lines(...head('  // keten-disable-next-line unresolved-reference', '  accountable A.nobody', '}')));
        expect(await format(formatted)).toBe(formatted);
    });
});

describe('the language server formatting requests', () => {
    const services = createKetenServices(EmptyFileSystem);
    const formatter = services.Keten.lsp.Formatter!;
    const options = { tabSize: 4, insertSpaces: false };
    const messy = lines('party A {', 'type x', '    role a', '}', 'party   B {', '      role b', '}');

    it('formats the whole document (always two spaces, whatever the tab settings)', async () => {
        const document = parseKetenText(services.Keten, messy);
        const edits = await formatter.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options });
        expect(TextDocument.applyEdits(document.textDocument, edits)).toBe(await format(messy));
    });

    it('formats only the selected lines', async () => {
        const document = parseKetenText(services.Keten, messy);
        const range = { start: { line: 4, character: 0 }, end: { line: 6, character: 1 } };
        const edits = await formatter.formatDocumentRange(document, { textDocument: { uri: document.uri.toString() }, options, range });
        expect(TextDocument.applyEdits(document.textDocument, edits)).toBe(lines(
            'party A {', 'type x', '    role a', '}', '', 'party B {', '  role b', '}'
        ));
    });

    it('keeps a suppressed line when only the lines around it are selected', async () => {
        const text = lines('party A {', '  // keten-disable-next-line unused-party', 'role a    role b', '    type x', '}');
        const document = parseKetenText(services.Keten, text);
        const range = { start: { line: 2, character: 0 }, end: { line: 3, character: 5 } };
        const edits = await formatter.formatDocumentRange(document, { textDocument: { uri: document.uri.toString() }, options, range });
        expect(TextDocument.applyEdits(document.textDocument, edits)).toBe(lines(
            'party A {', '  // keten-disable-next-line unused-party', '  role a role b', '  type x', '}'
        ));
    });

    it('gives no edits for a document with syntax errors', async () => {
        const document = parseKetenText(services.Keten, 'party A { role }');
        expect(await formatter.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options })).toEqual([]);
    });
});

/**
 * Replaces the whitespace between tokens (not around comments, and not on the line after a
 * `keten-disable-next-line` comment, which the formatter keeps) by other whitespace.
 */
function scramble(text: string, seed: number): string {
    let state = seed;
    const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    const document = parse(text);
    const sourceLines = text.split('\n');
    const suppressedLine = (offset: number) => {
        const line = document.textDocument.positionAt(offset).line;
        return line > 0 && sourceLines[line - 1].includes('keten-disable-next-line');
    };
    let result = '';
    let position = 0;
    for (const leaf of CstUtils.flattenCst(document.parseResult.value.$cstNode!).filter(leaf => !leaf.hidden)) {
        const gap = text.slice(position, leaf.offset);
        if (!/\/[/*]/.test(gap) && position > 0 && !suppressedLine(position)) {
            const blank = (gap.match(/\n/g)?.length ?? 0) > 1;
            result += blank ? '\n\n\n   ' : [' ', '\n', '   \t', '\n      '][Math.floor(random() * 4)];
        } else {
            result += gap;
        }
        result += leaf.text;
        position = leaf.end;
    }
    return result + text.slice(position);
}

describe('on every real file (fixtures and examples)', () => {
    const files = corpusFiles();
    const name = (file: string) => path.relative(REPO_ROOT, file);
    const valid = files.filter(file => !parse(fs.readFileSync(file, 'utf8')).parseResult.parserErrors.length
        && !parse(fs.readFileSync(file, 'utf8')).parseResult.lexerErrors.length);

    it('covers at least the clean fixture', () => {
        expect(valid).toContain(CLEAN_FIXTURE);
    });

    it('leaves the clean fixture exactly as it is (it is written in the canonical layout)', async () => {
        const text = fs.readFileSync(CLEAN_FIXTURE, 'utf8');
        expect(await format(text)).toBe(text);
    });

    it.each(valid.map(file => [name(file), file] as const))('%s: idempotent, same AST, every comment kept', async (_name, file) => {
        const text = fs.readFileSync(file, 'utf8');
        const once = (await format(text))!;
        expect(once).toBeDefined();
        expect(await format(once)).toBe(once);
        expect(astDump(parse(once).parseResult.value)).toEqual(astDump(parse(text).parseResult.value));
        expect(commentsOf(once)).toEqual(commentsOf(text));
        const scrambled = scramble(text, file.length);
        expect(scrambled).not.toBe(text);
        expect(astDump(parse(scrambled).parseResult.value)).toEqual(astDump(parse(text).parseResult.value));
        expect(await format(scrambled)).toBe(once);
    });

    it.each(corpusWorkspaces().map(workspace => [workspace.name, workspace] as const))(
        '%s: the same findings on the same tokens after formatting (also with --locale), suppressed ones included', async (_name, workspace) => {
            const findingsOf = findingsChecker();
            const originals = workspace.files.map(file => fs.readFileSync(file, 'utf8'));
            const expected = await findingsOf(workspace.files, originals);
            for (const locale of [undefined, 'nl', 'en'] as const) {
                const formatted: string[] = [];
                for (const text of originals) formatted.push((await format(locale ? translate(text, locale) ?? text : text)) ?? text);
                if (formatted.every((text, i) => text === originals[i])) continue;
                expect(await findingsOf(workspace.files, formatted), locale ? `format --locale ${locale}` : 'format').toEqual(expected);
            }
        });
});
