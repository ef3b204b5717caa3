/**
 * Completion: the keywords valid at the cursor (Langium's default, from the grammar) in the
 * language of the file, names in scope (parties, `Party.role`, bodies, mandates, conditions,
 * commitments) with their kind and title in plain words, and the snippet form of each block.
 */
import type { AstNodeDescription, GrammarAST, LangiumDocument, ReferenceInfo } from 'langium';
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
