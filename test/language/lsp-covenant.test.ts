/**
 * The editor on whole covenants (COVENANT.md, issue 11): completion of powers, roles, parties
 * and escalation routes where each fits; hover on a power, a data block, a budget, a term and a
 * signatory; definition, references and rename of `Party.power`; the outline with its icons;
 * semantic tokens of the new declarations and references; snippets for power, data, budget and
 * the preamble in the file's keyword language. The text is the whole-covenant fixture with a
 * power of a third party (Vitens), so that what must not be offered is there to be offered.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem, type LangiumDocument } from 'langium';
import {
    clearDocuments, expectCompletion, expectFindReferences, expectGoToDefinition, expectHover, expectSemanticToken, expectSymbols,
    highlightHelper, parseHelper
} from 'langium/test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
    CompletionItemKind, SemanticTokenModifiers, SemanticTokenTypes, SymbolKind,
    type CompletionItem, type CompletionList, type DocumentSymbol, type SemanticTokenTypes as TokenType
} from 'vscode-languageserver';
import { afterEach, describe, expect, it } from 'vitest';
import { createKetenServices } from '@keten/language';

const FIXTURE = readFileSync(join(__dirname, '../fixtures/covenant/whole-covenant.keten'), 'utf8');
const COVENANT = FIXTURE.replace('  role manager "Manager"\n', '  role manager "Manager"\n  power Water "Drinkwater" held by manager basis "Drinkwaterwet"\n');
const DUTCH = readFileSync(join(__dirname, '../fixtures/covenant/heel-convenant.keten'), 'utf8');
const services = createKetenServices(EmptyFileSystem).Keten;
const completion = expectCompletion(services);
const hover = expectHover(services);
const parse = parseHelper(services);

afterEach(async () => {
    services.keten.Settings.locale = 'en';
    await clearDocuments(services);
});

/** The text with `<|>` put `shift` characters into the first `needle`. */
function marked(needle: string, shift: number, text = COVENANT): string {
    const offset = text.indexOf(needle);
    if (offset < 0) throw new Error(`'${needle}' not in the text`);
    return text.slice(0, offset + shift) + '<|>' + text.slice(offset + shift);
}

/** The text with `replacement` (holding `<|>`) instead of the first `needle`. */
function replaced(needle: string, replacement: string, text = COVENANT): string {
    expect(text).toContain(needle);
    return text.replace(needle, replacement);
}

function labels(list: CompletionList): string[] {
    return list.items.map(item => item.label);
}

function item(list: CompletionList, label: string, kind?: number): CompletionItem {
    const found = list.items.find(i => i.label === label && (kind === undefined || i.kind === kind));
    expect(found, `no completion '${label}' among ${labels(list).join(', ')}`).toBeDefined();
    return found!;
}

function snippetTexts(list: CompletionList): string[] {
    return list.items.filter(i => i.kind === CompletionItemKind.Snippet).map(i => i.textEdit?.newText ?? i.insertText ?? '');
}

describe('completion on a whole covenant', () => {
    it('offers the powers of the `by` parties and the mandates after `decides under`, not another party\'s power', async () => {
        await completion({
            text: replaced('decides under Regeling, Apeldoorn.Schuldhulp', 'decides under Regeling, <|>'),
            index: 0,
            assert: list => {
                expect(labels(list)).toEqual(expect.arrayContaining(['Regeling', 'Apeldoorn.Schuldhulp', 'Apeldoorn.Tweede']));
                expect(labels(list)).not.toContain('Vitens.Water');
                const power = item(list, 'Apeldoorn.Schuldhulp');
                expect(power.detail).toBe('power: Schuldhulpverlening');
                expect(power.kind).toBe(CompletionItemKind.Value);
            }
        });
    });

    it('offers the powers of the party after `Party.` being typed, replacing what was typed', async () => {
        await completion({
            text: replaced('decides under Regeling, Apeldoorn.Schuldhulp', 'decides under Regeling, Apeldoorn.<|>'),
            index: 0,
            assert: list => {
                expect(labels(list)).toEqual(expect.arrayContaining(['Apeldoorn.Schuldhulp', 'Apeldoorn.Tweede']));
                const edit = item(list, 'Apeldoorn.Schuldhulp').textEdit as { range: { start: { character: number } }; newText: string };
                expect(edit.newText).toBe('Apeldoorn.Schuldhulp');
                expect(edit.range.start.character).toBe('    decides under Regeling, '.length);
            }
        });
    });

    it('offers the powers of the grantor\'s party after a mandate\'s `power`', async () => {
        await completion({
            text: replaced('    power Apeldoorn.Schuldhulp\n', '    power <|>\n'),
            index: 0,
            assert: list => {
                expect(labels(list)).toEqual(expect.arrayContaining(['Apeldoorn.Schuldhulp', 'Apeldoorn.Tweede']));
                expect(labels(list)).not.toContain('Vitens.Water');
                // `power` in a mandate is a field: no power declaration is offered there.
                expect(snippetTexts(list).join('\n')).not.toContain('held by');
            }
        });
    });

    it('offers the roles of the power\'s own party, by plain name, after `held by`', async () => {
        await completion({
            text: replaced('held by burgemeester', 'held by <|>'),
            index: 0,
            assert: list => {
                expect(labels(list)).toEqual(expect.arrayContaining(['college', 'burgemeester', 'controller']));
                for (const other of ['directeur', 'manager', 'Kredietbank.directeur', 'Apeldoorn.college']) expect(labels(list)).not.toContain(other);
            }
        });
    });

    it('offers the roles of the signing parties after `signatory`', async () => {
        await completion({
            text: replaced('  signatory Kredietbank.directeur\n', '  signatory <|>\n'),
            index: 0,
            assert: list => {
                expect(labels(list)).toEqual(expect.arrayContaining(['Apeldoorn.burgemeester', 'Apeldoorn.college', 'Kredietbank.directeur']));
                // Vitens is involved, not a party: it does not sign. The party `power` is not in the agreement.
                expect(labels(list)).not.toContain('Vitens.manager');
                expect(labels(list)).not.toContain('power.data');
            }
        });
    });

    it('offers the parties and involved parties in a data block\'s from, to and controller and a budget\'s share', async () => {
        for (const [needle, replacement] of [
            ['    from Vitens\n', '    from <|>\n'],
            ['    to Apeldoorn, Kredietbank\n', '    to Apeldoorn, <|>\n'],
            ['    controller Apeldoorn\n', '    controller <|>\n'],
            ['    share Kredietbank 40 %\n', '    share <|>\n']
        ]) {
            await completion({
                text: replaced(needle, replacement),
                index: 0,
                assert: list => {
                    expect(labels(list), replacement).toEqual(expect.arrayContaining(['Apeldoorn', 'Kredietbank', 'Vitens']));
                    expect(labels(list), replacement).not.toContain('power');
                }
            });
            await clearDocuments(services);
        }
    });

    it('offers after `involving` only parties that are not already in `parties`', async () => {
        await completion({
            text: replaced('  involving Vitens\n', '  involving <|>\n'),
            index: 0,
            assert: list => {
                expect(labels(list)).toEqual(expect.arrayContaining(['Vitens', 'power']));
                expect(labels(list)).not.toContain('Apeldoorn');
                expect(labels(list)).not.toContain('Kredietbank');
            }
        });
    });

    it('offers the escalation routes after `disputes`', async () => {
        await completion({
            text: replaced('  disputes Casus\n', '  disputes <|>\n'),
            index: 0,
            assert: list => {
                expect(labels(list)).toContain('Casus');
                expect(item(list, 'Casus').kind).toBe(CompletionItemKind.Event);
            }
        });
    });
});

describe('snippets of the whole covenant, in the file\'s keyword language', () => {
    const agreementEnd = (text: string) => text.lastIndexOf('}\n', text.indexOf('\nparty power'));

    it('offers data, budget and the preamble in an English agreement, and power in an English party', async () => {
        const inAgreement = COVENANT.slice(0, agreementEnd(COVENANT)) + '  <|>\n' + COVENANT.slice(agreementEnd(COVENANT));
        await completion({
            text: inAgreement,
            index: 0,
            assert: list => {
                const data = item(list, 'data', CompletionItemKind.Snippet).textEdit?.newText ?? '';
                for (const field of ['from ${3:', 'to ${4:', 'purpose "${5:', 'basis "${6:', 'retention ${8:', 'controller ${10:']) expect(data).toContain(field);
                expect(item(list, 'budget', CompletionItemKind.Snippet).textEdit?.newText).toMatch(/amount \$\{3:120000\}[\s\S]*share \$\{6:Party\}/);
                const preamble = item(list, 'considering', CompletionItemKind.Snippet).textEdit?.newText ?? '';
                expect(preamble).toMatch(/^considering "[\s\S]*\nbasis "[\s\S]*\nterm [\s\S]*\nsignatory \$\{5:Party\.role\}[\s\S]*pursuant to "/);
                expect(item(list, 'considering', CompletionItemKind.Snippet).labelDetails?.description).toMatch(/preamble/);
                for (const text of snippetTexts(list)) {
                    expect(text).not.toMatch(/\b(gegevens|begroting|overwegende|ondertekenaar|krachtens|begrip|aandeel|doel)\b/);
                }
            }
        });
        await clearDocuments(services);
        await completion({
            text: replaced('  role manager "Manager"\n', '  role manager "Manager"\n  <|>\n'),
            index: 0,
            assert: list => {
                expect(item(list, 'power', CompletionItemKind.Snippet).textEdit?.newText)
                    .toBe('power ${1:Name} "${2:Title}" held by ${3:role} basis "${4:Act, article}"$0');
                expect(labels(list)).not.toContain('bevoegdheid');
            }
        });
    });

    it('offers gegevens, begroting, overwegende and bevoegdheid in a Dutch file, and no English snippet', async () => {
        const end = DUTCH.lastIndexOf('}');
        await completion({
            text: DUTCH.slice(0, end) + '  <|>\n' + DUTCH.slice(end),
            index: 0,
            assert: list => {
                expect(item(list, 'gegevens', CompletionItemKind.Snippet).textEdit?.newText).toMatch(/van \$\{3:Partij\}[\s\S]*doel "[\s\S]*verantwoordelijke/);
                expect(item(list, 'begroting', CompletionItemKind.Snippet).textEdit?.newText).toMatch(/bedrag [\s\S]*aandeel [\s\S]*procent/);
                expect(item(list, 'overwegende', CompletionItemKind.Snippet).textEdit?.newText).toMatch(/grondslag [\s\S]*begrip [\s\S]*ondertekenaar [\s\S]*krachtens/);
                for (const english of ['data', 'budget', 'considering']) expect(labels(list)).not.toContain(english);
                for (const text of snippetTexts(list)) {
                    expect(text).not.toMatch(/\b(data|budget|considering|signatory|pursuant|purpose|share|amount|from|to)\b/);
                }
            }
        });
        await clearDocuments(services);
        await completion({
            text: replaced('  rol college "College"\n', '  rol college "College"\n  <|>\n', DUTCH),
            index: 0,
            assert: list => {
                expect(item(list, 'bevoegdheid', CompletionItemKind.Snippet).textEdit?.newText).toContain('berust bij ${3:rol} grondslag');
                expect(labels(list)).not.toContain('power');
            }
        });
    });
});

describe('hover on a whole covenant', () => {
    it('shows a power\'s party, holder, basis and the mandates that hand it on, on its declaration and on Party.power', async () => {
        const expected = /\*\*power\*\* `Apeldoorn.Schuldhulp` — Schuldhulpverlening[\s\S]*Power of `Apeldoorn` \(Gemeente Apeldoorn\) by law\.[\s\S]*Held by `Apeldoorn.college` \(College van burgemeester en wethouders\)\.[\s\S]*Basis: Wet gemeentelijke schuldhulpverlening, art\. 2\.[\s\S]*Handed on by the mandates `Vroeg.Regeling`\./;
        await hover({ text: marked('power Schuldhulp', 'power Sch'.length), index: 0, hover: expected });
        await clearDocuments(services);
        await hover({ text: marked('decides under Regeling, Apeldoorn.Schuldhulp', 'decides under Regeling, Apeldoorn.Sch'.length), index: 0, hover: expected });
    });

    it('says a power without a basis has none yet', async () => {
        await hover({ text: marked('power Tweede', 'power Tw'.length), index: 0, hover: /Held by `Apeldoorn.burgemeester`[\s\S]*Basis: Gemeentewet\./ });
        await clearDocuments(services);
        await hover({
            text: marked('power Tweede', 'power Tw'.length, COVENANT.replace('power Tweede basis "Gemeentewet" held by burgemeester', 'power Tweede')),
            index: 0,
            hover: /Held by nobody yet: add 'held by ROLE'\.[\s\S]*No basis yet/
        });
    });

    it('shows a data block\'s parties, purpose, basis, special categories, retention and controller', async () => {
        await hover({
            text: marked('data Signalen', 'data Sig'.length),
            index: 0,
            hover: /\*\*data block\*\* `Signalen` — Signalen[\s\S]*From `Vitens` to `Apeldoorn`, `Kredietbank`\.[\s\S]*Purpose: Vroegsignalering\.[\s\S]*Basis: Wgs art\. 5\.[\s\S]*Special categories: geen\.[\s\S]*Kept for 6 months\.[\s\S]*Controller: `Apeldoorn`\./
        });
    });

    it('shows a budget\'s amount and each party\'s share with its part of the amount', async () => {
        await hover({
            text: marked('budget Regietafel', 'budget Reg'.length),
            index: 0,
            hover: /\*\*budget\*\* `Regietafel` — Kosten[\s\S]*Amount: 120000 EUR per year\.[\s\S]*Shares: `Apeldoorn`: 60% \(72000 EUR per year\); `Kredietbank`: 40% \(48000 EUR per year\) — together 100%\./
        });
    });

    it('shows a term\'s meaning', async () => {
        await hover({ text: marked('term Signaal', 'term Sig'.length), index: 0, hover: /\*\*term\*\* `Signaal`[\s\S]*Means: Een melding van een betalingsachterstand/ });
    });

    it('shows a signatory\'s person, party and basis of representation on its role and on its texts', async () => {
        const expected = /\*\*signatory\*\* `Apeldoorn.burgemeester` \(Burgemeester\) — A\. Heijnen, signs for `Apeldoorn` \(Gemeente Apeldoorn\), pursuant to Gemeentewet, art\. 171\.[\s\S]*\*\*role\*\* `Apeldoorn.burgemeester`/;
        await hover({ text: marked('signatory Apeldoorn.burgemeester', 'signatory Apeldoorn.burg'.length), index: 0, hover: expected });
        await clearDocuments(services);
        await hover({ text: marked('"A. Heijnen"', 3), index: 0, hover: expected });
        await clearDocuments(services);
        // On the keyword: what the keyword means.
        await hover({ text: marked('signatory Apeldoorn.burgemeester', 3), index: 0, hover: /\*\*signatory\*\* — `signatory Party\.role "person" pursuant to/ });
    });

    it('writes the hover in Dutch for a Dutch reader', async () => {
        services.keten.Settings.locale = 'nl';
        await hover({
            text: marked('gegevens G', 'gegevens '.length, DUTCH),
            index: 0,
            hover: /\*\*gegevensblok\*\* `G`[\s\S]*Van `Zwolle` aan `Zwolle`\.[\s\S]*Doel: d\.[\s\S]*Bewaartermijn: 1 jaar\.[\s\S]*Verwerkingsverantwoordelijke: `Zwolle`\./
        });
        await clearDocuments(services);
        await hover({
            text: marked('bevoegdheid Jeugd', 'bevoegdheid J'.length, DUTCH),
            index: 0,
            hover: /\*\*bevoegdheid\*\* `Zwolle.Jeugd` — Jeugdhulp[\s\S]*Bevoegdheid van `Zwolle` \(Gemeente Zwolle\) bij wet\.[\s\S]*Berust bij `Zwolle.college`[\s\S]*Grondslag: Jeugdwet\./
        });
    });
});

describe('navigation, references and rename of Party.power', () => {
    it('goes from the power half of Party.power to the power, from the party half to the party', async () => {
        const power = COVENANT.replace('power Schuldhulp', 'power <|Schuldhulp|>');
        await expectGoToDefinition(services)({
            text: power.replace('decides under Regeling, Apeldoorn.Schuldhulp', 'decides under Regeling, Apeldoorn.Schuld<|>hulp'),
            index: 0, rangeIndex: 0
        });
        await clearDocuments(services);
        await expectGoToDefinition(services)({
            text: COVENANT.replace('party Apeldoorn', 'party <|Apeldoorn|>').replace('    power Apeldoorn.Schuldhulp', '    power Apel<|>doorn.Schuldhulp'),
            index: 0, rangeIndex: 0
        });
    });

    it('finds every use of a power', async () => {
        const text = COVENANT
            .replace('    power Apeldoorn.Schuldhulp', '    power <|Apeldoorn.Schuldhulp|>')
            .replace('decides under Regeling, Apeldoorn.Schuldhulp', 'decides under Regeling, <|Apeldoorn.Schuldhulp|>')
            .replace('power Schuldhulp "', 'power Schul<|>dhulp "');
        await expectFindReferences(services)({ text, includeDeclaration: false });
    });

    async function renamed(needle: string, shift: number, newName: string): Promise<string> {
        const document: LangiumDocument = await parse(COVENANT);
        const position = document.textDocument.positionAt(COVENANT.indexOf(needle) + shift);
        const edit = await services.lsp.RenameProvider!.rename(document, { textDocument: { uri: document.uri.toString() }, position, newName });
        return TextDocument.applyEdits(document.textDocument, edit?.changes?.[document.uri.toString()] ?? []);
    }

    it('renames a power and only the power part of every Party.power', async () => {
        const after = await renamed('decides under Regeling, Apeldoorn.Schuldhulp', 'decides under Regeling, Apeldoorn.S'.length, 'Schulden');
        expect(after).toBe(COVENANT.replace('power Schuldhulp', 'power Schulden').replaceAll('Apeldoorn.Schuldhulp', 'Apeldoorn.Schulden'));
    });

    it('renames a party and the party part of every Party.power and Party.role', async () => {
        const after = await renamed('party Apeldoorn', 'party A'.length, 'Deventer');
        expect(after).toBe(COVENANT.replaceAll(/\bApeldoorn\b(?!")/g, 'Deventer').replace('"Gemeente Deventer"', '"Gemeente Apeldoorn"'));
        expect(after).toContain('decides under Regeling, Deventer.Schuldhulp');
    });

    it('renames a role that holds a power in `held by` too', async () => {
        const after = await renamed('role college', 'role c'.length, 'raad');
        expect(after).toContain('held by raad basis');
        expect(after).toContain('from Apeldoorn.raad');
        expect(after).not.toMatch(/\bcollege\b(?! van)/);
    });
});

describe('outline and highlighting of a whole covenant', () => {
    it('lists powers with the roles of their party, and terms, data blocks and budgets in their agreement, with their icons', async () => {
        await expectSymbols(services)({
            text: COVENANT,
            assert: (symbols: DocumentSymbol[]) => {
                const byName = (name: string) => symbols.find(s => s.name === name)!;
                const apeldoorn = byName('Apeldoorn').children!;
                expect(apeldoorn.map(c => `${c.name}:${c.kind}`)).toEqual([
                    `college:${SymbolKind.Field}`, `burgemeester:${SymbolKind.Field}`, `controller:${SymbolKind.Field}`,
                    `Schuldhulp:${SymbolKind.Key}`, `Tweede:${SymbolKind.Key}`
                ]);
                expect(apeldoorn[3].detail).toBe('Schuldhulpverlening');
                const members = byName('Vroeg').children!;
                const kindOf = (name: string) => members.find(m => m.name === name)?.kind;
                expect(kindOf('Signaal')).toBe(SymbolKind.String);
                expect(kindOf('budget')).toBe(SymbolKind.String);
                expect(members.find(m => m.name === 'Signaal')!.detail).toBe('Een melding van een betalingsachterstand');
                expect(kindOf('Signalen')).toBe(SymbolKind.File);
                expect(kindOf('Regietafel')).toBe(SymbolKind.Number);
                expect(members.find(m => m.name === 'Regietafel')!.detail).toBe('Kosten');
                expect(members.map(m => m.name)).toEqual(expect.arrayContaining(['Regeling', 'Uren', 'Huisbezoek', 'Casus', 'Bereik']));
            }
        });
    });

    it('highlights powers as methods, terms as type parameters, data blocks and budgets as variables, shares and open periods', async () => {
        const text = COVENANT
            .replace('power Schuldhulp', 'power <|Schuldhulp|>')
            .replace('period from 2026-01-01', 'period from <|2026-01-01|>')
            .replace('term Signaal', 'term <|Signaal|>')
            .replace('    power Apeldoorn.Schuldhulp', '    power <|Apeldoorn|>.<|Schuldhulp|>')
            .replace('data Signalen', 'data <|Signalen|>')
            .replace('budget Regietafel', 'budget <|Regietafel|>')
            .replace('share Apeldoorn 60', 'share <|Apeldoorn|> <|60|>');
        const tokens = await highlightHelper(services)(text);
        const expected: TokenType[] = [
            SemanticTokenTypes.method, 'date' as TokenType, SemanticTokenTypes.typeParameter, SemanticTokenTypes.class, SemanticTokenTypes.method,
            SemanticTokenTypes.variable, SemanticTokenTypes.variable, SemanticTokenTypes.class, SemanticTokenTypes.number
        ];
        expected.forEach((tokenType, rangeIndex) => expectSemanticToken(tokens, { rangeIndex, tokenType }));
        const declaration = services.lsp.SemanticTokenProvider!.tokenModifiers[SemanticTokenModifiers.declaration];
        const at = (rangeIndex: number) => tokens.tokens.find(t => t.offset === tokens.ranges[rangeIndex][0])!;
        for (const index of [0, 2, 5, 6]) expect(at(index).tokenModifiers & declaration, `range ${index}`).toBe(declaration);
        for (const index of [3, 4, 7]) expect(at(index).tokenModifiers & declaration, `range ${index}`).toBe(0);
    });

    it('shows the role that holds a power after `decides under Party.power`', async () => {
        const document = await parse(COVENANT);
        const hints = await services.lsp.InlayHintProvider!.getInlayHints(document, {
            textDocument: { uri: document.uri.toString() },
            range: { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(COVENANT.length) }
        });
        expect(hints!.map(hint => hint.label)).toEqual(['→ Kredietbank.consulent', '→ Apeldoorn.college, own power']);
    });
});
