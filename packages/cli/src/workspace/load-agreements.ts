/**
 * Loads and checks the agreements named on the command line for the commands that draw on
 * them (`report`, `graph`, `register`): the parsed documents with the names they are reported
 * under, and the validation result.
 */
import type { Document, Locale } from '@keten/language';
import { resolveLocale, type CliContext } from '../cli-context.js';
import { relativePath, toValidationResult, type ValidationResult } from '../findings.js';
import { collectKetenFiles } from './collect-files.js';
import { createServices, loadAndCheck } from './load-workspace.js';

export interface LoadedAgreements {
    readonly documents: ReadonlyArray<{ readonly file: string; readonly document: Document }>;
    readonly validation: ValidationResult;
}

/** `locale`: the language of the validation messages (default: `KETEN_LOCALE`, else English). */
export async function loadAgreements(paths: readonly string[], context: CliContext, locale: Locale = resolveLocale(undefined, context.env)): Promise<LoadedAgreements> {
    const files = await collectKetenFiles(paths, context.cwd);
    const checked = await loadAndCheck(createServices(locale), files.map(f => f.path), { cwd: context.cwd, locale });
    return {
        documents: checked.map(file => ({ file: relativePath(context.cwd, file.path), document: file.document.parseResult.value as Document })),
        validation: toValidationResult(checked, context.cwd)
    };
}
