/**
 * `keten graph [PATH…] --format mermaid|dot`: the chain as a diagram (REPORTS.md, CLI.md).
 */
import type { Command } from 'commander';
import { chainOfWorkspace, renderChainDot, renderChainMermaid, type ChainView } from '@keten/report';
import { CliError } from '../cli-error.js';
import type { CliContext } from '../cli-context.js';
import { loadAgreements } from '../workspace/load-agreements.js';
import { writeReport } from './validate.js';

const GRAPH_FORMATS: Record<string, (chain: ChainView) => string> = {
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
        .action(async (paths: string[], options: { format: string; out?: string }) => {
            const render = GRAPH_FORMATS[options.format];
            if (!render) throw new CliError(`Unknown format '${options.format}'. Choose one of: ${Object.keys(GRAPH_FORMATS).join(', ')}.`);
            const { documents } = await loadAgreements(paths, context);
            writeReport(render(chainOfWorkspace(documents.map(d => d.document))), options.out, context);
            process.exitCode = 0;
        });
}
