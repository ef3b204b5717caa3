/**
 * Dutch keywords (DUTCH.md, "Keywords"): every Dutch form is accepted in each place of its
 * English twin, also mixed in one file, and means exactly the same: the same syntax tree, the
 * same findings on the same lines. The Dutch words are reserved as the English ones are, and
 * free words accept them. Dutch twins are made with `translateKeywords` (keten format --locale).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem, isReference, type AstNode, type LangiumDocument } from 'langium';
import { CstUtils, GrammarAST, AstUtils } from 'langium';
import { describe, expect, it } from 'vitest';
import { createKetenServices, formatText, isReservedWord, KEYWORD_TRANSLATIONS, parseKetenText, softKeywords, translateKeywords, type KeywordLanguage } from '@keten/language';
import { checkSources, ketenFilesUnder } from '../support/check-sources.js';

const ROOT = path.resolve(__dirname, '../..');
const { Keten } = createKetenServices(EmptyFileSystem);

function parse(text: string, file = '/dutch/input.keten'): LangiumDocument {
    return parseKetenText(Keten, text, file);
}

function translated(text: string, into: KeywordLanguage, file?: string): string {
    const result = translateKeywords(parse(text, file), into);
    if (result === undefined) throw new Error(`cannot translate ${file ?? 'text'}: it has syntax errors`);
    return result;
}

function syntaxErrorsOf(document: LangiumDocument): string[] {
    return [...document.parseResult.lexerErrors, ...document.parseResult.parserErrors].map(e => e.message);
}

/** `(grammar rule, keyword)` of every keyword token in a document. */
function keywordPlaces(document: LangiumDocument): Set<string> {
    const places = new Set<string>();
    for (const leaf of CstUtils.flattenCst(document.parseResult.value.$cstNode!)) {
        if (leaf.hidden || !GrammarAST.isKeyword(leaf.grammarSource)) continue;
        const rule = AstUtils.getContainerOfType(leaf.grammarSource, GrammarAST.isParserRule)?.name;
        places.add(`${rule}:${leaf.text}`);
    }
    return places;
}

/** The keyword values kept in the tree (`werkdagen`, `maandelijks`, `uitkomst`, …), in English. */
const VALUE_IN_ENGLISH = new Map<string, string>(
    ['DurationUnit', 'Frequency', 'EffectKind', 'SubmandateValue', 'DecidesKeyword', 'ObligationValue', 'PercentKeyword']
        .flatMap(rule => KEYWORD_TRANSLATIONS[rule].map(([en, nl]) => [nl, en] as [string, string]))
);

/** The syntax tree as plain data: types, values and reference texts, Dutch keyword values in English. */
function plain(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(plain);
    if (isReference(value)) return { ref: value.$refText };
    if (typeof value === 'string') return VALUE_IN_ENGLISH.get(value) ?? value;
    if (value && typeof value === 'object') {
        const node = value as AstNode & Record<string, unknown>;
        const result: Record<string, unknown> = { $type: node.$type };
        for (const key of Object.keys(node).filter(k => !k.startsWith('$')).sort()) result[key] = plain(node[key]);
        return result;
    }
    return value;
}

const EVERY_KEYWORD = path.join(ROOT, 'test/fixtures/dutch/every-keyword.keten');
const CORPUS = [EVERY_KEYWORD, path.join(ROOT, 'test/fixtures/clean-agreement.keten'), ...ketenFilesUnder(path.join(ROOT, 'examples'))];

describe('every Dutch keyword in each of its places', () => {
    const english = fs.readFileSync(EVERY_KEYWORD, 'utf8');
    const dutch = translated(english, 'nl');
    const dutchPlaces = keywordPlaces(parse(dutch));
    const englishPlaces = keywordPlaces(parse(english));
    const pairs = Object.entries(KEYWORD_TRANSLATIONS).flatMap(([rule, words]) => words.map(([en, nl]) => [rule, en, nl] as const));

    it.each(pairs)('%s: %s → %s', (rule, en, nl) => {
        expect(englishPlaces.has(`${rule}:${en}`), `the English corpus uses '${en}' in ${rule}`).toBe(true);
        expect(dutchPlaces.has(`${rule}:${nl}`), `the Dutch twin uses '${nl}' in ${rule}`).toBe(true);
    });

    it('the Dutch twin parses without errors and has no English keyword left', () => {
        const document = parse(dutch);
        expect(syntaxErrorsOf(document)).toEqual([]);
        const shared = new Set(['effect', 'indicator', 'per', 'week']);
        const left = [...dutchPlaces].filter(place => {
            const [rule, word] = place.split(':');
            return (KEYWORD_TRANSLATIONS[rule] ?? []).some(([en, nl]) => en === word && nl !== word && !shared.has(word));
        });
        expect(left).toEqual([]);
    });

    it.each(CORPUS.map(file => [path.relative(ROOT, file), file] as const))('%s: the Dutch and English twins have the same syntax tree', (_name, file) => {
        const original = fs.readFileSync(file, 'utf8');
        const inEnglish = translated(original, 'en');
        const inDutch = translated(original, 'nl');
        expect(plain(parse(inDutch).parseResult.value)).toEqual(plain(parse(inEnglish).parseResult.value));
    });

    it('keywords of both languages mixed in one file, line by line, mean the same', async () => {
        const englishLines = english.split('\n');
        const dutchLines = dutch.split('\n');
        expect(dutchLines.length).toBe(englishLines.length);
        const mixed = englishLines.map((line, index) => (index % 2 === 0 ? line : dutchLines[index])).join('\n');
        expect(mixed).not.toBe(english);
        expect(mixed).not.toBe(dutch);
        const document = parse(mixed);
        expect(syntaxErrorsOf(document)).toEqual([]);
        expect(plain(document.parseResult.value)).toEqual(plain(parse(english).parseResult.value));
        const place = (f: { rule: string; line: number }) => `${f.line}: ${f.rule}`;
        const mixedFindings = (await checkSources({ 'mixed.keten': mixed })).map(place);
        expect(mixedFindings).toEqual((await checkSources({ 'mixed.keten': english })).map(place));
        expect(mixedFindings.length).toBeGreaterThan(0);
    });
});

describe('a comment or line end between the words of `pursuant to` survives the translation', () => {
    const agreement = (signatory: string) => `party Gemeente "Gemeente" {\n  role wethouder\n}\n\nagreement A "A" {\n  ${signatory}\n}\n`;

    it.each([
        ['a block comment', 'signatory Gemeente.wethouder "Wethouder" pursuant /* noot */ to "Gemeentewet"', '/* noot */'],
        ['a line comment', 'signatory Gemeente.wethouder "Wethouder" pursuant // noot\n    to "Gemeentewet"', '// noot'],
        ['two comments', 'signatory Gemeente.wethouder "Wethouder" pursuant /* een */ /* twee */ to "Gemeentewet"', '/* een */ /* twee */']
    ])('%s', async (_name, signatory, comment) => {
        const english = agreement(signatory);
        const dutch = translated(english, 'nl');
        expect(dutch).toContain(`krachtens ${comment}`);
        expect(dutch).not.toContain('pursuant');
        const document = parse(dutch);
        expect(syntaxErrorsOf(document)).toEqual([]);
        expect(plain(document.parseResult.value)).toEqual(plain(parse(english).parseResult.value));
        const formatted = await formatText(Keten, document);
        expect(formatted).toContain(comment.split(' ')[0]);
        expect(translated(dutch, 'en')).toContain(`pursuant to ${comment}`);
    });
    it('a line end: every token after the phrase stays on its line, so a suppression above covers the same tokens', async () => {
        const english = [
            'party Gemeente "Gemeente" {', '  role wethouder', '}', '', 'agreement A "A" {',
            '  // keten-disable-next-line unresolved-reference',
            '  signatory Gemeente.wethouder "Wethouder" pursuant',
            '    to "Gemeentewet" accountable Onbekend.wethouder',
            '}', ''
        ].join('\n');
        const dutch = translated(english, 'nl');
        expect(dutch.split('\n').length).toBe(english.split('\n').length);
        expect(dutch).toContain('krachtens\n');
        const lineOf = (text: string, word: string) => text.split('\n').findIndex(line => line.includes(word));
        expect(lineOf(dutch, 'Onbekend')).toBe(lineOf(english, 'Onbekend'));
        const place = (f: { rule: string; line: number }) => `${f.line}: ${f.rule}`;
        const findings = (await checkSources({ 'a.keten': english })).map(place);
        expect(findings).toContain('8: unresolved-reference');
        expect((await checkSources({ 'a.keten': dutch })).map(place)).toEqual(findings);
    });
});

describe('Dutch words are reserved, and free words accept them', () => {
    // The words of COVENANT.md are not reserved (see the test after this one).
    const dutchWords = [...new Set(Object.values(KEYWORD_TRANSLATIONS).flatMap(words => words.map(([, nl]) => nl)))]
        .filter(word => isReservedWord(word));

    it.each([...softKeywords()])("'%s' (COVENANT.md) may be a name and a free word", async word => {
        const text = `party ${word} {\n  role ${word}\n}\nagreement A_${word} {\n  parties ${word}\n  period 2026-01-01 to 2026-12-31\n  effect E {\n    unit ${word}\n  }\n}\n`;
        expect(syntaxErrorsOf(parse(text))).toEqual([]);
        const findings = await checkSources({ 'naam.keten': text });
        expect(findings.filter(f => f.rule === 'syntax-error' || f.rule === 'unresolved-reference')).toEqual([]);
    });

    it.each(dutchWords)("'%s' cannot be a name", async word => {
        const findings = await checkSources({ 'naam.keten': `party ${word} {\n  role baas\n}\n` });
        expect(findings.map(f => f.rule)).toContain('syntax-error');
        expect(findings.find(f => f.rule === 'syntax-error')!.message).toBe(
            `'${word}' is a reserved word of Keten and cannot be used as a name. Choose another name, for example '${word}_1' or a more specific one.`
        );
    });

    it('party types, units and per words accept Dutch keywords', async () => {
        const text = [
            'partij Gemeente {', '  soort orgaan', '  rol baas', '}',
            'afspraak A {', '  partijen Gemeente', '  looptijd 2026-01-01 tot 2026-12-31',
            '  mandaat M {', '    van Gemeente.baas', '    aan Gemeente.baas', '    reikwijdte "x"', '    limiet 5 dagen per week', '  }',
            '  voorwaarde V {', '    middel 16 uren per maand', '  }',
            '  effect E {', '    eenheid werkdagen', '  }',
            '  effect F {', '    eenheid dagen', '  }',
            '}', ''
        ].join('\n');
        const document = parse(text);
        expect(syntaxErrorsOf(document)).toEqual([]);
        const english = translated(text, 'en');
        expect(english).toContain('type orgaan');
        expect(english).toContain('limit 5 dagen per week');
        expect(english).toContain('resource 16 uren per maand');
        expect(english).toContain('unit werkdagen');
    });
});

/** Every rule fixture, alone or as its multi-file folder, as in test/language/rule-fixtures.test.ts. */
function ruleFixtures(): Array<{ name: string; files: string[] }> {
    const root = path.join(ROOT, 'test/fixtures/rules');
    const result: Array<{ name: string; files: string[] }> = [];
    for (const area of fs.readdirSync(root).sort()) {
        for (const rule of fs.readdirSync(path.join(root, area)).sort()) {
            const folder = path.join(root, area, rule);
            if (!fs.statSync(folder).isDirectory()) continue;
            for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
                const full = path.join(folder, entry.name);
                if (entry.isDirectory()) result.push({ name: `${area}/${rule}/${entry.name}/`, files: ketenFilesUnder(full) });
                else if (entry.name.endsWith('.keten')) result.push({ name: `${area}/${rule}/${entry.name}`, files: [full] });
            }
        }
    }
    return result;
}

describe('every rule fixture in Dutch gives the same rule ids on the same lines', () => {
    const fixtures = ruleFixtures().filter(fixture =>
        fixture.files.every(file => translateKeywords(parse(fs.readFileSync(file, 'utf8'), file), 'nl') !== undefined));

    it('covers the fixtures of every rule that does not need a syntax error', () => {
        expect(fixtures.length).toBeGreaterThan(80);
    });

    it.each(fixtures.map(f => [f.name, f] as const))('%s', async (_name, fixture) => {
        const english = fixture.files.map(file => ({ path: file, bytes: fs.readFileSync(file, 'utf8') }));
        const dutch = english.map(source => ({ path: source.path, bytes: translated(source.bytes, 'nl', source.path) }));
        const place = (f: { file: string; line: number; rule: string }) => `${path.basename(f.file)}:${f.line}: ${f.rule}`;
        const englishFindings = (await checkSources(english)).map(place);
        const dutchFindings = (await checkSources(dutch)).map(place);
        expect(dutchFindings).toEqual(englishFindings);
    });
});

describe('round trip nl → en → nl over every example', () => {
    const examples = ketenFilesUnder(path.join(ROOT, 'examples'));

    it('finds the examples, one of them written with Dutch keywords', () => {
        expect(examples.length).toBeGreaterThanOrEqual(5);
        const written = examples.map(file => fs.readFileSync(file, 'utf8'));
        expect(written.some(text => translated(text, 'nl') === text), 'an example written in Dutch').toBe(true);
    });

    it.each(examples.map(file => [path.relative(ROOT, file), file] as const))('%s', (_name, file) => {
        const original = fs.readFileSync(file, 'utf8');
        const dutch = translated(original, 'nl', file);
        const english = translated(dutch, 'en', file);
        expect(translated(english, 'nl', file)).toBe(dutch);
        // Each example is written in one language: one of the twins is the original itself.
        expect(original === dutch || original === english).toBe(true);
    });
});
