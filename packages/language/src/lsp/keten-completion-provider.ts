/**
 * Completion: the keywords valid at the cursor (Langium's default, from the grammar) in the
 * language of the file, names in scope (parties, `Party.role`, `Party.power`, bodies, mandates,
 * conditions, commitments, escalation routes) with their kind and title in plain words, and the
 * snippet form of each block in the language of the file (DUTCH.md). A field that may be given
 * once and is already in the block is not offered again (the `duplicate-field` list of
 * single-valued fields).
 *
 * Where COVENANT.md says which names fit a place, only those are offered (`fitsThePlace`):
 * after `under`, the powers of the commitment's `by` parties (and the agreement's mandates);
 * after a mandate's `power`, the powers of the party its `from` role belongs to; after
 * `held by`, the roles of the power's own party, by plain name; after `signatory`, the roles of
 * the parties in `parties`; in a data block's `from`/`to`/`controller` and a budget's `share`,
 * the parties in `parties` or `involving`; after `involving`, the parties not in `parties`;
 * after `reports to`, the other roles of the same party, by plain name. Inside a comment
 * nothing is offered.
 * Where nothing is known yet (no `by`, no `from`, no `parties`), every name of the kind is.
 * Typing `.` after a party's name asks for completion at once (a trigger character): each
 * item replaces the whole name typed so far (`Gemeente.` → `Gemeente.wethouder`), never adds to it.
 */
import {
    AstUtils, CstUtils, GrammarAST, isAstNode, type AstNode, type AstNodeDescription, type LangiumDocument, type ReferenceInfo, type Stream
} from 'langium';
import {
    DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionProviderOptions, type CompletionValueItem
} from 'langium/lsp';
import { CompletionItemKind, CompletionList, InsertTextFormat, type CancellationToken, type CompletionParams } from 'vscode-languageserver';
import type { KetenServices } from '../keten-module.js';
import type { KetenSettings } from '../config/keten-settings.js';
import { kindWordOf, titleOfDescription } from './declaration-titles.js';
import { keywordLanguageOf, languageOfKeyword, type KeywordLanguage } from './keyword-languages.js';
import { snippetsForKeyword } from './block-snippets.js';
import { keywordMeaningOf } from './keyword-meaning.js';
import { SINGLE_VALUED, isSingleValuedIn } from '../rules/structure/duplicate-field.js';
import {
    isAgreement, isCommitment, isControllerField, isDataFromField, isDataToField, isDecidesField, isHeldByField, isInvolvingField,
    isMandate, isMandatePowerField, isPower, isReportsTo, isShareField, isSignatoryField, type Agreement
} from '../generated/ast.js';
import { involvedPartiesOf, partiesOf } from '../model/agreements.js';
import { committingPartiesOf, grantorOf } from '../model/mandates.js';
import { partyOfHolder } from '../model/parties.js';

export class KetenCompletionProvider extends DefaultCompletionProvider {
    /** `Gemeente.` offers the party's roles and powers as soon as the dot is typed (the replaced range is the whole name). */
    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: ['.'] };
    protected readonly settings: KetenSettings;
    private languageCache = new WeakMap<LangiumDocument, { version: number; language: KeywordLanguage }>();

    constructor(services: KetenServices) {
        super(services);
        this.settings = services.keten.Settings;
    }

    /** Nothing inside a comment: what is written there is the writer's, not the language's. */
    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        if (isInComment(document, document.textDocument.offsetAt(params.position))) return CompletionList.create([], false);
        return super.getCompletion(document, params, cancelToken);
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

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const candidates = super.getReferenceCandidates(refInfo, context);
        const fits = this.fitsThePlace(refInfo);
        return fits ? candidates.filter(fits) : candidates;
    }

    /** Which names fit the reference's place (COVENANT.md); `undefined` when every name of the kind does. */
    protected fitsThePlace(refInfo: ReferenceInfo): ((description: AstNodeDescription) => boolean) | undefined {
        const container = refInfo.container;
        const partyOf = (description: AstNodeDescription) => description.name.split('.')[0];
        const named = (names: readonly string[]) => names.length > 0 ? new Set(names) : undefined;
        const agreement = AstUtils.getContainerOfType(container, isAgreement);
        if (isDecidesField(container)) {
            const commitment = AstUtils.getContainerOfType(container, isCommitment);
            const by = named(commitment ? committingPartiesOf(commitment).map(party => party.name) : []);
            return by && (description => description.type !== 'Power' || by.has(partyOf(description)));
        }
        if (isMandatePowerField(container)) {
            const mandate = AstUtils.getContainerOfType(container, isMandate);
            const party = partyOfHolder(mandate ? grantorOf(mandate) : undefined);
            return party && (description => partyOf(description) === party.name);
        }
        if (isReportsTo(container)) {
            // `reports to` names another role of the same party by its plain name (LANGUAGE.md).
            const role = container.$container;
            return description => !description.name.includes('.') && description.node?.$container === role.$container && description.node !== role;
        }
        if (isHeldByField(container)) {
            const power = AstUtils.getContainerOfType(container, isPower);
            // `held by` names a role of the power's own party by its plain name.
            return description => !description.name.includes('.') && (!power || description.node?.$container === power.$container);
        }
        if (isSignatoryField(container)) {
            const listed = named(agreement ? partiesOf(agreement).map(party => party.name) : []);
            return listed && (description => listed.has(partyOf(description)));
        }
        if (isDataFromField(container) || isDataToField(container) || isControllerField(container) || isShareField(container)) {
            const inAgreement = named(agreement ? partiesInAgreement(agreement) : []);
            return inAgreement && (description => inAgreement.has(description.name));
        }
        if (isInvolvingField(container)) {
            // A party in both `parties` and `involving` is `duplicate-name`.
            const listed = new Set(agreement ? partiesOf(agreement).map(party => party.name) : []);
            return description => !listed.has(description.name);
        }
        return undefined;
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
            documentation: keywordMeaningOf(messages, keyword),
            sortText: '1'
        });
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name;
        for (const snippet of snippetsForKeyword(word, fileLanguage, rule)) {
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

/** The names of the parties in `parties` and `involving`. */
function partiesInAgreement(agreement: Agreement): string[] {
    return [...partiesOf(agreement), ...involvedPartiesOf(agreement)].map(party => party.name);
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

/** Whether the offset is inside a line comment or a block comment (after its first character, up to its end). */
function isInComment(document: LangiumDocument, offset: number): boolean {
    const root = document.parseResult.value.$cstNode;
    if (!root) return false;
    for (const leaf of CstUtils.flattenCst(root)) {
        if (leaf.offset >= offset) return false;
        if (!leaf.hidden || offset > leaf.end) continue;
        const name = leaf.tokenType.name;
        // A line comment runs to the end of its line; a block comment ends with its `*/`.
        if (name === 'SL_COMMENT') return true;
        if (name === 'ML_COMMENT') return offset < leaf.end || !leaf.text.endsWith('*/');
    }
    return false;
}
