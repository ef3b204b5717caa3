/**
 * Completion: the keywords valid at the cursor (Langium's default, from the grammar) in the
 * language of the file, names in scope (parties, `Party.role`, bodies, mandates, conditions,
 * commitments) with their kind and title in plain words, and the snippet form of each block
 * in the language of the file (DUTCH.md). A field that may be given once and is already in the
 * block is not offered again (the `duplicate-field` list of single-valued fields).
 */
import { GrammarAST, isAstNode, type AstNode, type AstNodeDescription, type LangiumDocument, type ReferenceInfo } from 'langium';
import {
    DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionValueItem
} from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import type { KetenServices } from '../keten-module.js';
import type { KetenSettings } from '../config/keten-settings.js';
import { kindWordOf, titleOfDescription } from './declaration-titles.js';
import { englishFormOf } from '../formatting/keyword-translation.js';
import { englishKeyword, keywordLanguageOf, languageOfKeyword, type KeywordLanguage } from './keyword-languages.js';
import { snippetsForKeyword } from './block-snippets.js';
import { SINGLE_VALUED, isSingleValuedIn } from '../rules/structure/duplicate-field.js';

export class KetenCompletionProvider extends DefaultCompletionProvider {
    protected readonly settings: KetenSettings;
    private languageCache = new WeakMap<LangiumDocument, { version: number; language: KeywordLanguage }>();

    constructor(services: KetenServices) {
        super(services);
        this.settings = services.keten.Settings;
    }

    protected override createReferenceCompletionItem(
        description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext
    ): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const messages = this.settings.messages;
        const kind = kindWordOf(messages, description.type);
        return {
            ...item,
            detail: messages.editor.completionDeclaration({ kind, title: titleOfDescription(description) })
        };
    }

    protected override completionForKeyword(
        context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor
    ): void {
        if (!this.filterKeyword(context, keyword)) return;
        if (this.opensFieldAlreadyThere(context, keyword)) return;
        const messages = this.settings.messages.editor;
        const word = keyword.value;
        const fileLanguage = this.fileLanguage(context.document);
        const language = languageOfKeyword(word);
        if (language && language !== fileLanguage) return;
        acceptor(context, {
            label: word,
            kind: CompletionItemKind.Keyword,
            detail: messages.completionKeyword(),
            // A Dutch keyword is explained through its English twin, as on hover.
            documentation: messages.keywordMeaning[englishFormOf(keyword)] ?? messages.keywordMeaning[englishKeyword(word)] ?? undefined,
            sortText: '1'
        });
        for (const snippet of snippetsForKeyword(word, fileLanguage)) {
            acceptor(context, {
                label: word,
                labelDetails: { description: messages.completionSnippet({ block: snippet.block }) },
                kind: CompletionItemKind.Snippet,
                detail: messages.completionSnippet({ block: snippet.block }),
                insertText: snippet.lines.join('\n'),
                insertTextFormat: InsertTextFormat.Snippet,
                sortText: '2'
            });
        }
    }

    /**
     * Whether the keyword opens a single-valued field (`from`, `van`, `provided` of `provided
     * by`) that the block around the cursor already has, elsewhere than at the cursor.
     */
    protected opensFieldAlreadyThere(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
        const field = this.singleValuedFieldOpenedBy().get(keyword);
        if (!field) return false;
        for (let node: AstNode | undefined = context.node; node; node = node.$container) {
            for (const [property, value] of Object.entries(node)) {
                if (property.startsWith('$') || !Array.isArray(value)) continue;
                for (const item of value) {
                    if (!isAstNode(item) || item.$type !== field || !isSingleValuedIn(field, node.$type)) continue;
                    const cst = item.$cstNode;
                    if (!cst || context.offset < cst.offset || context.offset > cst.end) return true;
                }
            }
        }
        return false;
    }

    private fieldsByKeyword: Map<GrammarAST.Keyword, string> | undefined;

    /** The keywords that open a single-valued field, and the field's type (from the grammar, once). */
    private singleValuedFieldOpenedBy(): Map<GrammarAST.Keyword, string> {
        if (!this.fieldsByKeyword) {
            this.fieldsByKeyword = new Map();
            for (const rule of this.grammar.rules) {
                if (!GrammarAST.isParserRule(rule) || !SINGLE_VALUED.has(rule.name as never)) continue;
                for (const keyword of leadingKeywordsOf(rule.definition)) this.fieldsByKeyword.set(keyword, rule.name);
            }
        }
        return this.fieldsByKeyword;
    }

    /** Keeps the keyword item and its snippet apart (both have the keyword as label). */
    protected override deduplicateItems(items: Parameters<DefaultCompletionProvider['deduplicateItems']>[0]) {
        const seen = new Set<string>();
        return items.filter(item => {
            const key = `${item.label}|${item.kind}|${item.textEdit?.newText ?? item.insertText ?? ''}`;
            if (seen.has(key)) return false;
            seen.add(key);
            return true;
        });
    }

    private fileLanguage(document: LangiumDocument): KeywordLanguage {
        const cached = this.languageCache.get(document);
        if (cached && cached.version === document.textDocument.version) return cached.language;
        const language = keywordLanguageOf(document);
        this.languageCache.set(document, { version: document.textDocument.version, language });
        return language;
    }
}

/**
 * The keywords a grammar element can start with (`'from' | 'van'`, `('provided' 'by') |
 * ('geleverd' 'door')`, `keyword=DecidesKeyword`), through assignments and datatype rules.
 */
function leadingKeywordsOf(element: GrammarAST.AbstractElement, seen = new Set<GrammarAST.AbstractRule>()): GrammarAST.Keyword[] {
    if (GrammarAST.isKeyword(element)) return [element];
    if (GrammarAST.isAlternatives(element)) return element.elements.flatMap(e => leadingKeywordsOf(e, seen));
    if (GrammarAST.isGroup(element)) return element.elements.length > 0 ? leadingKeywordsOf(element.elements[0], seen) : [];
    if (GrammarAST.isAssignment(element)) return leadingKeywordsOf(element.terminal, seen);
    if (GrammarAST.isRuleCall(element)) {
        const rule = element.rule.ref;
        if (!GrammarAST.isParserRule(rule) || !rule.dataType || seen.has(rule)) return [];
        seen.add(rule);
        return leadingKeywordsOf(rule.definition, seen);
    }
    return [];
}
