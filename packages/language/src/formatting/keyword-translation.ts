/**
 * Rewrites the keywords of a document into English or Dutch (DUTCH.md; `keten format --locale`).
 * Only keyword tokens change: names, strings, comments, free words and the layout stay
 * exactly as they are.
 *
 * The same word translates differently by place (`to` is `tot` in a date range, `aan` in a
 * mandate and `onder` in `reports to`; `by` is `door`, but `uiterlijk` in a target; `from` is
 * `van` in a mandate, `uit` in `measured … from`; `soort` is `type` in a party, `kind` in an
 * effect), so the translation is looked up by the grammar rule that parsed the keyword (the
 * CST leaf's grammar source). Keywords parsed as free words (`FreeWord`: party types, units,
 * `per` words) or as names are not keywords there and are never touched. One phrase has a
 * different number of words in the two languages (`pursuant to` / `krachtens`): it is
 * translated as a whole (`KEYWORD_PHRASES`); a comment or line end between its words is kept after it.
 */
import { AstUtils, CstUtils, GrammarAST, type LangiumDocument, type LeafCstNode } from 'langium';
import { hasSyntaxErrors } from './canonical-layout.js';

export type KeywordLanguage = 'en' | 'nl';

/** English ↔ Dutch keyword pairs, per grammar rule (DUTCH.md, "Keywords"). */
export const KEYWORD_TRANSLATIONS: Readonly<Record<string, ReadonlyArray<readonly [en: string, nl: string]>>> = {
    Party: [['party', 'partij']],
    TypeField: [['type', 'soort']],
    Role: [['role', 'rol']],
    ReportsTo: [['reports', 'valt'], ['to', 'onder']],
    Power: [['power', 'bevoegdheid']],
    HeldByField: [['held', 'berust'], ['by', 'bij']],
    Body: [['body', 'orgaan']],
    MembersField: [['members', 'leden']],
    ChairField: [['chair', 'voorzitter']],
    Agreement: [['agreement', 'afspraak']],
    PartiesField: [['parties', 'partijen']],
    PeriodField: [['period', 'looptijd'], ['from', 'vanaf']],
    DateRange: [['to', 'tot']],
    GoalField: [['goal', 'doel']],
    SteeringField: [['steering', 'sturing']],
    AccountableField: [['accountable', 'verantwoordelijk']],
    ReviewField: [['review', 'evaluatie'], ['every', 'elke'], ['by', 'door']],
    ConsideringField: [['considering', 'overwegende']],
    Term: [['term', 'begrip']],
    SignatoryField: [['signatory', 'ondertekenaar']],
    InvolvingField: [['involving', 'betrokken']],
    RenewalField: [['renewal', 'verlenging']],
    TerminationField: [['termination', 'opzegging'], ['notice', 'termijn']],
    AmendmentField: [['amendment', 'wijziging']],
    AccessionField: [['accession', 'toetreding']],
    DisputesField: [['disputes', 'geschillen']],
    PublicationField: [['publication', 'publicatie'], ['within', 'binnen']],
    Mandate: [['mandate', 'mandaat']],
    FromField: [['from', 'van']],
    ToField: [['to', 'aan']],
    ScopeField: [['scope', 'reikwijdte']],
    LimitField: [['limit', 'limiet']],
    SubmandateField: [['submandate', 'ondermandaat']],
    ValidField: [['valid', 'geldig']],
    BasisField: [['basis', 'grondslag']],
    MandatePowerField: [['power', 'bevoegdheid']],
    Amount: [['per', 'per']],
    Condition: [['condition', 'voorwaarde']],
    ProvidedByField: [['provided', 'geleverd'], ['by', 'door']],
    ResourceField: [['resource', 'middel']],
    BeforeField: [['before', 'voor']],
    Commitment: [['commitment', 'toezegging']],
    ByField: [['by', 'door']],
    DecidesField: [['under', 'onder']],
    NeedsField: [['needs', 'vereist']],
    DueField: [['due', 'uiterlijk'], ['within', 'binnen'], ['after', 'na']],
    ObligationField: [['obligation', 'verplichting']],
    ObligationValue: [['effort', 'inspanning'], ['result', 'resultaat']],
    Escalation: [['escalation', 'escalatie']],
    Level: [['level', 'niveau'], ['within', 'binnen']],
    Effect: [['effect', 'effect']],
    KindField: [['kind', 'soort']],
    IndicatorField: [['indicator', 'indicator']],
    UnitField: [['unit', 'eenheid']],
    BaselineField: [['baseline', 'nulmeting'], ['on', 'op']],
    TargetField: [['target', 'streefwaarde'], ['by', 'uiterlijk']],
    MeasuredField: [['measured', 'gemeten'], ['by', 'door'], ['from', 'uit']],
    ThroughField: [['through', 'via']],
    DecidesKeyword: [['decides', 'beslist']],
    SubmandateValue: [['allowed', 'toegestaan'], ['denied', 'uitgesloten']],
    Frequency: [['weekly', 'wekelijks'], ['monthly', 'maandelijks'], ['quarterly', 'driemaandelijks'], ['yearly', 'jaarlijks']],
    EffectKind: [['outcome', 'uitkomst'], ['quality', 'kwaliteit'], ['output', 'prestatie']],
    DataSharing: [['data', 'gegevens']],
    DataFromField: [['from', 'van']],
    DataToField: [['to', 'aan']],
    PurposeField: [['purpose', 'doel']],
    CategoriesField: [['categories', 'categorieën']],
    SpecialField: [['special', 'bijzonder']],
    RetentionField: [['retention', 'bewaartermijn']],
    ControllerField: [['controller', 'verantwoordelijke']],
    Budget: [['budget', 'begroting']],
    AmountField: [['amount', 'bedrag']],
    ShareField: [['share', 'aandeel']],
    PercentKeyword: [['percent', 'procent']],
    DurationUnit: [
        ['day', 'dag'], ['days', 'dagen'], ['workday', 'werkdag'], ['workdays', 'werkdagen'], ['week', 'week'],
        ['weeks', 'weken'], ['month', 'maand'], ['months', 'maanden'], ['year', 'jaar'], ['years', 'jaren']
    ]
};

/**
 * Keyword phrases whose two forms differ in their number of words, per grammar rule: the
 * English words, then the Dutch ones. Translated as a whole, word tokens and the spaces
 * between them.
 */
export const KEYWORD_PHRASES: Readonly<Record<string, ReadonlyArray<readonly [en: readonly string[], nl: readonly string[]]>>> = {
    SignatoryField: [[['pursuant', 'to'], ['krachtens']]]
};

/**
 * Other spellings of a Dutch keyword, to its form in the table: `categorieen` (without the
 * diaeresis) and `categorieën` written with a combining diaeresis (Unicode NFD).
 */
export const DUTCH_KEYWORD_SPELLINGS: Readonly<Record<string, string>> = {
    categorieen: 'categorieën',
    'categorieën': 'categorieën'
};

/** The grammar rule that parsed a keyword token (`DateRange`, `ToField`, `Keyword`, …). */
export function ruleOfKeyword(leaf: LeafCstNode): string | undefined {
    if (!GrammarAST.isKeyword(leaf.grammarSource)) return undefined;
    return AstUtils.getContainerOfType(leaf.grammarSource, GrammarAST.isParserRule)?.name;
}

/** The keyword `word` of rule `rule` in the other language form, or undefined if it has none. */
export function translateKeyword(rule: string, word: string, into: KeywordLanguage): string | undefined {
    const written = DUTCH_KEYWORD_SPELLINGS[word] ?? word;
    const pair = KEYWORD_TRANSLATIONS[rule]?.find(([en, nl]) => en === written || nl === written);
    if (!pair) return undefined;
    return into === 'en' ? pair[0] : pair[1];
}

/**
 * The English form of a keyword of the grammar, by the rule it belongs to: `soort` is `type`
 * in a party and `kind` in an effect, `onder` is `to` in `valt onder` and `under` in
 * `beslist onder`. A keyword without a pair in its rule is returned as it is.
 */
export function englishFormOf(keyword: GrammarAST.Keyword): string {
    const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name;
    return (rule && translateKeyword(rule, keyword.value, 'en')) || keyword.value;
}

/**
 * The text of a parsed document with every keyword in the given language.
 * Returns undefined when the document has syntax errors (then it is not rewritten; the caller
 * reports the errors). The document needs only to be parsed, not linked.
 */
export function translateKeywords(document: LangiumDocument, into: KeywordLanguage): string | undefined {
    if (hasSyntaxErrors(document)) return undefined;
    const text = document.textDocument.getText();
    const root = document.parseResult.value.$cstNode;
    if (!root) return text;
    let result = '';
    let position = 0;
    const leaves = CstUtils.flattenCst(root).filter(leaf => !leaf.hidden).toArray();
    for (let index = 0; index < leaves.length; index++) {
        const leaf = leaves[index];
        const rule = ruleOfKeyword(leaf);
        if (!rule) continue;
        const phrase = phraseAt(leaves, index, rule, into);
        if (phrase) {
            const last = leaves[index + phrase.length - 1];
            result += text.slice(position, leaf.offset) + phrase.translated + commentsBetween(text, leaves, index, phrase.length);
            position = last.end;
            index += phrase.length - 1;
            continue;
        }
        const translated = translateKeyword(rule, leaf.text, into);
        if (translated === undefined || translated === leaf.text) continue;
        result += text.slice(position, leaf.offset) + translated;
        position = leaf.end;
    }
    return result + text.slice(position);
}

/**
 * What stands between the words of a phrase and must stay after its translation: comments
 * (`pursuant`, a block comment, `to` becomes `krachtens` and the comment) and line ends (every
 * token after the phrase stays on its line, so a `keten-disable-next-line` comment above still
 * covers exactly the tokens it covered). The text between the words without the words, its
 * trailing spaces dropped but a line end kept (a line comment must stay closed by one); empty
 * when only spaces stand between the words.
 */
function commentsBetween(text: string, leaves: readonly LeafCstNode[], index: number, length: number): string {
    let between = '';
    for (let i = index + 1; i < index + length; i++) between += text.slice(leaves[i - 1].end, leaves[i].offset);
    return /^[ \t]*$/.test(between) ? '' : between.replace(/[ \t]+$/, '');
}

/** A keyword phrase of `KEYWORD_PHRASES` starting at `leaves[index]`, in the other language. */
function phraseAt(leaves: readonly LeafCstNode[], index: number, rule: string, into: KeywordLanguage): { translated: string; length: number } | undefined {
    for (const [en, nl] of KEYWORD_PHRASES[rule] ?? []) {
        const from = into === 'en' ? nl : en;
        const to = into === 'en' ? en : nl;
        if (from.every((word, i) => leaves[index + i]?.text === word && ruleOfKeyword(leaves[index + i]) === rule)) {
            return { translated: to.join(' '), length: from.length };
        }
    }
    return undefined;
}
