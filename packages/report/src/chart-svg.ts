/**
 * An effect's chart as inline SVG: the measurements, the baseline, the target line and date,
 * the projection and the report date. Only draws what the report model holds; every text is
 * escaped. No scripts, no external references.
 */
import { messagesFor, model, type Messages } from '@keten/language';
import { escapeHtml } from './escape-html.js';
import { COMPARATOR_LABELS, formatNumber } from './display-format.js';
import type { EffectReport } from './report-model.js';

const WIDTH = 640;
const HEIGHT = 260;
const MARGIN = { top: 20, right: 24, bottom: 40, left: 56 };

/** The most measurements drawn as dots of their own (docs/reports.md). */
const MAX_DOTS = 1000;

interface Point {
    readonly day: number;
    readonly value: number;
}

/** Whether an effect gets a chart: it has a target and its status can be computed. */
export function hasChart(effect: EffectReport): boolean {
    return effect.target !== null && effect.status !== 'not-measurable';
}

/** `t`: the report's words (default English); dates and numbers are written through it. */
export function renderChartSvg(effect: EffectReport, asOf: string, t: Messages['report'] = messagesFor('en').report): string {
    const target = effect.target;
    if (!target || !hasChart(effect)) return '';
    const day = dayNumberOf;
    const measurements = effect.measurements
        .map(m => ({ day: day(m.date), value: m.value }))
        .filter((p): p is Point => p.day !== undefined);
    const baseline = effect.baseline && day(effect.baseline.date) !== undefined
        ? { day: day(effect.baseline.date)!, value: effect.baseline.value } : undefined;
    const targetDay = day(target.date)!;
    const asOfDay = day(asOf)!;
    const projection = effect.projectionLine
        ? [{ day: day(effect.projectionLine.from.date)!, value: effect.projectionLine.from.value },
            { day: day(effect.projectionLine.to.date)!, value: effect.projectionLine.to.value }]
        : [];
    // A projection out of range is drawn only down to 0, where the indicator's values end.
    const clipped = effect.projectionOutOfRange && projection.length === 2 && projection[0].value >= 0 && projection[1].value < 0;
    if (clipped) projection[1] = zeroCrossing(projection[0], projection[1]);

    const points = [...measurements, ...(baseline ? [baseline] : []), ...projection];
    const days = extent(points.map(p => p.day), [targetDay, asOfDay]);
    const values = extent(points.map(p => p.value), [target.value]);
    const [minDay, maxDay] = widen(days.min, days.max, 1);
    const yTicks = niceTicks(values.min, values.max);
    const [minValue, maxValue] = [yTicks[0], yTicks[yTicks.length - 1]];

    const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
    const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
    const x = (d: number) => round(MARGIN.left + ((d - minDay) / (maxDay - minDay)) * plotWidth);
    const y = (v: number) => round(MARGIN.top + (1 - (v - minValue) / (maxValue - minValue)) * plotHeight);
    const bottom = MARGIN.top + plotHeight;
    const right = MARGIN.left + plotWidth;

    const number = (value: number) => t.number(formatNumber(value));
    const date = (dayNumber: number) => t.date(model.formatDate(dayNumber));
    const title = t.chartTitle({ effect: effect.title ?? effect.id });
    const parts: string[] = [];
    parts.push(`<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeHtml(title)}" data-effect="${escapeHtml(effect.id)}">`);
    parts.push(`<title>${escapeHtml(title)}</title>`);
    // Grid and axes.
    for (const tick of yTicks) {
        parts.push(`<line class="grid" x1="${MARGIN.left}" x2="${right}" y1="${y(tick)}" y2="${y(tick)}"/>`);
        parts.push(`<text class="tick" x="${MARGIN.left - 6}" y="${y(tick) + 4}" text-anchor="end">${escapeHtml(number(tick))}</text>`);
    }
    parts.push(`<line class="axis" x1="${MARGIN.left}" x2="${right}" y1="${bottom}" y2="${bottom}"/>`);
    parts.push(`<text class="tick" x="${MARGIN.left}" y="${bottom + 16}" text-anchor="start">${escapeHtml(date(minDay))}</text>`);
    parts.push(`<text class="tick" x="${right}" y="${bottom + 16}" text-anchor="end">${escapeHtml(date(maxDay))}</text>`);
    // Target: a horizontal line at the value, a vertical line at the date.
    const targetLabel = t.chartTarget({ target: `${COMPARATOR_LABELS[target.op] ?? target.op} ${number(target.value)}`, date: t.date(target.date) });
    parts.push(`<line class="target" x1="${MARGIN.left}" x2="${right}" y1="${y(target.value)}" y2="${y(target.value)}"><title>${escapeHtml(targetLabel)}</title></line>`);
    parts.push(`<line class="target-date" x1="${x(targetDay)}" x2="${x(targetDay)}" y1="${MARGIN.top}" y2="${bottom}"/>`);
    parts.push(`<text class="label target-label" x="${MARGIN.left + 4}" y="${y(target.value) - 5}">${escapeHtml(targetLabel)}</text>`);
    // Report date.
    parts.push(`<line class="as-of" x1="${x(asOfDay)}" x2="${x(asOfDay)}" y1="${MARGIN.top}" y2="${bottom}"/>`);
    parts.push(`<text class="label" x="${x(asOfDay)}" y="${bottom + 30}" text-anchor="middle">${escapeHtml(t.chartAsOf({ date: t.date(asOf) }))}</text>`);
    // Projection.
    if (projection.length === 2) {
        const label = clipped ? t.chartProjectionBelowZero({ date: t.date(target.date) }) : t.chartProjection({ value: number(projection[1].value), date: t.date(target.date) });
        parts.push(`<line class="projection" x1="${x(projection[0].day)}" y1="${y(projection[0].value)}" x2="${x(projection[1].day)}" y2="${y(projection[1].value)}"><title>${escapeHtml(label)}</title></line>`);
    }
    // Measurements, joined by a line, after the baseline. Each measurement's place is worked
    // out once, for the line and for its dot.
    const xs: string[] = [];
    const ys: string[] = [];
    for (const point of measurements) {
        xs.push(String(x(point.day)));
        ys.push(String(y(point.value)));
    }
    const series = [...(baseline ? [baseline] : []), ...measurements];
    if (series.length > 1) {
        let line: string[];
        if (inDayOrder(series)) {
            line = baseline ? [`${x(baseline.day)},${y(baseline.value)}`] : [];
            for (let index = 0; index < xs.length; index++) line.push(`${xs[index]},${ys[index]}`);
        } else {
            line = series.sort((a, b) => a.day - b.day).map(p => `${x(p.day)},${y(p.value)}`);
        }
        parts.push(`<polyline class="series" points="${line.join(' ')}"/>`);
    }
    if (baseline) {
        parts.push(`<rect class="baseline" x="${x(baseline.day) - 4}" y="${y(baseline.value) - 4}" width="8" height="8"><title>${escapeHtml(t.chartBaseline({ value: number(baseline.value), date: date(baseline.day) }))}</title></rect>`);
    }
    // Each measurement a dot with its value, up to a thousand; beyond that the dots would only
    // cover the line (and weigh megabytes), and the table below the chart lists every value.
    // (Escaping works character by character: the date and the value are escaped apart.)
    if (measurements.length <= MAX_DOTS) {
        const dates = escapedDatesFor(t);
        for (let index = 0; index < measurements.length; index++) {
            const point = measurements[index];
            parts.push(`<circle class="measurement" cx="${xs[index]}" cy="${ys[index]}" r="3.5"><title>${escapedDate(dates, point.day, date)}: ${escapeHtml(number(point.value))}</title></circle>`);
        }
    }
    parts.push('</svg>');
    return parts.join('');
}

/** Whether the points come by day already (a stable sort would leave them as they are). */
function inDayOrder(points: readonly Point[]): boolean {
    for (let index = 1; index < points.length; index++) if (points[index - 1].day > points[index].day) return false;
    return true;
}

const MAX_REMEMBERED_DAYS = 4096;

/*
 * The date of a dot's title as the report's words write it, escaped: the effects of a report
 * are mostly measured on the same days. Kept per set of words (one per locale).
 */
const escapedDates = new WeakMap<Messages['report'], Map<number, string>>();

function escapedDatesFor(t: Messages['report']): Map<number, string> {
    let dates = escapedDates.get(t);
    if (!dates) escapedDates.set(t, dates = new Map());
    return dates;
}

function escapedDate(dates: Map<number, string>, day: number, date: (day: number) => string): string {
    let text = dates.get(day);
    if (text === undefined) {
        if (dates.size >= MAX_REMEMBERED_DAYS) dates.clear();
        text = escapeHtml(date(day));
        dates.set(day, text);
    }
    return text;
}

/** The day number of a date (`parseDate` keeps the dates it read: a report's effects share their days). */
function dayNumberOf(date: string): number | undefined {
    return model.parseDate(date)?.dayNumber;
}

/** Where the straight line from `from` to `to` reaches 0 (from ≥ 0 > to). */
function zeroCrossing(from: Point, to: Point): Point {
    return { day: from.day + (from.value / (from.value - to.value)) * (to.day - from.day), value: 0 };
}

/** The smallest and largest of the numbers and of `also`, by a loop (an effect can have more measurements than a call takes arguments). */
function extent(numbers: readonly number[], also: readonly number[]): { min: number; max: number } {
    let min = Infinity;
    let max = -Infinity;
    for (const list of [numbers, also]) {
        for (const n of list) {
            if (n < min) min = n;
            if (n > max) max = n;
        }
    }
    return { min, max };
}

function widen(min: number, max: number, by: number): [number, number] {
    return min === max ? [min - by, max + by] : [min, max];
}

/** Round tick values spanning [min, max], about five of them. */
function niceTicks(min: number, max: number): number[] {
    if (min === max) { min -= 1; max += 1; }
    const rough = (max - min) / 5;
    const magnitude = 10 ** Math.floor(Math.log10(rough));
    const step = [1, 2, 2.5, 5, 10].map(f => f * magnitude).find(s => s >= rough) ?? 10 * magnitude;
    const start = Math.floor(min / step) * step;
    const ticks: number[] = [];
    for (let tick = start; tick < max + step * 0.999; tick += step) ticks.push(twelveDigits(tick));
    if (ticks.length < 2) ticks.push(twelveDigits(start + step));
    return ticks;
}

/*
 * A tick rounded to twelve significant digits (what takes off the error of adding steps).
 * `toPrecision` is slow (a few microseconds), and the charts of one report mostly share
 * their ticks: each value is rounded once (a few thousand at most are kept).
 */
const MAX_REMEMBERED_TICKS = 4096;
const roundedTicks = new Map<number, number>();

function twelveDigits(tick: number): number {
    let rounded = roundedTicks.get(tick);
    if (rounded === undefined) {
        if (roundedTicks.size >= MAX_REMEMBERED_TICKS) roundedTicks.clear();
        rounded = Number(tick.toPrecision(12));
        roundedTicks.set(tick, rounded);
    }
    return rounded;
}

function round(value: number): number {
    return Math.round(value * 10) / 10;
}
