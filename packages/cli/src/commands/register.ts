/**
 * `keten register [PATH…] --format md|csv|json`: the mandate register, one row per mandate
 * across the workspace (REPORTS.md, CLI.md).
 */
import type { Command } from 'commander';
import {
    mandateRegisterOf, renderRegisterCsv, renderRegisterJson, renderRegisterMarkdown, type MandateRegisterRow
} from '@keten/report';
import { CliError } from '../cli-error.js';
import type { CliContext } from '../cli-context.js';
import { loadAgreements } from '../workspace/load-agreements.js';
import { writeReport } from './validate.js';

const REGISTER_FORMATS: Record<string, (rows: readonly MandateRegisterRow[]) => string> = {
    md: renderRegisterMarkdown,
    csv: renderRegisterCsv,
    json: renderRegisterJson
};

export function registerRegisterCommand(program: Command, context: CliContext): void {
    program
        .command('register')
        .description('the mandate register: every mandate and sub-mandate in the workspace')
        .argument('[paths...]', 'files, folders or quoted globs (default: the current folder)')
        .option('-f, --format <name>', `output format: ${Object.keys(REGISTER_FORMATS).join(', ')}`, 'md')
        .option('-o, --out <file>', 'write the register to a file instead of standard output')
        .action(async (paths: string[], options: { format: string; out?: string }) => {
            const render = REGISTER_FORMATS[options.format];
            if (!render) throw new CliError(`Unknown format '${options.format}'. Choose one of: ${Object.keys(REGISTER_FORMATS).join(', ')}.`);
            const { documents } = await loadAgreements(paths, context);
            writeReport(render(mandateRegisterOf(documents)), options.out, context);
            process.exitCode = 0;
        });
}
