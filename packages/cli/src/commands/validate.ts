/**
 * `keten validate [PATH…]`: check agreements, print findings, exit code for CI (CLI.md).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Command } from 'commander';
import { CliError } from '../cli-error.js';
import { resolveLocale, useColor, type CliContext } from '../cli-context.js';
import { toValidationResult, type ValidationResult } from '../findings.js';
import { OUTPUT_FORMATS, formatNames } from '../output/formats.js';
import { collectKetenFiles } from '../workspace/collect-files.js';
import { createServices, loadAndCheck } from '../workspace/load-workspace.js';

interface ValidateOptions {
    format: string;
    output?: string;
    maxWarnings?: string;
    quiet?: boolean;
    config?: string;
    color?: boolean;
    stdin?: boolean;
    stdinFilename?: string;
    locale?: string;
}

export function registerValidateCommand(program: Command, context: CliContext): void {
    program
        .command('validate')
        .description('check agreements: print findings and exit 1 when there are errors')
        .argument('[paths...]', 'files, folders or quoted globs (default: the current folder)')
        .option('-f, --format <name>', `output format: ${formatNames().join(', ')}`, 'stylish')
        .option('-o, --output <file>', 'write the report to a file instead of standard output')
        .option('--max-warnings <n>', 'exit 1 when there are more than N warnings')
        .option('--quiet', 'show errors only (warnings still count for --max-warnings)')
        .option('-c, --config <file>', 'one configuration file for every checked file')
        .option('--no-color', 'plain output')
        .option('--locale <locale>', 'language of messages: en or nl')
        .action(async (paths: string[], options: ValidateOptions) => {
            process.exitCode = await runValidate(paths, options, context);
        });
}

export async function runValidate(paths: string[], options: ValidateOptions, context: CliContext): Promise<number> {
    const renderer = OUTPUT_FORMATS[options.format];
    if (!renderer) {
        throw new CliError(`Unknown format '${options.format}'. Choose one of: ${formatNames().join(', ')}.`);
    }
    const maxWarnings = parseMaxWarnings(options.maxWarnings);
    const locale = resolveLocale(options.locale, context.env);
    const files = await collectKetenFiles(paths, context.cwd);
    const services = createServices(locale);
    const checked = await loadAndCheck(services, files.map(f => f.path), { cwd: context.cwd, locale });
    const full = toValidationResult(checked, context.cwd);
    const shown: ValidationResult = options.quiet
        ? { ...full, findings: full.findings.filter(f => f.severity === 'error') }
        : full;
    const color = useColor(options.color, context.env, options.output !== undefined, process.stdout.isTTY === true);
    const text = renderer(shown, { color, toolVersion: context.version });
    writeReport(text, options.output, context);
    const tooManyWarnings = maxWarnings !== undefined && full.summary.warnings > maxWarnings;
    if (tooManyWarnings && options.format === 'stylish' && options.output === undefined) {
        context.stdout(`Keten found too many warnings (maximum: ${maxWarnings}).\n`);
    }
    return full.summary.errors > 0 || tooManyWarnings ? 1 : 0;
}

function parseMaxWarnings(value: string | undefined): number | undefined {
    if (value === undefined) return undefined;
    if (!/^\d+$/.test(value.trim())) {
        throw new CliError(`--max-warnings needs a whole number of 0 or more, not '${value}'.`);
    }
    return Number(value);
}

export function writeReport(text: string, output: string | undefined, context: CliContext): void {
    if (output === undefined) {
        context.stdout(text);
        return;
    }
    const target = path.resolve(context.cwd, output);
    try {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, text);
    } catch (error) {
        throw new CliError(`Cannot write '${output}': ${(error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (error as Error).message}.`);
    }
}
