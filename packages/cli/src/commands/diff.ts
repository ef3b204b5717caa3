/**
 * `keten diff OLD NEW` and `keten diff --base REV [PATH…]`: what changed in meaning between two
 * versions of a workspace (CHANGES.md). Each side is read (from disk, or from git), parsed and
 * turned into a comparison model; the diff is a pure comparison of the two models, rendered as
 * stylish, md or json. Exit 0, or 1 with `--fail-on` when a change of that level or a more
 * severe one is found; 2 for usage errors, unreadable input or a side that does not parse.
 *
 * `--git-external` makes the command a git external diff driver (docs/changes.md): git calls
 * it with `PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE` and shows what it prints.
 * `--catalogue` lists every change id with its level and meaning (docs/changes.md is generated
 * from it).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Option, type Command } from 'commander';
import { EmptyFileSystem, URI } from 'langium';
import { createKetenServices, messagesFor, type Locale, type SourceFile } from '@keten/language';
import {
    CHANGE_IDS, CHANGE_KINDS, compareModels, comparisonModelOf, diffReportOf, isAtLeast, parseSide, renderCatalogueMarkdown,
    renderCatalogueText, renderDiffJson, renderDiffMarkdown, renderDiffStylish, type BrokenFile, type ChangeLevel,
    type ChangeTexts, type DiffRenderOptions, type DiffReport
} from '@keten/changes';
import { CliError } from '../cli-error.js';
import { resolveLocale, useColor, type CliContext } from '../cli-context.js';
import { ConfigResolver, configuredLocaleIn } from '../config/config-resolver.js';
import { relativePath } from '../findings.js';
import { argumentFinds, collectKetenFiles, foundByArguments, staticBaseOf } from '../workspace/collect-files.js';
import { isDynamicPattern } from 'tinyglobby';
import { ketenFilesAtRevision } from '../workspace/git-revision.js';
import { readSources } from '../workspace/load-workspace.js';
import { writeOutput } from '../command-output/write-output.js';

interface DiffOptions {
    format: string;
    output?: string;
    failOn?: string;
    locale?: string;
    base?: string;
    color?: boolean;
    catalogue?: boolean;
    gitExternal?: boolean;
}

type DiffRenderer = (report: DiffReport, options: DiffRenderOptions) => string;

const RENDERERS: Record<string, DiffRenderer> = {
    stylish: renderDiffStylish,
    md: renderDiffMarkdown,
    json: renderDiffJson
};

export function registerDiffCommand(program: Command, context: CliContext): void {
    program
        .command('diff')
        .description('what changed in meaning between two versions: keten diff OLD NEW, or keten diff --base REV [PATH…]')
        .argument('[sides...]', 'OLD and NEW (each a file or a folder); with --base, the paths of the working tree (default: the current folder)')
        .option('-f, --format <name>', 'stylish, md (a pull-request comment) or json', 'stylish')
        .option('-o, --output <file>', 'write to a file instead of standard output')
        .addOption(new Option('--out <file>', 'the same as --output').hideHelp())
        .option('--fail-on <level>', 'exit 1 when a change of this level or a more severe one is found: breaking or notable')
        .option('--base <rev>', 'compare the working tree with this git revision (read through git; nothing is checked out)')
        .option('--locale <locale>', 'language of messages: en or nl')
        .option('--no-color', 'plain output')
        .option('--catalogue', 'list every change id with its level and meaning')
        .option('--git-external', 'run as a git external diff driver (see docs/changes.md)')
        .action(async (sides: string[], options: DiffOptions & { out?: string }) => {
            process.exitCode = await runDiff(sides, { ...options, output: options.output ?? options.out }, context);
        });
}

export async function runDiff(sides: string[], options: DiffOptions, context: CliContext): Promise<number> {
    const locale = resolveLocale(options.locale, context.env, configuredLocaleIn(context.cwd));
    const texts = messagesFor(locale).changes;
    const render = RENDERERS[options.format];
    if (!render) throw new CliError(texts.unknownDiffFormat({ format: options.format }));
    const failOn = parseFailOn(options.failOn, texts);
    if (options.catalogue) {
        writeOutput(renderCatalogue(options.format, texts), options.output, context);
        return 0;
    }
    if (options.gitExternal) return runAsGitDriver(sides, options, context, locale);

    const { before, after } = await readSides(sides, options, context, texts);
    let report: DiffReport;
    try {
        report = diffOf(before, after, texts);
    } catch (error) {
        if (!(error instanceof BrokenSides)) throw error;
        for (const line of error.lines) context.stderr(`keten: ${line}\n`);
        return 2;
    }
    const color = useColor(options.color, context.env, options.output !== undefined, process.stdout.isTTY === true);
    writeOutput(render(report, { texts, fileOf: uri => displayPath(context, uri), color }), options.output, context);
    if (failOn === undefined) return 0;
    return report.changes.some(change => isAtLeast(change.level, failOn)) ? 1 : 0;
}

/** The two sides' files, with the name each is reported under (a revision's files name it). */
interface Side {
    readonly files: SourceFile[];
    readonly nameOf: (file: string) => string;
}

async function readSides(sides: readonly string[], options: DiffOptions, context: CliContext, texts: ChangeTexts): Promise<{ before: Side; after: Side }> {
    // `include`/`exclude` of keten.config.json filter what a folder or glob expands to (CLI.md), on both sides.
    const configs = new ConfigResolver(context.cwd);
    if (options.base !== undefined) {
        const revision = options.base;
        // The revision's files that the same arguments would find in the working tree: a
        // folder's search skips node_modules and dot-folders there too, a glob matches alike.
        const found = foundByArguments(sides, context.cwd);
        const selected = (file: string) => { const candidate = found(file); return candidate !== undefined && configs.selected([candidate]).length > 0; };
        const before = ketenFilesAtRevision(context.cwd, revision, [...new Set((sides.length > 0 ? sides : ['.']).map(staticBaseOf))], texts, selected);
        // A path deleted from the working tree is still a side: everything under it was removed;
        // a glob may match nothing in the working tree when it matched files of the revision.
        const existing = (sides.length > 0 ? sides : ['.']).filter(side => {
            const absolute = path.resolve(context.cwd, side);
            if (fs.existsSync(absolute)) return true;
            if (isDynamicPattern(side)) return true;
            if (!before.some(file => file.path === absolute || file.path.startsWith(absolute + path.sep))) throw new CliError(m => m.pathNotFound({ path: side }));
            return false;
        });
        const globsOfTheRevision = new Set(existing.filter(side => {
            const finds = argumentFinds(side, context.cwd);
            return isDynamicPattern(side) && before.some(file => finds(file.path) !== undefined);
        }));
        return {
            before: { files: before, nameOf: file => texts.atRevision({ file: relativePath(context.cwd, file), revision }) },
            // Every path deleted: the new side is empty (not the current folder, which no path names).
            after: {
                files: existing.length === 0 ? [] : await workingSide(existing, context, configs, side => globsOfTheRevision.has(side) || !isDynamicPattern(side)),
                nameOf: file => relativePath(context.cwd, file)
            }
        };
    }
    if (sides.length !== 2) throw new CliError(texts.diffNeedsTwoSides());
    return {
        before: { files: await workingSide([sides[0]], context, configs), nameOf: file => relativePath(context.cwd, file) },
        after: { files: await workingSide([sides[1]], context, configs), nameOf: file => relativePath(context.cwd, file) }
    };
}

/**
 * A file, a folder or a quoted glob, found as `keten validate` finds them (`collectKetenFiles`),
 * with the configuration's `include`/`exclude`. A folder may hold no agreement at all (a side
 * of a diff can be empty); a glob must match, unless `mayFindNothing` says otherwise.
 */
async function workingSide(
    paths: readonly string[], context: CliContext, configs: ConfigResolver, mayFindNothing: (arg: string) => boolean = arg => !isDynamicPattern(arg)
): Promise<SourceFile[]> {
    const files = configs.selected(await collectKetenFiles(paths, context.cwd, mayFindNothing));
    return readSources(files.map(file => file.path), context.cwd);
}

/** A side that does not parse stops the diff: one line per such file (CLI.md), then exit 2. */
class BrokenSides extends Error {
    constructor(readonly lines: readonly string[]) {
        super(lines.join('\n'));
    }
}

function diffOf(before: Side, after: Side, texts: ChangeTexts): DiffReport {
    const services = createKetenServices(EmptyFileSystem).Keten;
    const old = parseSide(services, before.files);
    const now = parseSide(services, after.files);
    // A file that is the same on both sides (`keten diff x x`) is said once.
    const broken = [...new Set([
        ...old.broken.map(file => brokenMessage(file, before.nameOf(file.path), texts)),
        ...now.broken.map(file => brokenMessage(file, after.nameOf(file.path), texts))
    ])];
    if (broken.length > 0) throw new BrokenSides(broken);
    return diffReportOf(compareModels(comparisonModelOf(old.documents), comparisonModelOf(now.documents)));
}

function brokenMessage(file: BrokenFile, name: string, texts: ChangeTexts): string {
    return file.notUtf8 ? texts.sideNotUtf8({ file: name }) : texts.sideDoesNotParse({ file: name, count: file.count, line: file.line });
}

/**
 * git's external diff protocol: `PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE`
 * (and two more for a rename). A side git has no file for is `/dev/null`: an empty workspace.
 * git stops at a driver that fails, so this always exits 0; a side that does not parse is said
 * in one line instead of a diff.
 */
async function runAsGitDriver(args: readonly string[], options: DiffOptions, context: CliContext, locale: Locale): Promise<number> {
    const texts = messagesFor(locale).changes;
    if (args.length < 7) throw new CliError(texts.diffNeedsTwoSides());
    const [name, oldFile, , , newFile] = args;
    const read = (file: string): SourceFile[] => file === '/dev/null' ? [] : [{ path: path.resolve(context.cwd, name), bytes: fs.readFileSync(path.resolve(context.cwd, file)) }];
    const side = (files: SourceFile[]): Side => ({ files, nameOf: () => name });
    let report: DiffReport;
    try {
        report = diffOf(side(read(oldFile)), side(read(newFile)), texts);
    } catch (error) {
        if (!(error instanceof BrokenSides)) throw error;
        context.stdout(`keten diff ${name}\n${error.lines.map(line => `keten: ${line}\n`).join('')}`);
        return 0;
    }
    const color = useColor(options.color, context.env, false, process.stdout.isTTY === true);
    const render = RENDERERS[options.format] ?? renderDiffStylish;
    context.stdout(`keten diff ${name}\n${render(report, { texts, fileOf: () => name, color })}`);
    return 0;
}

function renderCatalogue(format: string, texts: ChangeTexts): string {
    if (format === 'md') return renderCatalogueMarkdown(texts);
    if (format === 'json') {
        return JSON.stringify(CHANGE_IDS.map(id => ({ id, level: CHANGE_KINDS[id].level, area: CHANGE_KINDS[id].area, description: texts.changes[id].description })), null, 2) + '\n';
    }
    return renderCatalogueText(texts);
}

function parseFailOn(value: string | undefined, texts: ChangeTexts): ChangeLevel | undefined {
    if (value === undefined) return undefined;
    if (value !== 'breaking' && value !== 'notable') throw new CliError(texts.unknownFailOn({ value }));
    return value;
}


/** A document's path relative to the current folder, with `/`. */
function displayPath(context: CliContext, uri: string): string {
    return relativePath(context.cwd, URI.parse(uri).fsPath);
}
