/**
 * `keten report --format html`: one self-contained page (REPORTS.md). Inline CSS, inline SVG
 * charts, no scripts and no external request of any kind; readable on a phone and printed.
 * Every text from an agreement or a data file goes through `escapeHtml`.
 */
import { renderChartSvg, hasChart } from './chart-svg.js';
import { describeHolderView, type ChainView, type HolderView } from './chain-model.js';
import { COMPARATOR_LABELS, STATUS_COLORS, STATUS_LABELS, STATUS_MEANINGS, formatNumber, formatPercent } from './display-format.js';
import { escapeHtml as e } from './escape-html.js';
import type { DataProblem } from './measurements/measurement.js';
import { EFFECT_STATUSES, type AgreementReport, type EffectReport, type ReportFinding, type ReportModel } from './report-model.js';

export function renderReportHtml(report: ReportModel): string {
    const effects = report.agreements.flatMap(agreement => agreement.effects).length;
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="referrer" content="no-referrer">
<title>Effect report ${e(report.asOf)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Effect report</h1>
<p class="meta">As of <strong>${e(report.asOf)}</strong> · ${report.agreements.length} agreement${plural(report.agreements.length)} · ${effects} effect${plural(effects)}</p>
</header>
<main>
${summarySection(report)}
${report.agreements.map(agreement => agreementSection(agreement, report.asOf)).join('\n')}
</main>
<footer><p>Made by Keten. Statuses follow the effect-tracking rules: ${EFFECT_STATUSES.map(s => `<em>${e(STATUS_LABELS[s])}</em> — ${e(STATUS_MEANINGS[s])}`).join('; ')}.</p></footer>
</body>
</html>
`;
}

function summarySection(report: ReportModel): string {
    const counts = EFFECT_STATUSES.map(status => `<li class="count status-${status}"><span class="number">${report.summary[status]}</span> <span class="word">${e(STATUS_LABELS[status])}</span></li>`).join('');
    const index = report.agreements.length > 1
        ? `<nav aria-label="Agreements"><h3>Agreements</h3><ul>${report.agreements.map(a => `<li><a href="#${anchor(a.name)}">${e(a.title ?? a.name)}</a></li>`).join('')}</ul></nav>`
        : '';
    return `<section class="summary" aria-labelledby="summary-heading">
<h2 id="summary-heading">Summary</h2>
<ul class="counts">${counts}</ul>
${index}
${findingsBlock(report.findings)}
${dataProblemsBlock(report.dataProblems)}
</section>`;
}

function findingsBlock(findings: readonly ReportFinding[]): string {
    if (findings.length === 0) return '<h3>Validation findings</h3><p class="ok">The agreements have no validation findings.</p>';
    const rows = findings.map(f => `<tr><td class="where">${e(f.file)}:${f.line}:${f.column}</td><td><span class="severity severity-${e(f.severity)}">${e(f.severity)}</span></td><td>${e(f.message)}</td><td><code>${e(f.rule)}</code></td></tr>`).join('');
    return `<h3>Validation findings (${findings.length})</h3>
<div class="scroll"><table class="findings"><thead><tr><th>Where</th><th>Severity</th><th>Message</th><th>Rule</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

function dataProblemsBlock(problems: readonly DataProblem[]): string {
    if (problems.length === 0) return '<h3>Data problems</h3><p class="ok">Every measurement row was used.</p>';
    const rows = problems.map(p => `<tr><td class="where">${e(p.file)}${p.line !== undefined ? `:${p.line}` : ''}${p.index !== undefined ? ` [${p.index}]` : ''}</td><td>${e(p.message)}</td></tr>`).join('');
    return `<h3>Data problems (${problems.length}) — rows left out</h3>
<div class="scroll"><table class="problems"><thead><tr><th>Where</th><th>Problem</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

function agreementSection(agreement: AgreementReport, asOf: string): string {
    const facts = [
        `<dt>File</dt><dd>${e(agreement.file)}</dd>`,
        agreement.period ? `<dt>Period</dt><dd>${e(agreement.period.from)} to ${e(agreement.period.to)}</dd>` : '',
        ...agreement.goals.map(goal => `<dt>Goal</dt><dd>${e(goal)}</dd>`),
        `<dt>Steering</dt><dd>${holder(agreement.steering)}</dd>`,
        `<dt>Accountable</dt><dd>${holder(agreement.accountable)}</dd>`,
        agreement.review ? `<dt>Review</dt><dd>every ${e(agreement.review.every)} by ${holder(agreement.review.by)}</dd>` : ''
    ].filter(Boolean).join('');
    return `<article class="agreement" id="${anchor(agreement.name)}">
<h2>${e(agreement.title ?? agreement.name)} <span class="id">${e(agreement.name)}</span></h2>
<dl class="facts">${facts}</dl>
<h3>Effects</h3>
${agreement.effects.length === 0 ? '<p>This agreement names no effects.</p>' : agreement.effects.map(effect => effectBlock(effect, asOf)).join('\n')}
${partiesBlock(agreement.chain)}
${escalationsBlock(agreement.chain)}
${mandatesBlock(agreement.chain)}
</article>`;
}

function effectBlock(effect: EffectReport, asOf: string): string {
    const unit = effect.unit ? ` <span class="unit">${e(effect.unit)}</span>` : '';
    const target = effect.target
        ? `${e(COMPARATOR_LABELS[effect.target.op] ?? effect.target.op)} ${e(formatNumber(effect.target.value))}${unit} by ${e(effect.target.date)}`
        : '—';
    const numbers = [
        ['Baseline', effect.baseline ? `${e(formatNumber(effect.baseline.value))}${unit} on ${e(effect.baseline.date)}` : '—'],
        ['Latest', effect.latest ? `${e(formatNumber(effect.latest.value))}${unit} on ${e(effect.latest.date)}` : '—'],
        ['Target', target],
        ['Progress', e(formatPercent(effect.progress))],
        ['Projection at target date', effect.projection === null ? '—' : `${e(formatNumber(effect.projection))}${unit}`]
    ].map(([label, value]) => `<div><dt>${label}</dt><dd>${value}</dd></div>`).join('');
    const measured = effect.measured
        ? `<p class="measured">Measured ${e(effect.measured.frequency ?? '')} by ${e(effect.measured.by ?? '—')}${effect.measured.source ? ` from ${e(effect.measured.source)}` : ''}.</p>`
        : '';
    const chart = hasChart(effect) ? `<figure>${renderChartSvg(effect, asOf)}<figcaption>${legend()}</figcaption></figure>` : '';
    return `<section class="effect status-${effect.status}">
<h4><span class="badge status-${effect.status}">${e(STATUS_LABELS[effect.status])}</span> ${e(effect.title ?? effect.id)} <span class="id">${e(effect.id)}</span></h4>
<p class="what">${e(effect.kind)}${effect.indicator ? ` · ${e(effect.indicator)}` : ''}</p>
<dl class="numbers">${numbers}</dl>
${measured}
${chart}
${measurementsTable(effect)}
</section>`;
}

function legend(): string {
    return '<span class="key key-measurement">● measurements</span> <span class="key key-baseline">■ baseline</span> <span class="key key-target">— target</span> <span class="key key-projection">- - projection</span> <span class="key key-as-of">│ report date</span>';
}

function measurementsTable(effect: EffectReport): string {
    if (effect.measurements.length === 0) return '<p class="none">No measurements up to the report date.</p>';
    const rows = effect.measurements.map(m => `<tr><td>${e(m.date)}</td><td class="num">${e(formatNumber(m.value, 4))}</td><td>${e(m.source ?? '')}</td><td>${e(m.note ?? '')}</td></tr>`).join('');
    return `<details><summary>${effect.measurements.length} measurement${plural(effect.measurements.length)}</summary><div class="scroll"><table><thead><tr><th>Date</th><th>Value</th><th>Source</th><th>Note</th></tr></thead><tbody>${rows}</tbody></table></div></details>`;
}

function partiesBlock(chain: ChainView): string {
    const parties = chain.parties.map(party => `<tr><td>${e(party.title ?? party.name)} <span class="id">${e(party.name)}</span></td><td>${e(party.type ?? '')}</td><td><ul class="plain">${party.roles.map(role => `<li>${e(role.title ?? role.name)} <span class="id">${e(role.id)}</span>${role.reportsTo.length ? ` — reports to ${role.reportsTo.map(r => `<span class="id">${e(r)}</span>`).join(', ')}` : ''}</li>`).join('')}</ul></td></tr>`).join('');
    const bodies = chain.bodies.length === 0 ? '' : `<h4>Bodies</h4><div class="scroll"><table><thead><tr><th>Body</th><th>Members</th><th>Chair</th></tr></thead><tbody>${chain.bodies.map(body => `<tr><td>${e(body.title ?? body.name)} <span class="id">${e(body.name)}</span></td><td>${body.members.map(m => `<span class="id">${e(m)}</span>`).join(', ')}</td><td>${body.chair ? `<span class="id">${e(body.chair)}</span>` : '—'}</td></tr>`).join('')}</tbody></table></div>`;
    return `<h3>Parties and steering</h3>
<div class="scroll"><table><thead><tr><th>Party</th><th>Type</th><th>Roles</th></tr></thead><tbody>${parties}</tbody></table></div>
${bodies}`;
}

function escalationsBlock(chain: ChainView): string {
    if (chain.escalations.length === 0) return '<h3>Escalation routes</h3><p class="none">This agreement names no escalation route.</p>';
    const routes = chain.escalations.map(route => `<div class="route"><h4>${e(route.title ?? route.name)} <span class="id">${e(route.name)}</span></h4><ol>${route.levels.map(level => `<li${level.decides ? ' class="decides"' : ''}>${holder(level.holder)}${level.within ? ` — within ${e(level.within)}` : ''}${level.decides ? ' — <strong>decides</strong>' : ''}</li>`).join('')}</ol></div>`).join('');
    return `<h3>Escalation routes</h3>${routes}`;
}

function mandatesBlock(chain: ChainView): string {
    if (chain.mandates.length === 0) return '<h3>Mandates</h3><p class="none">This agreement grants no mandate.</p>';
    const rows = chain.mandates.map(m => `<tr><td>${e(m.title ?? m.name)} <span class="id">${e(m.name)}</span></td><td>${holder(m.from)}</td><td>${holder(m.to)}</td><td>${e(m.scope ?? '—')}</td><td>${e(m.limit ?? '—')}</td><td>${e(m.submandate)}</td><td>${m.validFrom ? `${e(m.validFrom)} to ${e(m.validTo ?? '')}` : '—'}</td><td>${e(m.basis ?? '—')}</td><td>${m.parents.length ? m.parents.map(p => e(p)).join(', ') : '—'}</td></tr>`).join('');
    return `<h3>Mandates</h3>
<div class="scroll"><table class="mandates"><thead><tr><th>Mandate</th><th>From</th><th>To</th><th>Scope</th><th>Limit</th><th>Sub-mandate</th><th>Valid</th><th>Basis</th><th>Parent</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

function holder(view: HolderView | null): string {
    if (!view) return '—';
    return view.title ? `${e(view.title)} <span class="id">${e(view.id)}</span>` : `<span class="id">${e(describeHolderView(view))}</span>`;
}

/** An element id from an agreement name (names are identifiers, but stay safe regardless). */
function anchor(name: string): string {
    return `agreement-${name.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

function plural(count: number): string {
    return count === 1 ? '' : 's';
}

const STATUS_CSS = EFFECT_STATUSES.map(status => `.status-${status}{--status:${STATUS_COLORS[status]}}`).join('');

const STYLE = `
:root{color-scheme:light;--ink:#1f2328;--muted:#57606a;--line:#d0d7de;--soft:#f6f8fa}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff}
header,main,footer{max-width:1100px;margin:0 auto;padding:0 16px}
header{padding-top:16px}
h1{margin:8px 0 0;font-size:1.8em}
h2{margin:32px 0 8px;padding-bottom:4px;border-bottom:2px solid var(--line);font-size:1.4em}
h3{margin:24px 0 8px;font-size:1.15em}
h4{margin:12px 0 4px;font-size:1.05em}
.meta,.what,.measured,.none,footer{color:var(--muted)}
.id{font:0.85em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted);overflow-wrap:anywhere}
code{font:0.9em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
${STATUS_CSS}
.counts{display:grid;grid-template-columns:repeat(auto-fill,minmax(130px,1fr));gap:8px;list-style:none;padding:0;margin:8px 0}
.count{border:1px solid var(--line);border-left:6px solid var(--status);border-radius:6px;padding:6px 10px;background:var(--soft)}
.count .number{display:block;font-size:1.6em;font-weight:700}
.badge{display:inline-block;padding:1px 8px;border-radius:999px;border:1px solid var(--status);color:var(--status);font-size:0.8em;font-weight:700;text-transform:uppercase;letter-spacing:.02em;vertical-align:middle}
.effect{border:1px solid var(--line);border-left:6px solid var(--status);border-radius:6px;padding:8px 14px;margin:12px 0;break-inside:avoid}
.numbers{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:4px 16px;margin:8px 0}
.numbers dt{font-size:0.8em;color:var(--muted)}
.numbers dd{margin:0;font-weight:600}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px}
.facts dt{color:var(--muted)}
.facts dd{margin:0}
figure{margin:8px 0}
figcaption{font-size:0.8em;color:var(--muted)}
.key{margin-right:10px;white-space:nowrap}
.key-target{color:#c62828}.key-projection{color:#2f6fdd}.key-baseline{color:#6e5494}
svg.chart{width:100%;height:auto;max-width:720px;display:block}
svg.chart .grid{stroke:#eaeef2;stroke-width:1}
svg.chart .axis{stroke:#8c959f;stroke-width:1}
svg.chart .tick,svg.chart .label{font-size:11px;fill:#57606a;font-family:system-ui,sans-serif}
svg.chart .target-label{fill:#c62828}
svg.chart .target{stroke:#c62828;stroke-width:1.5;stroke-dasharray:6 3}
svg.chart .target-date{stroke:#c62828;stroke-width:1;stroke-dasharray:2 3}
svg.chart .as-of{stroke:#8c959f;stroke-width:1}
svg.chart .projection{stroke:#2f6fdd;stroke-width:2;stroke-dasharray:5 4}
svg.chart .series{fill:none;stroke:#1f2328;stroke-width:1.5}
svg.chart .measurement{fill:#1f2328}
svg.chart .baseline{fill:#6e5494}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;margin:6px 0;font-size:0.92em}
th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{background:var(--soft)}
td.num{text-align:right;font-variant-numeric:tabular-nums}
td.where{white-space:nowrap;font-family:ui-monospace,monospace;font-size:0.9em}
.severity{font-weight:700}.severity-error{color:#c62828}.severity-warning{color:#b26b00}.severity-info{color:#2f6fdd}
.ok{color:#1a7f37}
ul.plain{list-style:none;margin:0;padding:0}
.route ol{margin:4px 0 12px}
.route li.decides{font-weight:600}
details summary{cursor:pointer;color:var(--muted)}
footer{margin-top:40px;padding-bottom:24px;font-size:0.85em}
@media (max-width:600px){body{font-size:14px}td.where{white-space:normal;overflow-wrap:anywhere}h1{font-size:1.5em}.facts{grid-template-columns:1fr}.facts dd{margin-bottom:6px}th,td{padding:3px 5px}}
@media print{body{font-size:11pt}header,main,footer{max-width:none;padding:0}.scroll{overflow:visible}details{display:block}details>summary{display:none}details>*{display:block}h2{break-before:page}h2:first-of-type{break-before:auto}.effect,table,figure{break-inside:avoid}a{color:inherit;text-decoration:none}}
`;
