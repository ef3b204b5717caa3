/**
 * Completion: keywords valid at the cursor in the file's language, names in scope with their
 * kind and title, and the snippet form of each block.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem } from 'langium';
import { clearDocuments, expectCompletion } from 'langium/test';
import type { CompletionItem, CompletionList } from 'vscode-languageserver';
import { afterEach, describe, expect, it } from 'vitest';
import { createKetenServices, parseKetenText, translateKeywords } from '@keten/language';

const CLEAN = readFileSync(join(__dirname, '../fixtures/clean-agreement.keten'), 'utf8');
const services = createKetenServices(EmptyFileSystem).Keten;
const completion = expectCompletion(services);

afterEach(async () => {
    await clearDocuments(services);
});

function at(marker: string, insert: string, text = CLEAN): string {
    expect(text).toContain(marker);
    return text.replace(marker, marker + insert);
}

function labels(list: CompletionList): string[] {
    return list.items.map(item => item.label);
}

function item(list: CompletionList, label: string, kind?: number): CompletionItem {
    const found = list.items.find(i => i.label === label && (kind === undefined || i.kind === kind));
    expect(found, `no completion '${label}' among ${labels(list).join(', ')}`).toBeDefined();
    return found!;
}

describe('completion', () => {
    it('offers bodies and Party.role holders after `level `, with kind and title in plain words', async () => {
        await completion({
            text: at('    level Gemeente.wethouder within 20 workdays decides\n', '    level <|>\n'),
            index: 0,
            assert: list => {
                expect(labels(list)).toEqual(expect.arrayContaining(['Stuurgroep', 'Gemeente.wethouder', 'Gemeente.directeur', 'Aanbieder.regisseur']));
                expect(item(list, 'Stuurgroep').detail).toBe('body: Stuurgroep Jeugd');
                expect(item(list, 'Aanbieder.regisseur').detail).toBe('role: Ketenregisseur');
                // Not a party or an agreement: a level is held by a role or a body.
                expect(labels(list)).not.toContain('Convenant');
            }
        });
    });

    it('offers the roles of the same party after `reports to `', async () => {
        await completion({
            text: at('  role regisseur "Ketenregisseur" reports to bestuurder\n', '  role planner reports to <|>\n'),
            index: 0,
            assert: list => {
                expect(labels(list)).toEqual(expect.arrayContaining(['bestuurder', 'regisseur']));
                // Only plain names of the same party: `Party.role` there is a syntax error (LANGUAGE.md).
                expect(labels(list).filter(label => label.includes('.') || label === 'wethouder')).toEqual([]);
                // Not the role itself (a `role-cycle`).
                expect(labels(list)).not.toContain('planner');
            }
        });
    });

    it('offers nothing inside a comment', async () => {
        for (const text of [
            at('  review every 6 weeks by Stuurgroep\n', '  // some comm<|>\n'),
            `// a note at the top<|>\n${CLEAN}`,
            at('  review every 6 weeks by Stuurgroep\n', '  /* a block <|> comment */\n')
        ]) {
            await completion({ text, index: 0, assert: list => expect(labels(list)).toEqual([]) });
            await clearDocuments(services);
        }
        // Right after a comment's line, keywords again.
        await completion({
            text: at('  review every 6 weeks by Stuurgroep\n', '  // note\n  <|>\n'),
            index: 0,
            assert: list => expect(labels(list).length).toBeGreaterThan(5)
        });
    });

    it('offers the mandates of the agreement after `decides under `', async () => {
        await completion({
            text: CLEAN.replace('decides under Inzet', 'decides under <|>'),
            index: 0,
            assert: list => {
                expect(labels(list)).toContain('Inzet');
                expect(item(list, 'Inzet').detail).toBe('mandate: Inzet ambulante jeugdhulp');
            }
        });
    });

    it('offers the conditions after `needs ` and the commitments after `through `', async () => {
        await completion({ text: CLEAN.replace('needs Tijd', 'needs <|>'), index: 0, assert: list => expect(labels(list)).toContain('Tijd') });
        await completion({ text: CLEAN.replace('through Intake', 'through <|>'), index: 0, assert: list => expect(labels(list)).toContain('Intake') });
    });

    it('offers block keywords inside an agreement, each with its snippet with every field as a placeholder', async () => {
        await completion({
            text: at('  review every 6 weeks by Stuurgroep\n', '  <|>\n'),
            index: 0,
            assert: list => {
                expect(labels(list)).toEqual(expect.arrayContaining(['mandate', 'condition', 'commitment', 'escalation', 'effect', 'goal']));
                const keyword = item(list, 'mandate', 14 /* Keyword */);
                expect(keyword.documentation).toMatch(/Who may decide on behalf of whom/);
                const snippet = item(list, 'mandate', 15 /* Snippet */);
                expect(snippet.insertTextFormat).toBe(2);
                const text = snippet.textEdit?.newText ?? '';
                for (const field of ['from ${3:', 'to ${4:', 'scope "${5:', 'limit ${6:', 'submandate ${9|denied,allowed|}', 'valid ${10:', 'basis "${12:']) {
                    expect(text).toContain(field);
                }
                expect(labels(list)).not.toContain('mandaat');
            }
        });
    });

    it('offers Dutch keywords and Dutch snippets in a Dutch file', async () => {
        const dutch = translateKeywords(parseKetenText(services, CLEAN), 'nl')!;
        await clearDocuments(services);
        await completion({
            text: at('  evaluatie elke 6 weken door Stuurgroep\n', '  <|>\n', dutch),
            index: 0,
            assert: list => {
                expect(labels(list)).toEqual(expect.arrayContaining(['mandaat', 'voorwaarde', 'toezegging', 'escalatie', 'effect']));
                expect(labels(list)).not.toContain('mandate');
                expect(item(list, 'mandaat', 15).textEdit?.newText).toContain('reikwijdte "${5:');
                expect(item(list, 'effect', 15).textEdit?.newText).toContain('streefwaarde');
            }
        });
    });

    it('offers the top-level blocks at the top level', async () => {
        await completion({
            text: `<|>\n${CLEAN}`,
            index: 0,
            assert: list => {
                expect(labels(list)).toEqual(expect.arrayContaining(['party', 'body', 'agreement']));
                expect(item(list, 'party', 15).textEdit?.newText).toContain('reports to ${4:wethouder}');
            }
        });
    });
});

describe('completion offers only what may still be written (issue 10, item 12)', () => {
    const dutchClean = () => translateKeywords(parseKetenText(services, CLEAN), 'nl')!;

    it('does not offer a single-valued field the mandate already has, and offers the one it lacks', async () => {
        const withoutLimit = CLEAN.replace('    limit 25000 EUR per household\n', '');
        await completion({
            text: at('    scope "Besluiten over inzet van ambulante jeugdhulp per gezin"\n', '    <|>\n', withoutLimit),
            index: 0,
            assert: list => {
                for (const present of ['from', 'to', 'scope', 'submandate', 'valid', 'basis']) expect(labels(list)).not.toContain(present);
                expect(labels(list)).toContain('limit');
            }
        });
    });

    it('does not offer parties, period, steering, accountable or review twice in an agreement; goal may repeat', async () => {
        await completion({
            text: at('  review every 6 weeks by Stuurgroep\n', '  <|>\n'),
            index: 0,
            assert: list => {
                for (const present of ['parties', 'period', 'steering', 'accountable', 'review']) expect(labels(list)).not.toContain(present);
                expect(labels(list)).toEqual(expect.arrayContaining(['goal', 'mandate', 'effect']));
            }
        });
    });

    it('offers a field that is being typed at the cursor, and the same in a Dutch file', async () => {
        // `by` of the commitment is the field at the cursor: it is offered, the other fields are not.
        await completion({
            text: CLEAN.replace('    by Aanbieder\n', '    <|>\n'),
            index: 0,
            assert: list => {
                expect(labels(list)).toContain('by');
                for (const present of ['decides', 'needs', 'due']) expect(labels(list)).not.toContain(present);
            }
        });
        await clearDocuments(services);
        await completion({
            text: at('    reikwijdte "Besluiten over inzet van ambulante jeugdhulp per gezin"\n', '    <|>\n', dutchClean()),
            index: 0,
            assert: list => {
                for (const present of ['van', 'aan', 'reikwijdte', 'limiet', 'ondermandaat', 'geldig', 'grondslag']) expect(labels(list)).not.toContain(present);
            }
        });
    });

    it('offers snippets only in the keyword language of the file', async () => {
        const snippetTexts = (list: CompletionList) => list.items.filter(i => i.kind === 15).map(i => i.textEdit?.newText ?? i.insertText ?? '');
        const withoutEffects = (text: string) => text.slice(0, text.indexOf('  effect Wachttijd')) + '  <|>\n}\n';
        await completion({
            text: withoutEffects(CLEAN),
            index: 0,
            assert: list => {
                const texts = snippetTexts(list);
                expect(texts.length).toBeGreaterThanOrEqual(5);
                for (const text of texts) expect(text).not.toMatch(/\b(mandaat|van|aan|voorwaarde|toezegging|escalatie|niveau|soort|eenheid|nulmeting|streefwaarde)\b/);
            }
        });
        await clearDocuments(services);
        await completion({
            text: withoutEffects(dutchClean()),
            index: 0,
            assert: list => {
                const texts = snippetTexts(list);
                expect(texts.length).toBeGreaterThanOrEqual(5);
                for (const text of texts) expect(text).not.toMatch(/\b(mandate|from|scope|condition|commitment|escalation|level|kind|unit|baseline|target|measured)\b/);
            }
        });
    });
});

describe('completion of a qualified name being typed', () => {
    it('offers the roles of the party after `Party.`', async () => {
        await completion({
            text: at('    level Gemeente.wethouder within 20 workdays decides\n', '    level Aanbieder.<|>\n'),
            index: 0,
            assert: list => {
                expect(labels(list)).toEqual(expect.arrayContaining(['Aanbieder.bestuurder', 'Aanbieder.regisseur']));
                // The edit replaces what was typed, so the result is `Aanbieder.regisseur`, not `Aanbieder.Aanbieder.regisseur`.
                const edit = item(list, 'Aanbieder.regisseur').textEdit as { range: { start: { character: number } }; newText: string };
                expect(edit.newText).toBe('Aanbieder.regisseur');
                expect(edit.range.start.character).toBe('    level '.length);
            }
        });
    });
});
