import { defineBuiltInRule } from '../rule.js';

/** Reported by the document validator from lexer and parser errors (and by the CLI for bad UTF-8). */
export const syntaxError = defineBuiltInRule({
    id: 'syntax-error',
    severity: 'error',
    area: 'structure',
    description: 'The text does not parse: a misspelt keyword, a missing brace or quote, a reserved word used as a name, bytes that are not UTF-8.',
    source: 'LANGUAGE.md: the syntax is the contract; nothing else can be checked in text that does not parse.'
});
