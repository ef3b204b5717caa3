/**
 * Hover: title and doc comment of a declaration; a role's party, superior and mandates; an
 * effect's indicator, baseline and target; a keyword's meaning, in English and in Dutch.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem } from 'langium';
import { clearDocuments, expectHover } from 'langium/test';
import { afterEach, describe, it } from 'vitest';
import { createKetenServices } from '@keten/language';

const CLEAN = readFileSync(join(__dirname, '../fixtures/clean-agreement.keten'), 'utf8');
const services = createKetenServices(EmptyFileSystem).Keten;
const hover = expectHover(services);

afterEach(async () => {
    await clearDocuments(services);
});

/** The clean agreement with the index marker put before the first `needle`, `shift` characters in. */
function marked(needle: string, shift = 0, text = CLEAN): string {
    const offset = text.indexOf(needle);
    if (offset < 0) throw new Error(`'${needle}' not in the text`);
    return text.slice(0, offset + shift) + '<|>' + text.slice(offset + shift);
}

describe('hover', () => {
    it('shows a mandate\'s title, grantor, holder and limit on a reference to it', async () => {
        await hover({ text: marked('under Inzet', 7), index: 0, hover: /\*\*mandate\*\* `Inzet` — Inzet ambulante jeugdhulp/ });
        await clearDocuments(services);
        await hover({ text: marked('under Inzet', 7), index: 0, hover: /From `Gemeente.directeur` to `Aanbieder.regisseur`, up to 25000 EUR per household\./ });
    });

    it('shows a role\'s party, whom it reports to and the mandates it holds', async () => {
        const expected = /\*\*role\*\* `Aanbieder.regisseur` — Ketenregisseur[\s\S]*Role of `Aanbieder` \(Jeugdhulpaanbieder Noord\)\.[\s\S]*Reports to `Aanbieder.bestuurder`\.[\s\S]*Holds the mandates `Convenant.Inzet`\./;
        await hover({ text: marked('role regisseur', 6), index: 0, hover: expected });
        await clearDocuments(services);
        await hover({ text: marked('to Aanbieder.regisseur', 15), index: 0, hover: expected });
    });

    it('says a role at the top reports to nobody and holds no mandate', async () => {
        await hover({ text: marked('role wethouder', 6), index: 0, hover: /Reports to nobody inside its party\.[\s\S]*Holds no mandate\./ });
    });

    it('shows the party, with its doc comment, on the party part of Party.role', async () => {
        await hover({ text: marked('steering Gemeente.wethouder', 10), index: 0, hover: /\*\*party\*\* `Gemeente` — Gemeente Zutphen\s+De gemeente is opdrachtgever\./ });
    });

    it('shows an effect\'s indicator, baseline and target', async () => {
        await hover({
            text: marked('effect Wachttijd', 8),
            index: 0,
            hover: /Indicator: Gemiddeld aantal dagen tussen aanmelding en start hulp \(days\)\.[\s\S]*Baseline: 45 on 2025-12-31\.[\s\S]*Target: <= 20 by 2027-06-30\.[\s\S]*`Convenant.Wachttijd`/
        });
    });

    it('shows the members of a body', async () => {
        await hover({ text: marked('review every 6 weeks by Stuurgroep', 26), index: 0, hover: /Members: Gemeente.wethouder, Aanbieder.bestuurder\./ });
    });

    it('explains a keyword, English and Dutch alike', async () => {
        await hover({ text: marked('    submandate denied', 6), index: 0, hover: /\*\*submandate\*\* — .*Absent means denied \(Awb 10:9\)/ });
        await clearDocuments(services);
        await hover({
            text: marked('    ondermandaat', 6, CLEAN.replace('    submandate denied', '    ondermandaat uitgesloten')),
            index: 0,
            hover: /\*\*ondermandaat\*\* — .*Absent means denied \(Awb 10:9\)/
        });
        await clearDocuments(services);
        await hover({ text: marked('    decides under', 6), index: 0, hover: /doorzettingsmacht/ });
    });

    it('explains every unit of time, English and Dutch, singular and plural', async () => {
        const cases: Array<[string, RegExp]> = [
            ['6 weeks by Stuurgroep', /\*\*weeks\*\* — Weeks; for comparing durations one week counts as 7 days/],
            ['6 months by Stuurgroep', /\*\*months\*\* — Months; .*30 days/],
            ['1 year by Stuurgroep', /\*\*year\*\* — A year; .*365 days/],
            ['2 days by Stuurgroep', /\*\*days\*\* — Calendar days/],
            ['1 workday by Stuurgroep', /\*\*workday\*\* — A working day; .*1\.4 days/],
            ['6 weken by Stuurgroep', /\*\*weken\*\* — Weeks; /],
            ['1 jaar by Stuurgroep', /\*\*jaar\*\* — A year; /],
            ['2 maanden by Stuurgroep', /\*\*maanden\*\* — Months; /]
        ];
        for (const [review, expected] of cases) {
            const text = CLEAN.replace('6 weeks by Stuurgroep', review);
            await hover({ text: marked(review, review.indexOf(' ') + 2, text), index: 0, hover: expected });
            await clearDocuments(services);
        }
    });

    it('explains a Dutch word by its place: `soort` is a party type, and an effect kind', async () => {
        const dutch = CLEAN.replace('  type municipality', '  soort municipality').replace('    kind outcome', '    soort uitkomst');
        await hover({ text: marked('  soort municipality', 3, dutch), index: 0, hover: /\*\*soort\*\* — What kind of organisation/ });
        await clearDocuments(services);
        await hover({ text: marked('    soort uitkomst', 5, dutch), index: 0, hover: /\*\*soort\*\* — `outcome` \(is anyone better off\?\)/ });
    });

    it('explains a keyword by its place: `from` and `by` after `measured`, in a target, in a mandate', async () => {
        const cases: Array<[string, number, RegExp]> = [
            ['from "Monitor Jeugd"', 1, /^\*\*from\*\* — The source the measurements come from/],
            ['by Aanbieder from', 1, /^\*\*by\*\* — The party that measures the indicator\.$/],
            ['by 2027-06-30', 1, /^\*\*by\*\* — The date by which the target must be reached\.$/],
            ['from Gemeente.directeur', 1, /^\*\*from\*\* — In a mandate: the role or body that grants it\./],
            ['to 2027-12-31', 1, /^\*\*to\*\* — The last day of the range; it is included\.$/],
            // The second word of a phrase means what the phrase means.
            ['to bestuurder', 1, /^\*\*to\*\* — `reports to ROLE`/]
        ];
        for (const [needle, shift, expected] of cases) {
            await hover({ text: marked(needle, shift), index: 0, hover: expected });
            await clearDocuments(services);
        }
    });
});
