/**
 * Loads and checks the agreements named on the command line for the commands that draw on
 * them (`report`, `graph`, `register`, and later `document`, `diff`, `whatif`): the documents
 * to present, with the names they are reported under, the validation result, the files with
 * syntax errors, and the locale of the run.
 * A top-level declaration with a syntax error is never presented as if complete: `documents`
 * is a workspace built again without such declarations (`declarations-with-syntax-errors.ts`);
 * the command says so with `reportSyntaxErrors` (graph, register and document then exit 1;
 * report keeps CLI.md's exit code, docs/reports.md).
 */
import type { Document, Locale } from '@keten/language';
import { resolveLocale, type CliContext } from '../cli-context.js';
import { ConfigResolver } from '../config/config-resolver.js';
import { CliError } from '../cli-error.js';
import { relativePath, toValidationResult, type ValidationResult } from '../findings.js';
import { collectKetenFiles } from './collect-files.js';
import { syntaxErrorsOf, type FileWithSyntaxErrors } from './declarations-with-syntax-errors.js';
import { buildWithoutChecks, createServices, loadAndCheck } from './load-workspace.js';

export interface PresentedDocument {
    readonly file: string;
    readonly document: Document;
}

export interface LoadedAgreements {
    /** What the command presents: every file, without the top-level declarations that have syntax errors. */
    readonly documents: readonly PresentedDocument[];
    /** Every file as parsed, broken declarations included (what measurement files may name, for instance). */
    readonly parsedDocuments: readonly PresentedDocument[];
    readonly validation: ValidationResult;
    /** The files with syntax errors, in file order; give them to `reportSyntaxErrors`. */
    readonly syntaxErrors: readonly FileWithSyntaxErrors[];
    /** The language of the run: of the validation messages, and for the command's own output. */
    readonly locale: Locale;
}

/**
 * `localeOption`: the command's `--locale`. Without it the locale is `KETEN_LOCALE`'s, else the
 * one `keten.config.json` asks for (found as `validate` finds it), else English (DUTCH.md).
 */
export async function loadAgreements(paths: readonly string[], context: CliContext, localeOption?: string): Promise<LoadedAgreements> {
    const configs = new ConfigResolver(context.cwd);
    // The files `keten validate` of the same paths checks: `include`/`exclude` apply (CLI.md).
    const files = configs.selected(await collectKetenFiles(paths, context.cwd));
    if (files.length === 0) throw new CliError(m => m.configurationLeavesNoFiles());
    const configured = configs.localeFor(files.map(f => f.path));
    const locale = resolveLocale(localeOption, context.env, configured);
    const services = createServices(locale);
    // The findings a report lists are those `keten validate` gives: configured severities apply.
    services.Keten.keten.Settings.severityResolver = (uri, ruleId) => configs.severityOf(uri.fsPath, ruleId);
    const checked = await loadAndCheck(services, files.map(f => f.path), { cwd: context.cwd, locale });
    const parsedDocuments = checked.map(file => ({ file: relativePath(context.cwd, file.path), document: file.document.parseResult.value as Document }));
    const broken = new Map<string, FileWithSyntaxErrors>();
    for (const file of checked) {
        const errors = syntaxErrorsOf(file, context.cwd);
        if (errors) broken.set(file.path, errors);
    }
    let documents = parsedDocuments;
    if (broken.size > 0) {
        // Built again from the complete declarations only, so nothing refers into a broken one.
        const rebuilt = await buildWithoutChecks(createServices(locale), checked.map(file => ({
            path: file.path,
            bytes: broken.get(file.path)?.completeText ?? file.document.textDocument.getText()
        })));
        documents = rebuilt.map(file => ({ file: relativePath(context.cwd, file.path), document: file.document.parseResult.value as Document }));
    }
    return {
        documents,
        parsedDocuments,
        validation: toValidationResult(checked, context.cwd),
        syntaxErrors: [...broken.values()],
        locale
    };
}
