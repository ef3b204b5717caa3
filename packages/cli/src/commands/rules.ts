/**
 * `keten rules`: every rule with its id, default severity, area, description and source,
 * straight from the rule metadata (so the list cannot drift from the checker).
 * `--format md` writes the page that docs/rules.md is generated from.
 */
import type { Command } from 'commander';
import { ALL_RULES, RULE_AREAS, messagesFor, type Rule } from '@keten/language';
import { CliError, type CliMessages } from '../cli-error.js';
import { resolveLocale, type CliContext } from '../cli-context.js';
import { configuredLocaleIn } from '../config/config-resolver.js';
import { widest } from '../output/stylish.js';
import { ruleDocOf } from '../output/rule-doc.js';

export function registerRulesCommand(program: Command, context: CliContext): void {
    program
        .command('rules')
        .description('list every rule: id, default severity, area, description, source')
        .option('-f, --format <name>', 'text, md or json', 'text')
        .option('--locale <locale>', 'language of the descriptions: en or nl')
        .action((options: { format: string; locale?: string }) => {
            const render = RENDERERS[options.format];
            if (!render) throw new CliError(m => m.rulesUnknownFormat({ format: options.format }));
            // `--locale`, else KETEN_LOCALE, else the configuration of the current folder (DUTCH.md).
            const messages = messagesFor(resolveLocale(options.locale, context.env, configuredLocaleIn(context.cwd))).cli;
            context.stdout(render(ALL_RULES, messages));
        });
}

type RulesRenderer = (rules: readonly Rule[], messages: CliMessages) => string;

const RENDERERS: Record<string, RulesRenderer> = {
    text: renderText,
    md: renderMarkdown,
    // Ids, keys, areas and severities are the machine contract and stay English; the texts follow the locale.
    json: (rules, messages) => JSON.stringify(rules.map(rule => ({ ...rule.meta, ...ruleDocOf(rule.meta, messages) })), null, 2) + '\n'
};

function renderText(rules: readonly Rule[], messages: CliMessages): string {
    const idWidth = widest(rules.map(rule => rule.meta.id));
    const severityWidth = widest(rules.map(rule => messages.severityWord[rule.meta.severity]), 7);
    const lines: string[] = [];
    for (const area of RULE_AREAS) {
        const inArea = rules.filter(rule => rule.meta.area === area);
        if (inArea.length === 0) continue;
        lines.push(messages.ruleAreaTitles[area]);
        for (const { meta } of inArea) {
            const doc = ruleDocOf(meta, messages);
            lines.push(`  ${meta.id.padEnd(idWidth)}  ${messages.severityWord[meta.severity].padEnd(severityWidth)}  ${doc.description}`);
            lines.push(`  ${''.padEnd(idWidth)}  ${''.padEnd(severityWidth)}  ${messages.rulesSource({ source: doc.source })}`);
        }
        lines.push('');
    }
    lines.push(messages.rulesSummary({ count: rules.length }));
    return lines.join('\n') + '\n';
}

function renderMarkdown(rules: readonly Rule[], messages: CliMessages): string {
    const lines: string[] = [...messages.rulesPageHead()];
    for (const area of RULE_AREAS) {
        const inArea = rules.filter(rule => rule.meta.area === area);
        if (inArea.length === 0) continue;
        lines.push(`## ${messages.ruleAreaTitles[area]}`, '', messages.rulesTableHead(), '| --- | --- | --- |');
        for (const { meta } of inArea) lines.push(`| [\`${meta.id}\`](#${meta.id}) | ${meta.severity} | ${escapeCell(ruleDocOf(meta, messages).description)} |`);
        lines.push('');
        for (const { meta } of inArea) {
            const doc = ruleDocOf(meta, messages);
            lines.push(`### ${meta.id}`, '', `**${meta.severity}** · ${meta.area}`, '', doc.description, '', messages.rulesWhy({ source: doc.source }), '');
        }
    }
    return lines.join('\n');
}

function escapeCell(text: string): string {
    return text.replace(/\|/g, '\\|');
}
