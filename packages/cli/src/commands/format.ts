/**
 * `keten format [PATH…] [--check] [--locale nl|en]`: rewrite files in the canonical layout of
 * LANGUAGE.md; with `--locale`, also rewrite every keyword into that language (DUTCH.md).
 * `--check` changes nothing, lists the files that would change and exits 1 if any.
 * A file that does not parse, or is not UTF-8, is never rewritten: it is reported, the other
 * files are still formatted, and the command exits 2.
 */
import * as fs from 'node:fs';
import type { Command } from 'commander';
import { EmptyFileSystem } from 'langium';
import {
    createKetenServices, decodeUtf8, formatText, isLocale, messagesFor, parseKetenText, syntaxErrorSummary, translateKeywords, type KeywordLanguage
} from '@keten/language';
import { CliError, type CliMessages } from '../cli-error.js';
import { resolveLocale, type CliContext } from '../cli-context.js';
import { relativePath } from '../findings.js';
import { collectKetenFiles } from '../workspace/collect-files.js';
import { ConfigResolver } from '../config/config-resolver.js';
import { checkFileSize } from '../workspace/load-workspace.js';
import { replaceFileContents } from '../command-output/replace-file.js';
import { writeErrorReason } from '../command-output/write-error-reason.js';

interface FormatOptions {
    check?: boolean;
    locale?: string;
}

export function registerFormatCommand(program: Command, context: CliContext): void {
    program
        .command('format')
        .description('rewrite files in the canonical layout (--check: only list files that would change)')
        .argument('[paths...]', 'files, folders or quoted globs (default: the current folder)')
        .option('--check', 'change nothing; list the files that would change and exit 1 if any')
        .option('--locale <locale>', 'also rewrite every keyword into this language: en or nl')
        .action(async (paths: string[], options: FormatOptions) => {
            process.exitCode = await runFormat(paths, options, context);
        });
}

type Outcome = { kind: 'unchanged' } | { kind: 'changed'; text: string } | { kind: 'failed'; reason: string };

export async function runFormat(paths: string[], options: FormatOptions, context: CliContext): Promise<number> {
    const { locale } = options;
    if (locale !== undefined && !isLocale(locale)) throw new CliError(m => m.unknownLocale({ locale }));
    // `--locale` names the keyword language of the rewritten files and, as on every command, the language of the messages.
    // The files `keten validate` of the same paths checks: `include`/`exclude` apply (CLI.md).
    const configs = new ConfigResolver(context.cwd);
    const files = configs.selected(await collectKetenFiles(paths, context.cwd));
    if (files.length === 0) throw new CliError(m => m.configurationLeavesNoFiles());
    // Without `--locale` the messages follow `locale` of keten.config.json, as on every command
    // (the keywords are then kept as written).
    const messages = messagesFor(resolveLocale(options.locale, context.env, configs.localeFor(files.map(file => file.path)))).cli;
    const { Keten } = createKetenServices(EmptyFileSystem);
    let changed = 0;
    let failed = 0;
    for (const file of files) {
        const name = relativePath(context.cwd, file.path);
        checkFileSize(file.path, context.cwd);
        const outcome = await formatFile(Keten, file.path, options.locale as KeywordLanguage | undefined, messages);
        if (outcome.kind === 'failed') {
            failed++;
            context.stderr(`keten: ${messages.notFormatted({ file: name, reason: outcome.reason })}\n`);
            continue;
        }
        if (outcome.kind === 'unchanged') continue;
        changed++;
        if (options.check) {
            context.stdout(`${name}\n`);
        } else {
            try {
                replaceFileContents(file.path, outcome.text);
            } catch (error) {
                throw new CliError(m => m.cannotWrite({ path: name, reason: writeErrorReason(error, m) }));
            }
            context.stdout(`${messages.formattedFile({ file: name })}\n`);
        }
    }
    if (!options.check) {
        context.stdout(`${messages.reformattedCount({ changed, total: files.length })}\n`);
    } else if (changed > 0) {
        // `--check` lists only the files on standard output (CLI.md), so a hook can read them; the count is for people.
        const command = options.locale === undefined ? 'keten format' : `keten format --locale ${options.locale}`;
        context.stderr(`keten: ${messages.wouldReformat({ changed, total: files.length, command })}\n`);
    }
    if (failed > 0) return 2;
    return options.check && changed > 0 ? 1 : 0;
}

async function formatFile(
    services: ReturnType<typeof createKetenServices>['Keten'], file: string, locale: KeywordLanguage | undefined, messages: CliMessages
): Promise<Outcome> {
    const bytes = fs.readFileSync(file);
    const decoded = decodeUtf8(bytes);
    if (decoded.badByteOffset !== undefined) return { kind: 'failed', reason: messages.notUtf8() };
    let text = decoded.text;
    if (locale) {
        const translated = translateKeywords(parseKetenText(services, text, file), locale);
        if (translated === undefined) return syntaxFailure(services, text, file, messages);
        text = translated;
    }
    const formatted = await formatText(services, parseKetenText(services, text, file));
    if (formatted === undefined) return syntaxFailure(services, text, file, messages);
    // The formatter writes the line breaks in the style of the file's first one and leaves
    // strings as they are; a byte-order mark is dropped (decodeUtf8 left it out of `text`).
    return formatted === bytes.toString('utf8') ? { kind: 'unchanged' } : { kind: 'changed', text: formatted };
}

function syntaxFailure(services: ReturnType<typeof createKetenServices>['Keten'], text: string, file: string, messages: CliMessages): Outcome {
    // Counted and placed as `keten validate` reports them.
    const { count, line } = syntaxErrorSummary(services, parseKetenText(services, text, file));
    return { kind: 'failed', reason: messages.syntaxErrorsInFile({ count, line }) };
}
