/**
 * Outline (document symbols), workspace symbols by name and title, folding of blocks and doc
 * comments, semantic tokens (declarations vs references, parties vs roles, dates, numbers,
 * units), inlay hints after `decides under M`, and formatting through the formatter service.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EmptyFileSystem } from 'langium';
import {
    clearDocuments, expectFormatting, expectSemanticToken, expectSymbols, expectWorkspaceSymbols, highlightHelper, parseHelper
} from 'langium/test';
import { SemanticTokenModifiers, SemanticTokenTypes, SymbolKind, type DocumentSymbol, type SemanticTokenTypes as TokenType } from 'vscode-languageserver';
import { afterEach, describe, expect, it } from 'vitest';
import { createKetenServices } from '@keten/language';

const CLEAN = readFileSync(join(__dirname, '../fixtures/clean-agreement.keten'), 'utf8');
const { Keten: services, shared } = createKetenServices(EmptyFileSystem);
const parse = parseHelper(services);

afterEach(async () => {
    await clearDocuments(services);
});

describe('outline', () => {
    it('shows parties with roles, bodies, and agreements with their members, titles as detail', async () => {
        await expectSymbols(services)({
            text: CLEAN,
            assert: (symbols: DocumentSymbol[]) => {
                const outline = symbols.map(s => `${s.name}(${(s.children ?? []).map(c => c.name).join(',')})`);
                expect(outline).toEqual([
                    'Gemeente(wethouder,directeur)',
                    'Aanbieder(bestuurder,regisseur)',
                    'Stuurgroep()',
                    'Convenant(Inzet,Tijd,Intake,Casus,Wachttijd)'
                ]);
                expect(symbols[3].detail).toBe('Convenant Jeugdhulp');
                expect(symbols[3].children![0].detail).toBe('Inzet ambulante jeugdhulp');
                // The icons of docs/editor.md: no "abc" (Key, String) or "#" (Number) for a mandate or an effect.
                expect(symbols.map(s => s.kind)).toEqual([SymbolKind.Class, SymbolKind.Class, SymbolKind.Struct, SymbolKind.Module]);
                expect(symbols[0].children!.map(c => c.kind)).toEqual([SymbolKind.Field, SymbolKind.Field]);
                expect(symbols[3].children!.map(c => c.kind)).toEqual([
                    SymbolKind.Interface, SymbolKind.Property, SymbolKind.Function, SymbolKind.Event, SymbolKind.Operator
                ]);
            }
        });
    });

    it('finds every declaration of the workspace by name or by title', async () => {
        await parse(CLEAN, { documentUri: 'file:///ws/clean.keten' });
        await expectWorkspaceSymbols(shared)({
            query: 'ketenregisseur',
            assert: symbols => expect(symbols.map(s => s.name)).toEqual(['Aanbieder.regisseur'])
        });
        await expectWorkspaceSymbols(shared)({
            query: 'wachttijd',
            assert: symbols => {
                expect(symbols.map(s => s.name)).toEqual(['Wachttijd']);
                expect(symbols[0].containerName).toBe('Kortere wachttijd tot start hulp · Convenant');
            }
        });
        await expectWorkspaceSymbols(shared)({
            query: 'Inzet',
            assert: symbols => expect(symbols.map(s => s.name)).toEqual(['Inzet'])
        });
    });
});

describe('folding', () => {
    it('folds every block and multi-line doc comments, not fields', async () => {
        const text = CLEAN.replace('/** De gemeente is opdrachtgever. */', '/**\n * De gemeente is opdrachtgever.\n */')
            .replace('  members Gemeente.wethouder, Aanbieder.bestuurder', '  members Gemeente.wethouder,\n    Aanbieder.bestuurder');
        const document = await parse(text);
        const ranges = await services.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument: { uri: document.uri.toString() } });
        const lines = text.split('\n');
        const folded = ranges.map(r => lines[r.startLine].trim()).sort();
        expect(folded).toEqual([
            '/**',
            'agreement Convenant "Convenant Jeugdhulp" {',
            'body Stuurgroep "Stuurgroep Jeugd" {',
            'commitment Intake "Intake binnen 5 werkdagen" {',
            'condition Tijd "Tijd voor ketenregie" {',
            'effect Wachttijd "Kortere wachttijd tot start hulp" {',
            'escalation Casus "Vastgelopen casus" {',
            'mandate Inzet "Inzet ambulante jeugdhulp" {',
            'party Aanbieder "Jeugdhulpaanbieder Noord" {',
            'party Gemeente "Gemeente Zutphen" {'
        ]);
    });
});

describe('semantic tokens', () => {
    it('tells declarations from references, parties from roles, and marks dates, numbers and units', async () => {
        const text = CLEAN
            .replace('party Gemeente', 'party <|Gemeente|>')
            .replace('steering Gemeente.wethouder', 'steering <|Gemeente|>.<|wethouder|>')
            .replace('  role directeur', '  role <|directeur|>')
            .replace('period 2026-01-01', 'period <|2026-01-01|>')
            .replace('limit 25000 EUR per household', 'limit <|25000|> <|EUR|> per <|household|>')
            .replace('review every 6 weeks', 'review every <|6|> <|weeks|>');
        const tokens = await highlightHelper(services)(text);
        // Ranges in text order: party decl, role decl, date, party ref, role ref, 6, weeks, 25000, EUR, household.
        const expected: TokenType[] = [
            SemanticTokenTypes.class, SemanticTokenTypes.property, 'date' as TokenType, SemanticTokenTypes.class,
            SemanticTokenTypes.property, SemanticTokenTypes.number, 'unit' as TokenType, SemanticTokenTypes.number,
            'unit' as TokenType, 'unit' as TokenType
        ];
        expected.forEach((tokenType, rangeIndex) => expectSemanticToken(tokens, { rangeIndex, tokenType }));
        // Declarations carry the `declaration` modifier, references do not.
        const modifiers = services.lsp.SemanticTokenProvider!.tokenModifiers;
        const declaration = modifiers[SemanticTokenModifiers.declaration];
        const at = (rangeIndex: number) => tokens.tokens.find(t => t.offset === tokens.ranges[rangeIndex][0])!;
        expect(at(0).tokenModifiers & declaration).toBe(declaration);
        expect(at(1).tokenModifiers & declaration).toBe(declaration);
        expect(at(3).tokenModifiers & declaration).toBe(0);
        expect(at(4).tokenModifiers & declaration).toBe(0);
    });
});

describe('inlay hints', () => {
    it('shows the holder and limit of M after `decides under M`', async () => {
        const document = await parse(CLEAN);
        const hints = await services.lsp.InlayHintProvider!.getInlayHints(document, {
            textDocument: { uri: document.uri.toString() },
            range: { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(CLEAN.length) }
        });
        expect(hints).toHaveLength(1);
        expect(hints![0].label).toBe('→ Aanbieder.regisseur, up to 25000 EUR per household');
        expect(hints![0].position).toEqual(document.textDocument.positionAt(CLEAN.indexOf('decides under Inzet') + 'decides under Inzet'.length));
    });
});

describe('formatting', () => {
    it('formats the whole document through the formatter service', async () => {
        await expectFormatting(services)({
            before: CLEAN.replace('  goal "Elk gezin', '      goal     "Elk gezin').replace('    needs Tijd', 'needs   Tijd'),
            after: CLEAN
        });
    });

    it('formats a selection only', async () => {
        const messy = CLEAN.replace('  goal "Elk gezin', '      goal     "Elk gezin').replace('    needs Tijd', 'needs   Tijd');
        const line = messy.split('\n').findIndex(l => l.includes('needs   Tijd'));
        await expectFormatting(services)({
            before: messy,
            after: CLEAN.replace('  goal "Elk gezin', '      goal     "Elk gezin'),
            range: { start: { line, character: 0 }, end: { line, character: 12 } }
        });
    });
});
