/**
 * `keten whatif` in the editor (CHANGES.md, EDITOR.md):
 *
 * - `keten/whatIf` `{ without?, revoke?, vacant?, expire?, format? }` → the JSON of
 *   `keten whatif --format json` (`{ version: 1, scenario, added, resolved, summary }`, files
 *   named relative to their workspace folder), for the documents the server holds — unsaved
 *   edits included — checked with the editor's locale and rule severities. With
 *   `format: 'html'` the answer also carries `html`: the report page the extension shows.
 *   An unknown or ambiguous name is an InvalidParams error whose message says which, with the
 *   closest name or the candidates (in the editor's language).
 * - `keten/whatIfChoices` → `{ parties, mandates, roles }`: what a scenario can name, for a
 *   quick pick.
 *
 * The scenario is played by @keten/changes exactly as the CLI plays it: in a workspace of its
 * own, so the editor's documents and diagnostics are never touched.
 */
import { EmptyFileSystem, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { checkWorkspace, createKetenServices, model, type KetenServices, type SourceFile } from '@keten/language';
import {
    BrokenInputError, playScenario, withoutRepeats, renderWhatIfHtml, ScenarioError, scenarioProblemText, toJsonWhatIf, type JsonWhatIf, type Scenario
} from '@keten/changes';
import type { EditorReports } from './editor-reports.js';
import { checkedParams, whatIfParams } from './request-params.js';

export const WHAT_IF_REQUEST = 'keten/whatIf';
export const WHAT_IF_CHOICES_REQUEST = 'keten/whatIfChoices';

export interface WhatIfParams {
    readonly without?: string | readonly string[];
    readonly revoke?: string | readonly string[];
    readonly vacant?: string | readonly string[];
    readonly expire?: string | null;
    readonly format?: 'json' | 'html';
}

export type WhatIfAnswer = JsonWhatIf & { readonly html?: string };

export interface WhatIfChoices {
    readonly parties: readonly string[];
    readonly mandates: readonly string[];
    readonly roles: readonly string[];
}

export function registerWhatIfRequests(shared: LangiumSharedServices, keten: KetenServices, reports: EditorReports): void {
    const connection = shared.lsp.Connection;
    if (!connection) return;
    const lock = shared.workspace.WorkspaceLock;

    connection.onRequest(WHAT_IF_CHOICES_REQUEST, async (): Promise<WhatIfChoices> => {
        await reports.ready();
        return lock.read(() => choicesOf(reports));
    });

    connection.onRequest(WHAT_IF_REQUEST, async (raw: unknown): Promise<WhatIfAnswer> => {
        const params: WhatIfParams | null | undefined = checkedParams(WHAT_IF_REQUEST, whatIfParams, raw);
        const scenario = scenarioOf(params ?? {});
        const settings = keten.keten.Settings;
        const texts = settings.messages.changes;
        if (scenario.without.length + scenario.revoke.length + scenario.vacant.length === 0 && scenario.expire === null) {
            throw new ResponseError(ErrorCodes.InvalidParams, texts.whatIfNeedsScenario());
        }
        if (scenario.expire !== null && !model.isValidDate(scenario.expire)) {
            throw new ResponseError(ErrorCodes.InvalidParams, texts.invalidExpireDate({ value: scenario.expire }));
        }
        await reports.ready();
        const named = await lock.read(() => reports.documents());
        const sources: SourceFile[] = named.map(document => ({ path: pathOf(document.langium.uri), bytes: document.langium.textDocument.getText() }));
        const fileNames = new Map(named.map(document => [pathOf(document.langium.uri), document.file]));
        const check = (files: readonly SourceFile[]) => {
            const services = createKetenServices(EmptyFileSystem);
            services.Keten.keten.Settings.locale = settings.locale;
            services.Keten.keten.Settings.severityResolver = settings.severityResolver;
            return checkWorkspace(services, files);
        };
        try {
            const result = await playScenario(sources, scenario, check);
            const options = { texts, fileOf: (file: string) => fileNames.get(file) ?? file, severityWord: settings.messages.cli.severityWord };
            const json = toJsonWhatIf(result, options);
            return params?.format === 'html' ? { ...json, html: renderWhatIfHtml(result, { ...options, lang: settings.locale }) } : json;
        } catch (error) {
            if (error instanceof ScenarioError) throw new ResponseError(ErrorCodes.InvalidParams, scenarioProblemText(error.problem, texts));
            if (error instanceof BrokenInputError) {
                const lines = error.files.map(file => texts.scenarioDoesNotParse({ file: fileNames.get(file.path) ?? file.path, count: file.count, line: file.line }));
                throw new ResponseError(ErrorCodes.InvalidParams, lines.join('\n'));
            }
            throw error;
        }
    });
}

function list(value: string | readonly string[] | undefined): string[] {
    if (value === undefined) return [];
    return (typeof value === 'string' ? [value] : [...value]).filter(item => item !== '');
}

function scenarioOf(params: WhatIfParams): Scenario {
    return withoutRepeats({
        without: list(params.without),
        revoke: list(params.revoke),
        vacant: list(params.vacant),
        expire: typeof params.expire === 'string' && params.expire !== '' ? params.expire : null
    });
}

/** The path a document is checked under: its file path, or its URI for a document not on disk. */
function pathOf(uri: URI): string {
    return uri.scheme === 'file' ? uri.fsPath : uri.toString();
}

function choicesOf(reports: EditorReports): WhatIfChoices {
    const parties = new Set<string>();
    const roles = new Set<string>();
    const mandates = new Set<string>();
    for (const { document } of reports.documents()) {
        for (const element of document.elements) {
            if (element.$type === 'Party') {
                parties.add(element.name);
                for (const role of model.rolesOf(element)) roles.add(model.qualifiedRoleName(role));
            } else if (element.$type === 'Agreement') {
                for (const mandate of model.mandatesOf(element)) mandates.add(`${element.name}.${mandate.name}`);
            }
        }
    }
    const sorted = (names: Set<string>) => [...names].sort((a, b) => a.localeCompare(b));
    return { parties: sorted(parties), mandates: sorted(mandates), roles: sorted(roles) };
}
