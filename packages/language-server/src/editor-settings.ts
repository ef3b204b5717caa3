/**
 * What the checker in the editor is configured with, and from where:
 * - rule severities: the nearest `keten.config.json` of each file (as in the CLI), with the
 *   editor's `keten.rules` setting on top of it;
 * - locale: the `keten.locale` setting, else `KETEN_LOCALE` in the server's environment, else the
 *   `locale` of the workspace's configuration file, else the language the editor shows (LSP
 *   `initialize` `locale`), else English.
 * Every file is checked again when the settings or a configuration file change. A
 * configuration file that cannot be used is ignored and the user is told why, once per change.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { MessageType, ShowMessageNotification } from 'vscode-languageserver';
import {
    isLocale, KetenWorkspaceManager, nearestConfigFile, workspaceFoldersOf, parseKetenConfig, KETEN_CONFIG_FILE_NAME, RULE_IDS,
    type ConfiguredSeverity, type KetenConfig, type KetenServices, type Locale
} from '@keten/language';
import { configSelects } from '@keten/language/config-selects';

const SEVERITIES: readonly ConfiguredSeverity[] = ['off', 'info', 'warning', 'error'];

/** The `keten` section of the editor's settings, as far as the checker uses it. */
export interface KetenEditorSettings {
    rules?: Record<string, unknown>;
    locale?: unknown;
}

/** Configuration files by path, read once until one changes; `undefined` for an unusable one. */
export class ConfigurationFiles {
    private readonly loaded = new Map<string, KetenConfig | undefined>();
    /** The `include`/`exclude` matcher of each configuration, made once (not once per file). */
    private readonly selectors = new WeakMap<KetenConfig, (relativePath: string) => boolean>();

    constructor(private readonly report: (message: string) => void) {}

    /** The configuration that applies to a file: the nearest `keten.config.json` upward. */
    forFile(fsPath: string): KetenConfig | undefined {
        const file = nearestConfigFile(dirname(fsPath), isFile, join, dirname);
        return file ? this.load(file) : undefined;
    }

    /**
     * Whether the workspace checks this file, by the `include`/`exclude` of its nearest
     * configuration (paths relative to that file's folder), as `keten validate` of a folder does.
     */
    selects(fsPath: string): boolean {
        const file = nearestConfigFile(dirname(fsPath), isFile, join, dirname);
        const config = file ? this.load(file) : undefined;
        if (!file || !config || (!config.include?.length && !config.exclude?.length)) return true;
        let selects = this.selectors.get(config);
        if (!selects) this.selectors.set(config, selects = configSelects(config));
        return selects(relative(dirname(file), fsPath).split(sep).join('/'));
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

    // The files of the workspace are those its configuration files select (CLI.md: `include`, `exclude`).
    const workspace = shared.workspace.WorkspaceManager;
    if (workspace instanceof KetenWorkspaceManager) workspace.includesFile = uri => uri.scheme !== 'file' || files.selects(uri.fsPath);
    shared.lsp.LanguageServer.onInitialize(params => {
        // Whatever a client sends: a locale that is no text, folders that are no list, count as none.
        editorLocale = typeof params.locale === 'string' ? params.locale : undefined;
        folders = (workspaceFoldersOf(params.workspaceFolders) ?? []).map(folder => URI.parse(folder.uri)).filter(uri => uri.scheme === 'file').map(uri => uri.fsPath);
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
        void reselectFiles().then(recheck);
    });
    // A folder added to the workspace or removed from it (workspace-folders.ts): its files are
    // loaded or dropped as a configuration change would, and its configuration counts for the locale.
    if (workspace instanceof KetenWorkspaceManager) {
        workspace.onDidChangeFolders(changed => {
            folders = changed.map(folder => URI.parse(folder.uri)).filter(uri => uri.scheme === 'file').map(uri => uri.fsPath);
            void reselectFiles().then(recheck);
        });
    }

    /**
     * After a configuration changed, the workspace holds the files its `include`/`exclude` now
     * select: the ones it newly selects are loaded, the ones it now leaves out are dropped unless
     * they are open in the editor.
     */
    const reselectFiles = async () => {
        if (!(workspace instanceof KetenWorkspaceManager)) return;
        await workspace.ready;
        const documents = shared.workspace.LangiumDocuments;
        const open = shared.workspace.TextDocuments;
        const selected = new Set<string>();
        for (const folder of workspace.workspaceFolders ?? []) {
            for (const uri of await workspace.searchFolder(URI.parse(folder.uri))) selected.add(uri.toString());
        }
        const added = [...selected].filter(uri => !documents.hasDocument(URI.parse(uri))).map(uri => URI.parse(uri));
        const dropped = documents.all.toArray().map(document => document.uri)
            .filter(uri => uri.scheme === 'file' && !selected.has(uri.toString()) && !open.get(uri.toString()));
        if (added.length === 0 && dropped.length === 0) return;
        await shared.workspace.WorkspaceLock.write(token => shared.workspace.DocumentBuilder.update(added, dropped, token));
    };
}

/** The locale: the setting, else the configuration file's, else the editor's language, else English. */
export function chooseLocale(setting: unknown, configured: ReadonlyArray<Locale | undefined>, editorLocale: string | undefined, environment = process.env.KETEN_LOCALE): Locale {
    if (isLocale(setting)) return setting;
    // KETEN_LOCALE as in the CLI, where it comes before the configuration (DUTCH.md).
    if (isLocale(environment)) return environment;
    const fromConfig = configured.find(isLocale);
    if (fromConfig) return fromConfig;
    const editor = editorLocale?.toLowerCase().split(/[-_]/)[0];
    return isLocale(editor) ? editor : 'en';
}

