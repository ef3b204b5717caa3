/**
 * `keten rules`: every rule with its id, default severity, area, description and source,
 * straight from the rule metadata (so the list cannot drift from the checker).
 * `--format md` writes the page that docs/rules.md is generated from.
 */
import type { Command } from 'commander';
import { ALL_RULES, RULE_AREAS, type Rule, type RuleArea } from '@keten/language';
import { CliError } from '../cli-error.js';
import type { CliContext } from '../cli-context.js';

const AREA_TITLES: Record<RuleArea, string> = {
    structure: 'Structure and names',
    governance: 'Chain governance — one steering and accountability on the chain',
    mandates: 'Mandates — who may decide (Awb 10:1–10:12)',
    conditions: 'Conditions — room to do the work',
    escalation: 'Escalation routes — escalate to make speed',
    effects: 'Effects — effects count, not intentions (Results-Based Accountability)',
    suppressions: 'Suppressions'
};

export function registerRulesCommand(program: Command, context: CliContext): void {
    program
        .command('rules')
        .description('list every rule: id, default severity, area, description, source')
        .option('--format <name>', 'text, md or json', 'text')
        .option('--locale <locale>', 'language of the descriptions: en or nl')
        .action((options: { format: string }) => {
            const render = RENDERERS[options.format];
            if (!render) throw new CliError(`Unknown format '${options.format}' for rules. Choose text, md or json.`);
            context.stdout(render(ALL_RULES));
        });
}

const RENDERERS: Record<string, (rules: readonly Rule[]) => string> = {
    text: renderText,
    md: renderMarkdown,
    json: rules => JSON.stringify(rules.map(rule => ({ ...rule.meta })), null, 2) + '\n'
};

function renderText(rules: readonly Rule[]): string {
    const idWidth = Math.max(...rules.map(rule => rule.meta.id.length));
    const lines: string[] = [];
    for (const area of RULE_AREAS) {
        const inArea = rules.filter(rule => rule.meta.area === area);
        if (inArea.length === 0) continue;
        lines.push(AREA_TITLES[area]);
        for (const { meta } of inArea) {
            lines.push(`  ${meta.id.padEnd(idWidth)}  ${meta.severity.padEnd(7)}  ${meta.description}`);
            lines.push(`  ${''.padEnd(idWidth)}  ${''.padEnd(7)}  Source: ${meta.source}`);
        }
        lines.push('');
    }
    lines.push(`${rules.length} rules. Configure severities in keten.config.json ("rules": { "rule-id": "off" | "info" | "warning" | "error" }).`);
    return lines.join('\n') + '\n';
}

function renderMarkdown(rules: readonly Rule[]): string {
    const lines: string[] = [
        '# Keten rules',
        '',
        '<!-- Generated from the rule metadata by `npm run docs` (keten rules --format md). Do not edit by hand: a test fails when this page is stale. -->',
        '',
        'Every finding of `keten validate` and the editor carries one of these rule ids. Severities:',
        '`error` — the agreement is not sound; `warning` — a likely gap; `info` — worth a look.',
        'Change a severity or turn a rule off in `keten.config.json`, or silence one finding with a',
        '`// keten-disable-next-line RULE -- reason` comment (see [ci.md](ci.md)).',
        ''
    ];
    for (const area of RULE_AREAS) {
        const inArea = rules.filter(rule => rule.meta.area === area);
        if (inArea.length === 0) continue;
        lines.push(`## ${AREA_TITLES[area]}`, '', '| rule | severity | fires when |', '| --- | --- | --- |');
        for (const { meta } of inArea) lines.push(`| [\`${meta.id}\`](#${meta.id}) | ${meta.severity} | ${escapeCell(meta.description)} |`);
        lines.push('');
        for (const { meta } of inArea) {
            lines.push(`### ${meta.id}`, '', `**${meta.severity}** · ${meta.area}`, '', meta.description, '', `*Why it matters:* ${meta.source}`, '');
        }
    }
    return lines.join('\n');
}

function escapeCell(text: string): string {
    return text.replace(/\|/g, '\\|');
}
