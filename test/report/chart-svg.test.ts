/**
 * An effect's chart (`renderChartSvg`): the line joins the baseline and the measurements in
 * date order wherever the baseline falls, every measurement has a dot at the line's point for
 * it, and each dot's title gives its date and value in the report's language. (Session 21 works
 * out each point's place once for the line and the dot, and keeps the dates' texts per report.)
 */
import { describe, expect, it } from 'vitest';
import { messagesFor } from '@keten/language';
import { renderChartSvg, type EffectReport } from '@keten/report';

function effect(baseline: { date: string; value: number } | null, measurements: Array<{ date: string; value: number }>): EffectReport {
    return {
        id: 'Convenant.Wachttijd', title: 'Wachttijd', doc: null, kind: 'outcome', indicator: 'Dagen tot start hulp', unit: 'days',
        baseline, target: { op: '<=', value: 20, date: '2027-06-30' }, measurements,
        latest: measurements.at(-1) ?? null, status: 'on-track', progress: 0.5, projection: 25, projectionOutOfRange: false,
        measured: null, projectionLine: null
    } as EffectReport;
}

const MEASUREMENTS = [
    { date: '2026-01-31', value: 45 }, { date: '2026-02-28', value: 44.3 }, { date: '2026-03-31', value: 41.25 }, { date: '2026-04-30', value: 40 }
];

function linePoints(svg: string): Array<[number, number]> {
    const points = /<polyline class="series" points="([^"]*)"/.exec(svg)?.[1] ?? '';
    return points.split(' ').map(pair => pair.split(',').map(Number) as [number, number]);
}

function dots(svg: string): Array<{ x: number; y: number; title: string }> {
    return [...svg.matchAll(/<circle class="measurement" cx="([^"]+)" cy="([^"]+)" r="3.5"><title>([^<]*)<\/title><\/circle>/g)]
        .map(m => ({ x: Number(m[1]), y: Number(m[2]), title: m[3] }));
}

function baselinePoint(svg: string): [number, number] {
    const match = /<rect class="baseline" x="([^"]+)" y="([^"]+)"/.exec(svg)!;
    return [Number(match[1]) + 4, Number(match[2]) + 4];
}

describe('the chart of an effect', () => {
    it('a baseline before the measurements: the line starts at it and passes every dot', () => {
        const svg = renderChartSvg(effect({ date: '2025-12-31', value: 46 }, MEASUREMENTS), '2026-05-01');
        const line = linePoints(svg);
        expect(line).toEqual([baselinePoint(svg), ...dots(svg).map(d => [d.x, d.y])]);
        expect(dots(svg).map(d => d.title)).toEqual(['2026-01-31: 45', '2026-02-28: 44.3', '2026-03-31: 41.25', '2026-04-30: 40']);
    });

    it('a baseline dated among the measurements: the line takes it in its place by date', () => {
        const svg = renderChartSvg(effect({ date: '2026-02-15', value: 46 }, MEASUREMENTS), '2026-05-01');
        const line = linePoints(svg);
        const [first, ...rest] = dots(svg).map(d => [d.x, d.y] as [number, number]);
        expect(line).toEqual([first, baselinePoint(svg), ...rest]);
        expect(line.map(p => p[0])).toEqual([...line.map(p => p[0])].sort((a, b) => a - b));
    });

    it('no baseline, and measurements not in date order: the line goes by date, the dots as listed', () => {
        const shuffled = [MEASUREMENTS[2], MEASUREMENTS[0], MEASUREMENTS[3], MEASUREMENTS[1]];
        const svg = renderChartSvg(effect(null, shuffled), '2026-05-01');
        const line = linePoints(svg);
        expect(line.map(p => p[0])).toEqual([...line.map(p => p[0])].sort((a, b) => a - b));
        expect(new Set(line.map(p => p.join()))).toEqual(new Set(dots(svg).map(d => `${d.x},${d.y}`)));
        expect(dots(svg).map(d => d.title)).toEqual(['2026-03-31: 41.25', '2026-01-31: 45', '2026-04-30: 40', '2026-02-28: 44.3']);
    });

    it('the titles of the dots in Dutch, also after an English chart of the same days', () => {
        renderChartSvg(effect(null, MEASUREMENTS), '2026-05-01', messagesFor('en').report);
        const svg = renderChartSvg(effect(null, MEASUREMENTS), '2026-05-01', messagesFor('nl').report);
        expect(dots(svg).map(d => d.title)).toEqual(['31 januari 2026: 45', '28 februari 2026: 44,3', '31 maart 2026: 41,25', '30 april 2026: 40']);
    });
});
