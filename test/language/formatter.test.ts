/**
 * The formatter (LANGUAGE.md "Formatting", docs/formatting.md): messy input gives the
 * canonical layout, comments stay where they are, formatting is idempotent and never changes
 * the meaning (same AST, same findings) on every real file we have.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CstUtils, EmptyFileSystem, TextDocument } from 'langium';
import { describe, expect, it } from 'vitest';
import { createKetenServices, parseKetenText } from '@keten/language';
import { checkSources } from '../support/check-sources.js';
import {
    CLEAN_FIXTURE, REPO_ROOT, astDump, commentsOf, corpusFiles, corpusWorkspaces, format, parse
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

    it('gives no edits for a document with syntax errors', async () => {
        const document = parseKetenText(services.Keten, 'party A { role }');
        expect(await formatter.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options })).toEqual([]);
    });
});

/** Replaces the whitespace between tokens (not around comments) by other whitespace. */
function scramble(text: string, seed: number): string {
    let state = seed;
    const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    const document = parse(text);
    let result = '';
    let position = 0;
    for (const leaf of CstUtils.flattenCst(document.parseResult.value.$cstNode!).filter(leaf => !leaf.hidden)) {
        const gap = text.slice(position, leaf.offset);
        if (!/\/[/*]/.test(gap) && position > 0) {
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
        '%s: the same findings after formatting', async (_name, workspace) => {
            const originals = Object.fromEntries(workspace.files.map(file => [name(file), fs.readFileSync(file, 'utf8')]));
            const formatted: Record<string, string> = {};
            for (const [file, text] of Object.entries(originals)) formatted[file] = (await format(text)) ?? text;
            const summary = (findings: Awaited<ReturnType<typeof checkSources>>) =>
                findings.map(f => `${path.basename(f.file)} ${f.rule} ${f.severity}`).sort();
            expect(summary(await checkSources(formatted))).toEqual(summary(await checkSources(originals)));
        });
});
