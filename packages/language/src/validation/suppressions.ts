/**
 * Suppressions (CLI.md): `// keten-disable-next-line RULE, … -- reason` silences those rules on
 * the next line; `// keten-disable-file RULE, …` silences them in the whole file. A rule id in
 * such a comment that silences nothing is reported as `unused-suppression`, on that rule id, so
 * stale suppressions do not pile up; so is a rule id that is no rule at all.
 *
 * The comments are read from the comment leaves of the parsed document (the CST), never from
 * the raw text, so `//` inside a quoted string is never a suppression.
 *
 * A rule turned `off` by configuration for this document is not reported as an unused
 * suppression: with the rule off we cannot know whether it would fire on that line, and the
 * same file may be checked elsewhere with the rule on (another folder's configuration, the
 * editor's settings), where the suppression is needed.
 */
import { CstUtils, isLeafCstNode, type LangiumDocument } from 'langium';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { KetenSettings } from '../config/keten-settings.js';
import { closestName } from '../model/closest-name.js';
import { RULE_IDS, ruleById } from '../rules/registry.js';
import { ruleDocumentationUrl } from '../rules/rule-docs-url.js';
import type { Severity } from '../rules/rule.js';
import { unusedSuppression } from '../rules/suppressions/unused-suppression.js';
import { parsedTextOf } from '../workspace/document-text.js';

export type SuppressionScope = 'next-line' | 'file';

/** One rule id named in a suppression comment, with the place of that id in the file. */
export interface SuppressedRule {
    readonly id: string;
    readonly range: Range;
}

export interface Suppression {
    readonly scope: SuppressionScope;
    /** The `keten-disable-…` word, for messages. */
    readonly directive: string;
    /** Where the comment is. */
    readonly range: Range;
    readonly rules: readonly SuppressedRule[];
    readonly reason?: string;
}

const DIRECTIVE = /^\/\/\s*(keten-disable-(next-line|file))(?=\s|$)/;

/**
 * The scope of a `//` comment that is a suppression (`next-line` or `file`), else undefined.
 * The formatter asks this too: it keeps the line after a `next-line` suppression as it is
 * (docs/formatting.md, "Suppression comments"), so formatting never changes what is silenced.
 */
export function suppressionScopeOf(commentText: string): SuppressionScope | undefined {
    return DIRECTIVE.exec(commentText)?.[2] as SuppressionScope | undefined;
}

/** Every suppression comment of a document, in text order. */
export function readSuppressions(document: LangiumDocument): Suppression[] {
    // Most files have none: skip walking the syntax tree when the word never occurs.
    if (!parsedTextOf(document).includes('keten-disable')) return [];
    const root = document.parseResult.value.$cstNode;
    if (!root) return [];
    const result: Suppression[] = [];
    for (const node of CstUtils.streamCst(root)) {
        if (!isLeafCstNode(node) || !node.hidden || node.tokenType.name !== 'SL_COMMENT') continue;
        const suppression = parseSuppression(node.text, node.offset, document);
        if (suppression) result.push(suppression);
    }
    return result;
}

function parseSuppression(text: string, offset: number, document: LangiumDocument): Suppression | undefined {
    const match = DIRECTIVE.exec(text);
    if (!match) return undefined;
    const scope = match[2] as SuppressionScope;
    const listStart = match[0].length;
    const reasonAt = text.slice(listStart).search(/(^|\s)--(\s|$)/);
    const listEnd = reasonAt < 0 ? text.length : listStart + reasonAt;
    const reason = reasonAt < 0 ? undefined : text.slice(listEnd).replace(/^\s*--\s*/, '').trim() || undefined;
    const rules: SuppressedRule[] = [];
    let cursor = listStart;
    for (const item of text.slice(listStart, listEnd).split(',')) {
        const leading = item.length - item.trimStart().length;
        const id = item.trim();
        // A rule named twice in one comment is named once (one finding when it silences nothing).
        if (id !== '' && !rules.some(rule => rule.id === id)) {
            const start = offset + cursor + leading;
            rules.push({
                id,
                range: { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(start + id.length) }
            });
        }
        cursor += item.length + 1;
    }
    const range = { start: document.textDocument.positionAt(offset), end: document.textDocument.positionAt(offset + text.length) };
    return { scope, directive: match[1], range, rules, reason };
}

/**
 * Drops the findings that a suppression names, and adds an `unused-suppression` finding for
 * every named rule id that silenced nothing. Runs after configured severities were applied.
 */
export function applySuppressions(document: LangiumDocument, diagnostics: Diagnostic[], settings: KetenSettings): Diagnostic[] {
    const suppressions = readSuppressions(document);
    if (suppressions.length === 0) return diagnostics;
    const used = new Set<SuppressedRule>();
    const silence = (list: Diagnostic[]) => list.filter(diagnostic => {
        const covering = coveringRules(suppressions, diagnostic);
        covering.forEach(rule => used.add(rule));
        return covering.length === 0;
    });
    const kept = silence(diagnostics);
    // Unused suppressions are reported themselves as findings, which a comment naming
    // `unused-suppression` may silence in turn; those comments are judged last.
    const namesUnusedSuppression = (rule: SuppressedRule) => rule.id === unusedSuppression.meta.id;
    const firstRound = silence(unusedFindings(document, suppressions, used, settings, rule => !namesUnusedSuppression(rule)));
    const secondRound = unusedFindings(document, suppressions, used, settings, namesUnusedSuppression);
    return [...kept, ...firstRound, ...secondRound];
}

function coveringRules(suppressions: readonly Suppression[], diagnostic: Diagnostic): SuppressedRule[] {
    if (typeof diagnostic.code !== 'string') return [];
    const covering: SuppressedRule[] = [];
    for (const suppression of suppressions) {
        const applies = suppression.scope === 'file' || suppression.range.end.line + 1 === diagnostic.range.start.line;
        if (!applies) continue;
        for (const rule of suppression.rules) if (rule.id === diagnostic.code) covering.push(rule);
    }
    return covering;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
    error: DiagnosticSeverity.Error,
    warning: DiagnosticSeverity.Warning,
    info: DiagnosticSeverity.Information
};

function unusedFindings(
    document: LangiumDocument, suppressions: readonly Suppression[], used: ReadonlySet<SuppressedRule>,
    settings: KetenSettings, select: (rule: SuppressedRule) => boolean
): Diagnostic[] {
    const configured = settings.severityResolver(document.uri, unusedSuppression.meta.id);
    if (configured === 'off') return [];
    const severity = SEVERITY[configured ?? unusedSuppression.meta.severity];
    const messages = settings.messages;
    const result: Diagnostic[] = [];
    const finding = (range: Range, message: string): Diagnostic => ({
        range,
        severity,
        code: unusedSuppression.meta.id,
        codeDescription: { href: ruleDocumentationUrl(unusedSuppression.meta.id) },
        message,
        source: 'keten',
        data: { code: unusedSuppression.meta.id }
    });
    for (const suppression of suppressions) {
        if (suppression.rules.length === 0) {
            // Judged with the comments that do not name `unused-suppression`.
            if (select({ id: '', range: suppression.range })) {
                result.push(finding(suppression.range, messages.suppressionWithoutRule({ directive: suppression.directive })));
            }
            continue;
        }
        for (const rule of suppression.rules) {
            if (used.has(rule) || !select(rule)) continue;
            if (!ruleById(rule.id)) {
                result.push(finding(suppression.range, messages.unknownSuppressedRule({ rule: rule.id, suggestion: closestName(rule.id, RULE_IDS) })));
            } else if (settings.severityResolver(document.uri, rule.id) !== 'off') {
                result.push(finding(suppression.range, messages.unusedSuppression({ rule: rule.id, scope: suppression.scope })));
            }
        }
    }
    return result;
}
