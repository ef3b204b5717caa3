/**
 * The `keten` command: parses arguments, runs one command, and turns every failure to do the
 * job into one clear line on standard error with exit code 2 (CLI.md). A stack trace is shown
 * only with KETEN_DEBUG=1.
 */
import { Command, CommanderError } from 'commander';
import { messagesFor, type Locale } from '@keten/language';
import { CliError } from './cli-error.js';
import { forgetInputs } from './command-output/inputs-read.js';
import { writeErrorReason } from './command-output/write-error-reason.js';
import { resolveLocale, type CliContext } from './cli-context.js';
import { ConfigResolver } from './config/config-resolver.js';
import { registerValidateCommand } from './commands/validate.js';
import { registerRulesCommand } from './commands/rules.js';
import { registerInitCommand } from './commands/init.js';
import { registerFormatCommand } from './commands/format.js';
import { registerReportCommand } from './commands/report.js';
import { registerGraphCommand } from './commands/graph.js';
import { registerRegisterCommand } from './commands/register.js';
import { registerDocumentCommand } from './commands/document.js';
import { registerDiffCommand } from './commands/diff.js';
import { registerWhatIfCommand } from './commands/whatif.js';
import { registerPlaygroundCommand } from './commands/playground.js';

declare const KETEN_VERSION: string | undefined;

export const VERSION = typeof KETEN_VERSION === 'string' ? KETEN_VERSION : '0.1.0';

export function buildProgram(context: CliContext): Command {
    const program = new Command();
    program
        .name('keten')
        .description('Keten: check, format and report on chain agreements (ketenafspraken).')
        .version(VERSION, '-v, --version', 'print the version')
        .helpOption('-h, --help', 'show help')
        .addHelpCommand('help [command]', 'show help for a command')
        .showSuggestionAfterError(true)
        .exitOverride()
        .configureOutput({
            writeOut: text => context.stdout(text),
            // Commander's own error text is replaced by ours (one line, see `run`).
            writeErr: text => { if (!/^error: /.test(text)) context.stderr(text); },
            outputError: () => undefined
        });
    registerValidateCommand(program, context);
    registerFormatCommand(program, context);
    registerRulesCommand(program, context);
    registerInitCommand(program, context);
    registerReportCommand(program, context);
    registerGraphCommand(program, context);
    registerRegisterCommand(program, context);
    registerDocumentCommand(program, context);
    registerDiffCommand(program, context);
    registerWhatIfCommand(program, context);
    registerPlaygroundCommand(program, context);
    for (const command of program.commands) command.exitOverride().configureOutput(program.configureOutput());
    return program;
}

export async function run(argv: string[], context: CliContext): Promise<number> {
    forgetInputs();
    const code = await runCommand(argv, context);
    // A command's output that could not be written is a failure to do its job (CLI.md), except
    // when the reader of a pipe stopped early (`keten report … | head -1`): then it ends quietly.
    const end = await context.stdoutFinished();
    if (end.kind !== 'failed') return code;
    const locale = localeOfRun(argv, context);
    const messages = messagesFor(locale).cli;
    context.stderr(`keten: ${messages.cannotWriteStandardOutput({ reason: writeErrorReason(end.error, messages) })}\n`);
    return 2;
}

async function runCommand(argv: string[], context: CliContext): Promise<number> {
    const program = buildProgram(context);
    try {
        if (argv.length === 0) {
            program.outputHelp();
            return 0;
        }
        // `keten help nope`: Commander shows the general help and exits 0; it is an unknown command (exit 2), as `keten nope` is.
        if (argv[0] === 'help' && argv[1] !== undefined && !argv[1].startsWith('-') && argv[1] !== 'help'
            && !program.commands.some(command => command.name() === argv[1])) {
            throw new CommanderError(1, 'commander.unknownCommand', `error: unknown command '${argv[1]}'`);
        }
        await program.parseAsync(argv, { from: 'user' });
        return typeof process.exitCode === 'number' ? process.exitCode : 0;
    } catch (error) {
        return reportFailure(error, context, localeOfRun(argv, context));
    }
}

/**
 * The language of a failure's one line, known even when the command failed before resolving
 * it: `--locale`, else `KETEN_LOCALE`, else the configuration of the current folder (DUTCH.md);
 * English when one of them is itself invalid (that is the error being reported).
 */
function localeOfRun(argv: readonly string[], context: CliContext): Locale {
    const at = argv.findIndex(arg => arg === '--locale' || arg.startsWith('--locale='));
    const option = at < 0 ? undefined : argv[at].startsWith('--locale=') ? argv[at].slice('--locale='.length) : argv[at + 1];
    try {
        let configured: Locale | undefined;
        try {
            configured = new ConfigResolver(context.cwd).localeFor([]);
        } catch {
            configured = undefined;
        }
        return resolveLocale(option, context.env, configured);
    } catch {
        return 'en';
    }
}

function reportFailure(error: unknown, context: CliContext, locale: Locale): number {
    const messages = messagesFor(locale).cli;
    if (error instanceof CommanderError) {
        if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
        const detail = error.message.replace(/^error: /, '').replace(/\n[\s\S]*$/, '');
        const argument = /'[^']*'/.exec(detail)?.[0];
        context.stderr(`keten: ${messages.usageError({ code: error.code, detail, argument })}\n`);
        return 2;
    }
    if (error instanceof CliError) {
        context.stderr(`keten: ${error.messageIn(locale)}\n`);
        return error.exitCode;
    }
    if (context.env.KETEN_DEBUG === '1') {
        context.stderr(`${(error as Error)?.stack ?? String(error)}\n`);
    }
    context.stderr(`keten: ${messages.internalError({ message: (error as Error)?.message ?? String(error) })}\n`);
    return 2;
}
