/**
 * What every command gets: where it runs, how to write, and the run-wide options
 * (locale, colour). Kept small so commands stay testable as a real subprocess.
 */
import { isLocale, type Locale } from '@keten/language';
import { CliError } from './cli-error.js';
import type { OutputEnd } from './command-output/standard-output.js';

export interface CliContext {
    readonly cwd: string;
    readonly env: NodeJS.ProcessEnv;
    readonly version: string;
    /** Writes to standard output; commands write their results through `writeOutput` (command-output/). */
    stdout(text: string): void;
    stderr(text: string): void;
    /** How standard output ended, once everything written to it has gone out (or failed). */
    stdoutFinished(): Promise<OutputEnd>;
}

/** `--locale`, else `KETEN_LOCALE`, else the configuration's, else English (DUTCH.md). */
export function resolveLocale(option: string | undefined, env: NodeJS.ProcessEnv, configured?: Locale): Locale {
    if (option !== undefined) {
        if (!isLocale(option)) throw new CliError(m => m.unknownLocale({ locale: option }));
        return option;
    }
    const fromEnv = env.KETEN_LOCALE;
    if (fromEnv !== undefined && fromEnv !== '') {
        if (!isLocale(fromEnv)) throw new CliError(m => m.unknownEnvironmentLocale({ value: fromEnv }));
        return fromEnv;
    }
    return configured ?? 'en';
}

/** Colour only on a terminal, and never with `--no-color` or `NO_COLOR`. */
export function useColor(optionColor: boolean | undefined, env: NodeJS.ProcessEnv, toFile: boolean, isTTY: boolean): boolean {
    if (optionColor === false) return false;
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
    if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return !toFile;
    return isTTY && !toFile;
}
