/**
 * How many `syntax-error` findings `keten validate` gives a parsed document, and the line of
 * the first: for the one line `keten format`, `diff` and `whatif` print about a file they will
 * not work on (CLI.md), counted and placed as `validate` reports them.
 */
import type { LangiumDocument } from 'langium';
import type { KetenServices } from '../keten-module.js';
import { KetenDocumentValidator } from './keten-document-validator.js';

export function syntaxErrorSummary(services: KetenServices, document: LangiumDocument): { count: number; line?: number } {
    const validator = services.validation.DocumentValidator;
    if (!(validator instanceof KetenDocumentValidator)) throw new TypeError('syntaxErrorSummary needs the services of createKetenServices');
    const errors = validator.syntaxErrorsOf(document);
    return { count: errors.length, line: errors.length > 0 ? errors[0].range.start.line + 1 : undefined };
}
