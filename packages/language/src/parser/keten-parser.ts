/**
 * The Keten parser: Langium's parser with two changes to its error recovery, so that a field
 * that is still being typed costs one syntax error at that field and everything after it keeps
 * parsing and linking (issue: field-level error recovery).
 *
 * - A reserved word where a declaration's name belongs (`commitment review { … }`,
 *   `role review "…"`) is taken as that name after the error is recorded, so the writer gets
 *   one `syntax-error` saying the word is reserved instead of a cascade of follow-on errors from
 *   the parser re-reading the word as a keyword. The same for a reference (`through review }`).
 *   Only where what follows can follow a name but not the keyword: a title or `{` right after
 *   a declaration keyword, or `}`, `,` or `.`. A half-typed field (`accountable` on a line above
 *   `mandate Uitstel { … }`) must not swallow the keyword of the next member.
 * - A keyword is never deleted to recover (Chevrotain's single-token deletion): a keyword
 *   where something else was expected is almost always the start of the next field or member,
 *   and deleting it would make the half-typed field swallow the next one. The field ends with
 *   its error instead.
 * - Recovery resumes at the level of fields and members, never inside the parts of a field
 *   (a number, a date range, a duration, a qualified name, a free word): an error there ends
 *   the field, and the parser goes on at the next token that can start a field or member of the
 *   enclosing block. (Chevrotain would otherwise resume inside the field, e.g. take the next
 *   field's keyword as the unit of an amount whose number is missing.)
 */
import { createLangiumParser, type LangiumCoreServices, type LangiumParser } from 'langium';
import { isReservedWord, keywordWords } from '../keywords.js';

/** The parts of Chevrotain's tokens and recognizer that recovery uses. */
interface TokenKind { readonly name: string }
interface Token { readonly image: string; readonly tokenType: TokenKind }
interface RecoveringRecognizer {
    tryInRuleRecovery(expectedTokType: TokenKind, follows: TokenKind[]): Token;
    canRecoverWithSingleTokenDeletion(expectedTokType: TokenKind): boolean;
    invokeRuleCatch(error: unknown, resyncEnabled: boolean, recoveryValue: (error: unknown) => unknown): unknown;
    getCurrRuleFullName(): string;
    LA(howMuch: number): Token;
    consumeToken(): void;
}

/** The token types after which a reserved word is read as a declaration's name. */
const FOLLOWS_A_NAME = new Set(['{', 'STRING']);
/** The token types after which a reserved word is read as a name or reference anywhere. */
const FOLLOWS_A_REFERENCE = new Set(['}', ',', '.']);

/** The keywords (English and Dutch) that a declaration's name follows. */
const DECLARATION_KEYWORDS = new Set([
    'party', 'partij', 'role', 'rol', 'power', 'bevoegdheid', 'body', 'orgaan', 'agreement', 'afspraak',
    'term', 'begrip', 'mandate', 'mandaat', 'condition', 'voorwaarde', 'commitment', 'toezegging',
    'escalation', 'escalatie', 'effect', 'data', 'gegevens', 'budget', 'begroting'
]);

/**
 * Rules that are parts of a field, not fields or members themselves: errors inside them are
 * recovered by the field's enclosing block (Langium names Chevrotain rules with a suffix).
 */
const FIELD_PART_RULES = new Set([
    'ReportsTo', 'DateRange', 'Duration', 'Amount', 'QualifiedName', 'NumberValue', 'DecidesKeyword',
    'SubmandateValue', 'ObligationValue', 'PercentKeyword', 'Comparator', 'Frequency', 'EffectKind',
    'DurationUnit', 'FreeWord'
]);

export function createKetenParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    // `wrapper` is Langium's Chevrotain parser; it is protected, and recovery is only open to
    // change on it (Chevrotain calls `tryInRuleRecovery` after it has saved the mismatch error,
    // and `invokeRuleCatch` when a rule fails).
    const recognizer = (parser as unknown as { wrapper: RecoveringRecognizer }).wrapper;
    const defaultRecovery = recognizer.tryInRuleRecovery.bind(recognizer);
    recognizer.tryInRuleRecovery = (expectedTokType, follows) => {
        const next = recognizer.LA(1);
        const after = recognizer.LA(2).tokenType.name;
        if (expectedTokType.name === 'ID' && next.tokenType.name !== 'ID' && isReservedWord(next.image)
            && ((DECLARATION_KEYWORDS.has(recognizer.LA(0).image) && FOLLOWS_A_NAME.has(after)) || FOLLOWS_A_REFERENCE.has(after))) {
            recognizer.consumeToken();
            return next;
        }
        return defaultRecovery(expectedTokType, follows);
    };
    const defaultDeletion = recognizer.canRecoverWithSingleTokenDeletion.bind(recognizer);
    const keywords = keywordWords();
    recognizer.canRecoverWithSingleTokenDeletion = expectedTokType => {
        const next = recognizer.LA(1);
        return !(next.tokenType.name !== 'ID' && keywords.has(next.image)) && defaultDeletion(expectedTokType);
    };
    const defaultCatch = recognizer.invokeRuleCatch.bind(recognizer);
    recognizer.invokeRuleCatch = (error, resyncEnabled, recoveryValue) => {
        const rule = recognizer.getCurrRuleFullName()?.replace(/\u200B$/, '');
        return defaultCatch(error, resyncEnabled && !FIELD_PART_RULES.has(rule), recoveryValue);
    };
    return parser;
}
