/**
 * `stylish`: for people. Findings grouped under each file, one line each as
 * `  LINE:COL  severity  message  rule-id`, then a summary line; a success line when clean.
 */
import { createColors } from 'picocolors';
import { messagesFor, type Locale } from '@keten/language';
import type { Finding, ValidationResult } from '../findings.js';

export interface StylishOptions {
    readonly color: boolean;
    /** The language of the severity words and the summary line; default English. */
    readonly locale?: Locale;
}

export function renderStylish(result: ValidationResult, options: StylishOptions): string {
    const c = createColors(options.color);
    const words = messagesFor(options.locale ?? 'en').cli;
    const { findings, summary } = result;
    if (findings.length === 0) {
        const shown = summary.errors + summary.warnings + summary.infos;
        const hidden = result.hidden;
        if (shown === 0 && hidden && hidden.warnings + hidden.infos > 0) {
            return `${c.green('✔')} ${words.stylishCleanQuiet({ files: summary.files, warnings: hidden.warnings, infos: hidden.infos })}\n`;
        }
        if (shown === 0) return `${c.green('✔')} ${words.stylishClean({ files: summary.files })}\n`;
    }
    const byFile = new Map<string, Finding[]>();
    for (const finding of findings) {
        const list = byFile.get(finding.file) ?? [];
        list.push(finding);
        byFile.set(finding.file, list);
    }
    const lines: string[] = [];
    for (const [file, list] of byFile) {
        lines.push(c.underline(file));
        const positions = list.map(f => `${f.line}:${f.column}`);
        const positionWidth = widest(positions);
        const severityWidth = widest(list.map(f => words.severityWord[f.severity]));
        // Align the rule ids like ESLint does, but do not pad long messages into very wide lines.
        const messageWidth = Math.min(72, widest(list.map(f => firstLine(f.message))));
        list.forEach((finding, index) => {
            const severity = words.severityWord[finding.severity].padEnd(severityWidth);
            const colored = finding.severity === 'error' ? c.red(severity) : finding.severity === 'warning' ? c.yellow(severity) : c.blue(severity);
            lines.push(`  ${c.dim(positions[index].padEnd(positionWidth))}  ${colored}  ${firstLine(finding.message).padEnd(messageWidth)}  ${c.dim(finding.rule)}`);
        });
        lines.push('');
    }
    const mark = summary.errors > 0 ? c.red('✖') : summary.warnings > 0 ? c.yellow('✖') : c.blue('ℹ');
    lines.push(`${mark} ${words.stylishSummary(summary)}`);
    return lines.join('\n') + '\n';
}

/** The length of the longest text (a loop: a file can have more findings than a call takes arguments). */
export function widest(texts: readonly string[], atLeast = 0): number {
    let width = atLeast;
    for (const text of texts) if (text.length > width) width = text.length;
    return width;
}

function firstLine(text: string): string {
    return text.replace(/\r?\n/g, ' ');
}
