/**
 * Every text in the message locale, every inserted keyword in the file's keyword language
 * (issue 10, item 11). An agreement written with Dutch keywords and read with English messages
 * (and the other way round): durations, units and limits copied from the source are written in
 * the message locale by the catalogue's one shared formatter (`messages/quantities.ts`) — in
 * rule messages, hover, inlay hints, the report, the chain diagram and the register; a quick
 * fix names the keyword it inserts, in its title written in the message locale.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmptyFileSystem } from 'langium';
import { clearDocuments, validationHelper } from 'langium/test';
import type { CodeAction, InlayHint } from 'vscode-languageserver';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createKetenServices, messagesFor, parseKetenText, translateKeywords, type Locale } from '@keten/language';
import { checkSources } from '../support/check-sources.js';
import { runKeten } from '../support/run-keten.js';

const CLEAN = readFileSync(join(__dirname, '../fixtures/clean-agreement.keten'), 'utf8');

const services = createKetenServices(EmptyFileSystem);
const keten = services.Keten;
const validate = validationHelper(keten);

function dutch(text: string): string {
    const translated = translateKeywords(parseKetenText(keten, text), 'nl');
    expect(translated).toBeDefined();
    return translated!;
}

function edited(text: string, ...replacements: Array<[string, string]>): string {
    for (const [from, to] of replacements) {
        expect(text).toContain(from);
        text = text.replace(from, to);
    }
    return text;
}

/** The clean agreement in Dutch keywords, with a deadline that is not longer than the one below it and a limit in hours. */
const DUTCH = edited(dutch(CLEAN),
    ['niveau Gemeente.directeur binnen 10 werkdagen', 'niveau Gemeente.directeur binnen 4 dagen'],
    ['limiet 25000 EUR per household', 'limiet 40 uren per week'],
    ['evaluatie elke 6 weken', 'evaluatie elke 1 jaar']);

function withLocale(locale: Locale) {
    keten.keten.Settings.locale = locale;
}

afterEach(async () => {
    withLocale('en');
    await clearDocuments(keten);
});

describe('rule messages', () => {
    it('write the durations of a Dutch agreement in English', async () => {
        const findings = await checkSources({ 'a.keten': DUTCH }, 'en');
        const order = findings.find(f => f.rule === 'escalation-deadline-order');
        expect(order?.message).toContain("gets 4 days, which is not longer than the 5 workdays (7 days) of the earlier level 'Aanbieder.regisseur'");
        expect(order?.message).not.toMatch(/dagen/);
    });

    it('write the durations of an English agreement in Dutch', async () => {
        const english = edited(CLEAN, ['level Gemeente.directeur within 10 workdays', 'level Gemeente.directeur within 1 year']);
        const findings = await checkSources({ 'a.keten': english.replace('within 20 workdays decides', 'within 2 weeks decides') }, 'nl');
        const order = findings.find(f => f.rule === 'escalation-deadline-order');
        expect(order?.message).toContain('krijgt 2 weken (14 dagen), niet meer dan de 1 jaar (365 dagen)');
    });
});

describe('editor texts', () => {
    async function inlayHints(text: string): Promise<string[]> {
        const { document } = await validate(text);
        const hints = await keten.lsp.InlayHintProvider!.getInlayHints(document, {
            textDocument: { uri: document.uri.toString() },
            range: { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(text.length) }
        }) as InlayHint[];
        return hints.map(hint => String(hint.label));
    }

    it('inlay hints write a Dutch limit with English unit words, the writer\'s own words as written', async () => {
        expect(await inlayHints(DUTCH)).toEqual(['→ Aanbieder.regisseur, up to 40 hours per week']);
        const household = edited(dutch(CLEAN), ['per household', 'per huishouden']);
        expect(await inlayHints(household)).toEqual(['→ Aanbieder.regisseur, up to 25000 EUR per huishouden']);
    });

    it('hover writes a Dutch unit in English, an English unit in Dutch', async () => {
        const text = edited(DUTCH, ['eenheid days', 'eenheid dagen']);
        const { document } = await validate(text);
        const at = (needle: string) => ({ textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(text.indexOf(needle) + 'effect '.length + 1) });
        const english = await keten.lsp.HoverProvider!.getHoverContent(document, at('effect Wachttijd'));
        expect(JSON.stringify(english)).toContain('(days)');
        withLocale('nl');
        const englishSource = await validate(CLEAN);
        const dutchHover = await keten.lsp.HoverProvider!.getHoverContent(englishSource.document, {
            textDocument: { uri: englishSource.document.uri.toString() },
            position: englishSource.document.textDocument.positionAt(CLEAN.indexOf('effect Wachttijd') + 'effect '.length + 1)
        });
        expect(JSON.stringify(dutchHover)).toContain('(dagen)');
    });

    async function fixTitles(text: string, rule: string): Promise<string[]> {
        const { document, diagnostics } = await validate(text);
        const relevant = diagnostics.filter(d => d.code === rule);
        expect(relevant).toHaveLength(1);
        const actions = await keten.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: relevant[0].range, context: { diagnostics: relevant }
        }) as CodeAction[];
        // Without "suppress RULE on this line", which every finding offers.
        return actions.map(action => action.title).filter(title => !title.includes(rule));
    }

    it('a quick fix names the keyword it inserts (`onder` in a Dutch file), in the message locale', async () => {
        const text = edited(dutch(CLEAN), ['beslist onder Inzet', 'beslist']);
        expect(await fixTitles(text, 'missing-mandate')).toEqual(["Add mandate 'IntakeMandaat' for commitment 'Intake' and link it with 'onder'"]);
        withLocale('nl');
        const english = edited(CLEAN, ['decides under Inzet', 'decides']);
        expect(await fixTitles(english, 'missing-mandate')).toEqual(["Voeg mandaat 'IntakeMandate' toe voor toezegging 'Intake' en koppel het met 'under'"]);
        const noSteering = edited(CLEAN, ['  steering Gemeente.wethouder\n', '']);
        expect(await fixTitles(noSteering, 'no-single-steering')).toEqual(["Voeg 'steering Gemeente.wethouder' toe"]);
        const noReview = edited(dutch(CLEAN), ['  evaluatie elke 6 weken door Stuurgroep\n', '']);
        withLocale('en');
        expect(await fixTitles(noReview, 'no-review')).toEqual(["Insert 'evaluatie elke 6 weken door Gemeente.wethouder'"]);
    });
});

describe('the shared formatter', () => {
    it('writes durations, units and amounts of either language in each locale', () => {
        const en = messagesFor('en').quantities;
        const nl = messagesFor('nl').quantities;
        expect(en.writtenDuration('1 jaar')).toBe('1 year');
        expect(en.writtenDuration('10 werkdagen')).toBe('10 workdays');
        expect(en.writtenDuration('1 weken')).toBe('1 week');
        expect(nl.writtenDuration('6 weeks')).toBe('6 weken');
        expect(nl.writtenDuration('2 years')).toBe('2 jaar');
        expect(nl.writtenDuration('1.5 days')).toBe('1,5 dagen');
        expect(en.writtenUnit('procent')).toBe('percent');
        expect(nl.writtenUnit('days')).toBe('dagen');
        expect(en.writtenUnit('huishoudens')).toBe('huishoudens');
        expect(en.writtenAmount('16 uren per maand')).toBe('16 hours per month');
        expect(nl.writtenAmount('16 hours per week')).toBe('16 uur per week');
        expect(nl.writtenAmount('2500.5 EUR per household')).toBe('2500,5 EUR per household');
        expect(en.frequency('quarterly')).toBe('quarterly');
        expect(nl.frequency('quarterly')).toBe('driemaandelijks');
    });
});

describe('report, chain diagram and register', () => {
    let folder: string;
    beforeAll(() => {
        folder = mkdtempSync(join(tmpdir(), 'keten-locale-'));
        writeFileSync(join(folder, 'vroeg.keten'), DUTCH);
    });
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    it('an English report of a Dutch agreement says `every 1 year`, `within 5 workdays` and `days`', () => {
        for (const format of ['md', 'html']) {
            const run = runKeten(['report', 'vroeg.keten', '--format', format, '--as-of', '2026-09-30', '--locale', 'en'], { cwd: folder });
            expect(run.stdout).toContain('every 1 year by');
            expect(run.stdout).toContain('within 5 workdays');
            expect(run.stdout).toContain('40 hours per week');
            // (The indicator's own words, "Gemiddeld aantal dagen …", stay as written.)
            expect(run.stdout.replace(/Gemiddeld aantal dagen/g, '')).not.toMatch(/\b(jaar|werkdagen|dagen|uren)\b/);
        }
    });

    it('the English chain diagram and register write the limit in English unit words', () => {
        const graph = runKeten(['graph', 'vroeg.keten', '--locale', 'en'], { cwd: folder });
        expect(graph.stdout).toContain('limit 40 hours per week');
        expect(graph.stdout).toContain('within 4 days');
        const register = runKeten(['register', 'vroeg.keten', '--locale', 'en'], { cwd: folder });
        expect(register.stdout).toContain('| 40 hours per week |');
    });

    it('a Dutch report of an English agreement says `elke 6 weken` and `binnen 5 werkdagen`', () => {
        writeFileSync(join(folder, 'english.keten'), CLEAN);
        const run = runKeten(['report', 'english.keten', '--format', 'md', '--as-of', '2026-09-30', '--locale', 'nl'], { cwd: folder });
        expect(run.stdout).toContain('elke 6 weken door');
        expect(run.stdout).toContain('binnen 5 werkdagen');
        expect(run.stdout).not.toMatch(/\b(weeks|workdays|days)\b/);
    });
});
