/**
 * The reserved words of the language, read from the grammar itself so the list cannot drift
 * from the parser. Used for messages ("reserved word"), completion and the TextMate grammar test.
 */
import { AstUtils, GrammarAST } from 'langium';
import { KetenGrammar } from './generated/grammar.js';

let reserved: ReadonlySet<string> | undefined;

/** Every keyword that is a word (not punctuation such as `{` or `<=`). */
export function reservedWords(): ReadonlySet<string> {
    reserved ??= new Set(
        AstUtils.streamAllContents(KetenGrammar())
            .filter(GrammarAST.isKeyword)
            .map(keyword => keyword.value)
            .filter(value => /^[A-Za-z_][A-Za-z0-9_]*$/.test(value))
    );
    return reserved;
}

export function isReservedWord(word: string): boolean {
    return reservedWords().has(word);
}
