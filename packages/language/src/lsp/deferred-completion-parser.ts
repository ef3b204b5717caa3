/**
 * The parser that completion runs on the text before the cursor, built when completion is
 * first asked for instead of when the server starts. Langium builds it eagerly with every
 * other service in `initialize`, and building it (a second Chevrotain parser with its own
 * self-analysis) is a sixth of the server's start-up: in the playground's worker it stood
 * between opening the page and the first diagnostics (issue 16).
 */
import { createCompletionParser, type CompletionParserResult, type LangiumCompletionParser, type LangiumCoreServices } from 'langium';

export class DeferredCompletionParser {
    private parser: LangiumCompletionParser | undefined;

    constructor(private readonly services: LangiumCoreServices) {}

    parse(input: string): CompletionParserResult {
        this.parser ??= createCompletionParser(this.services);
        return this.parser.parse(input);
    }
}
