/**
 * Runs one fuzz workspace through the whole path of a document — parse, link, validate (every
 * rule, with KETEN_STRICT_RULES so a failing rule is not swallowed), keyword translation and
 * formatting — and returns what went wrong: an exception, a diagnostic without a rule id, a
 * workspace slower than the limit, or formatting that is not idempotent or loses a token.
 */
import { EmptyFileSystem, URI } from 'langium';
import {
    checkWorkspace, createKetenServices, formatText, hasSyntaxErrors, parseKetenText, translateKeywords
} from '@keten/language';
import type { FuzzWorkspace } from './document-arbitraries.js';

/** A hang, not a speed limit (no wall-clock limits in tests; speed is measured by `npm run bench`). */
export const FUZZ_TIME_LIMIT_MS = 60_000;

const services = createKetenServices(EmptyFileSystem);
let previousPaths: string[] = [];

export interface FuzzOutcome {
    readonly problems: string[];
    readonly elapsedMs: number;
    /** Rule failures on text with syntax errors: tolerated (the rule runner drops them), counted. */
    readonly ruleFailuresOnBrokenText: string[];
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
    try {
        // Documents of the previous case leave the workspace (and its index) first.
        const gone = previousPaths.filter(p => !paths.includes(p)).map(p => URI.file(p));
        if (gone.length > 0) await services.shared.workspace.DocumentBuilder.update([], gone);
        previousPaths = paths;
        const checked = await checkWorkspace(services, workspace.files.map((text, i) => ({ path: paths[i], bytes: text })));
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
    } catch (error) {
        problems.push(`exception: ${(error as Error)?.stack ?? String(error)}`);
    } finally {
        ruleFailures.stop();
    }
    const elapsedMs = performance.now() - started;
    if (elapsedMs > FUZZ_TIME_LIMIT_MS) problems.push(`took ${elapsedMs.toFixed(0)} ms (limit ${FUZZ_TIME_LIMIT_MS} ms)`);
    return { problems, elapsedMs, ruleFailuresOnBrokenText };
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
        comments: result.hidden.map(token => token.image.trim())
    };
}
