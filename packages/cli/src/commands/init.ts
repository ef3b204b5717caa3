/**
 * `keten init [DIR]`: write a starter agreement and a configuration file into DIR.
 * Existing files are never overwritten.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Command } from 'commander';
import { CliError } from '../cli-error.js';
import type { CliContext } from '../cli-context.js';
import { relativePath } from '../findings.js';
import { STARTER_AGREEMENT, STARTER_CONFIG } from './init-template.js';

export function registerInitCommand(program: Command, context: CliContext): void {
    program
        .command('init')
        .description('write a starter agreement and a config file into DIR (default: the current folder)')
        .argument('[dir]', 'folder to write into', '.')
        .action((dir: string) => {
            const target = path.resolve(context.cwd, dir);
            if (fs.existsSync(target) && !fs.statSync(target).isDirectory()) {
                throw new CliError(`'${dir}' exists and is not a folder.`);
            }
            const files: Array<[string, string]> = [
                [path.join(target, 'agreement.keten'), STARTER_AGREEMENT],
                [path.join(target, 'keten.config.json'), STARTER_CONFIG]
            ];
            const existing = files.filter(([file]) => fs.existsSync(file));
            if (existing.length > 0) {
                throw new CliError(`Not overwriting ${existing.map(([file]) => `'${relativePath(context.cwd, file)}'`).join(' and ')}; choose an empty folder.`);
            }
            try {
                fs.mkdirSync(target, { recursive: true });
                for (const [file, text] of files) fs.writeFileSync(file, text, { flag: 'wx' });
            } catch (error) {
                throw new CliError(`Cannot write into '${dir}': ${(error as Error).message}.`);
            }
            for (const [file] of files) context.stdout(`created ${relativePath(context.cwd, file)}\n`);
            context.stdout(`Next: npx keten validate ${dir === '.' ? '' : dir}`.trimEnd() + '\n');
        });
}
