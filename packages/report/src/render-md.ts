/**
 * `keten report --format md`: the report as Markdown that renders well on GitHub and GitLab
 * (REPORTS.md). Diagrams as Mermaid blocks; every status written as a word. Every text from an
 * agreement or a data file is escaped.
 */
import { describeHolderView, type ChainView, type HolderView } from './chain-model.js';
import { messagesFor } from '@keten/language';
import { COMPARATOR_LABELS, formatNumber, formatPercent } from './display-format.js';
import type { ReportTexts } from './render-html.js';
import { escapeMarkdown as m } from './escape-markdown.js';
import { renderChainMermaid } from './render-mermaid.js';
import { EFFECT_STATUSES, type AgreementReport, type EffectReport, type ReportModel } from './report-model.js';

export function renderReportMarkdown(report: ReportModel, t: ReportTexts = messagesFor('en').report): string {
    const out: string[] = [];
    const english = t.htmlLanguage === 'en';
    out.push(english ? `# Effect report — as of ${report.asOf}` : `# ${t.heading()} — ${t.date(report.asOf)}`, '');
    out.push(`## ${t.summary()}`, '');
    out.push(english ? '| Status | Effects |' : '| Status | Effecten |', '| --- | ---: |');
    for (const status of EFFECT_STATUSES) out.push(`| ${t.statusLabel[status]} | ${report.summary[status]} |`);
    out.push('');
    out.push(`### ${t.findingsHeading({ count: report.findings.length })}`, '');
    if (report.findings.length === 0) out.push(t.findingsNone(), '');
    else {
        out.push(`| ${t.findingsColumns().join(' | ')} |`, '| --- | --- | --- | --- |');
        for (const f of report.findings) out.push(`| ${m(f.file)}:${f.line}:${f.column} | ${m(t.severity[f.severity] ?? f.severity)} | ${m(f.message)} | ${m(f.rule)} |`);
        out.push('');
    }
    out.push(`### ${t.dataProblemsHeading()} (${report.dataProblems.length})`, '');
    if (report.dataProblems.length === 0) out.push(t.dataProblemsNone(), '');
    else {
        out.push('Rows left out of the report:', '', '| Where | Problem |', '| --- | --- |');
        for (const p of report.dataProblems) {
            const where = `${m(p.file)}${p.line !== undefined ? `:${p.line}` : ''}${p.index !== undefined ? ` \\[${p.index}\\]` : ''}`;
            out.push(`| ${where} | ${m(p.message)} |`);
        }
        out.push('');
    }
    for (const agreement of report.agreements) out.push(...agreementMarkdown(agreement, t));
    return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

function agreementMarkdown(agreement: AgreementReport, t: ReportTexts): string[] {
    const out: string[] = [];
    out.push(`## ${m(agreement.title ?? agreement.name)} (${m(agreement.name)})`, '');
    out.push(`- File: ${m(agreement.file)}`);
    if (agreement.period) out.push(`- Period: ${agreement.period.from} to ${agreement.period.to}`);
    for (const goal of agreement.goals) out.push(`- Goal: ${m(goal)}`);
    out.push(`- Steering: ${holder(agreement.steering)}`);
    out.push(`- Accountable: ${holder(agreement.accountable)}`);
    if (agreement.review) out.push(`- Review: every ${m(agreement.review.every)} by ${holder(agreement.review.by)}`);
    out.push('');
    out.push('### Effects', '');
    if (agreement.effects.length === 0) out.push('This agreement names no effects.', '');
    for (const effect of agreement.effects) out.push(...effectMarkdown(effect, t));
    out.push(...chainMarkdown(agreement.chain));
    return out;
}

function effectMarkdown(effect: EffectReport, t: ReportTexts): string[] {
    const unit = effect.unit ? ` ${m(effect.unit)}` : '';
    const out: string[] = [];
    out.push(`#### ${m(effect.title ?? effect.id)} — **${t.statusLabel[effect.status]}**`, '');
    out.push(`\`${effect.id.replace(/`/g, '')}\` · ${m(effect.kind)}${effect.indicator ? ` · ${m(effect.indicator)}` : ''}`, '');
    out.push('| Status | Baseline | Latest | Target | Progress | Projection at target date |', '| --- | --- | --- | --- | --- | --- |');
    out.push(`| ${t.statusLabel[effect.status]} | ${effect.baseline ? `${formatNumber(effect.baseline.value)}${unit} on ${effect.baseline.date}` : '—'} | ${effect.latest ? `${formatNumber(effect.latest.value)}${unit} on ${effect.latest.date}` : '—'} | ${effect.target ? `${m(COMPARATOR_LABELS[effect.target.op] ?? effect.target.op)} ${formatNumber(effect.target.value)}${unit} by ${effect.target.date}` : '—'} | ${formatPercent(effect.progress)} | ${effect.projection === null ? '—' : `${formatNumber(effect.projection)}${unit}`} |`);
    out.push('');
    if (effect.measured) {
        out.push(`Measured ${m(effect.measured.frequency ?? '')} by ${m(effect.measured.by ?? '—')}${effect.measured.source ? ` from ${m(effect.measured.source)}` : ''}.`, '');
    }
    if (effect.measurements.length > 0) {
        out.push('<details><summary>Measurements</summary>', '');
        out.push('| Date | Value | Source | Note |', '| --- | ---: | --- | --- |');
        for (const row of effect.measurements) out.push(`| ${row.date} | ${formatNumber(row.value, 4)} | ${m(row.source ?? '')} | ${m(row.note ?? '')} |`);
        out.push('', '</details>', '');
    } else out.push('No measurements up to the report date.', '');
    return out;
}

function chainMarkdown(chain: ChainView): string[] {
    const out: string[] = [];
    out.push('### Parties and steering', '');
    out.push('| Party | Type | Roles |', '| --- | --- | --- |');
    for (const party of chain.parties) {
        const roles = party.roles.map(role => `${m(role.title ?? role.name)} (${m(role.id)})${role.reportsTo.length ? `, reports to ${role.reportsTo.map(m).join(', ')}` : ''}`).join('<br>');
        out.push(`| ${m(party.title ?? party.name)} (${m(party.name)}) | ${m(party.type ?? '')} | ${roles || ' '} |`);
    }
    out.push('');
    if (chain.bodies.length > 0) {
        out.push('| Body | Members | Chair |', '| --- | --- | --- |');
        for (const body of chain.bodies) out.push(`| ${m(body.title ?? body.name)} (${m(body.name)}) | ${body.members.map(m).join(', ')} | ${body.chair ? m(body.chair) : '—'} |`);
        out.push('');
    }
    out.push('```mermaid', renderChainMermaid(chain).trimEnd(), '```', '');
    out.push('### Escalation routes', '');
    if (chain.escalations.length === 0) out.push('This agreement names no escalation route.', '');
    for (const route of chain.escalations) {
        out.push(`**${m(route.title ?? route.name)}** (${m(route.name)})`, '');
        route.levels.forEach((level, index) => {
            out.push(`${index + 1}. ${holder(level.holder)}${level.within ? ` — within ${m(level.within)}` : ''}${level.decides ? ' — **decides**' : ''}`);
        });
        out.push('');
    }
    out.push('### Mandates', '');
    if (chain.mandates.length === 0) out.push('This agreement grants no mandate.', '');
    else {
        out.push('| Mandate | From | To | Scope | Limit | Sub-mandate | Valid | Basis | Parent |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
        for (const mandate of chain.mandates) {
            out.push(`| ${m(mandate.title ?? mandate.name)} (${m(mandate.name)}) | ${holder(mandate.from)} | ${holder(mandate.to)} | ${m(mandate.scope ?? '—')} | ${m(mandate.limit ?? '—')} | ${mandate.submandate} | ${mandate.validFrom ? `${mandate.validFrom} to ${mandate.validTo ?? ''}` : '—'} | ${m(mandate.basis ?? '—')} | ${mandate.parents.length ? mandate.parents.map(m).join(', ') : '—'} |`);
        }
        out.push('');
    }
    return out;
}

function holder(view: HolderView | null): string {
    return m(describeHolderView(view));
}
