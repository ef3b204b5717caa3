/**
 * The editor's settings reach the checker: `keten.rules` (rule id → off/info/warning/error)
 * and `keten.locale` become the language's run-time settings, and every file is checked
 * again when they change.
 */
import type { LangiumSharedCoreServices } from 'langium';
import { isLocale, RULE_IDS, type ConfiguredSeverity, type KetenServices } from '@keten/language';

const SEVERITIES: readonly ConfiguredSeverity[] = ['off', 'info', 'warning', 'error'];

export interface KetenEditorSettings {
    rules?: Record<string, unknown>;
    locale?: unknown;
}

/** Applies the `keten` section of the editor's settings; answers whether anything changed. */
export function applyEditorSettings(keten: KetenServices, settings: KetenEditorSettings | undefined): boolean {
    const target = keten.keten.Settings;
    const before = JSON.stringify({ locale: target.locale, rules: currentRules.get(target) });
    const rules: Record<string, ConfiguredSeverity> = {};
    for (const [rule, severity] of Object.entries(settings?.rules ?? {})) {
        if (RULE_IDS.includes(rule) && SEVERITIES.includes(severity as ConfiguredSeverity)) {
            rules[rule] = severity as ConfiguredSeverity;
        }
    }
    currentRules.set(target, rules);
    target.severityResolver = (_uri, rule) => rules[rule];
    target.locale = isLocale(settings?.locale) ? settings.locale : 'en';
    return before !== JSON.stringify({ locale: target.locale, rules });
}

const currentRules = new WeakMap<object, Record<string, ConfiguredSeverity>>();

/**
 * Reads the settings once the client has sent them, and again on every change; re-checks
 * every document when they differ.
 */
export function followEditorSettings(shared: LangiumSharedCoreServices, keten: KetenServices): void {
    const configuration = shared.workspace.ConfigurationProvider;
    const recheck = async () => {
        // `validation: true` makes the builder run every check again on validated documents.
        const documents = shared.workspace.LangiumDocuments.all.toArray();
        await shared.workspace.WorkspaceLock.write(token => shared.workspace.DocumentBuilder.build(documents, { validation: true }, token));
    };
    void configuration.ready.then(async () => {
        const rules = await configuration.getConfiguration('keten', 'rules');
        const locale = await configuration.getConfiguration('keten', 'locale');
        if (applyEditorSettings(keten, { rules, locale })) {
            await shared.workspace.WorkspaceManager.ready;
            await recheck();
        }
    });
    configuration.onConfigurationSectionUpdate(update => {
        if (update.section !== 'keten') return;
        if (applyEditorSettings(keten, update.configuration as KetenEditorSettings)) void recheck();
    });
}
