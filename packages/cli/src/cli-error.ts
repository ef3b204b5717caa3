/**
 * A failure to do the job (CLI.md: exit code 2): a missing path, an unknown option, an
 * invalid configuration. Its message is the one line the user reads on standard error.
 */
export class CliError extends Error {
    constructor(message: string, readonly exitCode = 2) {
        super(message);
        this.name = 'CliError';
    }
}
