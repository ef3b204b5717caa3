/**
 * `keten init [DIR]`: write a starter agreement and a configuration file into DIR.
 * Existing files are never overwritten. With `--locale nl` the agreement has Dutch keywords and
 * the configuration asks for Dutch messages.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Command } from 'commander';
import { CliError } from '../cli-error.js';
import { EmptyFileSystem } from 'langium';
import { createKetenServices, messagesFor, parseKetenText, translateKeywords } from '@keten/language';
import { resolveLocale, type CliContext } from '../cli-context.js';
import { relativePath } from '../findings.js';
import { STARTER_AGREEMENT, starterConfig } from './init-template.js';
import { makeFolders } from '../command-output/make-folders.js';
import { writeErrorReason } from '../command-output/write-error-reason.js';

export function registerInitCommand(program: Command, context: CliContext): void {
    program
        .command('init')
        .description('write a starter agreement and a config file into DIR (default: the current folder)')
        .argument('[dir]', 'folder to write into', '.')
        .option('--locale <locale>', 'language of messages and of the configuration written: en or nl')
        .action((dir: string, options: { locale?: string }) => {
            const target = path.resolve(context.cwd, dir);
            if (fs.existsSync(target) && !fs.statSync(target).isDirectory()) {
                throw new CliError(m => m.initNotAFolder({ dir }));
            }
            // `--locale nl` writes "locale": "nl" into the configuration; KETEN_LOCALE is one person's
            // setting and only sets the language of this run's lines, not the shared file's.
            const locale = resolveLocale(options.locale, context.env);
            const files: Array<[string, string]> = [
                [path.join(target, 'agreement.keten'), starterAgreement(options.locale === undefined ? 'en' : locale)],
                [path.join(target, 'keten.config.json'), starterConfig(options.locale === undefined ? 'en' : locale)]
            ];
            const existing = files.filter(([file]) => fs.existsSync(file));
            if (existing.length > 0) {
                throw new CliError(m => m.initNotOverwriting({ files: existing.map(([file]) => relativePath(context.cwd, file)) }));
            }
            try {
                makeFolders(target);
                for (const [file, text] of files) fs.writeFileSync(file, text, { flag: 'wx' });
            } catch (error) {
                throw new CliError(m => m.initCannotWrite({ dir, reason: writeErrorReason(error, m) }));
            }
            const messages = messagesFor(locale).cli;
            for (const [file] of files) context.stdout(`${messages.initCreated({ file: relativePath(context.cwd, file) })}\n`);
            context.stdout(`${messages.initNext({ command: `npx keten validate ${dir === '.' ? '' : shellWord(dir)}`.trimEnd() })}\n`);
        });
}

/**
 * The starter agreement in the keywords of `--locale` (DUTCH.md: `--locale nl` writes Dutch
 * keywords where Keten writes keywords, as `keten format --locale nl` does); its comments are
 * in both languages either way.
 */
function starterAgreement(locale: 'en' | 'nl'): string {
    if (locale === 'en') return STARTER_AGREEMENT;
    const services = createKetenServices(EmptyFileSystem).Keten;
    return translateKeywords(parseKetenText(services, STARTER_AGREEMENT), 'nl') ?? STARTER_AGREEMENT;
}

/** A folder as one word of a command to copy: quoted when it holds a space or a character a shell reads itself. */
function shellWord(folder: string): string {
    if (/^[A-Za-z0-9_./:@%+=,-]+$/.test(folder)) return folder;
    return process.platform === 'win32' ? `"${folder}"` : `'${folder.replace(/'/g, `'\\''`)}'`;
}
