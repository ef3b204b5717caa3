/**
 * Messages in Dutch (DUTCH.md, Locale): with the Dutch locale every rule message differs from
 * its English one, a reviewed sample reads exactly as expected, dates are written
 * `31 januari 2026` and numbers with a decimal comma. And through the binary: an agreement
 * written with Dutch keywords gives the findings of its English twin, at the same places.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import {
    ALL_RULES, checkWorkspace, createKetenServices, formatDateFor, formatNumberFor, messagesFor, type Locale
} from '@keten/language';
import { ketenFilesUnder } from '../support/check-sources.js';
import { REPO_ROOT, runKeten } from '../support/run-keten.js';

const UNSEEN = path.join(REPO_ROOT, 'test/fixtures/dutch/onvolledige-afspraak.keten');

interface Message { readonly place: string; readonly rule: string; readonly text: string; readonly related: string[] }

/** The findings of files checked one by one (a folder as one workspace), with their related messages. */
async function messagesOf(groups: readonly string[][], locale: Locale): Promise<Message[]> {
    const result: Message[] = [];
    for (const files of groups) {
        const services = createKetenServices(EmptyFileSystem);
        services.Keten.keten.Settings.locale = locale;
        const checked = await checkWorkspace(services, files.map(file => ({ path: file, bytes: fs.readFileSync(file) })));
        for (const file of checked) {
            for (const d of file.diagnostics) {
                result.push({
                    place: `${path.relative(REPO_ROOT, file.path)}:${d.range.start.line + 1}:${d.range.start.character + 1}:${d.code}`,
                    rule: String(d.code),
                    text: d.message,
                    related: (d.relatedInformation ?? []).map(r => r.message)
                });
            }
        }
    }
    return result;
}

function fixtureGroups(): string[][] {
    const root = path.join(REPO_ROOT, 'test/fixtures/rules');
    const groups: string[][] = [[path.join(REPO_ROOT, 'test/fixtures/dutch/every-keyword.keten')], [UNSEEN]];
    for (const area of fs.readdirSync(root)) {
        for (const rule of fs.readdirSync(path.join(root, area))) {
            const folder = path.join(root, area, rule);
            for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
                const full = path.join(folder, entry.name);
                if (entry.isDirectory()) groups.push(ketenFilesUnder(full));
                else if (entry.name.endsWith('.keten')) groups.push([full]);
            }
        }
    }
    return groups;
}

describe('every rule message in Dutch', async () => {
    const groups = fixtureGroups();
    const english = await messagesOf(groups, 'en');
    const dutch = await messagesOf(groups, 'nl');

    it('the same findings at the same places in both locales', () => {
        expect(dutch.map(m => m.place)).toEqual(english.map(m => m.place));
    });

    it('covers every rule', () => {
        const fired = new Set(dutch.map(m => m.rule));
        expect(ALL_RULES.map(rule => rule.meta.id).filter(id => !fired.has(id))).toEqual([]);
    });

    it('every message and every related message differs from its English one', () => {
        const same = dutch.filter((m, i) => m.text === english[i].text || m.related.some((r, j) => r === english[i].related[j]));
        expect(same.map(m => `${m.place}: ${m.text}`)).toEqual([]);
    });

    it('dates outside quotes are written the Dutch way', () => {
        const unquoted = (text: string) => text.replace(/'[^']*'/g, "''");
        const iso = dutch.filter(m => /\b\d{4}-\d{2}-\d{2}\b/.test(unquoted(m.text)) || m.related.some(r => /\b\d{4}-\d{2}-\d{2}\b/.test(unquoted(r))));
        expect(iso.map(m => m.text)).toEqual([]);
    });

    it('a reviewed sample reads exactly as expected', () => {
        const at = (place: string) => dutch.find(m => m.place === place)?.text;
        const unseen = 'test/fixtures/dutch/onvolledige-afspraak.keten';
        expect(at(`${unseen}:31:11:incomplete-mandate`)).toBe(
            "Mandaat 'Regeling' mist 'reikwijdte': het zegt niet welke besluiten eronder vallen. Voeg dit veld toe.");
        expect(at(`${unseen}:35:12:mandate-outside-period`)).toBe(
            "Mandaat 'Regeling' geldt van 1 maart 2026 tot en met 31 december 2027, maar afspraak 'Huisuitzetting' loopt van 1 januari 2026 tot en met 31 december 2027: voor een deel van de looptijd mag niemand deze besluiten nemen. Verleng de geldigheid zodat die de hele looptijd dekt.");
        expect(at(`${unseen}:38:14:condition-unowned`)).toBe(
            "Voorwaarde 'Uren' zegt niet wie haar levert. Voeg 'geleverd door' toe met de partij die ervoor zorgt dat ze er is.");
        expect(at(`${unseen}:46:13:condition-late`)).toBe(
            "Voorwaarde 'Uren' hoeft pas vóór 1 mei 2026 geregeld te zijn, maar toezegging 'Gesprek', die haar vereist, moet al uiterlijk 1 april 2026 klaar zijn. Zet de 'voor'-datum van de voorwaarde op 1 april 2026 of eerder, of schuif de 'uiterlijk'-datum van de toezegging op.");
        expect(at(`${unseen}:52:31:escalation-deadline-order`)).toBe(
            "Niveau 'Gemeente.directeur' van escalatieroute 'Casus' krijgt 2 weken (14 dagen), niet meer dan de 10 werkdagen (14 dagen) van het eerdere niveau 'Woningcorporatie.consulent'. Elk hoger niveau hoort meer tijd te krijgen dan het niveau eronder: geef dit niveau een langere termijn bij 'binnen', of het eerdere niveau een kortere.");
        expect(at(`${unseen}:54:12:escalation-unreachable`)).toBe(
            "Niveau 'Gemeente.wethouder' van escalatieroute 'Casus' wordt nooit bereikt: 'Regietafel' neemt al het eindbesluit. Verwijder dit niveau, of zet 'beslist' bij het niveau dat echt beslist.");
        expect(at(`${unseen}:57:10:effect-without-baseline`)).toBe(
            "Effect 'Uitzettingen' heeft geen nulmeting, dus niemand kan zien hoe ver de keten al is. Voeg de beginwaarde toe en wanneer die gemeten is, bijvoorbeeld 'nulmeting 45 op 2025-12-31'.");
        expect(at(`${unseen}:61:34:effect-deadline-outside-period`)).toBe(
            "De streefdatum van effect 'Uitzettingen' (30 juni 2028) ligt buiten de looptijd van afspraak 'Huisuitzetting' (1 januari 2026 tot en met 31 december 2027): niemand is eraan gebonden om die te halen. Verplaats de streefdatum naar binnen de looptijd, of verleng de looptijd.");
        expect(at(`${unseen}:25:10:no-review`)).toBe(
            "Afspraak 'Huisuitzetting' heeft geen evaluatie: niemand volgt de samenwerking op vaste momenten. Voeg 'evaluatie elke … door …' toe, bijvoorbeeld 'evaluatie elke 6 weken door Stuurgroep'.");
        expect(dutch.find(m => m.rule === 'target-already-met' && m.text.includes("'Fraction'"))?.text).toBe(
            "De streefwaarde van effect 'Fraction' (>= 0,35) wordt al gehaald bij de nulmeting (0,35): de afspraak belooft niets wat er niet al is. Kies een streefwaarde die om verandering vraagt, of verbeter de nulmeting.");
        expect(dutch.find(m => m.rule === 'unresolved-reference' && m.text.includes("'Inzett'"))?.text).toBe(
            "Er is geen mandaat met de naam 'Inzett'. Bedoelt u 'Inzet'?");
    });
});

describe('Dutch dates and decimal commas', () => {
    it('formats dates and numbers for each locale', () => {
        expect(formatDateFor('nl', '2026-01-31')).toBe('31 januari 2026');
        expect(formatDateFor('nl', '2027-12-01')).toBe('1 december 2027');
        expect(formatDateFor('en', '2026-01-31')).toBe('2026-01-31');
        expect(formatDateFor('nl', '2026-13-01')).toBe('2026-13-01');
        expect(formatNumberFor('nl', 1.5)).toBe('1,5');
        expect(formatNumberFor('nl', -0.25)).toBe('-0,25');
        expect(formatNumberFor('nl', 25000)).toBe('25000');
        expect(formatNumberFor('en', 1.5)).toBe('1.5');
    });

    it('a kind is named with the demonstrative of its article: dit orgaan, deze partij', () => {
        const nl = messagesFor('nl');
        const said = (kind: keyof typeof nl.kinds) => nl.duplicateName({ name: 'X', kind: nl.kinds[kind] });
        for (const kind of ['Body', 'Mandate', 'Effect', 'DataSharing', 'Term'] as const) expect(said(kind)).toContain(`; dit ${nl.kinds[kind]} heeft`);
        for (const kind of ['Party', 'Role', 'Agreement', 'Condition', 'Commitment', 'Escalation', 'Power', 'Budget'] as const) expect(said(kind)).toContain(`; deze ${nl.kinds[kind]} heeft`);
    });

    it('the catalogue falls back to nothing: Dutch has every message English has', () => {
        const keys = (value: object): string[] => Object.entries(value).flatMap(([key, inner]) =>
            typeof inner === 'object' && inner !== null && !Array.isArray(inner) && key !== 'ruleDocs' ? keys(inner).map(k => `${key}.${k}`) : [key]);
        expect(keys(messagesFor('nl')).sort()).toEqual(keys(messagesFor('en')).sort());
    });
});

describe('an unseen Dutch agreement and its English twin, through the binary', () => {
    const findingsOf = (cwd: string, file: string) => {
        const run = runKeten(['validate', file, '--format', 'json'], { cwd });
        const result = JSON.parse(run.stdout) as { diagnostics: Array<{ line: number; column: number; rule: string }> };
        return result.diagnostics.map(d => `${d.line}: ${d.rule}`);
    };

    it('gives the same rule ids on the same lines; format --locale nl turns it back into the original', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keten-tweeling-'));
        const original = fs.readFileSync(UNSEEN, 'utf8');
        fs.writeFileSync(path.join(dir, 'afspraak.keten'), original);
        const dutchFindings = findingsOf(dir, 'afspraak.keten');
        expect(dutchFindings.length).toBeGreaterThan(8);

        expect(runKeten(['format', '--locale', 'en', 'afspraak.keten'], { cwd: dir }).code).toBe(0);
        const english = fs.readFileSync(path.join(dir, 'afspraak.keten'), 'utf8');
        expect(english).toContain('agreement Huisuitzetting "Convenant Voorkomen Huisuitzettingen" {');
        expect(english).toContain('    level Gemeente.directeur within 2 weeks');
        expect(english).not.toMatch(/^\s*(afspraak|partij|toezegging|voorwaarde|niveau|mandaat)\b/m);
        expect(findingsOf(dir, 'afspraak.keten')).toEqual(dutchFindings);

        expect(runKeten(['format', '--locale', 'nl', 'afspraak.keten'], { cwd: dir }).code).toBe(0);
        expect(fs.readFileSync(path.join(dir, 'afspraak.keten'), 'utf8')).toBe(original);
    });

    it('with --locale nl every message of the run differs from its English one', () => {
        const run = (locale: string) => JSON.parse(runKeten(['validate', UNSEEN, '--format', 'json', '--locale', locale]).stdout) as
            { diagnostics: Array<{ rule: string; line: number; message: string }> };
        const english = run('en').diagnostics;
        const dutch = run('nl').diagnostics;
        expect(dutch.map(d => `${d.line}: ${d.rule}`)).toEqual(english.map(d => `${d.line}: ${d.rule}`));
        dutch.forEach((d, i) => expect(d.message).not.toBe(english[i].message));
    });
});
