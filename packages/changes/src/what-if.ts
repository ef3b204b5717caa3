/**
 * `keten whatif` (CHANGES.md): the scenario applied to the agreements in memory, the
 * agreements checked again by the very same pipeline (`check`: the rules of `keten validate`,
 * with the same configuration), and the difference of the findings: those the scenario adds
 * and those it resolves. The files are never changed: the scenario is a set of deletions of
 * their text, and the places of added findings are mapped back to the unchanged files.
 */
import { AstUtils, CstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { hasSyntaxErrors, type CheckedFile, type Document, type SourceFile } from '@keten/language';
import { resolveScenario, type Scenario } from './scenario.js';
import { removalsOf, type Removal } from './scenario-removals.js';
import { applyDeletions, deletionsFor, originalOffset, type Deletion } from './text-deletions.js';

export type FindingSeverity = 'error' | 'warning' | 'info';

/** A finding as `keten validate --format json` gives it, with the file's own path (or id). */
export interface WhatIfFinding {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    readonly severity: FindingSeverity;
    readonly rule: string;
    readonly message: string;
    /**
     * The element the finding is about: the innermost declaration around its place
     * (`Agreement Bk / DataSharing Gg`), so the summary counts data blocks, not findings (one
     * data block can lose its controller and be incomplete at once). Not part of the JSON.
     */
    readonly element?: string;
}

export interface WhatIfResult {
    readonly scenario: Scenario;
    readonly added: readonly WhatIfFinding[];
    readonly resolved: readonly WhatIfFinding[];
}

/** Checks a workspace the way `keten validate` does (the caller's services and configuration). */
export type CheckSources = (files: readonly SourceFile[]) => Promise<readonly CheckedFile[]>;

/** A file that does not parse: its path, how many syntax errors, the line of the first. */
export interface BrokenInput {
    readonly path: string;
    readonly count: number;
    readonly line: number | undefined;
}

/** Files that do not parse: a scenario played on broken input would mislead. */
export class BrokenInputError extends Error {
    constructor(readonly files: readonly BrokenInput[]) {
        super(`${files.map(file => file.path).join(', ')} ${files.length === 1 ? 'does' : 'do'} not parse`);
        this.name = 'BrokenInputError';
    }
}

export interface PlayOptions {
    /** Whose findings count (default: every file). */
    readonly reported?: (path: string) => boolean;
}

/**
 * Plays the scenario on the files. Throws ScenarioError for an unknown or ambiguous name,
 * BrokenInputError for a file that does not parse.
 */
export async function playScenario(files: readonly SourceFile[], scenario: Scenario, check: CheckSources, options: PlayOptions = {}): Promise<WhatIfResult> {
    const reported = options.reported ?? (() => true);
    const baseline = await check(files);
    const broken: BrokenInput[] = [];
    for (const file of baseline) {
        if (hasSyntaxErrors(file.document)) {
            const { lexerErrors, parserErrors } = file.document.parseResult;
            const line = lexerErrors[0]?.line ?? parserErrors[0]?.token.startLine;
            broken.push({ path: file.path, count: lexerErrors.length + parserErrors.length, line: line !== undefined && !Number.isNaN(line) ? line : undefined });
            continue;
        }
        // Bytes that are not UTF-8 (a syntax-error finding of their own).
        const badByte = file.diagnostics.find(d => d.code === 'syntax-error');
        if (badByte) broken.push({ path: file.path, count: 1, line: badByte.range.start.line + 1 });
    }
    if (broken.length > 0) throw new BrokenInputError(broken);
    const { edited, deletions } = applyScenario(baseline, scenario);
    const after = await check(edited);

    const before = baseline.filter(file => reported(file.path))
        .flatMap(file => file.diagnostics.map(d => findingOf(file.path, d, elementAt(file.document, d))));
    const originals = new Map(baseline.map(file => [file.path, file.document]));
    const now = after.filter(file => reported(file.path)).flatMap(file => {
        const original = originals.get(file.path);
        const own = deletions.get(file.path) ?? [];
        return file.diagnostics.map(d => findingOf(file.path, original ? mappedBack(d, file.document, original, own) : d, elementAt(file.document, d)));
    });
    return { scenario, added: difference(now, before).sort(compareFindings), resolved: difference(before, now).sort(compareFindings) };
}

/**
 * The scenario as changed texts of the checked files (the files themselves are not touched),
 * with the deletions that made each, to map places back.
 */
export function applyScenario(baseline: readonly CheckedFile[], scenario: Scenario): { edited: SourceFile[]; deletions: Map<string, Deletion[]> } {
    const roots = baseline.map(file => file.document.parseResult.value as Document);
    const removals = removalsOf(roots, resolveScenario(roots, scenario));
    const byDocument = new Map<LangiumDocument, Removal[]>();
    for (const removal of removals) {
        const document = AstUtils.getDocument(nodeOf(removal));
        byDocument.set(document, [...(byDocument.get(document) ?? []), removal]);
    }
    const deletions = new Map<string, Deletion[]>();
    const edited: SourceFile[] = baseline.map(file => {
        const text = file.document.textDocument.getText();
        const own = deletionsFor(text, byDocument.get(file.document) ?? []);
        deletions.set(file.path, own);
        return { path: file.path, bytes: own.length === 0 ? text : applyDeletions(text, own) };
    });
    return { edited, deletions };
}

function nodeOf(removal: Removal): AstNode {
    return removal.kind === 'node' ? removal.node : removal.kind === 'entries' ? removal.container : removal.field;
}

/** A diagnostic of the changed text placed in the unchanged one. */
function mappedBack(diagnostic: Diagnostic, changed: LangiumDocument, original: LangiumDocument, deletions: readonly Deletion[]): Diagnostic {
    if (deletions.length === 0) return diagnostic;
    const start = originalOffset(deletions, changed.textDocument.offsetAt(diagnostic.range.start), 'start');
    const end = Math.max(start, originalOffset(deletions, changed.textDocument.offsetAt(diagnostic.range.end), 'end'));
    return { ...diagnostic, range: { start: original.textDocument.positionAt(start), end: original.textDocument.positionAt(end) } };
}

const SEVERITIES: Record<number, FindingSeverity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'info' };

function findingOf(file: string, diagnostic: Diagnostic, element: string | undefined): WhatIfFinding {
    return {
        file,
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1,
        severity: SEVERITIES[diagnostic.severity ?? 1] ?? 'error',
        rule: String(diagnostic.code ?? 'internal'),
        message: diagnostic.message,
        ...(element === undefined ? {} : { element })
    };
}

/**
 * The declarations around the start of the diagnostic, outermost first, each as its type and
 * name (`Agreement Bk / DataSharing Gg`), in the document it was found in; `undefined` outside
 * every declaration. Which document does not matter: a scenario removes text, never renames.
 */
function elementAt(document: LangiumDocument, diagnostic: Diagnostic): string | undefined {
    const root = document.parseResult.value.$cstNode;
    if (!root) return undefined;
    const leaf = CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(diagnostic.range.start));
    const names: string[] = [];
    for (let node: AstNode | undefined = leaf?.astNode; node; node = node.$container) {
        const name = (node as { name?: unknown }).name;
        if (typeof name === 'string' && name !== '') names.unshift(`${node.$type} ${name}`);
    }
    return names.length > 0 ? `${document.uri.toString()} ${names.join(' / ')}` : undefined;
}

/**
 * The findings of `a` that `b` does not have (as multisets). A finding is the same when its
 * file, rule, message and start are: a range whose end moved because text inside it went is
 * still the same finding. Of those left on both sides, a finding of the same rule at the same
 * start is the same finding in other words: a message that names a party the scenario took
 * away (`Commitment 'Joint' of B, C` → `of C`) is no new gap, and no gap resolved.
 */
function difference(a: readonly WhatIfFinding[], b: readonly WhatIfFinding[]): WhatIfFinding[] {
    return withoutMatches(withoutMatches(a, b, identity), withoutMatches(b, a, identity), place);
}

function withoutMatches(a: readonly WhatIfFinding[], b: readonly WhatIfFinding[], key: (finding: WhatIfFinding) => string): WhatIfFinding[] {
    const counts = new Map<string, number>();
    for (const finding of b) counts.set(key(finding), (counts.get(key(finding)) ?? 0) + 1);
    const result: WhatIfFinding[] = [];
    for (const finding of a) {
        const left = counts.get(key(finding)) ?? 0;
        if (left > 0) counts.set(key(finding), left - 1);
        else result.push(finding);
    }
    return result;
}

function identity(finding: WhatIfFinding): string {
    return [finding.file, finding.line, finding.column, finding.rule, finding.message].join('\u0000');
}

function place(finding: WhatIfFinding): string {
    return [finding.file, finding.line, finding.column, finding.rule].join('\u0000');
}

export function compareFindings(a: WhatIfFinding, b: WhatIfFinding): number {
    return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)
        || a.line - b.line
        || a.column - b.column
        || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
