/**
 * The outputs of `keten whatif` (CHANGES.md): JSON (`{ version: 1, scenario, added, resolved,
 * summary }`, findings shaped as in `keten validate --format json`), stylish and Markdown
 * (the summary, then the findings added and resolved, grouped by meaning), and an HTML page
 * for the editor's report beside the editor. They format; the grouping and the summary come
 * from what-if-report.ts.
 */
import { createColors } from 'picocolors';
import { escapeHtml, escapeMarkdown } from '@keten/report';
import type { Scenario } from './scenario.js';
import { compareFindings, type WhatIfFinding, type WhatIfResult } from './what-if.js';
import { whatIfGroupsOf, whatIfSummary, type WhatIfTexts } from './what-if-report.js';

export interface WhatIfRenderOptions {
    readonly texts: WhatIfTexts;
    /** The path of a file as the reader knows it (relative, with `/`). */
    readonly fileOf: (file: string) => string;
    readonly color?: boolean;
    /** Severity words of the reader's language (stylish, Markdown and HTML). */
    readonly severityWord?: Readonly<Record<WhatIfFinding['severity'], string>>;
}

export interface JsonWhatIf {
    readonly version: 1;
    readonly scenario: Scenario;
    readonly added: readonly WhatIfFinding[];
    readonly resolved: readonly WhatIfFinding[];
    readonly summary: string;
}

export function toJsonWhatIf(result: WhatIfResult, options: WhatIfRenderOptions): JsonWhatIf {
    const shown = (findings: readonly WhatIfFinding[]) => findings
        .map(finding => ({
            file: options.fileOf(finding.file), line: finding.line, column: finding.column, endLine: finding.endLine,
            endColumn: finding.endColumn, severity: finding.severity, rule: finding.rule, message: finding.message
        }))
        .sort(compareFindings);
    return {
        version: 1,
        scenario: { without: [...result.scenario.without], revoke: [...result.scenario.revoke], vacant: [...result.scenario.vacant], expire: result.scenario.expire },
        added: shown(result.added),
        resolved: shown(result.resolved),
        summary: whatIfSummary(result, options.texts)
    };
}

export function renderWhatIfJson(result: WhatIfResult, options: WhatIfRenderOptions): string {
    return JSON.stringify(toJsonWhatIf(result, options), null, 2) + '\n';
}

/** The findings of one side (added or resolved), as groups of shown findings. */
function sections(result: WhatIfResult, options: WhatIfRenderOptions) {
    const json = toJsonWhatIf(result, options);
    const groups = whatIfGroupsOf(json);
    return [
        { title: options.texts.whatIfAdded(), groups: groups.filter(g => g.added.length > 0).map(g => ({ name: g.name, findings: g.added })) },
        { title: options.texts.whatIfResolved(), groups: groups.filter(g => g.resolved.length > 0).map(g => ({ name: g.name, findings: g.resolved })) }
    ].filter(section => section.groups.length > 0);
}

const ENGLISH_SEVERITY = { error: 'error', warning: 'warning', info: 'info' } as const;

export function renderWhatIfStylish(result: WhatIfResult, options: WhatIfRenderOptions): string {
    const c = createColors(options.color ?? false);
    const severityWord = options.severityWord ?? ENGLISH_SEVERITY;
    const lines: string[] = [c.bold(whatIfSummary(result, options.texts)), ''];
    for (const section of sections(result, options)) {
        lines.push(c.underline(section.title));
        for (const group of section.groups) {
            lines.push(`  ${options.texts.whatIfGroupTitle[group.name]}`);
            const places = group.findings.map(f => `${f.file}:${f.line}:${f.column}`);
            const placeWidth = places.reduce((width, p) => Math.max(width, p.length), 0);
            const severityWidth = group.findings.reduce((width, f) => Math.max(width, severityWord[f.severity].length), 0);
            group.findings.forEach((finding, index) => {
                const word = severityWord[finding.severity].padEnd(severityWidth);
                const colored = finding.severity === 'error' ? c.red(word) : finding.severity === 'warning' ? c.yellow(word) : c.blue(word);
                lines.push(`    ${c.dim(places[index].padEnd(placeWidth))}  ${colored}  ${finding.message.replace(/\r?\n/g, ' ')}  ${c.dim(finding.rule)}`);
            });
        }
        lines.push('');
    }
    return lines.join('\n') + (lines[lines.length - 1] === '' ? '' : '\n');
}

const FOLD_AFTER = 10;

export function renderWhatIfMarkdown(result: WhatIfResult, options: WhatIfRenderOptions): string {
    const severityWord = options.severityWord ?? ENGLISH_SEVERITY;
    const lines: string[] = [`## ${options.texts.whatIfMarkdownTitle()}`, '', `**${escapeMarkdown(whatIfSummary(result, options.texts))}**`, ''];
    for (const section of sections(result, options)) {
        lines.push(`### ${escapeMarkdown(section.title)}`, '');
        for (const group of section.groups) {
            const title = `${options.texts.whatIfGroupTitle[group.name]} (${group.findings.length})`;
            const folded = group.findings.length > FOLD_AFTER;
            if (folded) lines.push('<details>', `<summary>${escapeMarkdown(title)}</summary>`, '');
            else lines.push(`#### ${escapeMarkdown(title)}`, '');
            lines.push(options.texts.whatIfFindingHead(), '| --- | ---: | --- | --- | --- |');
            for (const f of group.findings) lines.push(`| ${escapeMarkdown(f.file)} | ${f.line} | ${severityWord[f.severity]} | \`${f.rule}\` | ${escapeMarkdown(f.message)} |`);
            if (folded) lines.push('', '</details>', '');
            else lines.push('');
        }
    }
    return lines.join('\n');
}

/** A self-contained page (no script, styles inline) for the editor's report beside the editor. */
export function renderWhatIfHtml(result: WhatIfResult, options: WhatIfRenderOptions & { readonly lang: string }): string {
    const severityWord = options.severityWord ?? ENGLISH_SEVERITY;
    const body: string[] = [`<h1>${escapeHtml(options.texts.whatIfMarkdownTitle())}</h1>`, `<p class="summary">${escapeHtml(whatIfSummary(result, options.texts))}</p>`];
    for (const section of sections(result, options)) {
        body.push(`<h2>${escapeHtml(section.title)}</h2>`);
        for (const group of section.groups) {
            body.push(`<h3>${escapeHtml(options.texts.whatIfGroupTitle[group.name])} (${group.findings.length})</h3>`, '<ul>');
            for (const f of group.findings) {
                body.push(`<li class="${f.severity}"><span class="severity">${escapeHtml(severityWord[f.severity])}</span> `
                    + `<span class="place">${escapeHtml(`${f.file}:${f.line}:${f.column}`)}</span> ${escapeHtml(f.message)} <code>${escapeHtml(f.rule)}</code></li>`);
            }
            body.push('</ul>');
        }
    }
    return `<!DOCTYPE html>
<html lang="${escapeHtml(options.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.texts.whatIfMarkdownTitle())}</title>
<style>
body{margin:0;padding:12px 16px;font-family:var(--vscode-font-family,system-ui,sans-serif);color:var(--vscode-foreground,#222);background:var(--vscode-editor-background,#fff);line-height:1.45}
h1{font-size:1.3em;margin:0 0 8px}h2{font-size:1.1em;margin:18px 0 6px}h3{font-size:1em;margin:12px 0 4px}
.summary{font-weight:600}ul{margin:0;padding-left:20px}li{margin:2px 0}
.severity{font-weight:600}.error .severity{color:#c62828}.warning .severity{color:#b26a00}.info .severity{color:#1565c0}
.place{opacity:.75}code{font-size:.9em}
</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
