/** `json`: the machine contract of CLI.md (version 1). */
import type { ValidationResult } from '../findings.js';

export interface JsonDiagnostic {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: string;
    rule: string;
    message: string;
}

export function toJsonDiagnostics(result: ValidationResult): JsonDiagnostic[] {
    return result.findings.map(f => ({
        file: f.file, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn,
        severity: f.severity, rule: f.rule, message: f.message
    }));
}

export function renderJson(result: ValidationResult): string {
    return JSON.stringify({
        version: 1,
        files: result.files,
        diagnostics: toJsonDiagnostics(result),
        summary: result.summary
    }, null, 2) + '\n';
}
