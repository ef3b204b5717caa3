/**
 * `keten format --locale nl|en` rewrites keywords (DUTCH.md): every keyword by its place,
 * never names, strings, comments, free words or the layout; a Dutch twin means the same.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AstUtils, GrammarAST } from 'langium';
import { describe, expect, it } from 'vitest';
import { DUTCH_KEYWORD_SPELLINGS, KEYWORD_PHRASES, KEYWORD_TRANSLATIONS } from '@keten/language';
import { KetenGrammar } from '../../packages/language/src/generated/grammar.js';
import { checkSources } from '../support/check-sources.js';
import { CLEAN_FIXTURE, REPO_ROOT, corpusWorkspaces, parse, translate } from '../support/formatting-corpus.js';

const lines = (...text: string[]) => text.join('\n') + '\n';

describe('keyword table', () => {
    const grammar = KetenGrammar();
    const wordKeywords = AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword)
        .filter(keyword => /^\p{Ll}+$/u.test(keyword.value)).toArray();
    const ruleOf = (keyword: GrammarAST.Keyword) => AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)!.name;

    it('has a translation for every keyword of the grammar (free words excepted)', () => {
        // SoftKeyword is the list of COVENANT.md's keywords (never called by the grammar).
        const inPhrase = (rule: string, word: string) => (KEYWORD_PHRASES[rule] ?? []).some(([en, nl]) => en.includes(word) || nl.includes(word));
        const missing = wordKeywords
            .filter(keyword => ruleOf(keyword) !== 'SoftKeyword' && !(keyword.value in DUTCH_KEYWORD_SPELLINGS))
            .filter(keyword => !KEYWORD_TRANSLATIONS[ruleOf(keyword)]?.some(pair => pair.includes(keyword.value))
                && !inPhrase(ruleOf(keyword), keyword.value))
            .map(keyword => `${ruleOf(keyword)}: ${keyword.value}`);
        expect(missing).toEqual([]);
    });

    it('names only keywords that the grammar has in that rule, each word once per language', () => {
        for (const [rule, pairs] of Object.entries(KEYWORD_TRANSLATIONS)) {
            const inRule = new Set(wordKeywords.filter(keyword => ruleOf(keyword) === rule).map(keyword => keyword.value));
            for (const [en, nl] of pairs) {
                expect(inRule.has(en), `${rule}: ${en}`).toBe(true);
                expect(inRule.has(nl), `${rule}: ${nl}`).toBe(true);
            }
            expect(new Set(pairs.map(pair => pair[0])).size, rule).toBe(pairs.length);
            expect(new Set(pairs.map(pair => pair[1])).size, rule).toBe(pairs.length);
        }
    });
});

describe('translating keywords', () => {
    const english = fs.readFileSync(CLEAN_FIXTURE, 'utf8');

    it('writes the clean fixture in the Dutch of DUTCH.md, word by word in place', () => {
        const dutch = translate(english, 'nl')!;
        for (const expected of [
            'partij Gemeente "Gemeente Zutphen" {', '  soort municipality', '  rol directeur "Directeur Sociaal Domein" valt onder wethouder',
            'orgaan Stuurgroep "Stuurgroep Jeugd" {', '  leden Gemeente.wethouder, Aanbieder.bestuurder', '  voorzitter Gemeente.wethouder',
            'afspraak Convenant "Convenant Jeugdhulp" {', '  partijen Gemeente, Aanbieder', '  looptijd 2026-01-01 tot 2027-12-31',
            '  doel "Elk gezin heeft één plan en één regisseur."', '  sturing Gemeente.wethouder', '  verantwoordelijk Gemeente.wethouder',
            '  evaluatie elke 6 weken door Stuurgroep', '  mandaat Inzet "Inzet ambulante jeugdhulp" {', '    van Gemeente.directeur',
            '    aan Aanbieder.regisseur', '    reikwijdte "Besluiten over inzet van ambulante jeugdhulp per gezin"',
            '    limiet 25000 EUR per household', '    ondermandaat uitgesloten', '    geldig 2026-01-01 tot 2027-12-31',
            '    grondslag "Mandaatbesluit Sociaal Domein 2026, art. 4"', '  voorwaarde Tijd "Tijd voor ketenregie" {',
            '    geleverd door Aanbieder', '    middel 16 hours per week', '    voor 2026-02-01', '  toezegging Intake "Intake binnen 5 werkdagen" {',
            '    door Aanbieder', '    beslist onder Inzet', '    vereist Tijd', '    uiterlijk 2026-03-01', '  escalatie Casus "Vastgelopen casus" {',
            '    niveau Aanbieder.regisseur binnen 5 werkdagen', '    niveau Gemeente.wethouder binnen 20 werkdagen beslist',
            '  effect Wachttijd "Kortere wachttijd tot start hulp" {', '    soort uitkomst',
            '    indicator "Gemiddeld aantal dagen tussen aanmelding en start hulp"', '    eenheid days', '    nulmeting 45 op 2025-12-31',
            '    streefwaarde <= 20 uiterlijk 2027-06-30', '    gemeten maandelijks door Aanbieder uit "Monitor Jeugd"', '    via Intake'
        ]) {
            expect(dutch.split('\n'), expected).toContain(expected);
        }
        expect(dutch.split('\n').length).toBe(english.split('\n').length);
        expect(dutch).toContain('// A complete, sound agreement: no rule fires on it.');
    });

    it('leaves free words, names, strings and comments alone, even when they are keywords', () => {
        const text = lines(
            '/** party to the agreement, by the way */',
            'party P "role reports to by from" { type week role r reports to s role s }',
            'agreement A { // mandate to from by',
            '  mandate M { limit 10 day per week to P.r from P.s submandate allowed }',
            '  condition C { resource 3 workdays per month provided by P before 2026-01-01 }',
            '  commitment K { by P decides needs C due 2026-01-01 }',
            '  escalation E { level P.r within 1 year decides level P.s within 2 months }',
            '  effect F { kind quality unit to measured quarterly by P target > 1 by 2026-01-01 }',
            '  effect G { kind output unit "days" measured yearly by P from "by" }',
            '}'
        );
        expect(translate(text, 'nl')).toBe(lines(
            '/** party to the agreement, by the way */',
            'partij P "role reports to by from" { soort week rol r valt onder s rol s }',
            'afspraak A { // mandate to from by',
            '  mandaat M { limiet 10 day per week aan P.r van P.s ondermandaat toegestaan }',
            '  voorwaarde C { middel 3 workdays per month geleverd door P voor 2026-01-01 }',
            '  toezegging K { door P beslist vereist C uiterlijk 2026-01-01 }',
            '  escalatie E { niveau P.r binnen 1 jaar beslist niveau P.s binnen 2 maanden }',
            '  effect F { soort kwaliteit eenheid to gemeten driemaandelijks door P streefwaarde > 1 uiterlijk 2026-01-01 }',
            '  effect G { soort prestatie eenheid "days" gemeten jaarlijks door P uit "by" }',
            '}'
        ));
        expect(translate(translate(text, 'nl')!, 'en')).toBe(text);
    });

    it('rewrites mixed files into one language and keeps a file already in it unchanged', () => {
        const mixed = 'partij P { type x rol a reports to b role b valt onder a }\n';
        expect(translate(mixed, 'en')).toBe('party P { type x role a reports to b role b reports to a }\n');
        expect(translate(mixed, 'nl')).toBe('partij P { soort x rol a valt onder b rol b valt onder a }\n');
        expect(translate(english, 'en')).toBe(english);
    });

    it('does not rewrite a file with syntax errors', () => {
        expect(translate('party A { role }', 'nl')).toBeUndefined();
    });
});

describe('on every real file (fixtures and examples)', () => {
    const workspaces = corpusWorkspaces();
    const name = (file: string) => path.relative(REPO_ROOT, file);

    it.each(workspaces.flatMap(w => w.files).map(file => [name(file), file] as const))(
        '%s: English and Dutch round trips', (_name, file) => {
            const text = fs.readFileSync(file, 'utf8');
            const dutch = translate(text, 'nl');
            if (dutch === undefined) {
                expect(parse(text).parseResult.parserErrors.length + parse(text).parseResult.lexerErrors.length).toBeGreaterThan(0);
                return;
            }
            const englishForm = translate(text, 'en')!;
            expect(translate(dutch, 'en')).toBe(englishForm);
            expect(translate(englishForm, 'nl')).toBe(dutch);
            if (englishForm === text) expect(translate(dutch, 'en')).toBe(text);
            expect(parse(dutch).parseResult.parserErrors).toEqual([]);
        });

    it.each(workspaces.map(w => [w.name, w] as const))('%s: the Dutch twin gives the same findings on the same lines',
        async (_name, workspace) => {
            const originals = Object.fromEntries(workspace.files.map(file => [name(file), fs.readFileSync(file, 'utf8')]));
            const twins = Object.fromEntries(Object.entries(originals).map(([file, text]) => [file, translate(text, 'nl') ?? text]));
            const englishTwins = Object.fromEntries(Object.entries(originals).map(([file, text]) => [file, translate(text, 'en') ?? text]));
            const summary = (findings: Awaited<ReturnType<typeof checkSources>>) =>
                findings.map(f => `${path.basename(f.file)}:${f.line} ${f.rule} ${f.severity}`).sort();
            const expected = summary(await checkSources(englishTwins));
            expect(summary(await checkSources(twins))).toEqual(expected);
        });
});
