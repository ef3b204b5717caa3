/**
 * `keten validate [PATH…]`: check agreements, print findings, exit code for CI (CLI.md).
 */
import * as path from 'node:path';
import { Option, type Command } from 'commander';
import { CliError } from '../cli-error.js';
import { resolveLocale, useColor, type CliContext } from '../cli-context.js';
import { summarize, toValidationResult, type ValidationResult } from '../findings.js';
import { OUTPUT_FORMATS, formatNames } from '../output/formats.js';
import { collectKetenFiles, walkDirectory } from '../workspace/collect-files.js';
import { createServices, loadAndCheck, MAX_FILE_BYTES } from '../workspace/load-workspace.js';
import { ConfigResolver } from '../config/config-resolver.js';
import { recordInput } from '../command-output/inputs-read.js';
import { refuseOutputsOntoInputs, writeOutput } from '../command-output/write-output.js';
import { messagesFor, type CheckedFile, type SourceFile } from '@keten/language';
import { validateWithCache } from '../cache/validate-with-cache.js';
import { checkOnWorkers } from '../workers/validate-on-workers.js';

interface ValidateOptions {
    format: string[];
    output: string[];
    maxWarnings?: string;
    quiet?: boolean;
    config?: string;
    color?: boolean;
    stdin?: boolean;
    stdinFilename?: string;
    locale?: string;
    cache?: boolean;
    cacheLocation?: string;
}

/** One report of a run: a format, written to a file or (without one) to standard output. */
export interface ReportTarget {
    readonly format: string;
    readonly output?: string;
}

type ReportOption = { readonly kind: 'format' | 'output'; readonly value: string };

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerValidateCommand(program: Command, context: CliContext): void {
    // Commander keeps no order between different options; several reports in one run pair
    // each --format with the --output after it, so the order is recorded as options arrive.
    let reportOptions: ReportOption[] = [];
    const command = program
        .command('validate')
        .description('check agreements: print findings and exit 1 when there are errors')
        .argument('[paths...]', 'files, folders or quoted globs (default: the current folder)')
        .option('-f, --format <name>', `output format: ${formatNames().join(', ')} (default: stylish); repeat with -o for several reports`, collect, [])
        .option('-o, --output <file>', 'write the report to a file instead of standard output', collect, [])
        .addOption(new Option('--out <file>', 'the same as --output').hideHelp().argParser(collect).default([]))
        .option('--max-warnings <n>', 'exit 1 when there are more than N warnings')
        .option('--quiet', 'show errors only (warnings still count for --max-warnings)')
        .option('-c, --config <file>', 'one configuration file for every checked file (default: the nearest keten.config.json)')
        .option('--no-color', 'plain output')
        .option('--stdin', 'read one document from standard input (with --stdin-filename)')
        .option('--stdin-filename <name>', 'the file name the standard input is reported under')
        .option('--locale <locale>', 'language of messages: en or nl')
        .option('--cache', 'reuse the findings of files that did not change since the last run with --cache (not with --stdin)')
        .option('--cache-location <path>', 'the cache file, or a folder to keep it in (default: .ketencache in the current folder)')
        .action(async (paths: string[], options: ValidateOptions) => {
            const targets = pairReportTargets(reportOptions);
            reportOptions = [];
            process.exitCode = await runValidate(paths, options, context, targets);
        });
    command.on('option:format', (value: string) => reportOptions.push({ kind: 'format', value }));
    command.on('option:output', (value: string) => reportOptions.push({ kind: 'output', value }));
    command.on('option:out', (value: string) => reportOptions.push({ kind: 'output', value }));
}

/**
 * `-f json -o a.json -f sarif -o b.sarif`: each --format with the --output that follows it.
 * With one --format and one --output their order does not matter. At most one report goes to
 * standard output.
 */
export function pairReportTargets(options: readonly ReportOption[]): ReportTarget[] {
    const formats = options.filter(o => o.kind === 'format');
    const outputs = options.filter(o => o.kind === 'output');
    if (formats.length <= 1 && outputs.length <= 1) {
        return [{ format: formats[0]?.value ?? 'stylish', output: outputs[0]?.value }];
    }
    const targets: Array<{ format: string; output?: string }> = [];
    for (const option of options) {
        if (option.kind === 'format') {
            targets.push({ format: option.value });
            continue;
        }
        const last = targets[targets.length - 1];
        if (!last || last.output !== undefined) {
            throw new CliError(m => m.outputWithoutFormat({ output: option.value }));
        }
        last.output = option.value;
    }
    if (targets.filter(t => t.output === undefined).length > 1) {
        throw new CliError(m => m.oneReportToStandardOutput());
    }
    return targets;
}

export async function runValidate(paths: string[], options: ValidateOptions, context: CliContext, targets: readonly ReportTarget[]): Promise<number> {
    for (const target of targets) {
        if (!OUTPUT_FORMATS[target.format]) {
            throw new CliError(m => m.unknownFormat({ format: target.format, choices: formatNames() }));
        }
    }
    const maxWarnings = parseMaxWarnings(options.maxWarnings);
    const configs = new ConfigResolver(context.cwd, options.config);
    const { checkedPaths, sources, extra } = await documentsToCheck(paths, options, context, configs);
    const locale = resolveLocale(options.locale, context.env, configs.localeFor(checkedPaths));
    const newServices = () => {
        const services = createServices(locale);
        services.Keten.keten.Settings.severityResolver = (uri, ruleId) => configs.severityOf(uri.fsPath, ruleId);
        return services;
    };
    // The cache is not used for --stdin: the document on standard input has no file to compare.
    // Without the cache, from 200 files on, on worker threads (KETEN_WORKERS=1: one thread).
    const loaded: ReadonlyArray<Pick<CheckedFile, 'path' | 'diagnostics'>> = options.cache && !options.stdin
        ? await validateWithCache({ sources, location: options.cacheLocation, outputs: targets.map(t => t.output), context, configs, locale, newServices })
        : (extra.length === 0 ? await checkOnWorkers(sources, { cwd: context.cwd, config: options.config, locale, env: context.env }) : undefined)
            ?? await loadAndCheck(newServices(), sources, { cwd: context.cwd, locale, extra });
    const reported = new Set(checkedPaths);
    const full = toValidationResult(loaded.filter(file => reported.has(file.path)), context.cwd);
    // --quiet shows errors only, and the summary counts what is shown (as ESLint's does);
    // warnings still count for --max-warnings.
    const errorsOnly = full.findings.filter(f => f.severity === 'error');
    const shown: ValidationResult = options.quiet
        ? { ...full, findings: errorsOnly, summary: summarize(full.files.length, errorsOnly), hidden: { warnings: full.summary.warnings, infos: full.summary.infos } }
        : full;
    const tooManyWarnings = maxWarnings !== undefined && full.summary.warnings > maxWarnings;
    // No report is written when one of them would overwrite an input (or two share a file).
    refuseOutputsOntoInputs(targets.map(target => target.output), context);
    for (const target of targets) {
        const color = useColor(options.color, context.env, target.output !== undefined, process.stdout.isTTY === true);
        const text = OUTPUT_FORMATS[target.format](shown, { color, toolVersion: context.version, cwd: context.cwd, locale });
        writeOutput(text, target.output, context);
        if (tooManyWarnings && target.format === 'stylish' && target.output === undefined) {
            context.stdout(`${messagesFor(locale).cli.tooManyWarnings({ maximum: maxWarnings })}\n`);
        }
    }
    return full.summary.errors > 0 || tooManyWarnings ? 1 : 0;
}

interface DocumentsToCheck {
    /** Absolute paths of the documents whose findings are reported. */
    readonly checkedPaths: string[];
    /** Files read from disk and loaded into the workspace. */
    readonly sources: string[];
    /** The `--stdin` document. */
    readonly extra: SourceFile[];
}

async function documentsToCheck(paths: string[], options: ValidateOptions, context: CliContext, configs: ConfigResolver): Promise<DocumentsToCheck> {
    if (options.stdinFilename !== undefined && !options.stdin) {
        throw new CliError(m => m.stdinFilenameWithoutStdin());
    }
    if (options.stdin) {
        if (options.stdinFilename === undefined || options.stdinFilename.trim() === '') {
            throw new CliError(m => m.stdinNeedsFilename());
        }
        if (paths.length > 0) throw new CliError(m => m.stdinWithPaths());
        const stdinName = options.stdinFilename;
        if (!stdinName.endsWith('.keten')) throw new CliError(m => m.stdinNameNotKeten({ name: stdinName }));
        const name = path.resolve(context.cwd, stdinName);
        // The standard input stands for this file: an --output onto it is refused as well.
        recordInput(name, 'agreement');
        const text = await readStandardInput(stdinName);
        // The other agreements under the current folder are loaded so references resolve;
        // a file on disk with the same name is replaced by the standard input.
        const others = walkDirectory(context.cwd).filter(file => file !== name);
        return { checkedPaths: [name], sources: others, extra: [{ path: name, bytes: text }] };
    }
    const collected = await collectKetenFiles(paths, context.cwd);
    const selected = configs.selected(collected);
    if (selected.length === 0) {
        throw new CliError(m => m.configurationLeavesNoFiles());
    }
    const checkedPaths = selected.map(file => file.path);
    return { checkedPaths, sources: checkedPaths, extra: [] };
}

/** Standard input, refused like a file when it grows past MAX_FILE_BYTES. */
async function readStandardInput(name: string): Promise<Uint8Array> {
    const chunks: Buffer[] = [];
    let size = 0;
    try {
        for await (const chunk of process.stdin) {
            chunks.push(chunk as Buffer);
            size += (chunk as Buffer).length;
            if (size > MAX_FILE_BYTES) {
                throw new CliError(m => m.fileTooLarge({ path: name, megabytes: `> ${(MAX_FILE_BYTES / 1024 / 1024).toFixed(1)}`, limit: MAX_FILE_BYTES / 1024 / 1024 }));
            }
        }
    } catch (error) {
        if (error instanceof CliError) throw error;
        throw new CliError(m => m.cannotReadStandardInput({ reason: (error as Error).message }));
    }
    return Buffer.concat(chunks);
}

function parseMaxWarnings(value: string | undefined): number | undefined {
    if (value === undefined) return undefined;
    if (!/^\d+$/.test(value.trim())) {
        throw new CliError(m => m.maxWarningsNotANumber({ value }));
    }
    return Number(value);
}

/** Kept for commands that still import it from here: the shared writer of command-output/. */
export { writeOutput as writeReport } from '../command-output/write-output.js';
