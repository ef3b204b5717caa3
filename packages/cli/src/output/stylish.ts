/**
 * `stylish`: for people. Findings grouped under each file, one line each as
 * `  LINE:COL  severity  message  rule-id`, then a summary line; a success line when clean.
 */
import { createColors } from 'picocolors';
import type { Finding, ValidationResult } from '../findings.js';

export interface StylishOptions {
    readonly color: boolean;
}

export function renderStylish(result: ValidationResult, options: StylishOptions): string {
    const c = createColors(options.color);
    const { findings, summary } = result;
    if (findings.length === 0) {
        const shown = summary.errors + summary.warnings + summary.infos;
        if (shown === 0) return `${c.green('✔')} ${plural(summary.files, 'file')} checked, no problems\n`;
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
        const positionWidth = Math.max(...positions.map(p => p.length));
        const severityWidth = Math.max(...list.map(f => f.severity.length));
        // Align the rule ids like ESLint does, but do not pad long messages into very wide lines.
        const messageWidth = Math.min(72, Math.max(...list.map(f => firstLine(f.message).length)));
        list.forEach((finding, index) => {
            const severity = finding.severity.padEnd(severityWidth);
            const colored = finding.severity === 'error' ? c.red(severity) : finding.severity === 'warning' ? c.yellow(severity) : c.blue(severity);
            lines.push(`  ${c.dim(positions[index].padEnd(positionWidth))}  ${colored}  ${firstLine(finding.message).padEnd(messageWidth)}  ${c.dim(finding.rule)}`);
        });
        lines.push('');
    }
    const total = summary.errors + summary.warnings + summary.infos;
    const parts = [plural(summary.errors, 'error'), plural(summary.warnings, 'warning')];
    if (summary.infos > 0) parts.push(plural(summary.infos, 'info'));
    const mark = summary.errors > 0 ? c.red('✖') : summary.warnings > 0 ? c.yellow('✖') : c.blue('ℹ');
    lines.push(`${mark} ${plural(total, 'problem')} (${parts.join(', ')})`);
    return lines.join('\n') + '\n';
}

function firstLine(text: string): string {
    return text.replace(/\r?\n/g, ' ');
}

function plural(count: number, word: string): string {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
