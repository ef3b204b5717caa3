/**
 * The status of an effect as of a report date (REPORTS.md, "Status of an effect"): pure
 * functions over the effect's facts (`effectFactsOf` in effects.ts) and plain measurements.
 * Used by the report package (HTML, Markdown, JSON) and by the editor alike; nothing here
 * reads files or knows about the AST.
 *
 * Usage:
 *
 *     const result = statusOf(effectFactsOf(effect), [{ date: '2026-01-31', value: 44 }], '2026-02-15');
 *     result.status;     // 'on-track' | 'at-risk' | … (EffectStatusName)
 *     result.progress;   // 0…1, or null when not computable
 *     result.projection; // the trend's value at the target date, or null
 *     result.latest;     // { date, value } of the latest measurement on or before the report date, or null
 */
import { formatDate, parseDate, type CalendarDate } from './dates.js';
import { satisfies, type ComparatorOp, type EffectFacts, type FrequencyName } from './effects.js';

/** The statuses, in the order of the report summary (REPORTS.md, JSON `summary`). */
export const EFFECT_STATUSES = ['achieved', 'on-track', 'at-risk', 'off-track', 'stale', 'no-data', 'not-measurable'] as const;
export type EffectStatusName = (typeof EFFECT_STATUSES)[number];

/** One measured value. Extra properties (`source`, `note`) are allowed and ignored. */
export interface Measurement {
    /** `YYYY-MM-DD`; measurements whose date is not a calendar date are ignored. */
    readonly date: string;
    readonly value: number;
}

export interface EffectStatus {
    readonly status: EffectStatusName;
    /**
     * How far the latest value has moved from the baseline towards the target, clamped to 0…1
     * (1 when baseline and target are equal and the latest value meets the target, else 0).
     * `null` when the effect is `not-measurable` or has `no-data`.
     */
    readonly progress: number | null;
    /**
     * The least-squares line through the baseline and the measurements up to the report date,
     * evaluated at the target date (rounded to 12 significant digits). `null` when the effect is
     * `not-measurable`, has `no-data`, or all points lie on one date (no line can be drawn).
     * Also given once the target date has passed, for display; the status then no longer uses it.
     */
    readonly projection: number | null;
    /** The latest measurement on or before the report date, or `null`. */
    readonly latest: Measurement | null;
}

/**
 * An effect is `stale` when its latest measurement is more than two measuring periods older
 * than the report date (REPORTS.md).
 */
export const STALE_AFTER_DAYS: Readonly<Record<FrequencyName, number>> = {
    weekly: 14, monthly: 62, quarterly: 184, yearly: 732
};

/** `at-risk`: the projection misses the target by at most this share of baseline → target. */
export const AT_RISK_MARGIN = 0.1;

/** A value on a day: a measurement or the baseline, with its date as a day number. */
interface DatedValue {
    readonly day: number;
    readonly value: number;
}

/**
 * The status of an effect as of `asOf` (`YYYY-MM-DD`). The first status that applies:
 * `not-measurable` (no usable target, or no baseline and fewer than two measurements up to
 * `asOf`), `no-data`, `achieved`, `stale`, then — once the target date has passed — `off-track`,
 * else `on-track`, `at-risk` or `off-track` by the projection.
 *
 * Only measurements dated on or before `asOf` count. A target or baseline whose date is not a
 * calendar date counts as absent. Throws a RangeError when `asOf` is not a calendar date.
 */
export function statusOf(facts: EffectFacts, measurements: readonly Measurement[], asOf: string): EffectStatus {
    return statusAndProjectionLineOf(facts, measurements, asOf).status;
}

/** A projection line for a chart: from the (effective) baseline date to the target date. */
export interface ProjectionLine {
    readonly from: Measurement;
    readonly to: Measurement;
}

/**
 * `statusOf` and `projectionLineOf` in one query, with one least-squares fit (what a report
 * shows of each effect). `line` is `null` exactly when `status.projection` is.
 */
export function statusAndProjectionLineOf(
    facts: EffectFacts, measurements: readonly Measurement[], asOf: string
): { readonly status: EffectStatus; readonly line: ProjectionLine | null } {
    const reportDay = parseDate(asOf)?.dayNumber;
    if (reportDay === undefined) throw new RangeError(`The report date '${asOf}' is not a calendar date (YYYY-MM-DD).`);

    const target = usableTarget(facts);
    const baseline = usableBaseline(facts);
    const points = measurementsUpTo(measurements, reportDay);
    const latestPoint = points.at(-1);
    const latest = latestPoint ? { date: latestPoint.date, value: latestPoint.value } : null;

    if (!target || (!baseline && points.length < 2)) {
        return { status: { status: 'not-measurable', progress: null, projection: null, latest }, line: null };
    }
    if (!latestPoint) return { status: { status: 'no-data', progress: null, projection: null, latest: null }, line: null };

    // Without a baseline, the first measurement serves as baseline (REPORTS.md).
    const start: DatedValue = baseline ?? points[0];
    const linePoints: DatedValue[] = baseline ? [baseline, ...points] : points;
    const progress = progressOf(start.value, latestPoint.value, target);
    const fit = leastSquaresLine(linePoints);
    const projection = fit ? roundToPrecision(fit(target.day)) : null;
    const line: ProjectionLine | null = fit
        ? {
            from: { date: formatDate(start.day), value: roundToPrecision(fit(start.day)) },
            to: { date: formatDate(target.day), value: roundToPrecision(fit(target.day)) }
        }
        : null;
    const result = (status: EffectStatusName) => ({ status: { status, progress, projection, latest }, line });

    if (satisfies(latestPoint.value, target.op, target.value)) return result('achieved');
    if (facts.frequency && reportDay - latestPoint.day > STALE_AFTER_DAYS[facts.frequency]) return result('stale');
    if (reportDay > target.day) return result('off-track');
    if (projection === null) return result('off-track');
    const miss = missBy(projection, target);
    if (miss === 0 && satisfies(projection, target.op, target.value)) return result('on-track');
    const margin = roundToPrecision(AT_RISK_MARGIN * Math.abs(target.value - start.value));
    return result(miss <= margin ? 'at-risk' : 'off-track');
}

/**
 * The projection line for a chart: from the (effective) baseline date to the target date,
 * through the least-squares fit of the same points `statusOf` uses. `null` when `statusOf`
 * gives no projection.
 */
export function projectionLineOf(
    facts: EffectFacts, measurements: readonly Measurement[], asOf: string
): ProjectionLine | null {
    const reportDay = parseDate(asOf)?.dayNumber;
    const target = usableTarget(facts);
    if (reportDay === undefined || !target) return null;
    const baseline = usableBaseline(facts);
    const points = measurementsUpTo(measurements, reportDay);
    if (points.length === 0 || (!baseline && points.length < 2)) return null;
    const linePoints: DatedValue[] = baseline ? [baseline, ...points] : points;
    const line = leastSquaresLine(linePoints);
    if (!line) return null;
    const startDay = (baseline ?? points[0]).day;
    return {
        from: { date: formatDate(startDay), value: roundToPrecision(line(startDay)) },
        to: { date: formatDate(target.day), value: roundToPrecision(line(target.day)) }
    };
}

interface UsableTarget {
    readonly op: ComparatorOp;
    readonly value: number;
    readonly day: number;
}

function usableTarget(facts: EffectFacts): UsableTarget | undefined {
    const day = parseDate(facts.target?.date)?.dayNumber;
    if (!facts.target || day === undefined || !Number.isFinite(facts.target.value)) return undefined;
    return { op: facts.target.op, value: facts.target.value, day };
}

function usableBaseline(facts: EffectFacts): DatedValue | undefined {
    const day = parseDate(facts.baseline?.date)?.dayNumber;
    if (!facts.baseline || day === undefined || !Number.isFinite(facts.baseline.value)) return undefined;
    return { day, value: facts.baseline.value };
}

/** Measurements on or before the report day, with a calendar date and a finite value, by date. */
function measurementsUpTo(measurements: readonly Measurement[], reportDay: number): Array<DatedValue & { date: string }> {
    const points: Array<DatedValue & { date: string }> = [];
    for (const measurement of measurements) {
        const date: CalendarDate | undefined = parseDate(measurement.date);
        if (!date || date.dayNumber > reportDay || !Number.isFinite(measurement.value)) continue;
        points.push({ day: date.dayNumber, value: measurement.value, date: measurement.date });
    }
    // Array.prototype.sort is stable: measurements of one date keep their given order.
    return points.sort((a, b) => a.day - b.day);
}

function progressOf(start: number, latest: number, target: UsableTarget): number {
    if (target.value === start) return satisfies(latest, target.op, target.value) ? 1 : 0;
    const fraction = (latest - start) / (target.value - start);
    return roundToPrecision(Math.min(1, Math.max(0, fraction)));
}

/**
 * The least-squares straight line through the points (value against day), or `undefined` when
 * all points share one day. Days are centred on their mean so large day numbers lose no precision.
 */
function leastSquaresLine(points: readonly DatedValue[]): ((day: number) => number) | undefined {
    const meanDay = points.reduce((sum, p) => sum + p.day, 0) / points.length;
    const meanValue = points.reduce((sum, p) => sum + p.value, 0) / points.length;
    let covariance = 0;
    let variance = 0;
    for (const p of points) {
        covariance += (p.day - meanDay) * (p.value - meanValue);
        variance += (p.day - meanDay) ** 2;
    }
    if (variance === 0) return undefined;
    const slope = covariance / variance;
    return day => meanValue + slope * (day - meanDay);
}

/** By how much `value` misses the target (0 when it satisfies or, for `<`/`>`, equals it). */
function missBy(value: number, target: UsableTarget): number {
    switch (target.op) {
        case '<=': case '<': return roundToPrecision(Math.max(0, value - target.value));
        case '>=': case '>': return roundToPrecision(Math.max(0, target.value - value));
        case '=': return roundToPrecision(Math.abs(value - target.value));
    }
}

/**
 * Rounds to 12 significant digits: a projection that lands exactly on the target (or exactly
 * 10% short of it) in decimal arithmetic must not miss it by a floating-point hair.
 */
function roundToPrecision(value: number): number {
    return value === 0 ? 0 : Number(value.toPrecision(12));
}
