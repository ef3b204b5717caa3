/**
 * Which `keten.config.json` applies to which file (CLI.md, Configuration): the one given with
 * `--config` for every file, or else for each file the nearest one from its own folder upward.
 * Each file is read and checked once; an invalid one stops the command (exit 2).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { configSelects } from '@keten/language/config-selects';
import {
    KetenConfigError, nearestConfigFile, parseKetenConfig, type ConfiguredSeverity, type KetenConfig, type Locale
} from '@keten/language';
import { CliError } from '../cli-error.js';
import { recordInput } from '../command-output/inputs-read.js';
import { readErrorReason } from '../command-output/write-error-reason.js';
import { relativePath } from '../findings.js';

export interface LoadedConfig {
    /** Absolute path of the configuration file. */
    readonly path: string;
    readonly config: KetenConfig;
    /** Whether a file found by expanding a folder or glob is to be checked (`include`, `exclude`). */
    selects(file: string): boolean;
}

export class ConfigResolver {
    private readonly loaded = new Map<string, LoadedConfig>();
    private readonly nearestByFolder = new Map<string, string | undefined>();
    private readonly explicit?: LoadedConfig;

    constructor(private readonly cwd: string, explicitConfig?: string) {
        if (explicitConfig !== undefined) {
            const absolute = path.resolve(cwd, explicitConfig);
            if (!isFile(absolute)) throw new CliError(m => m.configurationNotFound({ file: explicitConfig }));
            this.explicit = this.load(absolute);
        }
    }

    /**
     * The files a command works on (CLI.md): those found by expanding a folder or glob that
     * their configuration's `include`/`exclude` select, and every file named itself.
     */
    selected<F extends { readonly path: string; readonly explicit: boolean }>(files: readonly F[]): F[] {
        return files.filter(file => file.explicit || (this.configFor(file.path)?.selects(file.path) ?? true));
    }

    /** The configuration of a file (absolute path), or `undefined` when none applies. */
    configFor(file: string): LoadedConfig | undefined {
        if (this.explicit) return this.explicit;
        const configFile = this.nearestFrom(path.dirname(file));
        return configFile === undefined ? undefined : this.load(configFile);
    }

    /** The configured severity of a rule in a file, for `KetenSettings.severityResolver`. */
    severityOf(file: string, ruleId: string): ConfiguredSeverity | undefined {
        return this.configFor(file)?.config.rules?.[ruleId];
    }

    /**
     * The locale the configuration asks for: that of `--config`, else that of the configuration
     * of the current folder, else the one all checked files' configurations agree on.
     */
    localeFor(files: readonly string[]): Locale | undefined {
        if (this.explicit) return this.explicit.config.locale;
        const here = this.nearestFrom(this.cwd);
        if (here !== undefined) return this.load(here).config.locale;
        const locales = new Set(files.map(file => this.configFor(file)?.config.locale));
        return locales.size === 1 ? [...locales][0] : undefined;
    }

    private nearestFrom(folder: string): string | undefined {
        if (!this.nearestByFolder.has(folder)) {
            this.nearestByFolder.set(folder, nearestConfigFile(folder, isFile, path.join, path.dirname));
        }
        return this.nearestByFolder.get(folder);
    }

    private load(file: string): LoadedConfig {
        const cached = this.loaded.get(file);
        if (cached) return cached;
        const shown = relativePath(this.cwd, file);
        recordInput(file, 'configuration');
        let text: string;
        try {
            text = fs.readFileSync(file, 'utf8');
        } catch (error) {
            throw new CliError(m => m.cannotReadConfiguration({ file: shown, reason: readErrorReason(error, m) }));
        }
        let config: KetenConfig;
        try {
            config = parseKetenConfig(text, shown);
        } catch (error) {
            if (error instanceof KetenConfigError) {
                const { file, key, problem } = error;
                throw new CliError(m => m.invalidConfiguration({ file, key, detail: m.configProblem(problem) }));
            }
            throw error;
        }
        const loaded: LoadedConfig = { path: file, config, selects: selector(path.dirname(file), config) };
        this.loaded.set(file, loaded);
        return loaded;
    }
}

function selector(folder: string, config: KetenConfig): (file: string) => boolean {
    const selects = configSelects(config);
    return file => selects(path.relative(folder, file).split(path.sep).join('/'));
}

function isFile(file: string): boolean {
    try {
        return fs.statSync(file).isFile();
    } catch {
        return false;
    }
}

/**
 * The locale the configuration of the current folder asks for, for a command that reads no
 * agreements (`keten rules`) or reads them later; undefined without one, or when it is invalid
 * (the command that reads it reports that).
 */
export function configuredLocaleIn(cwd: string): Locale | undefined {
    try {
        return new ConfigResolver(cwd).localeFor([]);
    } catch {
        return undefined;
    }
}
