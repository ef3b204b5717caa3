/**
 * `keten report --format html`: one self-contained page (REPORTS.md). Inline CSS, inline SVG
 * charts, no scripts and no external request of any kind; readable on a phone and printed.
 * Every text from an agreement or a data file goes through `escapeHtml`.
 */
import { renderChartSvg, hasChart } from './chart-svg.js';
import { describeHolderView, type BodyView, type ChainView, type HolderView, type PartyView } from './chain-model.js';
import { messagesFor, type Messages } from '@keten/language';
import { COMPARATOR_LABELS, STATUS_COLORS, formatNumber, formatPercent, periodText, quantitiesFor } from './display-format.js';
// `e` for text content (long unbroken runs may wrap), `escapeHtml` for attribute values.
import { escapeHtml, escapeHtmlText as e } from './escape-html.js';
import { DATA_PROBLEMS_LISTED_PER_REASON, dataProblemListing } from './data-problem-listing.js';
import type { DataProblem } from './measurements/measurement.js';
import { EFFECT_STATUSES, type AgreementReport, type EffectReport, type ReportFinding, type ReportModel } from './report-model.js';

/** The words of the report in one locale (DUTCH.md): `messagesFor(locale).report`. */
export type ReportTexts = Messages['report'];

/**
 * What the page can show besides the model: each agreement's chain as a picture (REPORTS.md:
 * "the HTML report and the editor preview show the same picture"), laid out by the caller
 * (`loadChainLayout` in chain-layout.ts: Graphviz, loaded once), or the number of agreements
 * above which the caller left the pictures out, said once on the page.
 */
export interface ReportHtmlOptions {
    /** The picture of one agreement's chain, or undefined for a chain too large to draw (the page says so there). */
    readonly chainPicture?: (chain: ChainView) => string | undefined;
    readonly chainPicturesUpTo?: number;
    /** The pictures could not be made (Graphviz could not be loaded): the page says so once. */
    readonly chainPicturesUnavailable?: boolean;
}

export function renderReportHtml(report: ReportModel, t: ReportTexts = messagesFor('en').report, options: ReportHtmlOptions = {}): string {
    return [...reportHtmlParts(report, t, options)].join('');
}

/**
 * The page of `renderReportHtml` in parts, one per agreement between its head and its end:
 * joined they are that page. A caller that writes a large report encodes each part as it
 * comes, so the text of a thousand agreements is never held (and copied by the garbage
 * collector) as strings all at once (docs/performance.md, "Session 21").
 */
export function* reportHtmlParts(report: ReportModel, t: ReportTexts = messagesFor('en').report, options: ReportHtmlOptions = {}): Generator<string> {
    const effects = report.agreements.flatMap(agreement => agreement.effects).length;
    yield `<!DOCTYPE html>
<html lang="${t.htmlLanguage}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="referrer" content="no-referrer">
<title>${e(t.title({ asOf: t.date(report.asOf) }))}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${e(t.heading())}</h1>
<p class="meta">${t.meta({ asOf: e(t.date(report.asOf)), agreements: report.agreements.length, effects })}</p>
</header>
<main>
${summarySection(report, t)}
${picturesLeftOutNote(report, t, options)}`;
    const shared = sharedFragments(t);
    for (let index = 0; index < report.agreements.length; index++) {
        const agreement = report.agreements[index];
        const section = agreementSection(agreement, report.asOf, t, shared, options.chainPicture ? options.chainPicture(agreement.chain) ?? null : undefined);
        yield index === 0 ? section : `\n${section}`;
    }
    yield `
</main>
<footer><p>${t.footer({ legend: EFFECT_STATUSES.map(s => `<em>${e(t.statusLabel[s])}</em> — ${e(t.statusMeaning[s])}`).join('; ') })}</p></footer>
</body>
</html>
`;
}

function summarySection(report: ReportModel, t: ReportTexts): string {
    const counts = EFFECT_STATUSES.map(status => `<li class="count status-${status}"><span class="number">${report.summary[status]}</span> <span class="word">${e(t.statusLabel[status])}</span></li>`).join('');
    const index = report.agreements.length > 1
        ? `<nav aria-label="${escapeHtml(t.agreementsIndex())}"><h3>${e(t.agreementsIndex())}</h3><ul>${report.agreements.map(a => `<li><a href="#${anchor(a.name)}">${e(a.title ?? a.name)}</a></li>`).join('')}</ul></nav>`
        : '';
    return `<section class="summary" aria-labelledby="summary-heading">
<h2 id="summary-heading">${e(t.summary())}</h2>
<ul class="counts">${counts}</ul>
${index}
${findingsBlock(report.findings, t)}
${dataProblemsBlock(report.dataProblems, t)}
</section>`;
}

function findingsBlock(findings: readonly ReportFinding[], t: ReportTexts): string {
    if (findings.length === 0) return `<h3>${e(t.findingsHeading({}))}</h3><p class="ok">${e(t.findingsNone())}</p>`;
    const rows = findings.map(f => `<tr><td class="where">${e(f.file)}:${f.line}:${f.column}</td><td><span class="severity severity-${escapeHtml(f.severity)}">${e(t.severity[f.severity] ?? f.severity)}</span></td><td>${e(f.message)}</td><td><code>${e(f.rule)}</code></td></tr>`).join('');
    return `<h3>${e(t.findingsHeading({ count: findings.length }))}</h3>
<div class="scroll"><table class="findings"><thead>${headRow(t.findingsColumns())}</thead><tbody>${rows}</tbody></table></div>`;
}

function headRow(columns: readonly string[]): string {
    return `<tr>${columns.map(column => `<th>${e(column)}</th>`).join('')}</tr>`;
}

function dataProblemsBlock(problems: readonly DataProblem[], t: ReportTexts): string {
    if (problems.length === 0) return `<h3>${e(t.dataProblemsHeading())}</h3><p class="ok">${e(t.dataProblemsNone())}</p>`;
    // The first hundred of each reason; the JSON report has them all.
    const { listed, notListed } = dataProblemListing(problems);
    const rows = listed.map(p => `<tr><td class="where">${e(p.file)}${p.line !== undefined ? `:${p.line}` : ''}${p.index !== undefined ? ` [${p.index}]` : ''}</td><td>${e(p.message)}</td></tr>`).join('');
    const more = notListed.length === 0 ? ''
        : `<p class="more">${e(t.dataProblemsListedFirst({ perReason: DATA_PROBLEMS_LISTED_PER_REASON }))}</p><ul class="more">${notListed.map(({ reason, count }) => `<li>${e(t.dataProblemsNotListed({ count, reason: t.dataProblemReason[reason] ?? reason }))}</li>`).join('')}</ul>`;
    return `<h3>${e(t.dataProblemsLeftOut({ count: problems.length }))}</h3>
<div class="scroll"><table class="problems"><thead>${headRow(t.dataProblemsColumns())}</thead><tbody>${rows}</tbody></table></div>${more}`;
}

/** Why the page has no chain pictures, said once at the top (or nothing). */
function picturesLeftOutNote(report: ReportModel, t: ReportTexts, options: ReportHtmlOptions): string {
    if (options.chainPicture || report.agreements.length === 0) return '';
    if (options.chainPicturesUnavailable) return `<p class="none pictures-left-out">${e(t.chainPicturesUnavailable())}</p>\n`;
    if (options.chainPicturesUpTo === undefined) return '';
    return `<p class="none pictures-left-out">${e(t.chainPicturesLeftOut({ agreements: report.agreements.length, upTo: options.chainPicturesUpTo }))}</p>\n`;
}

/** `picture`: the chain's picture; `null` when it is too large to draw; `undefined` when the page has none. */
function agreementSection(agreement: AgreementReport, asOf: string, t: ReportTexts, shared: SharedFragments, picture: string | null | undefined): string {
    const facts = [
        `${shared.fact.file}<dd>${e(agreement.file)}</dd>`,
        agreement.period ? `${shared.fact.period}<dd>${e(periodText(agreement.period, t))}</dd>` : '',
        agreement.standing ? `${shared.fact.standing}<dd class="standing standing-${agreement.standing}">${e(t.standingOn({ standing: t.standingLabel[agreement.standing], date: t.date(asOf) }))}</dd>` : '',
        ...agreement.goals.map(goal => `${shared.fact.goal}<dd>${e(goal)}</dd>`),
        `${shared.fact.steering}<dd>${holder(agreement.steering)}</dd>`,
        `${shared.fact.accountable}<dd>${holder(agreement.accountable)}</dd>`,
        agreement.review ? `${shared.fact.review}<dd>${t.reviewEvery({ every: e(quantitiesFor(t).writtenDuration(agreement.review.every)), by: holder(agreement.review.by) })}</dd>` : ''
    ].filter(Boolean).join('');
    return `<article class="agreement" id="${anchor(agreement.name)}">
<h2>${e(agreement.title ?? agreement.name)} <span class="id">${e(agreement.name)}</span></h2>
${docParagraph(agreement.doc)}<dl class="facts">${facts}</dl>
${shared.effectsHeading}
${agreement.effects.length === 0 ? shared.noEffects : agreement.effects.map(effect => effectBlock(effect, asOf, t, shared)).join('\n')}
${partiesBlock(agreement.chain, t, shared)}
${picture === undefined ? '' : picture === null ? `<p class="none">${e(t.chainPictureTooLarge())}</p>\n` : `<figure class="chain-diagram scroll" aria-label="${escapeHtml(t.chainPictureLabel({ agreement: agreement.title ?? agreement.name }))}">${pictureOnThePage(picture, anchor(agreement.name))}</figure>\n`}${escalationsBlock(agreement.chain, t, shared)}
${mandatesBlock(agreement.chain, t, shared)}
</article>`;
}

/**
 * What the agreements of one page share, made once per report instead of once per use: the
 * labels, headings, table heads and the chart's key (a report of a thousand agreements would
 * otherwise escape the same words tens of thousands of times), and the rows of the parties and
 * bodies that several agreements list (the report model gives each one view).
 */
interface SharedFragments {
    readonly fact: Readonly<Record<'file' | 'period' | 'standing' | 'goal' | 'steering' | 'accountable' | 'review', string>>;
    readonly effectsHeading: string;
    readonly noEffects: string;
    readonly numberLabels: Readonly<Record<'baseline' | 'latest' | 'target' | 'progress' | 'projection', string>>;
    readonly figcaption: string;
    readonly noMeasurements: string;
    readonly measurementHead: string;
    readonly partiesHeading: string;
    readonly partyHead: string;
    readonly involvedMark: string;
    readonly bodiesHeading: string;
    readonly bodyHead: string;
    readonly escalationsHeading: string;
    readonly noEscalations: string;
    readonly mandatesHeading: string;
    readonly noMandates: string;
    readonly mandateHead: string;
    /** The rows of parties and bodies already written (`partyRowParts`, `bodyRow`). */
    readonly partyRows: Map<PartyView, readonly [string, string]>;
    readonly bodyRows: Map<BodyView, string>;
}

function sharedFragments(t: ReportTexts): SharedFragments {
    const dt = (label: string) => `<dt>${e(label)}</dt>`;
    const number = (label: string) => `<div><dt>${e(label)}</dt><dd>`;
    return {
        fact: {
            file: dt(t.fact.file), period: dt(t.fact.period), standing: dt(t.fact.standing), goal: dt(t.fact.goal),
            steering: dt(t.fact.steering), accountable: dt(t.fact.accountable), review: dt(t.fact.review)
        },
        effectsHeading: `<h3>${e(t.effectsHeading())}</h3>`,
        noEffects: `<p>${e(t.noEffects())}</p>`,
        numberLabels: {
            baseline: number(t.number_.baseline), latest: number(t.number_.latest), target: number(t.number_.target),
            progress: number(t.number_.progress), projection: number(t.number_.projection)
        },
        figcaption: `<figcaption>${legend(t)}</figcaption>`,
        noMeasurements: `<p class="none">${e(t.noMeasurements())}</p>`,
        measurementHead: `<thead>${headRow(t.measurementColumns())}</thead>`,
        partiesHeading: `<h3>${e(t.partiesHeading())}</h3>`,
        partyHead: `<thead>${headRow(t.partyColumns())}</thead>`,
        involvedMark: ` <span class="involved">(${e(t.involvedParty())})</span>`,
        bodiesHeading: `<h4>${e(t.bodiesHeading())}</h4>`,
        bodyHead: `<thead>${headRow(t.bodyColumns())}</thead>`,
        escalationsHeading: `<h3>${e(t.escalationsHeading())}</h3>`,
        noEscalations: `<p class="none">${e(t.noEscalations())}</p>`,
        mandatesHeading: `<h3>${e(t.mandatesHeading())}</h3>`,
        noMandates: `<p class="none">${e(t.noMandates())}</p>`,
        mandateHead: `<thead>${headRow(t.mandateColumns())}</thead>`,
        partyRows: new Map(),
        bodyRows: new Map()
    };
}

function effectBlock(effect: EffectReport, asOf: string, t: ReportTexts, shared: SharedFragments): string {
    const unit = effect.unit ? ` <span class="unit">${e(quantitiesFor(t).writtenUnit(effect.unit))}</span>` : '';
    const value = (n: number | null | undefined, digits?: number) => e(t.number(formatNumber(n, digits)));
    const target = effect.target
        ? t.targetBy({ target: `${e(COMPARATOR_LABELS[effect.target.op] ?? effect.target.op)} ${value(effect.target.value)}${unit}`, date: e(t.date(effect.target.date)) })
        : '—';
    const labels = shared.numberLabels;
    const numbers = `${labels.baseline}${effect.baseline ? t.valueOn({ value: `${value(effect.baseline.value)}${unit}`, date: e(t.date(effect.baseline.date)) }) : '—'}</dd></div>`
        + `${labels.latest}${effect.latest ? t.valueOn({ value: `${value(effect.latest.value)}${unit}`, date: e(t.date(effect.latest.date)) }) : '—'}</dd></div>`
        + `${labels.target}${target}</dd></div>`
        + `${labels.progress}${e(formatPercent(effect.progress))}</dd></div>`
        + `${labels.projection}${effect.projection === null ? '—' : effect.projectionOutOfRange ? e(t.projectionBelowZero()) : `${value(effect.projection)}${unit}`}</dd></div>`;
    const frequency = effect.measured?.frequency ?? '';
    const measured = effect.measured
        ? `<p class="measured">${e(t.measured({ frequency: t.frequency[frequency] ?? frequency, by: effect.measured.by ?? '—', source: effect.measured.source ?? undefined }))}</p>`
        : '';
    const chart = hasChart(effect) ? `<figure>${renderChartSvg(effect, asOf, t)}${shared.figcaption}</figure>` : '';
    return `<section class="effect status-${effect.status}">
<h4><span class="badge status-${effect.status}">${e(t.statusLabel[effect.status])}</span> ${e(effect.title ?? effect.id)} <span class="id">${e(effect.id)}</span></h4>
${docParagraph(effect.doc)}<p class="what">${e(t.effectKind[effect.kind] ?? effect.kind)}${effect.indicator ? ` · ${e(effect.indicator)}` : ''}</p>
<dl class="numbers">${numbers}</dl>
${measured}
${chart}
${measurementsTable(effect, t, shared)}
</section>`;
}

function legend(t: ReportTexts): string {
    const k = t.legend;
    return `<span class="key key-measurement">● ${e(k.measurements)}</span> <span class="key key-baseline">■ ${e(k.baseline)}</span> <span class="key key-target">— ${e(k.target)}</span> <span class="key key-projection">- - ${e(k.projection)}</span> <span class="key key-as-of">│ ${e(k.asOf)}</span>`;
}

function measurementsTable(effect: EffectReport, t: ReportTexts, shared: SharedFragments): string {
    if (effect.measurements.length === 0) return shared.noMeasurements;
    const rows = effect.measurements.map(m => `<tr><td>${e(t.date(m.date))}</td><td class="num">${e(t.number(formatNumber(m.value, 4)))}</td><td>${e(m.source ?? '')}</td><td>${e(m.note ?? '')}</td></tr>`).join('');
    return `<details><summary>${e(t.measurementCount({ count: effect.measurements.length }))}</summary><div class="scroll"><table>${shared.measurementHead}<tbody>${rows}</tbody></table></div></details>`;
}

function partiesBlock(chain: ChainView, t: ReportTexts, shared: SharedFragments): string {
    let parties = '';
    for (const party of chain.parties) {
        const involved = chain.involved.includes(party.name) ? shared.involvedMark : '';
        const [start, end] = partyRowParts(party, t, shared);
        parties += `${start}${involved}${end}`;
    }
    const bodies = chain.bodies.length === 0 ? '' : `${shared.bodiesHeading}<div class="scroll"><table>${shared.bodyHead}<tbody>${chain.bodies.map(body => bodyRow(body, shared)).join('')}</tbody></table></div>`;
    return `${shared.partiesHeading}
<div class="scroll"><table>${shared.partyHead}<tbody>${parties}</tbody></table></div>
${bodies}`;
}

/**
 * A party's row of the parties table, before and after the place of its "involved" mark; made
 * once per party and report (the parties file is shared by the agreements, and the report
 * model gives each party one view).
 */
function partyRowParts(party: PartyView, t: ReportTexts, shared: SharedFragments): readonly [string, string] {
    let parts = shared.partyRows.get(party);
    if (!parts) {
        const roles = party.roles.map(role => `<li>${e(role.title ?? role.name)} <span class="id">${e(role.id)}</span>${role.reportsTo.length ? ` — ${e(t.reportsTo())} ${role.reportsTo.map(r => `<span class="id">${e(r)}</span>`).join(', ')}` : ''}</li>`);
        const powers = party.powers.map(power => `<li class="power">${e(t.powerOfParty({ power: power.title ? `${power.title} (${power.id})` : power.id, holder: power.holder ?? undefined, basis: power.basis ?? undefined }))}</li>`);
        parts = [
            `<tr><td>${e(party.title ?? party.name)} <span class="id">${e(party.name)}</span>${docLine(party.doc)}`,
            `</td><td>${e(party.type ?? '')}</td><td><ul class="plain">${[...roles, ...powers].join('')}</ul></td></tr>`
        ];
        shared.partyRows.set(party, parts);
    }
    return parts;
}

/** A body's row of the bodies table, made once per body and report. */
function bodyRow(body: BodyView, shared: SharedFragments): string {
    let row = shared.bodyRows.get(body);
    if (row === undefined) {
        row = `<tr><td>${e(body.title ?? body.name)} <span class="id">${e(body.name)}</span>${docLine(body.doc)}</td><td>${body.members.map(m => `<span class="id">${e(m)}</span>`).join(', ')}</td><td>${body.chair ? `<span class="id">${e(body.chair)}</span>` : '—'}</td></tr>`;
        shared.bodyRows.set(body, row);
    }
    return row;
}

function escalationsBlock(chain: ChainView, t: ReportTexts, shared: SharedFragments): string {
    if (chain.escalations.length === 0) return `${shared.escalationsHeading}${shared.noEscalations}`;
    const routes = chain.escalations.map(route => `<div class="route"><h4>${e(route.title ?? route.name)} <span class="id">${e(route.name)}</span></h4><ol>${route.levels.map(level => `<li${level.decides ? ' class="decides"' : ''}>${holder(level.holder)}${level.within ? ` — ${e(t.within({ duration: quantitiesFor(t).writtenDuration(level.within) }))}` : ''}${level.decides ? ` — <strong>${e(t.decides())}</strong>` : ''}</li>`).join('')}</ol></div>`).join('');
    return `${shared.escalationsHeading}${routes}`;
}

function mandatesBlock(chain: ChainView, t: ReportTexts, shared: SharedFragments): string {
    if (chain.mandates.length === 0) return `${shared.mandatesHeading}${shared.noMandates}`;
    const rows = chain.mandates.map(m => `<tr><td>${e(m.title ?? m.name)} <span class="id">${e(m.name)}</span>${docLine(m.doc)}</td><td>${holder(m.from)}</td><td>${holder(m.to)}</td><td>${e(m.scope ?? '—')}</td><td>${e(m.limit ? quantitiesFor(t).writtenAmount(m.limit) : '—')}</td><td>${e(m.submandateDefault ? t.submandateDefault() : t.submandate[m.submandate] ?? m.submandate)}</td><td>${m.validFrom ? e(t.range({ from: t.date(m.validFrom), to: t.date(m.validTo ?? '') })) : '—'}</td><td>${e(m.basis ?? '—')}</td><td>${m.power ? `<span class="id">${e(m.power)}</span>` : '—'}</td><td>${m.parents.length ? m.parents.map(p => e(p)).join(', ') : '—'}</td></tr>`).join('');
    return `${shared.mandatesHeading}
<div class="scroll"><table class="mandates">${shared.mandateHead}<tbody>${rows}</tbody></table></div>`;
}

/** A declaration's doc comment (LANGUAGE.md: shown in reports), under its heading. */
function docParagraph(doc: string | null): string {
    return doc ? `<p class="doc">${e(doc)}</p>\n` : '';
}

/** A declaration's doc comment in its table cell. */
function docLine(doc: string | null): string {
    return doc ? `<br><span class="doc">${e(doc)}</span>` : '';
}

function holder(view: HolderView | null): string {
    if (!view) return '—';
    return view.title ? `${e(view.title)} <span class="id">${e(view.id)}</span>` : `<span class="id">${e(describeHolderView(view))}</span>`;
}

/**
 * A chain picture as one of several on the page: Graphviz names its elements `graph0`,
 * `node1`, … in every picture, so they get the agreement's anchor in front (ids stay unique on
 * the page). Graphviz writes no script and escapes every label (and the labels were escaped in
 * the DOT); as the page's own defence, whatever could run is taken out all the same.
 */
function pictureOnThePage(svg: string, prefix: string): string {
    return svg
        .replace(/\sid="([^"]*)"/g, (_match, id: string) => ` id="${prefix}-${id}"`)
        .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
        .replace(/<foreignObject\b[\s\S]*?<\/foreignObject\s*>/gi, '')
        .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*')/gi, '')
        .replace(/(href\s*=\s*["'])\s*javascript:[^"']*/gi, '$1#');
}

/** An element id from an agreement name (names are identifiers, but stay safe regardless). */
function anchor(name: string): string {
    return `agreement-${name.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

const STATUS_CSS = EFFECT_STATUSES.map(status => `.status-${status}{--status:${STATUS_COLORS[status]}}`).join('');

const STYLE = `
:root{color-scheme:light;--ink:#1f2328;--muted:#57606a;--line:#d0d7de;--soft:#f6f8fa}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff;overflow-wrap:break-word}
header,main,footer{max-width:1100px;margin:0 auto;padding:0 16px}
header{padding-top:16px}
h1{margin:8px 0 0;font-size:1.8em}
h2{margin:32px 0 8px;padding-bottom:4px;border-bottom:2px solid var(--line);font-size:1.4em}
h3{margin:24px 0 8px;font-size:1.15em}
h4{margin:12px 0 4px;font-size:1.05em}
.meta,.what,.measured,.none,footer{color:var(--muted)}
.id{font:0.85em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted)}
.doc{color:var(--muted);font-style:italic}
.involved,.power{color:var(--muted)}
.standing{font-weight:600}.standing-ended{color:#8a1f11}.standing-not-yet{color:#57606a}
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
figure.chain-diagram{margin:12px 0}
figure.chain-diagram svg{display:block;height:auto}
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
@media (max-width:600px){body{font-size:14px}td.where{white-space:normal}h1{font-size:1.5em}.facts{grid-template-columns:1fr}.facts dd{margin-bottom:6px}th,td{padding:3px 5px}}
@media print{figure.chain-diagram svg{max-width:100%}body{font-size:11pt}header,main,footer{max-width:none;padding:0}.scroll{overflow:visible}details{display:block}details>summary{display:none}details>*{display:block}h2{break-before:page}h2:first-of-type{break-before:auto}.effect,table,figure{break-inside:avoid}a{color:inherit;text-decoration:none}}
`;
