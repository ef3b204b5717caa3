/**
 * `keten report [PATH…] --data FILE… [--format html|md|json] [--out FILE] [--as-of DATE] [--strict]`:
 * the effect-tracking report (REPORTS.md). Exit 2 when it cannot do its job, 1 only with
 * `--strict` and a data problem; validation findings are part of the report, not a failure.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Option, type Command } from 'commander';
import { messagesFor, model, type Messages } from '@keten/language';
import {
    MeasurementFileError, buildReportModel, chainDiagramOf, effectIdsOf, readMeasurements, renderDiagramDot, renderReportJson, renderReportMarkdown,
    reportHtmlParts, type MeasurementFile, type ReportHtmlOptions, type ReportModel
} from '@keten/report';
import type { ChainLayout } from '@keten/report/chain-layout';
import { CliError } from '../cli-error.js';
import type { CliContext } from '../cli-context.js';
import { relativePath } from '../findings.js';
import { toJsonDiagnostics } from '../output/json.js';
import { loadAgreements } from '../workspace/load-agreements.js';
import { reportSyntaxErrors } from '../workspace/declarations-with-syntax-errors.js';
import { fileIdentity, recordInput } from '../command-output/inputs-read.js';
import { writeOutputParts } from '../command-output/write-output.js';

/**
 * Each format with the words of the run's locale; JSON keeps its English keys and status values.
 * The HTML page comes in parts, one per agreement, written as they come (`writeOutputParts`).
 */
const REPORT_FORMATS: Record<string, (report: ReportModel, texts: Messages['report'], html: ReportHtmlOptions) => Iterable<string>> = {
    html: (report, texts, html) => reportHtmlParts(report, texts, html),
    md: (report, texts) => [renderReportMarkdown(report, texts)],
    json: report => [renderReportJson(report)]
};

/**
 * The HTML report draws each agreement's chain (REPORTS.md: the same picture as the editor's
 * preview) up to this many agreements. Graphviz lays one out in about 25 ms here, so a report
 * of a thousand agreements would take half a minute longer for pictures nobody scrolls through;
 * above it the page says so once, and `keten graph` draws any chain (docs/reports.md).
 */
export const CHAIN_PICTURES_UP_TO = 50;

/**
 * A chain of more than this many nodes in its diagram (parties' roles, bodies, powers, …) is not
 * drawn: Graphviz's layout of a large clustered graph grows faster than its size, and a picture
 * of hundreds of boxes says less than the tables beside it.
 */
export const CHAIN_PICTURE_NODES_UP_TO = 150;

/**
 * The pictures of the chains, laid out by Graphviz, when the report is not too large for them.
 * A picture is extra: when Graphviz cannot be loaded (the bundle copied without its dependency),
 * the report is written without pictures and says why once.
 */
async function chainPicturesFor(report: ReportModel, messages: Messages): Promise<ReportHtmlOptions> {
    if (report.agreements.length === 0) return {};
    if (report.agreements.length > CHAIN_PICTURES_UP_TO) return { chainPicturesUpTo: CHAIN_PICTURES_UP_TO };
    let layout: ChainLayout;
    try {
        layout = await (await import('@keten/report/chain-layout')).loadChainLayout();
    } catch {
        return { chainPicturesUnavailable: true };
    }
    return {
        chainPicture: chain => {
            const diagram = chainDiagramOf(chain, messages.chainDiagram);
            return diagram.nodes.length > CHAIN_PICTURE_NODES_UP_TO ? undefined : layout(renderDiagramDot(diagram, messages.chainDiagram));
        },
        chainPicturesUpTo: CHAIN_PICTURES_UP_TO
    };
}

interface ReportOptions {
    data?: string[];
    format: string;
    out?: string;
    asOf?: string;
    strict?: boolean;
    locale?: string;
}

export function registerReportCommand(program: Command, context: CliContext): void {
    program
        .command('report')
        .description('effect-tracking report: status of every effect from measurement files')
        .argument('[paths...]', 'files, folders or quoted globs (default: the current folder)')
        .option('--data <files...>', 'measurement files (CSV or JSON)')
        .option('-f, --format <name>', `output format: ${Object.keys(REPORT_FORMATS).join(', ')}`, 'html')
        .option('-o, --out <file>', 'write the report to a file instead of standard output')
        .addOption(new Option('--output <file>', 'the same as --out').hideHelp())
        .option('--as-of <date>', 'the report date, YYYY-MM-DD (default: today)')
        .option('--strict', 'exit 1 when a measurement row had to be left out')
        .option('--locale <locale>', 'language of the report and its messages: en or nl')
        .action(async (paths: string[], options: ReportOptions & { output?: string }) => {
            process.exitCode = await runReport(paths, { ...options, out: options.out ?? options.output }, context);
        });
}

export async function runReport(paths: string[], options: ReportOptions, context: CliContext): Promise<number> {
    const render = REPORT_FORMATS[options.format];
    if (!render) throw new CliError(m => m.unknownFormat({ format: options.format, choices: Object.keys(REPORT_FORMATS) }));
    const asOf = options.asOf ?? model.formatDate(model.todayDayNumber());
    if (!model.isValidDate(asOf)) throw new CliError(m => m.asOfNotADate({ value: asOf }));
    // `--data` takes several files, so `keten report --data m.csv agreements/` would read the
    // agreements folder as data: agreement paths written after the data files go back to PATH.
    const dataArgs: string[] = [];
    for (const arg of options.data ?? []) {
        if (isAgreementPath(arg, context.cwd)) paths = [...paths, arg];
        else dataArgs.push(arg);
    }
    // `--data .` or `--data metingen/` (a folder of CSV files) is no measurement file: said,
    // rather than a report without data or "no .keten files found" in the data folder.
    const given = options.data ?? [];
    if (given.length > 0 && dataArgs.length === 0) throw new CliError(m => m.dataNamesNoFile({ path: given[0]! }));
    // Without measurement files the report still shows every agreement, with each effect
    // `no-data` or `not-measurable`. A file named twice (`m.csv ./m.csv`) is read once: its
    // rows are no duplicates of themselves.
    const dataFiles = uniqueFiles(dataArgs.map(file => readDataFile(file, context)));
    const { documents, parsedDocuments, validation, syntaxErrors, locale } = await loadAgreements(paths, context, options.locale);
    const messages = messagesFor(locale);
    let measurements;
    try {
        // Rows of an effect in a declaration left out for its syntax errors are no unknown effect.
        measurements = readMeasurements(dataFiles, effectIdsOf(parsedDocuments.map(d => d.document)), asOf, messages.measurements);
    } catch (error) {
        // Already in the run's locale: the texts were passed in.
        if (error instanceof MeasurementFileError) throw new CliError(error.message);
        throw error;
    }
    const report = buildReportModel({ documents, measurements, asOf, findings: toJsonDiagnostics(validation) });
    const html = options.format === 'html' ? await chainPicturesFor(report, messages) : {};
    writeOutputParts(render(report, messages.report, html), options.out, context);
    // A declaration left out for its syntax errors is said on standard error; the exit code is
    // CLI.md's: 1 only with --strict and a data problem (the syntax errors are among the
    // report's findings, which are part of the report, not a failure of it; docs/reports.md).
    reportSyntaxErrors(syntaxErrors, locale, context);
    return options.strict && report.dataProblems.length > 0 ? 1 : 0;
}

/** A measurement file as read, with the identity of the file on disk (`fileIdentity`). */
type DataFile = MeasurementFile & { readonly identity: string };

function readDataFile(file: string, context: CliContext): DataFile {
    const absolute = path.resolve(context.cwd, file);
    try {
        const stat = fs.statSync(absolute);
        if (!stat.isFile()) throw new CliError(m => m.dataFileNotAFile({ file }));
        recordInput(absolute, 'measurements');
        return { file: relativePath(context.cwd, absolute), bytes: fs.readFileSync(absolute), identity: fileIdentity(absolute) ?? absolute };
    } catch (error) {
        if (error instanceof CliError) throw error;
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') throw new CliError(m => m.dataFileNotFound({ file }));
        throw new CliError(m => m.cannotReadDataFile({ file, reason: code === 'EACCES' ? m.permissionDenied() : (error as Error).message }));
    }
}

/** Each file once, at its first place: `m.csv`, `./m.csv` and a link to it are one file. */
function uniqueFiles(files: readonly DataFile[]): MeasurementFile[] {
    const seen = new Set<string>();
    const unique: MeasurementFile[] = [];
    for (const { identity, file, bytes } of files) {
        if (seen.has(identity)) continue;
        seen.add(identity);
        unique.push({ file, bytes });
    }
    return unique;
}

/** A `.keten` file, a folder or a glob of agreements (never a CSV or JSON data file). */
function isAgreementPath(arg: string, cwd: string): boolean {
    if (/\.keten$/i.test(arg) || /\*\*?\/?[^/]*\.keten$/i.test(arg)) return true;
    try {
        return fs.statSync(path.resolve(cwd, arg)).isDirectory();
    } catch {
        return false;
    }
}
