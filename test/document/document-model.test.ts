/**
 * The document model (packages/document/src/document-model.ts): the structure and order of
 * DOCUMENT.md, its fixed phrases and wording in Dutch and English — dates in words, amounts as
 * the locale writes them, one to twelve in words in durations, obligations worded by
 * `obligation` — ids and source ranges on every element, and the same text whatever
 * keywords the source was written in.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { translateKeywords, type Locale } from '@keten/language';
import { plainText, type Article, type CovenantDocument, type Paragraph } from '@keten/document';
import { REPO_ROOT } from '../support/run-keten.js';
import { covenantWorkspaces, documentOf, loadCovenantSources, loadCovenantTexts } from './covenant-sources.js';

const PARTIES = `
/** De centrumgemeente. */
party Zutphen "Gemeente Zutphen" {
  type municipality
  role wethouder "Wethouder Jeugd"
  role burgemeester "Burgemeester"
  role directeur "Directeur Sociaal Domein" reports to wethouder
  power Jeugd "Jeugdhulp" held by wethouder basis "Jeugdwet, art. 2.1"
}

party JBG "Jeugdbescherming Gelderland" {
  type provider
  role manager "Regiomanager"
  role regisseur "Gezinsregisseur" reports to manager
}

party Vitens "Vitens" {
  role manager "Manager"
}
`;

async function documentFor(agreement: string, locale: Locale, options: { place?: string; date?: string } = {}): Promise<CovenantDocument> {
    const [source] = await loadCovenantTexts([{ path: '/covenant/agreement.keten', text: agreement }, { path: '/covenant/parties.keten', text: PARTIES }]);
    return documentOf(source, locale, options);
}

function article(document: CovenantDocument, key: Article['key']): Article {
    const found = document.articles.find(a => a.key === key);
    if (!found) throw new Error(`no article ${key} in ${document.articles.map(a => a.key).join(', ')}`);
    return found;
}

function paragraphs(document: CovenantDocument, key: Article['key']): string[] {
    return article(document, key).parts.filter((part): part is Paragraph => part.kind === 'paragraph')
        .map(part => [plainText(part.text), ...part.items.map(item => plainText(item.text))].join(' '));
}

const WHOLE = `
/** Samen sneller hulp. */
agreement Noord "Convenant Jeugdhulp Noord" {
  parties Zutphen, JBG
  involving Vitens
  period 2026-01-01 to 2027-12-31
  basis "Jeugdwet"
  considering "Gezinnen wachten te lang op hulp."
  considering "Partijen willen samenwerken."
  term Regie "De coördinatie van hulp rond een gezin"
  term Gezin "Ouders en kinderen in één huishouden"
  signatory Zutphen.wethouder "A. de Vries" pursuant to "Gemeentewet, art. 171"
  signatory Zutphen.burgemeester "B. Jansen"
  goal "Elk gezin heeft één plan."
  steering Zutphen.wethouder
  accountable Zutphen.wethouder
  review every 6 weeks by Zutphen.wethouder
  renewal 1 year
  termination notice 3 months
  amendment "Schriftelijk, met instemming van alle partijen."
  accession "Een nieuwe partij treedt toe met instemming van alle partijen."
  disputes Casus
  publication "Staatscourant" within 4 weeks

  /** De regisseur beslist zelf. */
  mandate Inzet "Inzet ambulante hulp" {
    from Zutphen.directeur
    to JBG.regisseur
    scope "Besluiten over ambulante hulp per gezin"
    limit 25000 EUR per household
    submandate denied
    valid 2026-01-01 to 2027-12-31
    basis "Mandaatbesluit 2026"
    power Zutphen.Jeugd
  }

  condition Tijd "Tijd voor gezinsregie" { provided by JBG resource 16 hours per week before 2026-02-01 }
  condition Geld "Budget" { provided by Zutphen, JBG resource 12.5 EUR per day before 2026-01-15 }

  commitment Intake "Intake binnen vijf werkdagen" { by JBG decides under Inzet needs Tijd due 2026-03-01 obligation result }
  commitment Plan "Eén gezinsplan" { by JBG due within 10 workdays after "de intake" obligation effort }
  commitment Regelen "Regie op de zorg" { by Zutphen decides under Zutphen.Jeugd due 2026-04-01 }
  commitment Samen "Eén loket" { by Zutphen, JBG needs Tijd, Geld due 2026-05-01 obligation effort }

  escalation Casus "Vastgelopen casus" {
    level JBG.manager within 5 workdays
    level Zutphen.directeur within 12 workdays
    level Zutphen.wethouder within 20 workdays decides
  }

  effect Wachttijd "Kortere wachttijd" {
    kind outcome
    indicator "Dagen tot start hulp"
    unit days
    baseline 45 on 2025-12-31
    target <= 20 by 2027-06-30
    measured monthly by JBG from "Monitor Jeugd"
    through Intake
  }

  data Signalen "Signalen" {
    from Vitens
    to Zutphen, JBG
    purpose "Vroeg hulp bieden"
    basis "AVG art. 6 lid 1 sub e"
    categories "NAW"
    retention 6 months
    controller Zutphen, JBG
  }

  budget Kosten "Kosten van de regie" {
    amount 120000 EUR per year
    share Zutphen 60 percent
    share JBG 40 %
  }
}
`;

describe('the structure and order of DOCUMENT.md', () => {
    it('puts every part in its place, numbers the articles consecutively and leaves out what has nothing to say', async () => {
        const document = await documentFor(WHOLE, 'nl');
        expect(document.title).toBe('Convenant Jeugdhulp Noord');
        expect(document.period).toBe('Looptijd: 1 januari 2026 tot en met 31 december 2027');
        expect(document.explanation).toBe('Samen sneller hulp.');
        expect(document.undersigned!.heading).toBe('De ondergetekenden');
        expect(document.whereas?.heading).toBe('Overwegende dat');
        expect(document.havingRegardTo?.heading).toBe('Gelet op');
        expect(document.agree).toBe('Komen het volgende overeen');
        expect(document.articles.map(a => a.heading)).toEqual([
            'Begripsbepalingen', 'Doelstelling', 'Sturing en verantwoording', 'Betrokken partijen', 'Verplichtingen',
            'Mandaten', 'Voorwaarden en middelen', 'Financiën', 'Gegevensuitwisseling', 'Escalatie', 'Effecten en monitoring',
            'Looptijd, verlenging en opzegging', 'Wijziging', 'Toetreding', 'Geschillen', 'Openbaarmaking'
        ]);
        expect(document.articles.map(a => a.label)).toEqual(document.articles.map((_a, i) => `Artikel ${i + 1}`));

        const bare = await documentFor(`agreement Kaal { parties Zutphen period 2026-01-01 to 2026-12-31 }`, 'nl');
        expect(bare.title).toBe('Kaal');
        expect(bare.whereas).toBeUndefined();
        expect(bare.havingRegardTo).toBeUndefined();
        expect(bare.articles.map(a => `${a.label} ${a.heading}`)).toEqual(['Artikel 1 Looptijd, verlenging en opzegging']);
    });

    it('lists definitions alphabetically and considerations as a., b.', async () => {
        const document = await documentFor(WHOLE, 'nl');
        expect(article(document, 'definitions').intro).toBe('In dit convenant wordt verstaan onder:');
        expect(paragraphs(document, 'definitions')).toEqual(['Gezin: Ouders en kinderen in één huishouden.', 'Regie: De coördinatie van hulp rond een gezin.']);
        expect(document.whereas!.items.map(item => `${item.label} ${plainText(item.text)}`)).toEqual([
            'a. Gezinnen wachten te lang op hulp.', 'b. Partijen willen samenwerken.'
        ]);
        expect(document.havingRegardTo!.items.map(item => plainText(item.text))).toEqual(['Jeugdwet']);
        const labels = article(document, 'obligations').parts.flatMap(part => part.kind === 'paragraph' ? [part.label] : []);
        expect(labels).toEqual(['1.', '2.', '3.', '4.']);
    });
});

describe('the undersigned and the signatures', () => {
    it('names each party with its representatives, the basis of their power and its short name', async () => {
        const document = await documentFor(WHOLE, 'nl');
        expect(document.undersigned!.items.map(item => `${item.label} ${plainText(item.text)}`)).toEqual([
            '1. Gemeente Zutphen, te dezen rechtsgeldig vertegenwoordigd door A. de Vries, Wethouder Jeugd, op grond van Gemeentewet, art. 171 en B. Jansen, Burgemeester, hierna te noemen: Zutphen;',
            '2. Jeugdbescherming Gelderland, te dezen rechtsgeldig vertegenwoordigd door ……………………, hierna te noemen: JBG,'
        ]);
        expect(document.undersigned!.items[1].text.find(run => run.style === 'blank')?.text).toBe('……………………');
        expect(document.undersigned!.items[0].text.find(run => run.style === 'strong')?.text).toBe('Zutphen');
        expect(document.undersigned!.items[0].explanation).toBe('De centrumgemeente.');
        expect(document.undersigned!.closing).toBe('hierna gezamenlijk te noemen: partijen,');
        const english = await documentFor(WHOLE, 'en');
        expect(plainText(english.undersigned!.items[0].text)).toBe(
            'Gemeente Zutphen, duly represented in this matter by A. de Vries, Wethouder Jeugd, pursuant to Gemeentewet, art. 171 and B. Jansen, Burgemeester, hereafter referred to as: Zutphen;');
    });

    it('signs in as many copies as there are parties, with blanks for place and date unless given', async () => {
        const blank = await documentFor(WHOLE, 'nl');
        expect(plainText(blank.signatures.text)).toBe('Aldus overeengekomen en in 2-voud ondertekend te …………………… op …………………….');
        const filled = await documentFor(WHOLE, 'nl', { place: 'Apeldoorn', date: '2026-12-01' });
        expect(plainText(filled.signatures.text)).toBe('Aldus overeengekomen en in 2-voud ondertekend te Apeldoorn op 1 december 2026.');
        const english = await documentFor(WHOLE, 'en', { place: 'Apeldoorn', date: '2026-12-01' });
        expect(plainText(english.signatures.text)).toBe('Thus agreed and signed in 2 counterparts at Apeldoorn on 1 December 2026.');
        expect(filled.signatures.blocks.map(block => [block.party, ...block.signers.map(s => `${s.role.text} / ${s.person.text}`)])).toEqual([
            ['Gemeente Zutphen', 'Wethouder Jeugd / A. de Vries', 'Burgemeester / B. Jansen'],
            ['Jeugdbescherming Gelderland', '…………………… / ……………………']
        ]);
    });

    it('keeps a party of `parties` whose name does not resolve (a draft) among the undersigned and the copies', async () => {
        const draft = await documentFor(WHOLE.replace(/parties Zutphen, JBG/, 'parties Zutphen, Onbekend, JBG'), 'nl');
        expect(draft.draft).toBeDefined();
        expect(draft.undersigned!.items.map(item => plainText(item.text).split(',')[0])).toEqual(['Gemeente Zutphen', 'Onbekend', 'Jeugdbescherming Gelderland']);
        expect(plainText(draft.undersigned!.items[1].text)).toBe('Onbekend, te dezen rechtsgeldig vertegenwoordigd door ……………………, hierna te noemen: Onbekend;');
        expect(plainText(draft.signatures.text)).toMatch(/^Aldus overeengekomen en in 3-voud ondertekend/);
        expect(draft.signatures.blocks.map(block => block.party)).toEqual(['Gemeente Zutphen', 'Onbekend', 'Jeugdbescherming Gelderland']);
        const alone = await documentFor(WHOLE.replace(/parties Zutphen, JBG/, 'parties Onbekend'), 'en');
        expect(plainText(alone.signatures.text)).toMatch(/^Thus agreed and signed in 1 counterpart at /);
        expect(alone.undersigned!.items).toHaveLength(1);
    });
});

describe('drafts with nothing to fill a part with', () => {
    it('leaves out the undersigned and the number of copies when `parties` names no party', async () => {
        const none = await documentFor(WHOLE.replace(/  parties Zutphen, JBG\n/, ''), 'nl');
        expect(none.draft).toBeDefined();
        expect(none.undersigned).toBeUndefined();
        expect(none.signatures.blocks).toEqual([]);
        expect(plainText(none.signatures.text)).toBe('Aldus overeengekomen en ondertekend te …………………… op …………………….');
        const english = await documentFor(WHOLE.replace(/  parties Zutphen, JBG\n/, ''), 'en');
        expect(plainText(english.signatures.text)).toBe('Thus agreed and signed at …………………… on …………………….');
    });

    it('refers to the escalation article only when `disputes` names a route of the agreement', async () => {
        const known = await documentFor(WHOLE, 'nl');
        expect(paragraphs(known, 'disputes')[0]).toMatch(/\(zie het artikel over escalatie\)\.$/);
        const unknown = await documentFor(WHOLE.replace('disputes Casus', 'disputes Onbekend'), 'nl');
        expect(unknown.draft).toBeDefined();
        expect(paragraphs(unknown, 'disputes')).toEqual(['Geschillen tussen partijen over dit convenant worden beslecht via de escalatie …………………….']);
        const english = await documentFor(WHOLE.replace('disputes Casus', 'disputes Onbekend'), 'en');
        expect(paragraphs(english, 'disputes')).toEqual(['Disputes between the parties about this agreement are settled through the escalation route …………………….']);
    });

    it('says "daaraan" only after the amount a budget\'s shares contribute to', async () => {
        const without = await documentFor(WHOLE.replace(/    amount 120000 EUR per year\n/, ''), 'nl');
        expect(paragraphs(without, 'finances')[0]).toMatch(/^Kosten van de regie\. Partijen dragen als volgt bij: Zutphen: 60%/);
    });

    it('writes a date that is not a calendar date as it was written, not as day 0 or 30 February', async () => {
        for (const [written, locale] of [['2026-10-00', 'nl'], ['2026-02-30', 'nl'], ['2026-13-01', 'en']] as const) {
            const draft = await documentFor(WHOLE.replace('period 2026-01-01 to 2027-12-31', `period ${written} to 2027-12-31`), locale);
            expect(draft.draft).toBeDefined();
            expect(draft.period).toContain(written);
            expect(paragraphs(draft, 'term')[0]).toContain(written);
        }
    });
});

describe('wording', () => {
    it('words obligations by `obligation`, a party\'s commitments under it and joint ones under "Gezamenlijk"', async () => {
        const nl = await documentFor(WHOLE, 'nl');
        const parts = article(nl, 'obligations').parts;
        expect(parts.map(part => part.kind === 'subheading' ? `# ${part.text}` : plainText(part.text))).toEqual([
            '# Gemeente Zutphen',
            'Zutphen verplicht zich tot het volgende: Regie op de zorg, uiterlijk op 1 april 2026. Daarbij wordt besloten krachtens de bevoegdheid ‘Jeugdhulp’ van Zutphen.',
            '# Jeugdbescherming Gelderland',
            'JBG draagt er zorg voor dat het volgende wordt bereikt: Intake binnen vijf werkdagen, uiterlijk op 1 maart 2026. Daarvoor is nodig: Tijd voor gezinsregie. Daarbij wordt besloten krachtens het mandaat ‘Inzet ambulante hulp’.',
            'JBG spant zich ertoe in dat het volgende wordt bereikt: Eén gezinsplan, uiterlijk binnen tien werkdagen na de intake.',
            '# Gezamenlijk',
            'Zutphen en JBG spannen zich ertoe in dat het volgende wordt bereikt: Eén loket, uiterlijk op 1 mei 2026. Daarvoor zijn nodig: Tijd voor gezinsregie en Budget.'
        ]);
        const en = await documentFor(WHOLE, 'en');
        expect(paragraphs(en, 'obligations')).toEqual([
            'Zutphen undertakes to achieve the following: Regie op de zorg, by 1 April 2026. Decisions are taken under the power “Jeugdhulp” of Zutphen.',
            'JBG shall ensure that the following is achieved: Intake binnen vijf werkdagen, by 1 March 2026. This requires: Tijd voor gezinsregie. Decisions are taken under the mandate “Inzet ambulante hulp”.',
            'JBG shall endeavour to achieve the following: Eén gezinsplan, within ten working days after de intake.',
            'Zutphen and JBG shall endeavour to achieve the following: Eén loket, by 1 May 2026. This requires: Tijd voor gezinsregie and Budget.'
        ]);
        expect(article(en, 'obligations').parts.filter(part => part.kind === 'subheading').map(part => plainText([{ text: (part as { text: string }).text }]))).toContain('Jointly');
    });

    it('writes dates in words, amounts as the locale writes them and one to twelve in words in durations', async () => {
        const nl = await documentFor(WHOLE, 'nl');
        expect(paragraphs(nl, 'steering')).toContain('Wethouder Jeugd van Zutphen evalueert de samenwerking elke zes weken.');
        expect(paragraphs(nl, 'mandates')[0]).toBe(
            'Inzet ambulante hulp. Directeur Sociaal Domein van Zutphen verleent aan Gezinsregisseur van JBG mandaat voor: Besluiten over ambulante hulp per gezin. '
            + 'Het mandaat is begrensd tot € 25.000 per huishouden. Ondermandaat is niet toegestaan. Het mandaat geldt van 1 januari 2026 tot en met 31 december 2027. '
            + 'Het mandaat berust op: Mandaatbesluit 2026. Het mandaat betreft de bevoegdheid ‘Jeugdhulp’ van Zutphen (Jeugdwet, art. 2.1).');
        expect(paragraphs(nl, 'mandates')[1]).toContain('(artikel 10:2 van de Algemene wet bestuursrecht)');
        expect(paragraphs(nl, 'conditions')).toEqual([
            'Tijd voor gezinsregie. JBG stelt beschikbaar: 16 uur per week, uiterlijk op 1 februari 2026.',
            'Budget. Zutphen en JBG stellen beschikbaar: € 12,50 per dag, uiterlijk op 15 januari 2026.'
        ]);
        expect(paragraphs(nl, 'finances')).toEqual([
            'Kosten van de regie. Het budget bedraagt € 120.000 per jaar. Partijen dragen daaraan als volgt bij: Zutphen: 60% (€ 72.000 per jaar) JBG: 40% (€ 48.000 per jaar)'
        ]);
        expect(paragraphs(nl, 'escalation')[0]).toBe('Vastgelopen casus. Een zaak die vastloopt, wordt in deze volgorde voorgelegd aan: '
            + 'Regiomanager van JBG, binnen vijf werkdagen; Directeur Sociaal Domein van Zutphen, binnen twaalf werkdagen; Wethouder Jeugd van Zutphen, binnen 20 werkdagen, die beslist.');
        expect(paragraphs(nl, 'effects')[0]).toBe('Kortere wachttijd. Soort effect: uitkomst. Indicator: Dagen tot start hulp. Nulmeting: 45 dagen op 31 december 2025. '
            + 'Streefwaarde: ten hoogste 20 dagen uiterlijk op 30 juni 2027. Meting: maandelijks door JBG, uit Monitor Jeugd. Via de verplichtingen: Intake binnen vijf werkdagen.');
        expect(paragraphs(nl, 'dataSharing')[0]).toBe('Signalen. Vitens verstrekt gegevens aan Zutphen en JBG. Doel: Vroeg hulp bieden. Grondslag: AVG art. 6 lid 1 sub e. '
            + 'Categorieën van gegevens: NAW. Bewaartermijn: zes maanden. Gezamenlijk verantwoordelijken voor de verwerking: Zutphen en JBG.');
        expect(paragraphs(nl, 'term')).toEqual([
            'Dit convenant treedt in werking op 1 januari 2026 en eindigt op 31 december 2027.',
            'Dit convenant wordt telkens stilzwijgend verlengd met één jaar, tenzij een partij het opzegt.',
            'Elke partij kan haar deelname aan dit convenant opzeggen tegen het einde van de lopende looptijd, met inachtneming van een opzegtermijn van drie maanden.'
        ]);
        expect(paragraphs(nl, 'disputes')[0]).toContain('via de escalatie ‘Vastgelopen casus’');
        expect(paragraphs(nl, 'publication')).toEqual(['Dit convenant wordt openbaar gemaakt via: Staatscourant, binnen vier weken na ondertekening.']);

        const en = await documentFor(WHOLE, 'en');
        expect(en.period).toBe('Period: 1 January 2026 to 31 December 2027');
        expect(paragraphs(en, 'steering')).toContain('Wethouder Jeugd of Zutphen reviews the collaboration every six weeks.');
        expect(paragraphs(en, 'mandates')[0]).toContain('The mandate is limited to €25,000 per household.');
        expect(paragraphs(en, 'conditions')[1]).toBe('Budget. Zutphen and JBG make available: €12.50 per day, by 15 January 2026.');
        expect(paragraphs(en, 'finances')[0]).toContain('The budget amounts to €120,000 per year.');
        expect(paragraphs(en, 'escalation')[0]).toContain('within five working days; ');
        expect(paragraphs(en, 'effects')[0]).toContain('Baseline: 45 days on 31 December 2025. Target: at most 20 days by 30 June 2027. Measured monthly by JBG, from Monitor Jeugd.');
        expect(paragraphs(en, 'term')[2]).toBe('Each party may terminate its participation in this agreement as of the end of the current term by giving notice of three months before that end.');
    });

    it('words the term by what the agreement has: no renewal when it never ends, notice at any time without renewal', async () => {
        // COVENANT.md: `renewal` with `period from` has no effect; the termination notice is given before an end date only with renewal.
        const openEnded = await documentFor(WHOLE.replace('period 2026-01-01 to 2027-12-31', 'period from 2026-01-01'), 'nl');
        expect(paragraphs(openEnded, 'term')).toEqual([
            expect.stringMatching(/^Dit convenant treedt in werking op 1 januari 2026 en geldt voor onbepaalde tijd/),
            'Elke partij kan haar deelname aan dit convenant opzeggen met inachtneming van een opzegtermijn van drie maanden.'
        ]);
        const withoutRenewal = await documentFor(WHOLE.replace('  renewal 1 year\n', ''), 'en');
        expect(paragraphs(withoutRenewal, 'term')[1]).toBe('Each party may terminate its participation in this agreement by giving notice of three months.');
    });

    it('lets a role that signs twice sign once, the first time (duplicate-field: only the first counts)', async () => {
        const twice = await documentFor(WHOLE.replace('  signatory Zutphen.burgemeester "B. Jansen"\n', '  signatory Zutphen.burgemeester "B. Jansen"\n  signatory Zutphen.wethouder "C. Tweede"\n'), 'nl');
        const persons = twice.signatures.blocks.flatMap(block => block.signers.map(signer => signer.person.text));
        expect(persons).toContain('A. de Vries');
        expect(persons).not.toContain('C. Tweede');
        expect(JSON.stringify(twice.undersigned)).not.toContain('C. Tweede');
    });

    it('keeps the decimals an amount is written with in its shares', async () => {
        const usd = await documentFor(WHOLE.replace('amount 120000 EUR per year', 'amount 999.999 USD per year').replace('share Zutphen 60 percent', 'share Zutphen 100 percent').replace(/\n\s*share JBG 40 %/, ''), 'nl');
        expect(paragraphs(usd, 'finances')[0]).toContain('Zutphen: 100% (999,999 USD per jaar)');
    });

    it('marks a draft with its number of errors', async () => {
        const [source] = await loadCovenantSources([path.join(REPO_ROOT, 'examples/gaps/pilot-schuldhulp.keten')]);
        expect(source.errors).toBeGreaterThan(1);
        expect(documentOf(source, 'nl').draft?.mark).toBe(`Concept — bevat ${source.errors} fouten`);
        expect(documentOf(source, 'en').draft?.mark).toBe(`Draft — ${source.errors} errors`);
        const clean = await documentFor(WHOLE, 'nl');
        expect(clean.draft).toBeUndefined();
    });

    it('counts the errors placed in the agreement or in a party or body it names, and no others', async () => {
        const parties = `party A "A" { role r "R" role r "R again" }\nparty Elders "Elders" { role x "X" role x "X again" }`;
        const [source] = await loadCovenantTexts([
            { path: '/c/agreement.keten', text: 'agreement X { parties A period 2026-01-01 to 2026-12-31 steering A.r accountable A.r review every 1 month by A.r }' },
            { path: '/c/parties.keten', text: parties }
        ]);
        // The agreement's own (no-effects) and the repeated role of A (duplicate-name) count; the
        // repeated role of Elders, which X never names, does not.
        expect(source.errors).toBe(2);
    });
});

describe('ids and sources', () => {
    it('gives every article and element a unique id and the range it was written in', async () => {
        const text = WHOLE;
        const document = await documentFor(text, 'nl');
        expect(document.id).toBe('Noord');
        expect(article(document, 'obligations').id).toBe('Noord.article.obligations');
        const ids: string[] = [document.undersigned!.id, document.signatures.id, ...document.articles.map(a => a.id)];
        for (const a of document.articles) {
            for (const part of a.parts) {
                if (part.source) ids.push(part.source.id);
                if (part.kind === 'paragraph') for (const item of part.items) if (item.source) ids.push(item.source.id);
            }
        }
        for (const item of document.undersigned!.items) ids.push(item.source!.id);
        for (const block of document.signatures.blocks) ids.push(block.id);
        expect(new Set(ids).size).toBe(ids.length);
        const intake = article(document, 'obligations').parts.find(part => part.source?.id === 'Noord.Intake');
        expect(intake?.source?.uri).toBe('file:///covenant/agreement.keten');
        const line = text.split('\n').findIndex(l => l.includes('commitment Intake'));
        expect(intake?.source?.range.start.line).toBe(line);
        expect(ids).toEqual(expect.arrayContaining(['Zutphen', 'Noord.Inzet', 'Noord.Casus', 'Noord.Casus.1', 'Noord.Wachttijd', 'Noord.Signalen', 'Noord.Kosten', 'Noord.term.Regie']));
        const mandate = article(document, 'mandates').parts[0] as Paragraph;
        expect(mandate.explanation).toBe('De regisseur beslist zelf.');
    });
});

describe('the same text whatever keywords the source used', () => {
    for (const files of covenantWorkspaces()) {
        it(path.relative(REPO_ROOT, files[0]), async () => {
            const sources = await loadCovenantSources(files);
            const translated = translateKeywords(sources[0].document, 'nl');
            const english = translateKeywords(sources[0].document, 'en');
            if (translated === undefined || english === undefined) return; // a file with syntax errors is not translated
            const others = files.slice(1).map(file => ({ path: file, text: fs.readFileSync(file, 'utf8') }));
            const inDutch = await loadCovenantTexts([{ path: files[0], text: translated }, ...others]);
            const inEnglish = await loadCovenantTexts([{ path: files[0], text: english }, ...others]);
            const withoutSources = (document: CovenantDocument) => JSON.stringify(document, (key, value) => key === 'source' ? undefined : value);
            for (const locale of ['nl', 'en'] as const) {
                for (const [index, source] of inDutch.entries()) {
                    expect(withoutSources(documentOf(source, locale)), `${source.agreement.name} (${locale})`).toBe(withoutSources(documentOf(inEnglish[index], locale)));
                }
            }
        });
    }
});
