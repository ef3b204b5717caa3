/**
 * Runs one fuzz workspace through the whole path of a document — parse, link, validate (every
 * rule, with KETEN_STRICT_RULES so a failing rule is not swallowed), keyword translation and
 * formatting — and returns what went wrong: an exception, a diagnostic without a rule id,
 * formatting that is not idempotent or loses a token, or formatting (`keten format`, also with
 * `--locale nl|en`) that changes the findings of the workspace: the findings after suppressions
 * (including `unused-suppression`) and the findings before them, compared token by token.
 *
 * No time limit: a workspace that hangs is caught by the suite's generous timeout; how fast the
 * pipeline is belongs in `npm run bench`.
 */
import { EmptyFileSystem, URI } from 'langium';
import {
    checkWorkspace, createKetenServices, formatText, hasSyntaxErrors, parseKetenText, translateKeywords,
    type CheckedFile, type KeywordLanguage
} from '@keten/language';
import { findingKeys, withoutSuppressions } from '../support/findings-by-token.js';
import type { FuzzWorkspace } from './document-arbitraries.js';

const services = createKetenServices(EmptyFileSystem);
let previousPaths: string[] = [];

export interface FuzzOutcome {
    readonly problems: string[];
    readonly elapsedMs: number;
    /** Rule failures on text with syntax errors: tolerated (the rule runner drops them), counted. */
    readonly ruleFailuresOnBrokenText: string[];
    /** Files with a `keten-disable-next-line` comment that formatting changed: how often the property was put to the test. */
    readonly reformattedWithSuppressions: number;
}

/**
 * Langium reports a check that threw with `console.error('An error occurred during validation', …)`
 * (KETEN_STRICT_RULES makes the rule runner let it through); those calls are collected here.
 */
function collectRuleFailures(): { failures: string[]; stop: () => void } {
    const failures: string[] = [];
    const original = console.error;
    let stackToSwallow: string | undefined;
    console.error = (...args: unknown[]) => {
        if (typeof args[0] === 'string' && args[0].startsWith('An error occurred during validation')) {
            const stack = (args[1] as Error)?.stack;
            failures.push(`${args[0]} ${stack?.split('\n').slice(0, 3).join(' | ') ?? String(args[1])}`);
            stackToSwallow = stack;
        } else if (stackToSwallow !== undefined && args[0] === stackToSwallow) {
            stackToSwallow = undefined;
        } else {
            original(...args);
        }
    };
    return { failures, stop: () => { console.error = original; } };
}

export async function runFuzzWorkspace(workspace: FuzzWorkspace): Promise<FuzzOutcome> {
    const problems: string[] = [];
    const started = performance.now();
    const paths = workspace.files.map((_, i) => `/fuzz/file${i}.keten`);
    const ruleFailures = collectRuleFailures();
    let ruleFailuresOnBrokenText: string[] = [];
    let reformattedWithSuppressions = 0;
    try {
        // Documents of the previous case leave the workspace (and its index) first.
        const gone = previousPaths.filter(p => !paths.includes(p)).map(p => URI.file(p));
        if (gone.length > 0) await services.shared.workspace.DocumentBuilder.update([], gone);
        previousPaths = paths;
        const checked = await check(paths, workspace.files);
        ruleFailures.stop();
        // A rule may give up on text that did not parse; on text that did, it must not.
        const broken = checked.some(file => file.diagnostics.some(d => d.code === 'syntax-error'));
        if (broken) ruleFailuresOnBrokenText = ruleFailures.failures;
        else problems.push(...ruleFailures.failures.map(failure => `a rule failed on text without syntax errors: ${failure}`));
        for (const file of checked) {
            for (const diagnostic of file.diagnostics) {
                if (typeof diagnostic.code !== 'string' || diagnostic.code.length === 0) {
                    problems.push(`diagnostic without a rule id: ${diagnostic.message}`);
                }
                if (/An error occurred/i.test(diagnostic.message)) problems.push(`a check failed: ${diagnostic.message}`);
            }
        }
        for (const text of workspace.files) problems.push(...await checkFormatting(text));
        const kept = await checkFindingsKept(paths, workspace.files, checked);
        problems.push(...kept.problems);
        reformattedWithSuppressions = kept.reformattedWithSuppressions;
    } catch (error) {
        problems.push(`exception: ${(error as Error)?.stack ?? String(error)}`);
    } finally {
        ruleFailures.stop();
    }
    const elapsedMs = performance.now() - started;
    return { problems, elapsedMs, ruleFailuresOnBrokenText, reformattedWithSuppressions };
}

function check(paths: readonly string[], texts: readonly string[]): Promise<CheckedFile[]> {
    return checkWorkspace(services, texts.map((text, i) => ({ path: paths[i], bytes: text })));
}

/** What `keten format` (with `--locale`: keywords translated first) writes; the text itself if it does not parse. */
async function formatLikeTheCli(text: string, locale: KeywordLanguage | undefined): Promise<string> {
    const translated = locale ? translateKeywords(parseKetenText(services.Keten, text, '/fuzz/format.keten'), locale) : text;
    if (translated === undefined) return text;
    return await formatText(services.Keten, parseKetenText(services.Keten, translated, '/fuzz/format.keten')) ?? text;
}

/**
 * Formatting the workspace (plain, `--locale nl`, `--locale en`) keeps its findings: the same
 * findings on the same tokens after suppressions apply (so a suppression silences the same
 * findings, and the same ones are `unused-suppression`) and before (the suppression comments
 * made inert).
 */
async function checkFindingsKept(
    paths: readonly string[], originals: readonly string[], checked: readonly CheckedFile[]
): Promise<{ problems: string[]; reformattedWithSuppressions: number }> {
    const problems: string[] = [];
    let reformattedWithSuppressions = 0;
    // The one finding formatting repairs: a qualified name written with spaces around its dot
    // (`Gemeente . wethouder`, a syntax error) is written as one word.
    const repairedByFormatting = (d: CheckedFile['diagnostics'][number]) => d.code === 'syntax-error' && d.message.includes('qualified name is written without spaces');
    const keysOf = (files: readonly CheckedFile[]) => files.map(file => findingKeys(file.document.textDocument.getText(), file.diagnostics.filter(d => !repairedByFormatting(d))));
    const hasSuppressions = originals.some(text => text.includes('keten-disable'));
    const expected = keysOf(checked);
    const expectedUnsuppressed = hasSuppressions ? keysOf(await check(paths, originals.map(withoutSuppressions))) : expected;
    // A variant that gives the same texts as one already checked (English files: `--locale en`
    // and plain formatting) is checked once.
    const checkedVariants = new Set<string>([originals.join('\u0000')]);
    for (const locale of [undefined, 'nl', 'en'] as const) {
        const formatted: string[] = [];
        for (const text of originals) formatted.push(await formatLikeTheCli(text, locale));
        if (checkedVariants.has(formatted.join('\u0000'))) continue;
        checkedVariants.add(formatted.join('\u0000'));
        if (!locale) reformattedWithSuppressions = originals.filter((text, i) => text !== formatted[i] && text.includes('keten-disable-next-line')).length;
        const how = locale ? `format --locale ${locale}` : 'format';
        problems.push(...differences(how, 'findings', expected, keysOf(await check(paths, formatted))));
        if (hasSuppressions) {
            const unsuppressed = keysOf(await check(paths, formatted.map(withoutSuppressions)));
            problems.push(...differences(how, 'findings before suppressions', expectedUnsuppressed, unsuppressed));
        }
    }
    return { problems, reformattedWithSuppressions };
}

function differences(how: string, what: string, before: readonly string[][], after: readonly string[][]): string[] {
    const problems: string[] = [];
    before.forEach((keys, file) => {
        const lost = minus(keys, after[file]), gained = minus(after[file], keys);
        if (lost.length > 0 || gained.length > 0) {
            problems.push(`${how} changed the ${what} of file${file}: lost ${JSON.stringify(lost)}, gained ${JSON.stringify(gained)}`);
        }
    });
    return problems;
}

/** The keys of `a` not matched by one in `b` (as multisets). */
function minus(a: readonly string[], b: readonly string[]): string[] {
    const left = new Map<string, number>();
    for (const key of b) left.set(key, (left.get(key) ?? 0) + 1);
    return a.filter(key => {
        const n = left.get(key) ?? 0;
        if (n > 0) left.set(key, n - 1);
        return n === 0;
    });
}

/** Formatting a file without syntax errors is idempotent and keeps every token and comment. */
async function checkFormatting(text: string): Promise<string[]> {
    const document = parseKetenText(services.Keten, text, '/fuzz/format.keten');
    if (hasSyntaxErrors(document)) return [];
    const problems: string[] = [];
    const formatted = await formatText(services.Keten, document);
    if (formatted === undefined) return ['formatText gave nothing for a file without syntax errors'];
    const reparsed = parseKetenText(services.Keten, formatted, '/fuzz/format.keten');
    if (hasSyntaxErrors(reparsed)) problems.push('the formatted text has syntax errors');
    if (!sameTokens(text, formatted)) problems.push('formatting changed the tokens or comments');
    const again = await formatText(services.Keten, reparsed);
    if (again !== formatted) problems.push('formatting is not idempotent');
    for (const language of ['nl', 'en'] as const) translateKeywords(document, language);
    return problems;
}

function sameTokens(before: string, after: string): boolean {
    const a = lexed(before), b = lexed(after);
    return a.tokens.join('\u0001') === b.tokens.join('\u0001') && a.comments.join('\u0001') === b.comments.join('\u0001');
}

function lexed(text: string): { tokens: string[]; comments: string[] } {
    const result = services.Keten.parser.Lexer.tokenize(text);
    return {
        tokens: result.tokens.map(token => token.image),
        // The lines of a multi-line comment move with it (docs/formatting.md): compare them trimmed.
        comments: result.hidden.map(token => token.image.split(/\r\n|\r|\n/).map(line => line.trim()).join('\n'))
    };
}
