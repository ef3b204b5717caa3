/**
 * `github`: GitHub Actions workflow commands, one line per finding, which GitHub shows as
 * annotations on the pull request (CLI.md):
 * `::error file=PATH,line=L,col=C,endLine=L2,endColumn=C2,title=RULE::MESSAGE`.
 */
import type { FindingSeverity, ValidationResult } from '../findings.js';

const COMMAND: Record<FindingSeverity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export function renderGithub(result: ValidationResult): string {
    return result.findings.map(finding => {
        const properties = [
            ['file', finding.file],
            ['line', String(finding.line)],
            ['col', String(finding.column)],
            ['endLine', String(finding.endLine)],
            ['endColumn', String(finding.endColumn)],
            ['title', finding.rule]
        ].map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',');
        return `::${COMMAND[finding.severity]} ${properties}::${escapeData(finding.message)}\n`;
    }).join('');
}

/** The escaping of the Actions toolkit (`escapeData` in @actions/core). */
export function escapeData(text: string): string {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values also escape the separators `:` and `,` (`escapeProperty` in @actions/core). */
export function escapeProperty(text: string): string {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
