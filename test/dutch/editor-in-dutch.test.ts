/**
 * The editor in Dutch (DUTCH.md): with the Dutch locale, hover texts, completion details and
 * snippet descriptions are Dutch; a Dutch keyword is explained like its English twin; a Dutch
 * file is completed with Dutch keywords.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem } from 'langium';
import { clearDocuments, expectCompletion, expectHover } from 'langium/test';
import type { CompletionItem, CompletionList } from 'vscode-languageserver';
import { afterEach, describe, expect, it } from 'vitest';
import { createKetenServices, messagesFor, parseKetenText, translateKeywords } from '@keten/language';

const CLEAN = readFileSync(join(__dirname, '../fixtures/clean-agreement.keten'), 'utf8');
const services = createKetenServices(EmptyFileSystem).Keten;
services.keten.Settings.locale = 'nl';
const completion = expectCompletion(services);
const hover = expectHover(services);
const DUTCH = translateKeywords(parseKetenText(services, CLEAN), 'nl')!;

afterEach(async () => {
    await clearDocuments(services);
});

function item(list: CompletionList, label: string, kind: number): CompletionItem {
    const found = list.items.find(i => i.label === label && i.kind === kind);
    expect(found, `no completion '${label}'`).toBeDefined();
    return found!;
}

describe('the editor with the Dutch locale', () => {
    it('completes a Dutch file with Dutch keywords, Dutch details and Dutch snippet descriptions', async () => {
        await completion({
            text: DUTCH.replace('  evaluatie elke 6 weken door Stuurgroep\n', '  evaluatie elke 6 weken door Stuurgroep\n  <|>\n'),
            index: 0,
            assert: list => {
                const keyword = item(list, 'toezegging', 14);
                expect(keyword.detail).toBe('trefwoord');
                expect(keyword.documentation).toBe(messagesFor('nl').editor.keywordMeaning.commitment);
                expect(item(list, 'escalatie', 15).detail).toBe('nieuw blok escalatieroute met alle velden om in te vullen');
                expect(item(list, 'mandaat', 15).detail).toBe('nieuw blok mandaat met alle velden om in te vullen');
            }
        });
    });

    it('explains a Dutch keyword in Dutch, as its English twin', async () => {
        const text = DUTCH.replace('    ondermandaat uitgesloten', '    onder<|>mandaat uitgesloten');
        expect(text).not.toBe(DUTCH);
        await hover({ text, index: 0, hover: /^\*\*ondermandaat\*\* — `ondermandaat toegestaan` of `uitgesloten`: of de houder het mandaat mag doorgeven\. Ontbreekt het, dan is het uitgesloten \(Awb 10:9\)\.$/ });
    });

    it.each([
        // (the text of DUTCH, the place of the cursor, the meaning in that place)
        ['    streefwaarde <= 20 uiterlijk', '    streefwaarde <= 20 uiter<|>lijk', 'TargetField', 'by'],
        ['    gemeten maandelijks door Aanbieder uit', '    gemeten maandelijks door Aanbieder u<|>it', 'MeasuredField', 'from'],
        ['    gemeten maandelijks door', '    gemeten maandelijks do<|>or', 'MeasuredField', 'by'],
        ['    aan Aanbieder.regisseur', '    a<|>an Aanbieder.regisseur', 'ToField', 'to'],
        ['    van Gemeente.directeur', '    v<|>an Gemeente.directeur', 'FromField', 'from'],
        ['  looptijd 2026-01-01 tot', '  looptijd 2026-01-01 t<|>ot', 'DateRange', 'to']
    ])('explains a keyword by the place it stands in: %s', async (written, cursor, rule, english) => {
        const text = DUTCH.replace(written, cursor);
        expect(text).not.toBe(DUTCH);
        // The meaning of that place, or the keyword's own where it has only one.
        const texts = messagesFor('nl').editor;
        const meaning = texts.keywordMeaningIn[rule]?.[english] ?? texts.keywordMeaning[english]!;
        const keyword = /(\S*)<\|>(\S*)/.exec(cursor)!.slice(1).join('');
        await hover({ text, index: 0, hover: `**${keyword}** — ${meaning}` });
    });

    it('shows hover texts of declarations in Dutch, with Dutch dates', async () => {
        const text = DUTCH.replace('  effect Wachttijd', '  effect Wacht<|>tijd');
        expect(text).not.toBe(DUTCH);
        await hover({ text, index: 0, hover: /Nulmeting: 45 op 31 december 2025\.[\s\S]*Streefwaarde: <= 20 uiterlijk 30 juni 2027\./ });
    });
});
