/**
 * `keten document [PATH…] [--agreement NAME] [-f html|docx|pdf|md] [-o FILE] [--locale nl|en]
 * [--date YYYY-MM-DD] [--place "…"] [--strict]`: the readable covenant text of each agreement
 * (DOCUMENT.md). One document per agreement: with one agreement html and md may go to standard
 * output, docx and pdf need `-o`; with several, `-o` is a folder and each file is named after
 * its agreement. An agreement with errors is written as a draft (a mark on every page) and the
 * command exits 1; `--strict` writes none of those. Exit 2 when it cannot do its job.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Option, type Command } from 'commander';
import { messagesFor, model, type Agreement, type Document } from '@keten/language';
import { covenantDocumentOf, draftErrorsOf, renderDocumentHtml, renderDocumentMarkdown, sourceDateEpoch, type CovenantDocument, type FileDates, type PlacedRange } from '@keten/document';
import { AstUtils, type AstNode } from 'langium';
import { CliError } from '../cli-error.js';
import type { CliContext } from '../cli-context.js';
import type { ValidationResult } from '../findings.js';
import { loadAgreements } from '../workspace/load-agreements.js';
import { makeFolders } from '../command-output/make-folders.js';
import { refuseOutputsOntoInputs } from '../command-output/write-output.js';
import { writeErrorReason } from '../command-output/write-error-reason.js';
import { reportSyntaxErrors, type FileWithSyntaxErrors } from '../workspace/declarations-with-syntax-errors.js';

/**
 * Each format's renderer; html and md are text, docx and pdf are files (which carry the date
 * they were made: `dates`). The DOCX and PDF libraries are loaded only when asked for, so they
 * cost the other commands nothing at start.
 */
const DOCUMENT_FORMATS = {
    html: { text: true, render: async (document: CovenantDocument) => renderDocumentHtml(document) },
    docx: { text: false, render: async (document: CovenantDocument, dates: FileDates) => (await import('@keten/document/docx')).renderDocumentDocx(document, dates) },
    pdf: { text: false, render: async (document: CovenantDocument, dates: FileDates) => (await import('@keten/document/pdf')).renderDocumentPdf(document, dates) },
    md: { text: true, render: async (document: CovenantDocument) => renderDocumentMarkdown(document) }
} as const satisfies Record<string, { text: boolean; render: (document: CovenantDocument, dates: FileDates) => Promise<string | Uint8Array> }>;

type DocumentFormat = keyof typeof DOCUMENT_FORMATS;

interface DocumentCommandOptions {
    agreement?: string;
    format: string;
    out?: string;
    output?: string;
    locale?: string;
    date?: string;
    place?: string;
    strict?: boolean;
}

export function registerDocumentCommand(program: Command, context: CliContext): void {
    program
        .command('document')
        .description('the readable covenant text of each agreement: HTML, Word (DOCX), PDF or Markdown')
        .argument('[paths...]', 'files, folders or quoted globs (default: the current folder)')
        .option('--agreement <name>', 'the agreement to write (default: every agreement)')
        .option('-f, --format <name>', `output format: ${Object.keys(DOCUMENT_FORMATS).join(', ')}`, 'html')
        .option('-o, --out <path>', 'the file to write; with several agreements, the folder to write them into')
        .addOption(new Option('--output <path>', 'the same as --out').hideHelp())
        .option('--locale <locale>', 'language of the document: nl or en')
        .option('--date <date>', 'the date of signing, YYYY-MM-DD (default: a line to fill in)')
        .option('--place <place>', 'the place of signing (default: a line to fill in)')
        .option('--strict', 'write no document for an agreement with errors')
        .action(async (paths: string[], options: DocumentCommandOptions) => {
            process.exitCode = await runDocument(paths, options, context);
        });
}

interface Job {
    readonly agreement: Agreement;
    readonly errors: number;
}

export async function runDocument(paths: string[], options: DocumentCommandOptions, context: CliContext): Promise<number> {
    const format = options.format as DocumentFormat;
    if (!Object.hasOwn(DOCUMENT_FORMATS, format)) {
        throw new CliError(m => m.unknownFormat({ format: options.format, choices: Object.keys(DOCUMENT_FORMATS) }));
    }
    if (options.date !== undefined && !model.isValidDate(options.date)) {
        const value = options.date;
        throw new CliError(m => m.documentDateNotADate({ value }));
    }
    // SOURCE_DATE_EPOCH: the date a DOCX or PDF says it was made, so that a run gives the same
    // bytes every time (html and md carry no date and are the same on every run anyway).
    const created = DOCUMENT_FORMATS[format].text ? undefined : sourceDateEpoch(context.env.SOURCE_DATE_EPOCH);
    if (created === 'invalid') {
        const value = context.env.SOURCE_DATE_EPOCH ?? '';
        throw new CliError(m => m.documentSourceDateEpochInvalid({ value }));
    }
    const out = options.out ?? options.output;
    const { documents, validation, syntaxErrors, locale } = await loadAgreements(paths, context, options.locale);
    // A declaration with syntax errors is left out, one line per file says so (CLI.md), and the
    // run exits 1: no text presents half an agreement, or an agreement without its party, as complete.
    const incomplete = reportSyntaxErrors(syntaxErrors, locale, context);
    const inputs = new Set(documents.map(d => path.resolve(context.cwd, d.file)));
    const agreements = documents.flatMap(d => model.agreementsOf(d.document));
    if (agreements.length === 0) {
        if (syntaxErrors.some(file => file.leftOut.some(declaration => declaration.kind === 'Agreement'))) return 1;
        throw new CliError(m => m.documentNoAgreements());
    }
    const chosen = chooseAgreements(agreements, options.agreement);
    const several = chosen.length > 1;
    const { text } = DOCUMENT_FORMATS[format];
    if (out === undefined) {
        if (several) {
            const names = chosen.map(a => a.name);
            throw new CliError(m => m.documentSeveralAgreements({ count: names.length, names }));
        }
        if (!text) {
            const example = `${chosen[0].name}.${format}`;
            throw new CliError(m => m.documentNeedsOutput({ format, example }));
        }
    }
    const targets = targetsFor(chosen, format, out, several, context, inputs);
    // Nor onto any other file the run read: the configuration (CLI.md: outputs and inputs).
    refuseOutputsOntoInputs(targets, context);

    const errorsIn = errorRangesByDeclaration(documents, validation);
    const jobs: Job[] = chosen.map(agreement => ({ agreement, errors: draftErrorsOf(agreement, errorsIn) + leftOutErrorsNamedBy(agreement, syntaxErrors) }));
    const messages = messagesFor(locale);
    let exitCode: number = incomplete;
    for (const [index, job] of jobs.entries()) {
        const name = job.agreement.name;
        if (job.errors > 0) {
            exitCode = 1;
            if (options.strict) {
                context.stderr(`keten: ${messages.cli.documentRefused({ agreement: name, errors: job.errors })}\n`);
                continue;
            }
        }
        const document = covenantDocumentOf(job.agreement, messages.document, { errors: job.errors, place: options.place, date: options.date });
        if (document.draft) {
            context.stderr(`keten: ${messages.cli.documentDraftWritten({ agreement: name, errors: job.errors, mark: document.draft.mark })}\n`);
        }
        const rendered = await DOCUMENT_FORMATS[format].render(document, { created });
        writeDocument(rendered, targets[index], context);
    }
    return exitCode;
}

/** The agreements to write: the one `--agreement` names (exit 2 when there is none), else all. */
function chooseAgreements(agreements: readonly Agreement[], wanted: string | undefined): Agreement[] {
    if (wanted === undefined) return [...agreements];
    const found = agreements.find(a => a.name === wanted);
    if (found) return [found];
    const names = [...new Set(agreements.map(a => a.name))];
    const closest = model.closestName(wanted, names);
    throw new CliError(m => m.documentUnknownAgreement({ name: wanted, closest, names }));
}

/**
 * Where each document goes: standard output (`undefined`), the file `-o` names, or — with
 * several agreements, or when `-o` is a folder — `FOLDER/NAME.FORMAT` (a second agreement of the
 * same name gets `NAME-2.FORMAT`). An output that is one of the agreement files is refused.
 */
function targetsFor(agreements: readonly Agreement[], format: string, out: string | undefined, several: boolean,
    context: CliContext, inputs: ReadonlySet<string>): Array<string | undefined> {
    if (out === undefined) return agreements.map(() => undefined);
    const resolved = path.resolve(context.cwd, out);
    // `-o teksten/` names a folder even before it exists, also for one agreement.
    const isFolder = isDirectory(resolved) || /[\\/]$/.test(out);
    if (several && !isFolder && fs.existsSync(resolved)) throw new CliError(m => m.documentOutputNotAFolder({ path: out }));
    let targets: string[];
    if (several || isFolder) {
        const taken = new Set<string>();
        targets = agreements.map(agreement => {
            let name = agreement.name;
            for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${agreement.name}-${n}`;
            taken.add(name.toLowerCase());
            return path.join(resolved, `${name}.${format}`);
        });
    } else {
        targets = [resolved];
    }
    for (const target of targets) {
        if (inputs.has(target)) {
            const shown = path.relative(context.cwd, target) || target;
            throw new CliError(m => m.documentOutputIsInput({ path: shown }));
        }
    }
    return targets;
}

function isDirectory(file: string): boolean {
    try {
        return fs.statSync(file).isDirectory();
    } catch {
        return false;
    }
}

/**
 * The `error` findings of each file as 0-based ranges, looked up by the declaration whose
 * file holds them (DOCUMENT.md: errors placed in the agreement or a party or body it names).
 */
function errorRangesByDeclaration(documents: ReadonlyArray<{ file: string; document: Document }>, validation: ValidationResult) {
    const fileOf = new Map<AstNode, string>(documents.map(d => [d.document, d.file]));
    const byFile = new Map<string, PlacedRange[]>();
    for (const finding of validation.findings) {
        if (finding.severity !== 'error') continue;
        const ranges = byFile.get(finding.file) ?? [];
        ranges.push({
            start: { line: finding.line - 1, character: finding.column - 1 },
            end: { line: finding.endLine - 1, character: finding.endColumn - 1 }
        });
        byFile.set(finding.file, ranges);
    }
    return (declaration: AstNode): readonly PlacedRange[] => {
        let root: AstNode = declaration;
        while (root.$container) root = root.$container;
        const file = fileOf.get(root);
        return file === undefined ? [] : byFile.get(file) ?? [];
    };
}

/**
 * The syntax errors of the declarations left out that the agreement names (a party of
 * `parties` whose declaration is broken): its text is then a draft that counts them, since the
 * party is missing from it.
 */
function leftOutErrorsNamedBy(agreement: Agreement, syntaxErrors: readonly FileWithSyntaxErrors[]): number {
    if (syntaxErrors.length === 0) return 0;
    const fileOf = new Map<string, FileWithSyntaxErrors>();
    for (const file of syntaxErrors) for (const declaration of file.leftOut) if (!fileOf.has(declaration.name)) fileOf.set(declaration.name, file);
    const named = new Set<FileWithSyntaxErrors>();
    for (const node of AstUtils.streamAst(agreement)) {
        for (const { reference } of AstUtils.streamReferences(node)) {
            if ('ref' in reference ? reference.ref : reference.items.length > 0) continue;
            const file = fileOf.get(reference.$refText.split('.')[0]);
            if (file) named.add(file);
        }
    }
    let errors = 0;
    for (const file of named) errors += file.count;
    return errors;
}

/** The command's only output: standard output, or a file (its folder made when missing). */
function writeDocument(content: string | Uint8Array, target: string | undefined, context: CliContext): void {
    if (target === undefined) {
        context.stdout(typeof content === 'string' ? content : Buffer.from(content).toString('utf8'));
        return;
    }
    try {
        makeFolders(path.dirname(target));
        fs.writeFileSync(target, content);
    } catch (error) {
        const shown = path.relative(context.cwd, target) || target;
        throw new CliError(m => m.cannotWrite({ path: shown, reason: writeErrorReason(error, m) }));
    }
}
