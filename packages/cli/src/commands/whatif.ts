/**
 * `keten whatif [PATH…] --without PARTY | --revoke MANDATE | --vacant Party.role | --expire DATE`
 * (CHANGES.md): plays a scenario on the agreements in memory and reports the findings it adds
 * and resolves, grouped by meaning, with a summary that reads like a plan. The files are read
 * and checked exactly as `keten validate` does (same files, configuration and severities) and
 * never written. Exit 1 when the scenario adds an error, else 0; 2 for an unknown party, mandate
 * or role (with the closest name), an ambiguous mandate name, a file that does not parse, or a
 * usage error.
 */
import { Option, type Command } from 'commander';
import { checkWorkspace, messagesFor, model, type Locale, type SourceFile } from '@keten/language';
import {
    addsError, BrokenInputError, withoutRepeats, isEmptyScenario, playScenario, renderWhatIfJson, renderWhatIfMarkdown, renderWhatIfStylish,
    ScenarioError, scenarioProblemText, type Scenario, type WhatIfRenderOptions, type WhatIfResult
} from '@keten/changes';
import { CliError } from '../cli-error.js';
import { resolveLocale, useColor, type CliContext } from '../cli-context.js';
import { ConfigResolver } from '../config/config-resolver.js';
import { relativePath } from '../findings.js';
import { collectKetenFiles } from '../workspace/collect-files.js';
import { createServices, readSources } from '../workspace/load-workspace.js';
import { writeOutput } from '../command-output/write-output.js';

interface WhatIfOptions {
    without: string[];
    revoke: string[];
    vacant: string[];
    expire?: string;
    format: string;
    output?: string;
    config?: string;
    color?: boolean;
    locale?: string;
}

type WhatIfRenderer = (result: WhatIfResult, options: WhatIfRenderOptions) => string;

const RENDERERS: Record<string, WhatIfRenderer> = {
    stylish: renderWhatIfStylish,
    md: renderWhatIfMarkdown,
    json: renderWhatIfJson
};

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerWhatIfCommand(program: Command, context: CliContext): void {
    program
        .command('whatif')
        .description('play a scenario on the agreements (a party leaves, a mandate is revoked, a role is vacant, a date passes) and show what breaks')
        .argument('[paths...]', 'files, folders or quoted globs (default: the current folder)')
        .option('--without <party>', 'the party leaves every agreement (repeatable)', collect, [])
        .option('--revoke <mandate>', 'the mandate is withdrawn: Agreement.Mandate, or a plain name unique in the workspace (repeatable)', collect, [])
        .option('--vacant <role>', 'the position is empty: Party.role (repeatable)', collect, [])
        .option('--expire <date>', 'everything whose validity ends before this date (YYYY-MM-DD) lapses')
        .option('-f, --format <name>', 'stylish, md or json', 'stylish')
        .option('-o, --output <file>', 'write to a file instead of standard output')
        .addOption(new Option('--out <file>', 'the same as --output').hideHelp())
        .option('-c, --config <file>', 'one configuration file for every checked file (default: the nearest keten.config.json)')
        .option('--no-color', 'plain output')
        .option('--locale <locale>', 'language of messages: en or nl')
        .action(async (paths: string[], options: WhatIfOptions & { out?: string }) => {
            process.exitCode = await runWhatIf(paths, { ...options, output: options.output ?? options.out }, context);
        });
}

export async function runWhatIf(paths: string[], options: WhatIfOptions, context: CliContext): Promise<number> {
    const configs = new ConfigResolver(context.cwd, options.config);
    const preliminary = resolveLocale(options.locale, context.env, safeLocale(configs, []));
    const texts = messagesFor(preliminary).changes;
    const render = RENDERERS[options.format];
    if (!render) throw new CliError(texts.unknownDiffFormat({ format: options.format }));
    const scenario: Scenario = withoutRepeats({ without: options.without, revoke: options.revoke, vacant: options.vacant, expire: options.expire ?? null });
    if (isEmptyScenario(scenario)) throw new CliError(texts.whatIfNeedsScenario());
    if (scenario.expire !== null && !model.isValidDate(scenario.expire)) throw new CliError(texts.invalidExpireDate({ value: scenario.expire }));

    const collected = await collectKetenFiles(paths, context.cwd);
    const selected = configs.selected(collected).map(file => file.path);
    if (selected.length === 0) throw new CliError(m => m.configurationLeavesNoFiles());
    const locale = resolveLocale(options.locale, context.env, configs.localeFor(selected));
    const messages = messagesFor(locale);
    const sources = readSources(selected, context.cwd);
    const check = async (files: readonly SourceFile[]) => {
        // A fresh workspace for each run: the scenario's text must not meet the unchanged one.
        const services = createServices(locale);
        services.Keten.keten.Settings.severityResolver = (uri, ruleId) => configs.severityOf(uri.fsPath, ruleId);
        return checkWorkspace(services, files);
    };
    let result: WhatIfResult;
    try {
        result = await playScenario(sources, scenario, check);
    } catch (error) {
        if (error instanceof ScenarioError) throw new CliError(scenarioProblemText(error.problem, messages.changes));
        if (error instanceof BrokenInputError) {
            // One line per file that does not parse (CLI.md), then exit 2.
            for (const file of error.files) {
                context.stderr(`keten: ${messages.changes.scenarioDoesNotParse({ file: relativePath(context.cwd, file.path), count: file.count, line: file.line })}\n`);
            }
            return 2;
        }
        throw error;
    }
    const color = useColor(options.color, context.env, options.output !== undefined, process.stdout.isTTY === true);
    const text = render(result, { texts: messages.changes, fileOf: file => relativePath(context.cwd, file), color, severityWord: messages.cli.severityWord });
    writeOutput(text, options.output, context);
    return addsError(result) ? 1 : 0;
}


function safeLocale(configs: ConfigResolver, files: string[]): Locale | undefined {
    try {
        return configs.localeFor(files);
    } catch {
        return undefined;
    }
}
