/**
 * The effect-tracking report as data (REPORTS.md, `keten report`): from the checked workspace,
 * the measurements and the report date to the JSON shape of the spec, plus per agreement the
 * chain (parties, steering, bodies, escalation routes, mandates) that the HTML and Markdown
 * reports show. Every renderer formats this model; none computes.
 */
import type { Agreement, Document, Effect } from '@keten/language';
import { model } from '@keten/language';
import { ChainViews, chainOfAgreement, holderView, type ChainView, type HolderView } from './chain-model.js';
import type { DataProblem, MeasurementRow, MeasurementSet } from './measurements/measurement.js';

export type EffectStatusName = model.EffectStatusName;
export const EFFECT_STATUSES = model.EFFECT_STATUSES;

/** A validation finding, in the shape of `keten validate --format json` diagnostics. */
export interface ReportFinding {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    readonly severity: string;
    readonly rule: string;
    readonly message: string;
}

export interface ReportMeasurement {
    readonly date: string;
    readonly value: number;
    readonly source?: string;
    readonly note?: string;
}

export interface EffectReport {
    readonly id: string;
    readonly title: string | null;
    /** The doc comment above the effect (LANGUAGE.md: shown in reports); `null` without one. */
    readonly doc: string | null;
    readonly kind: model.EffectKindName;
    readonly indicator: string | null;
    readonly unit: string | null;
    readonly baseline: { readonly value: number; readonly date: string } | null;
    readonly target: { readonly op: model.ComparatorOp; readonly value: number; readonly date: string } | null;
    readonly measurements: readonly ReportMeasurement[];
    readonly latest: { readonly date: string; readonly value: number } | null;
    readonly status: EffectStatusName;
    readonly progress: number | null;
    readonly projection: number | null;
    /**
     * The projection is a value the indicator cannot be taken to reach: below 0 while the
     * baseline, the target and every measurement are 0 or more ("-4.02 days"). The HTML and
     * Markdown reports then say "below 0, out of range" instead of the number, and the chart
     * draws the trend line only down to 0 (docs/reports.md); `projection` keeps the computed value.
     */
    readonly projectionOutOfRange: boolean;
    /** How often and by whom it is measured; `null` without `measured`. */
    readonly measured: { readonly frequency: string | null; readonly by: string | null; readonly source: string | null } | null;
    /** The straight line the projection lies on, from the (effective) baseline to the target date, for charts. */
    readonly projectionLine: { readonly from: ReportMeasurement; readonly to: ReportMeasurement } | null;
}

export interface AgreementReport {
    readonly name: string;
    readonly title: string | null;
    readonly doc: string | null;
    readonly file: string;
    readonly effects: readonly EffectReport[];
    /**
     * Where the agreement stands on the report date (COVENANT.md): in force, ended (its period
     * ended and it has no `renewal`) or not yet in force; `null` without a usable period.
     */
    readonly standing: model.Standing | null;
    /** The period as written; `to` is `null` for an open-ended one (`period from`). */
    readonly period: { readonly from: string; readonly to: string | null } | null;
    readonly goals: readonly string[];
    readonly steering: HolderView | null;
    readonly accountable: HolderView | null;
    readonly review: { readonly every: string; readonly by: HolderView | null } | null;
    readonly chain: ChainView;
}

export type StatusSummary = Readonly<Record<EffectStatusName, number>>;

export interface ReportModel {
    readonly version: 1;
    readonly asOf: string;
    readonly agreements: readonly AgreementReport[];
    readonly summary: StatusSummary;
    readonly dataProblems: readonly DataProblem[];
    readonly findings: readonly ReportFinding[];
}

export interface ReportInput {
    /** The workspace's documents, each with its file name as reported (relative, `/`). */
    readonly documents: ReadonlyArray<{ readonly file: string; readonly document: Document }>;
    readonly measurements: MeasurementSet;
    /** The report date, `YYYY-MM-DD`. */
    readonly asOf: string;
    readonly findings: readonly ReportFinding[];
}

/** The effect ids (`Agreement.Effect`) of the workspace: what measurement files may name. */
export function effectIdsOf(documents: readonly Document[]): string[] {
    return [...model.effectsById(documents.flatMap(model.agreementsOf)).keys()];
}

export function buildReportModel(input: ReportInput): ReportModel {
    // The rows of each effect, indexed once (in file order).
    const byEffect = new Map<string, MeasurementRow[]>();
    for (const row of input.measurements.measurements) {
        const rows = byEffect.get(row.effect);
        if (rows) rows.push(row);
        else byEffect.set(row.effect, [row]);
    }
    const seen = new Set<string>();
    const views = new ChainViews();
    const agreements: AgreementReport[] = [];
    for (const { file, document } of input.documents) {
        for (const agreement of model.agreementsOf(document)) {
            // The model queries several parts of one agreement's report ask (its parties, the
            // places that name them) are answered once (model/query-memo.ts); nothing relinks meanwhile.
            agreements.push(model.rememberingQueries(() => agreementReport(agreement, file, byEffect, input.asOf, seen, views)));
        }
    }
    const summary = Object.fromEntries(EFFECT_STATUSES.map(status => [status, 0])) as Record<EffectStatusName, number>;
    for (const effect of agreements.flatMap(agreement => agreement.effects)) summary[effect.status]++;
    return {
        version: 1,
        asOf: input.asOf,
        agreements,
        summary,
        dataProblems: [...input.measurements.problems],
        findings: [...input.findings]
    };
}

function agreementReport(
    agreement: Agreement, file: string, byEffect: ReadonlyMap<string, readonly MeasurementRow[]>, asOf: string, seen: Set<string>,
    views: ChainViews
): AgreementReport {
    const periodField = model.periodField(agreement);
    const period = periodField?.range
        ? { from: periodField.range.start, to: periodField.range.end }
        : periodField?.start ? { from: periodField.start, to: null } : undefined;
    const asOfDay = model.parseDate(asOf);
    const steering = model.steeringField(agreement);
    const accountable = model.accountableField(agreement);
    const review = model.reviewField(agreement);
    const effects: EffectReport[] = [];
    for (const effect of model.effectsOf(agreement)) {
        const id = model.effectIdOf(effect);
        // Measurements name an effect by id; a repeated id (`duplicate-name`) gets them once.
        effects.push(effectReport(effect, seen.has(id) ? [] : byEffect.get(id) ?? [], asOf));
        seen.add(id);
    }
    return {
        name: agreement.name,
        title: agreement.title ?? null,
        doc: model.docCommentOf(agreement) ?? null,
        file,
        effects,
        standing: asOfDay ? model.standingOf(agreement, asOfDay) ?? null : null,
        period: period ?? null,
        goals: model.goalsOf(agreement),
        steering: steering ? holderView(steering.holder.ref, steering.holder) : null,
        accountable: accountable ? holderView(accountable.holder.ref, accountable.holder) : null,
        review: review ? { every: model.durationText(review.every), by: holderView(review.holder.ref, review.holder) } : null,
        chain: chainOfAgreement(agreement, views)
    };
}

function effectReport(effect: Effect, rows: readonly MeasurementRow[], asOf: string): EffectReport {
    const facts = model.effectFactsOf(effect);
    const measurements = byDate(rows).map(reportMeasurement);
    // One query, one least-squares fit: the status and the chart's projection line.
    const { status, line } = model.statusAndProjectionLineOf(facts, measurements, asOf);
    const measured = model.measuredField(effect);
    return {
        id: model.effectIdOf(effect),
        title: effect.title ?? null,
        doc: model.docCommentOf(effect) ?? null,
        kind: model.effectKindOf(effect),
        indicator: model.indicatorField(effect)?.text ?? null,
        unit: model.unitOf(effect) ?? null,
        baseline: facts.baseline ? { value: facts.baseline.value, date: facts.baseline.date } : null,
        target: facts.target ? { op: facts.target.op, value: facts.target.value, date: facts.target.date } : null,
        measurements,
        latest: status.latest ? { date: status.latest.date, value: status.latest.value } : null,
        status: status.status,
        progress: status.progress,
        projection: reportedProjection(status.projection, facts, measurements),
        projectionOutOfRange: status.projection !== null && status.projection < 0 && neverBelowZero(facts, measurements),
        measured: measured
            ? { frequency: model.frequencyOf(effect) ?? null, by: measured.party.ref?.name ?? measured.party.$refText ?? null, source: measured.source ?? null }
            : null,
        projectionLine: line
    };
}

/**
 * The projection as the report gives it: one decimal more than the most precise value it comes
 * from (the baseline, the target, the measurements), as REPORTS.md's example writes 27.4 for
 * a line through whole numbers; no precision the data does not have. The status is decided on
 * the computed value (`statusAndProjectionLineOf`); the rounded number keeps its side of the
 * target and of 0 (more decimals when needed: 20.03 against `<= 20`, not 20 beside "at risk";
 * -0.03, not 0 beside "below 0").
 */
function reportedProjection(
    projection: number | null, facts: ReturnType<typeof model.effectFactsOf>, measurements: readonly ReportMeasurement[]
): number | null {
    if (projection === null) return null;
    let decimals = Math.max(decimalsOf(facts.baseline?.value), decimalsOf(facts.target?.value));
    for (const measurement of measurements) decimals = Math.max(decimals, decimalsOf(measurement.value));
    const marks = [0, ...(facts.target ? [facts.target.value] : [])];
    const sameSide = (rounded: number) => marks.every(mark => Math.sign(rounded - mark) === Math.sign(projection - mark));
    for (let digits = decimals + 1; digits < 12; digits++) {
        const rounded = Number(projection.toFixed(digits));
        if (sameSide(rounded)) return Object.is(rounded, -0) ? 0 : rounded;
    }
    return projection;
}

/** The decimals a value is written with (`41.5`: 1); a value only exponent notation writes (`1e-7`) counts as precise. */
function decimalsOf(value: number | undefined): number {
    if (value === undefined || !Number.isFinite(value)) return 0;
    const text = String(value);
    if (text.includes('e')) return 11;
    const point = text.indexOf('.');
    return point < 0 ? 0 : text.length - point - 1;
}

/** Whether the indicator has only known values of 0 or more: its baseline, its target and every measurement. */
function neverBelowZero(facts: ReturnType<typeof model.effectFactsOf>, measurements: readonly ReportMeasurement[]): boolean {
    if ((facts.baseline?.value ?? 0) < 0 || (facts.target?.value ?? 0) < 0) return false;
    for (const measurement of measurements) if (measurement.value < 0) return false;
    return true;
}

/** The rows by date (a stable sort; rows usually come in date order already, and are then only copied). */
function byDate(rows: readonly MeasurementRow[]): MeasurementRow[] {
    const sorted = rows.slice();
    for (let i = 1; i < sorted.length; i++) {
        if (sorted[i - 1].date > sorted[i].date) return sorted.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    }
    return sorted;
}

/** A measurement as the report shows it: `source` and `note` only when the row has them. */
function reportMeasurement(row: MeasurementRow): ReportMeasurement {
    if (row.source === undefined && row.note === undefined) return { date: row.date, value: row.value };
    if (row.note === undefined) return { date: row.date, value: row.value, source: row.source };
    if (row.source === undefined) return { date: row.date, value: row.value, note: row.note };
    return { date: row.date, value: row.value, source: row.source, note: row.note };
}
