/**
 * `keten register [PATH…] --format md|csv|json`: the mandate register, one row per mandate
 * across the workspace (REPORTS.md, CLI.md).
 */
import { Option, type Command } from 'commander';
import { messagesFor } from '@keten/language';
import {
    mandateRegisterOf, renderRegisterCsv, renderRegisterJson, renderRegisterMarkdown, type MandateRegister, type RegisterTexts
} from '@keten/report';
import { CliError } from '../cli-error.js';
import type { CliContext } from '../cli-context.js';
import { loadAgreements } from '../workspace/load-agreements.js';
import { reportSyntaxErrors } from '../workspace/declarations-with-syntax-errors.js';
import { writeOutput } from '../command-output/write-output.js';

/** Markdown and CSV in the run's locale; JSON keeps its English keys and values (DUTCH.md). */
const REGISTER_FORMATS: Record<string, (register: MandateRegister, texts: RegisterTexts) => string> = {
    md: (rows, texts) => renderRegisterMarkdown(rows, texts),
    csv: (rows, texts) => renderRegisterCsv(rows, texts),
    json: rows => renderRegisterJson(rows)
};

export function registerRegisterCommand(program: Command, context: CliContext): void {
    program
        .command('register')
        .description('the mandate register: every mandate and sub-mandate in the workspace')
        .argument('[paths...]', 'files, folders or quoted globs (default: the current folder)')
        .option('-f, --format <name>', `output format: ${Object.keys(REGISTER_FORMATS).join(', ')}`, 'md')
        .option('-o, --out <file>', 'write the register to a file instead of standard output')
        .addOption(new Option('--output <file>', 'the same as --out').hideHelp())
        .option('--locale <locale>', 'language of the Markdown and CSV register: en or nl')
        .action(async (paths: string[], options: { format: string; out?: string; output?: string; locale?: string }) => {
            const render = REGISTER_FORMATS[options.format];
            if (!render) throw new CliError(m => m.unknownFormat({ format: options.format, choices: Object.keys(REGISTER_FORMATS) }));
            const { documents, syntaxErrors, locale } = await loadAgreements(paths, context, options.locale);
            writeOutput(render(mandateRegisterOf(documents), messagesFor(locale).register), options.out ?? options.output, context);
            // A file with syntax errors: one line each on standard error, exit 1 (as `validate`).
            process.exitCode = reportSyntaxErrors(syntaxErrors, locale, context);
        });
}
