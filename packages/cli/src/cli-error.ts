/**
 * A failure to do the job (CLI.md: exit code 2): a missing path, an unknown option, an
 * invalid configuration. Its message is the one line the user reads on standard error, in the
 * locale of the run: an error built from the catalogue (`m => m.pathNotFound({ path })`) is
 * written in the language the run resolves, also when it is thrown before the command knows it.
 */
import { messagesFor, type Locale, type Messages } from '@keten/language';

export type CliMessages = Messages['cli'];

/** A text of the CLI catalogue, filled in for whichever locale reads it. */
export type CliText = (messages: CliMessages) => string;

export class CliError extends Error {
    private readonly text?: CliText;

    constructor(message: string | CliText, readonly exitCode = 2) {
        super(typeof message === 'string' ? message : message(messagesFor('en').cli));
        this.name = 'CliError';
        if (typeof message !== 'string') this.text = message;
    }

    /** The message in a locale (English for errors still written as plain text). */
    messageIn(locale: Locale): string {
        return this.text ? this.text(messagesFor(locale).cli) : this.message;
    }
}
