/**
 * The Keten parser: Langium's parser with one addition to its error recovery. A reserved word
 * where a name belongs (`commitment review { … }`) is taken as that name after the error is
 * recorded, so the writer gets one `syntax-error` saying the word is reserved instead of a
 * cascade of follow-on errors from the parser re-reading the word as a keyword.
 */
import { createLangiumParser, type LangiumCoreServices, type LangiumParser } from 'langium';
import { isReservedWord } from '../keywords.js';

/** The parts of Chevrotain's tokens and recognizer that in-rule recovery uses. */
interface TokenKind { readonly name: string }
interface Token { readonly image: string; readonly tokenType: TokenKind }
interface RecoveringRecognizer {
    tryInRuleRecovery(expectedTokType: TokenKind, follows: TokenKind[]): Token;
    LA(howMuch: number): Token;
    consumeToken(): void;
}

export function createKetenParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    // `wrapper` is Langium's Chevrotain parser; it is protected, and recovery is only open to
    // change on it (Chevrotain calls `tryInRuleRecovery` after it has saved the mismatch error).
    const recognizer = (parser as unknown as { wrapper: RecoveringRecognizer }).wrapper;
    const defaultRecovery = recognizer.tryInRuleRecovery.bind(recognizer);
    recognizer.tryInRuleRecovery = (expectedTokType, follows) => {
        const next = recognizer.LA(1);
        if (expectedTokType.name === 'ID' && next.tokenType.name !== 'ID' && isReservedWord(next.image)) {
            recognizer.consumeToken();
            return next;
        }
        return defaultRecovery(expectedTokType, follows);
    };
    return parser;
}
