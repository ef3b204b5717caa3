/**
 * `keten report --format md`: the report as Markdown that renders well on GitHub and GitLab
 * (REPORTS.md). Diagrams as Mermaid blocks; every status written as a word. Every text from an
 * agreement or a data file is escaped. All words come from the message catalogue, so the
 * report reads in the run's locale (DUTCH.md): Dutch headings, status words, dates and decimal
 * commas with `messagesFor('nl')`.
 */
import { describeHolderView, type ChainView, type HolderView } from './chain-model.js';
import { isLocale, messagesFor } from '@keten/language';
import type { DiagramTexts } from './chain-diagram.js';
import { COMPARATOR_LABELS, formatNumber, formatPercent, periodText, quantitiesFor } from './display-format.js';
import type { ReportTexts } from './render-html.js';
import { DATA_PROBLEMS_LISTED_PER_REASON, dataProblemListing } from './data-problem-listing.js';
import { escapeMarkdown as m } from './escape-markdown.js';
import { renderChainMermaid } from './render-mermaid.js';
import { EFFECT_STATUSES, type AgreementReport, type EffectReport, type ReportModel } from './report-model.js';

/**
 * `t`: the report's words (default English); `diagram`: the words of its Mermaid diagrams
 * (default: those of the same language as `t`).
 */
export function renderReportMarkdown(report: ReportModel, t: ReportTexts = messagesFor('en').report,
    diagram: DiagramTexts = messagesFor(isLocale(t.htmlLanguage) ? t.htmlLanguage : 'en').chainDiagram): string {
    const out: string[] = [];
    out.push(`# ${m(t.headingAsOf({ asOf: t.date(report.asOf) }))}`, '');
    out.push(`## ${m(t.summary())}`, '');
    out.push(tableHead(t.summaryColumns(), ['---', '---:']));
    for (const status of EFFECT_STATUSES) out.push(`| ${m(t.statusLabel[status])} | ${report.summary[status]} |`);
    out.push('');
    out.push(`### ${m(t.findingsHeading({ count: report.findings.length }))}`, '');
    if (report.findings.length === 0) out.push(m(t.findingsNone()), '');
    else {
        out.push(tableHead(t.findingsColumns()));
        for (const f of report.findings) out.push(`| ${m(f.file)}:${f.line}:${f.column} | ${m(t.severity[f.severity] ?? f.severity)} | ${m(f.message)} | ${m(f.rule)} |`);
        out.push('');
    }
    out.push(`### ${m(t.dataProblemsHeading())} (${report.dataProblems.length})`, '');
    if (report.dataProblems.length === 0) out.push(m(t.dataProblemsNone()), '');
    else {
        // The first hundred of each reason; the JSON report has them all.
        const { listed, notListed } = dataProblemListing(report.dataProblems);
        out.push(m(t.dataProblemsIntro()), '', tableHead(t.dataProblemsColumns()));
        for (const p of listed) {
            const where = `${m(p.file)}${p.line !== undefined ? `:${p.line}` : ''}${p.index !== undefined ? ` \\[${p.index}\\]` : ''}`;
            out.push(`| ${where} | ${m(p.message)} |`);
        }
        out.push('');
        if (notListed.length > 0) {
            out.push(m(t.dataProblemsListedFirst({ perReason: DATA_PROBLEMS_LISTED_PER_REASON })), '');
            for (const { reason, count } of notListed) out.push(`- ${m(t.dataProblemsNotListed({ count, reason: t.dataProblemReason[reason] ?? reason }))}`);
            out.push('');
        }
    }
    // Every part appends to `out` itself: an effect can have more rows than a call takes arguments.
    for (const agreement of report.agreements) agreementMarkdown(out, agreement, report.asOf, t, diagram);
    return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/** A declaration's doc comment in its table cell (LANGUAGE.md: shown in reports). */
function docCell(doc: string | null): string {
    return doc ? `<br>*${m(doc)}*` : '';
}

/** A table's header row and its alignment row (`---` for every column unless given). */
function tableHead(columns: readonly string[], alignments: readonly string[] = columns.map(() => '---')): string {
    return `| ${columns.map(m).join(' | ')} |\n| ${alignments.join(' | ')} |`;
}

function agreementMarkdown(out: string[], agreement: AgreementReport, asOf: string, t: ReportTexts, diagram: DiagramTexts): void {
    const fact = (label: string, text: string) => out.push(`- ${m(label)}: ${text}`);
    out.push(`## ${m(agreement.title ?? agreement.name)} (${m(agreement.name)})`, '');
    if (agreement.doc) out.push(`*${m(agreement.doc)}*`, '');
    fact(t.fact.file, m(agreement.file));
    if (agreement.period) fact(t.fact.period, m(periodText(agreement.period, t)));
    if (agreement.standing) fact(t.fact.standing, `**${m(t.standingOn({ standing: t.standingLabel[agreement.standing], date: t.date(asOf) }))}**`);
    for (const goal of agreement.goals) fact(t.fact.goal, m(goal));
    fact(t.fact.steering, holder(agreement.steering));
    fact(t.fact.accountable, holder(agreement.accountable));
    if (agreement.review) fact(t.fact.review, t.reviewEvery({ every: m(quantitiesFor(t).writtenDuration(agreement.review.every)), by: holder(agreement.review.by) }));
    out.push('');
    out.push(`### ${m(t.effectsHeading())}`, '');
    if (agreement.effects.length === 0) out.push(m(t.noEffects()), '');
    for (const effect of agreement.effects) effectMarkdown(out, effect, t);
    chainMarkdown(out, agreement.chain, t, diagram);
}

function effectMarkdown(out: string[], effect: EffectReport, t: ReportTexts): void {
    const unit = effect.unit ? ` ${m(quantitiesFor(t).writtenUnit(effect.unit))}` : '';
    const value = (n: number | null | undefined, digits?: number) => m(t.number(formatNumber(n, digits)));
    const valueOn = (shown: { value: number; date: string } | null) =>
        shown ? t.valueOn({ value: `${value(shown.value)}${unit}`, date: m(t.date(shown.date)) }) : '—';
    const target = effect.target
        ? t.targetBy({ target: `${m(COMPARATOR_LABELS[effect.target.op] ?? effect.target.op)} ${value(effect.target.value)}${unit}`, date: m(t.date(effect.target.date)) })
        : '—';
    const status = m(t.statusLabel[effect.status]);
    out.push(`#### ${m(effect.title ?? effect.id)} — **${status}**`, '');
    if (effect.doc) out.push(`*${m(effect.doc)}*`, '');
    out.push(`\`${effect.id.replace(/`/g, '')}\` · ${m(t.effectKind[effect.kind] ?? effect.kind)}${effect.indicator ? ` · ${m(effect.indicator)}` : ''}`, '');
    const n = t.number_;
    out.push(tableHead([t.statusColumn(), n.baseline, n.latest, n.target, n.progress, n.projection]));
    out.push(`| ${status} | ${valueOn(effect.baseline)} | ${valueOn(effect.latest)} | ${target} | ${m(formatPercent(effect.progress))} | ${effect.projection === null ? '—' : effect.projectionOutOfRange ? m(t.projectionBelowZero()) : `${value(effect.projection)}${unit}`} |`);
    out.push('');
    if (effect.measured) {
        const frequency = effect.measured.frequency ?? '';
        out.push(t.measured({
            frequency: m(t.frequency[frequency] ?? frequency),
            by: m(effect.measured.by ?? '—'),
            source: effect.measured.source ? m(effect.measured.source) : undefined
        }), '');
    }
    if (effect.measurements.length > 0) {
        out.push(`<details><summary>${m(t.measurementCount({ count: effect.measurements.length }))}</summary>`, '');
        out.push(tableHead(t.measurementColumns(), ['---', '---:', '---', '---']));
        for (const row of effect.measurements) out.push(`| ${m(t.date(row.date))} | ${value(row.value, 4)} | ${m(row.source ?? '')} | ${m(row.note ?? '')} |`);
        out.push('', '</details>', '');
    } else out.push(m(t.noMeasurements()), '');
}

function chainMarkdown(out: string[], chain: ChainView, t: ReportTexts, diagram: DiagramTexts): void {
    out.push(`### ${m(t.partiesHeading())}`, '');
    out.push(tableHead(t.partyColumns()));
    for (const party of chain.parties) {
        const roles = party.roles.map(role => `${m(role.title ?? role.name)} (${m(role.id)})${role.reportsTo.length ? `, ${m(t.reportsTo())} ${role.reportsTo.map(m).join(', ')}` : ''}`);
        const powers = party.powers.map(power => m(t.powerOfParty({ power: power.title ? `${power.title} (${power.id})` : power.id, holder: power.holder ?? undefined, basis: power.basis ?? undefined })));
        const involved = chain.involved.includes(party.name) ? ` — ${m(t.involvedParty())}` : '';
        out.push(`| ${m(party.title ?? party.name)} (${m(party.name)})${involved}${docCell(party.doc)} | ${m(party.type ?? '')} | ${[...roles, ...powers].join('<br>') || ' '} |`);
    }
    out.push('');
    if (chain.bodies.length > 0) {
        out.push(tableHead(t.bodyColumns()));
        for (const body of chain.bodies) out.push(`| ${m(body.title ?? body.name)} (${m(body.name)})${docCell(body.doc)} | ${body.members.map(m).join(', ')} | ${body.chair ? m(body.chair) : '—'} |`);
        out.push('');
    }
    out.push('```mermaid', renderChainMermaid(chain, diagram).trimEnd(), '```', '');
    out.push(`### ${m(t.escalationsHeading())}`, '');
    if (chain.escalations.length === 0) out.push(m(t.noEscalations()), '');
    for (const route of chain.escalations) {
        out.push(`**${m(route.title ?? route.name)}** (${m(route.name)})`, '');
        route.levels.forEach((level, index) => {
            const within = level.within ? ` — ${m(t.within({ duration: quantitiesFor(t).writtenDuration(level.within) }))}` : '';
            out.push(`${index + 1}. ${holder(level.holder)}${within}${level.decides ? ` — **${m(t.decides())}**` : ''}`);
        });
        out.push('');
    }
    out.push(`### ${m(t.mandatesHeading())}`, '');
    if (chain.mandates.length === 0) out.push(m(t.noMandates()), '');
    else {
        out.push(tableHead(t.mandateColumns()));
        for (const mandate of chain.mandates) {
            const valid = mandate.validFrom ? m(t.range({ from: t.date(mandate.validFrom), to: t.date(mandate.validTo ?? '') })) : '—';
            out.push(`| ${m(mandate.title ?? mandate.name)} (${m(mandate.name)})${docCell(mandate.doc)} | ${holder(mandate.from)} | ${holder(mandate.to)} | ${m(mandate.scope ?? '—')} | ${m(mandate.limit ? quantitiesFor(t).writtenAmount(mandate.limit) : '—')} | ${m(mandate.submandateDefault ? t.submandateDefault() : t.submandate[mandate.submandate] ?? mandate.submandate)} | ${valid} | ${m(mandate.basis ?? '—')} | ${m(mandate.power ?? '—')} | ${mandate.parents.length ? mandate.parents.map(m).join(', ') : '—'} |`);
        }
        out.push('');
    }
}

function holder(view: HolderView | null): string {
    return m(describeHolderView(view));
}
