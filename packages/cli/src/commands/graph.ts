/**
 * `keten graph [PATH…] --format mermaid|dot`: the chain as a diagram (REPORTS.md, CLI.md).
 */
import { Option, type Command } from 'commander';
import { messagesFor } from '@keten/language';
import { chainOfWorkspace, renderChainDot, renderChainMermaid, type ChainView, type DiagramTexts } from '@keten/report';
import { CliError } from '../cli-error.js';
import type { CliContext } from '../cli-context.js';
import { loadAgreements } from '../workspace/load-agreements.js';
import { reportSyntaxErrors } from '../workspace/declarations-with-syntax-errors.js';
import { writeOutput } from '../command-output/write-output.js';

/** Each syntax with the words of the run's locale; names and titles stay as the agreement wrote them. */
const GRAPH_FORMATS: Record<string, (chain: ChainView, texts: DiagramTexts) => string> = {
    mermaid: renderChainMermaid,
    dot: renderChainDot
};

export function registerGraphCommand(program: Command, context: CliContext): void {
    program
        .command('graph')
        .description('the chain as a diagram: parties, roles, bodies, mandates, escalation routes')
        .argument('[paths...]', 'files, folders or quoted globs (default: the current folder)')
        .option('-f, --format <name>', `diagram syntax: ${Object.keys(GRAPH_FORMATS).join(', ')}`, 'mermaid')
        .option('-o, --out <file>', 'write the diagram to a file instead of standard output')
        .addOption(new Option('--output <file>', 'the same as --out').hideHelp())
        .option('--locale <locale>', 'language of the words the diagram adds: en or nl')
        .action(async (paths: string[], options: { format: string; out?: string; output?: string; locale?: string }) => {
            const render = GRAPH_FORMATS[options.format];
            if (!render) throw new CliError(m => m.unknownFormat({ format: options.format, choices: Object.keys(GRAPH_FORMATS) }));
            const { documents, syntaxErrors, locale } = await loadAgreements(paths, context, options.locale);
            writeOutput(render(chainOfWorkspace(documents.map(d => d.document)), messagesFor(locale).chainDiagram), options.out ?? options.output, context);
            // A file with syntax errors: one line each on standard error, exit 1 (as `validate`).
            process.exitCode = reportSyntaxErrors(syntaxErrors, locale, context);
        });
}
