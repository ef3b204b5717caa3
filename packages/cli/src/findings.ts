/**
 * A finding as the CLI reports it (CLI.md, `--format json`): relative path with `/`,
 * 1-based line and column, exclusive end. Every output format renders these; none computes.
 */
import * as path from 'node:path';
import type { CheckedFile } from '@keten/language';
import type { Diagnostic } from 'vscode-languageserver-types';

export type FindingSeverity = 'error' | 'warning' | 'info';

export interface RelatedLocation {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    readonly message: string;
}

export interface Finding {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    readonly severity: FindingSeverity;
    readonly rule: string;
    readonly message: string;
    readonly related: readonly RelatedLocation[];
}

export interface FindingSummary {
    readonly files: number;
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
}

/** The result of checking a workspace: every file checked, and the sorted findings. */
export interface ValidationResult {
    readonly files: readonly string[];
    readonly findings: readonly Finding[];
    readonly summary: FindingSummary;
    /** The warnings and infos `--quiet` left out (not counted in `summary`). */
    readonly hidden?: { readonly warnings: number; readonly infos: number };
}

const SEVERITY_NAMES: Record<number, FindingSeverity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'info' };

export function relativePath(cwd: string, file: string): string {
    const relative = path.relative(cwd, file) || path.basename(file);
    return relative.split(path.sep).join('/');
}

export function toValidationResult(checked: ReadonlyArray<Pick<CheckedFile, 'path' | 'diagnostics'>>, cwd: string): ValidationResult {
    const findings: Finding[] = [];
    // Each file's name once: `path.relative` is not cheap, and a workspace has thousands of files.
    const files = checked.map(file => relativePath(cwd, file.path));
    checked.forEach((file, index) => {
        for (const diagnostic of file.diagnostics) findings.push(toFinding(files[index], diagnostic, cwd));
    });
    findings.sort(compareFindings);
    files.sort();
    return { files, findings, summary: summarize(files.length, findings) };
}

export function summarize(files: number, findings: readonly Finding[]): FindingSummary {
    return {
        files,
        errors: findings.filter(f => f.severity === 'error').length,
        warnings: findings.filter(f => f.severity === 'warning').length,
        infos: findings.filter(f => f.severity === 'info').length
    };
}

function toFinding(file: string, diagnostic: Diagnostic, cwd: string): Finding {
    return {
        file,
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1,
        severity: SEVERITY_NAMES[diagnostic.severity ?? 1] ?? 'error',
        rule: String(diagnostic.code ?? 'internal'),
        message: diagnostic.message,
        related: (diagnostic.relatedInformation ?? []).map(related => ({
            file: relativePath(cwd, uriToPath(related.location.uri)),
            line: related.location.range.start.line + 1,
            column: related.location.range.start.character + 1,
            endLine: related.location.range.end.line + 1,
            endColumn: related.location.range.end.character + 1,
            message: related.message
        }))
    };
}

function uriToPath(uri: string): string {
    return uri.startsWith('file://') ? decodeURIComponent(new URL(uri).pathname) : uri;
}

export function compareFindings(a: Finding, b: Finding): number {
    return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)
        || a.line - b.line
        || a.column - b.column
        || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
