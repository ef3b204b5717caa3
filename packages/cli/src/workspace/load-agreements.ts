/**
 * Loads and checks the agreements named on the command line for the commands that draw on
 * them (`report`, `graph`, `register`): the parsed documents with the names they are reported
 * under, the validation result, and the locale of the run.
 */
import type { Document, Locale } from '@keten/language';
import { resolveLocale, type CliContext } from '../cli-context.js';
import { ConfigResolver } from '../config/config-resolver.js';
import { relativePath, toValidationResult, type ValidationResult } from '../findings.js';
import { collectKetenFiles } from './collect-files.js';
import { createServices, loadAndCheck } from './load-workspace.js';

export interface LoadedAgreements {
    readonly documents: ReadonlyArray<{ readonly file: string; readonly document: Document }>;
    readonly validation: ValidationResult;
    /** The language of the run: of the validation messages, and for the command's own output. */
    readonly locale: Locale;
}

/**
 * `localeOption`: the command's `--locale`. Without it the locale is `KETEN_LOCALE`'s, else the
 * one `keten.config.json` asks for (found as `validate` finds it), else English (DUTCH.md).
 */
export async function loadAgreements(paths: readonly string[], context: CliContext, localeOption?: string): Promise<LoadedAgreements> {
    const files = await collectKetenFiles(paths, context.cwd);
    const configs = new ConfigResolver(context.cwd);
    const configured = configs.localeFor(files.map(f => f.path));
    const locale = resolveLocale(localeOption, context.env, configured);
    const services = createServices(locale);
    // The findings a report lists are those `keten validate` gives: configured severities apply.
    services.Keten.keten.Settings.severityResolver = (uri, ruleId) => configs.severityOf(uri.fsPath, ruleId);
    const checked = await loadAndCheck(services, files.map(f => f.path), { cwd: context.cwd, locale });
    return {
        documents: checked.map(file => ({ file: relativePath(context.cwd, file.path), document: file.document.parseResult.value as Document })),
        validation: toValidationResult(checked, context.cwd),
        locale
    };
}
