/**
 * What the checker in the editor is configured with, and from where:
 * - rule severities: the nearest `keten.config.json` of each file (as in the CLI), with the
 *   editor's `keten.rules` setting on top of it;
 * - locale: the `keten.locale` setting, else the `locale` of the workspace's configuration file,
 *   else the language the editor shows (LSP `initialize` `locale`), else English.
 * Every file is checked again when the settings or a configuration file change. A
 * configuration file that cannot be used is ignored and the user is told why, once per change.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { MessageType, ShowMessageNotification } from 'vscode-languageserver';
import {
    isLocale, nearestConfigFile, parseKetenConfig, KETEN_CONFIG_FILE_NAME, RULE_IDS,
    type ConfiguredSeverity, type KetenConfig, type KetenServices, type Locale
} from '@keten/language';

const SEVERITIES: readonly ConfiguredSeverity[] = ['off', 'info', 'warning', 'error'];

/** The `keten` section of the editor's settings, as far as the checker uses it. */
export interface KetenEditorSettings {
    rules?: Record<string, unknown>;
    locale?: unknown;
}

/** Configuration files by path, read once until one changes; `undefined` for an unusable one. */
export class ConfigurationFiles {
    private readonly loaded = new Map<string, KetenConfig | undefined>();

    constructor(private readonly report: (message: string) => void) {}

    /** The configuration that applies to a file: the nearest `keten.config.json` upward. */
    forFile(fsPath: string): KetenConfig | undefined {
        const file = nearestConfigFile(dirname(fsPath), isFile, join, dirname);
        return file ? this.load(file) : undefined;
    }

    forFolder(fsPath: string): KetenConfig | undefined {
        const file = nearestConfigFile(fsPath, isFile, join, dirname);
        return file ? this.load(file) : undefined;
    }

    forget(): void {
        this.loaded.clear();
    }

    private load(file: string): KetenConfig | undefined {
        if (this.loaded.has(file)) return this.loaded.get(file);
        let config: KetenConfig | undefined;
        try {
            config = parseKetenConfig(readFileSync(file, 'utf8'), file);
        } catch (error) {
            this.report((error as Error).message);
        }
        this.loaded.set(file, config);
        return config;
    }
}

function isFile(path: string): boolean {
    return existsSync(path) && statSync(path).isFile();
}

/** The editor's `keten.rules`, keeping only known rule ids and severities. */
export function editorRules(settings: KetenEditorSettings | undefined): Record<string, ConfiguredSeverity> {
    const rules: Record<string, ConfiguredSeverity> = {};
    for (const [rule, severity] of Object.entries(settings?.rules ?? {})) {
        if (RULE_IDS.includes(rule) && SEVERITIES.includes(severity as ConfiguredSeverity)) rules[rule] = severity as ConfiguredSeverity;
    }
    return rules;
}

/** Reads the settings once the client has sent them, and follows every change. */
export function followEditorSettings(shared: LangiumSharedServices, keten: KetenServices): void {
    const target = keten.keten.Settings;
    const configuration = shared.workspace.ConfigurationProvider;
    const connection = shared.lsp.Connection;
    const files = new ConfigurationFiles(message => void connection?.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning,
        message: `${message} The file is ignored until it is corrected.`
    }));
    let settings: KetenEditorSettings = {};
    let editorLocale: string | undefined;
    let folders: string[] = [];

    const apply = () => {
        const rules = editorRules(settings);
        target.severityResolver = (uri, rule) => rules[rule] ?? (uri.scheme === 'file' ? files.forFile(uri.fsPath)?.rules?.[rule] : undefined);
        target.locale = chooseLocale(settings.locale, folders.map(folder => files.forFolder(folder)?.locale), editorLocale);
    };
    const recheck = async () => {
        apply();
        // `validation: true` makes the builder run every check again on validated documents.
        const documents = shared.workspace.LangiumDocuments.all.toArray();
        await shared.workspace.WorkspaceLock.write(token => shared.workspace.DocumentBuilder.build(documents, { validation: true }, token));
    };

    shared.lsp.LanguageServer.onInitialize(params => {
        editorLocale = params.locale;
        folders = (params.workspaceFolders ?? []).map(folder => URI.parse(folder.uri)).filter(uri => uri.scheme === 'file').map(uri => uri.fsPath);
        apply();
    });
    void configuration.ready.then(async () => {
        settings = {
            rules: await configuration.getConfiguration('keten', 'rules'),
            locale: await configuration.getConfiguration('keten', 'locale')
        };
        await shared.workspace.WorkspaceManager.ready;
        await recheck();
    });
    configuration.onConfigurationSectionUpdate(update => {
        if (update.section !== 'keten') return;
        settings = (update.configuration ?? {}) as KetenEditorSettings;
        void recheck();
    });
    shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(params => {
        if (!params.changes.some(change => change.uri.endsWith(`/${KETEN_CONFIG_FILE_NAME}`))) return;
        files.forget();
        void recheck();
    });
}

/** The locale: the setting, else the configuration file's, else the editor's language, else English. */
export function chooseLocale(setting: unknown, configured: ReadonlyArray<Locale | undefined>, editorLocale: string | undefined): Locale {
    if (isLocale(setting)) return setting;
    const fromConfig = configured.find(isLocale);
    if (fromConfig) return fromConfig;
    const editor = editorLocale?.toLowerCase().split(/[-_]/)[0];
    return isLocale(editor) ? editor : 'en';
}

