/**
 * The status of an effect (REPORTS.md, "Status of an effect"): every status, the order in
 * which they apply, and their boundaries.
 */
import { describe, expect, it } from 'vitest';
import { EmptyFileSystem, URI } from 'langium';
import { createKetenServices, model, type Document } from '@keten/language';

const { statusOf, projectionLineOf, effectFactsOf, parseDate, formatDate, EFFECT_STATUSES } = model;
type EffectFacts = model.EffectFacts;

const START = parseDate('2026-01-01')!.dayNumber;
/** The date `n` days after 2026-01-01. */
const day = (n: number) => formatDate(START + n);

/** Waiting time in days, from 45 on day 0 down to at most 20 by day 200, measured monthly. */
const waitingTime: EffectFacts = {
    baseline: { value: 45, date: day(0) },
    target: { op: '<=', value: 20, date: day(200) },
    frequency: 'monthly'
};

describe('statusOf: not-measurable', () => {
    it('an effect without target is not measurable, whatever was measured', () => {
        const result = statusOf({ baseline: waitingTime.baseline, frequency: 'monthly' }, [{ date: day(30), value: 10 }], day(40));
        expect(result).toEqual({ status: 'not-measurable', progress: null, projection: null, latest: { date: day(30), value: 10 } });
    });

    it('without baseline, one measurement is not enough', () => {
        const facts = { ...waitingTime, baseline: undefined };
        expect(statusOf(facts, [{ date: day(30), value: 40 }], day(40)).status).toBe('not-measurable');
        expect(statusOf(facts, [], day(40)).status).toBe('not-measurable');
    });

    it('without baseline, a second measurement after the report date does not count', () => {
        const facts = { ...waitingTime, baseline: undefined };
        const result = statusOf(facts, [{ date: day(30), value: 40 }, { date: day(50), value: 35 }], day(40));
        expect(result.status).toBe('not-measurable');
        expect(result.latest).toEqual({ date: day(30), value: 40 });
    });

    it('a target date that is not a calendar date makes the effect not measurable', () => {
        const facts: EffectFacts = { ...waitingTime, target: { op: '<=', value: 20, date: '2026-02-30' } };
        expect(statusOf(facts, [{ date: day(30), value: 40 }], day(40)).status).toBe('not-measurable');
    });
});

describe('statusOf: no-data', () => {
    it('with a baseline but no measurement', () => {
        expect(statusOf(waitingTime, [], day(40))).toEqual({ status: 'no-data', progress: null, projection: null, latest: null });
    });

    it('when every measurement lies after the report date', () => {
        expect(statusOf(waitingTime, [{ date: day(41), value: 30 }], day(40)).status).toBe('no-data');
    });

    it('a measurement on the report date itself counts', () => {
        expect(statusOf(waitingTime, [{ date: day(40), value: 30 }], day(40)).status).not.toBe('no-data');
    });
});

describe('statusOf: achieved', () => {
    it('the latest measurement exactly on the target satisfies `<=`', () => {
        const result = statusOf(waitingTime, [{ date: day(30), value: 30 }, { date: day(60), value: 20 }], day(70));
        expect(result.status).toBe('achieved');
        expect(result.progress).toBe(1);
        expect(result.latest).toEqual({ date: day(60), value: 20 });
    });

    it('the latest measurement counts, not the best one', () => {
        const result = statusOf(waitingTime, [{ date: day(30), value: 15 }, { date: day(60), value: 25 }], day(70));
        expect(result.status).not.toBe('achieved');
        expect(result.latest?.value).toBe(25);
    });

    it('a strict target is not achieved by a value equal to it', () => {
        const strict: EffectFacts = { ...waitingTime, target: { op: '<', value: 20, date: day(200) } };
        expect(statusOf(strict, [{ date: day(60), value: 20 }], day(70)).status).not.toBe('achieved');
        expect(statusOf(strict, [{ date: day(60), value: 19 }], day(70)).status).toBe('achieved');
    });

    it('achieved wins over stale and over a passed target date', () => {
        expect(statusOf(waitingTime, [{ date: day(60), value: 18 }], day(400)).status).toBe('achieved');
    });

    it('measurements are taken in date order, whatever order they are given in', () => {
        const result = statusOf(waitingTime, [{ date: day(60), value: 19 }, { date: day(30), value: 40 }], day(70));
        expect(result.status).toBe('achieved');
        expect(result.latest).toEqual({ date: day(60), value: 19 });
    });
});

describe('statusOf: stale', () => {
    it.each([
        ['weekly', 14],
        ['monthly', 62],
        ['quarterly', 184],
        ['yearly', 732]
    ] as const)('%s: %i days old is not stale, one day more is', (frequency, days) => {
        // A target far away and a steady trend, so that only the age decides.
        const facts: EffectFacts = { ...waitingTime, target: { op: '<=', value: 20, date: day(5000) }, frequency };
        const measurements = [{ date: day(100), value: 44 }];
        expect(statusOf(facts, measurements, day(100 + days)).status).toBe('on-track');
        expect(statusOf(facts, measurements, day(100 + days + 1)).status).toBe('stale');
    });

    it('monthly: 62 days old is not stale, 63 days is (exact dates)', () => {
        const measurements = [{ date: '2026-01-31', value: 40 }];
        const facts: EffectFacts = { ...waitingTime, target: { op: '<=', value: 20, date: '2027-12-31' } };
        expect(statusOf(facts, measurements, '2026-04-03').status).toBe('on-track'); // 62 days
        expect(statusOf(facts, measurements, '2026-04-04').status).toBe('stale'); // 63 days
    });

    it('an effect without `measured` is never stale', () => {
        const facts: EffectFacts = { ...waitingTime, frequency: undefined, target: { op: '<=', value: 20, date: day(5000) } };
        expect(statusOf(facts, [{ date: day(100), value: 44 }], day(3000)).status).toBe('on-track');
    });

    it('stale keeps progress, projection and latest for the report', () => {
        const result = statusOf(waitingTime, [{ date: day(10), value: 40 }], day(100));
        expect(result.status).toBe('stale');
        expect(result.progress).toBeCloseTo(0.2);
        expect(result.projection).not.toBeNull();
        expect(result.latest).toEqual({ date: day(10), value: 40 });
    });
});

describe('statusOf: on-track, at-risk, off-track by the projection', () => {
    // Baseline 45 on day 0, target <= 20 on day 200: 10% of the distance is 2.5.
    it('a projection exactly on the target is on-track', () => {
        const result = statusOf(waitingTime, [{ date: day(100), value: 32.5 }], day(110));
        expect(result.projection).toBe(20);
        expect(result.status).toBe('on-track');
        expect(result.progress).toBeCloseTo(0.5);
    });

    it('a projection beyond the target is on-track', () => {
        expect(statusOf(waitingTime, [{ date: day(100), value: 30 }], day(110)).status).toBe('on-track');
    });

    it('a projection exactly 10% short is at-risk', () => {
        const result = statusOf(waitingTime, [{ date: day(100), value: 33.75 }], day(110));
        expect(result.projection).toBe(22.5);
        expect(result.status).toBe('at-risk');
    });

    it('a projection just over 10% short is off-track', () => {
        const result = statusOf(waitingTime, [{ date: day(100), value: 33.76 }], day(110));
        expect(result.projection).toBeCloseTo(22.52);
        expect(result.status).toBe('off-track');
    });

    it('a projection that moves away from the target is off-track with progress 0', () => {
        const result = statusOf(waitingTime, [{ date: day(100), value: 50 }], day(110));
        expect(result.status).toBe('off-track');
        expect(result.progress).toBe(0);
        expect(result.projection).toBe(55);
    });

    it('is a least-squares line through the baseline and all measurements', () => {
        // Points (0,45) (50,40) (100,38) (150,30): mean (75, 38.25), slope -1175/12500 = -0.094 → 26.5 at day 200.
        const measurements = [{ date: day(50), value: 40 }, { date: day(100), value: 38 }, { date: day(150), value: 30 }];
        const result = statusOf(waitingTime, measurements, day(160));
        expect(result.projection).toBe(26.5);
        expect(result.status).toBe('off-track');
        expect(result.progress).toBeCloseTo(15 / 25);
    });

    it('measurements after the report date do not move the projection', () => {
        const measurements = [{ date: day(100), value: 32.5 }, { date: day(150), value: 44 }];
        expect(statusOf(waitingTime, measurements, day(110))).toMatchObject({ status: 'on-track', projection: 20 });
    });

    it('works for a rising target (`>=`)', () => {
        const reach: EffectFacts = {
            baseline: { value: 40, date: day(0) },
            target: { op: '>=', value: 80, date: day(200) },
            frequency: 'quarterly'
        };
        expect(statusOf(reach, [{ date: day(100), value: 60 }], day(110)).status).toBe('on-track');
        expect(statusOf(reach, [{ date: day(100), value: 58 }], day(110))).toMatchObject({ status: 'at-risk', projection: 76 });
        expect(statusOf(reach, [{ date: day(100), value: 57.9 }], day(110)).status).toBe('off-track');
    });

    it('a strict target met only by equality of the projection is at-risk, not on-track', () => {
        const strict: EffectFacts = { ...waitingTime, target: { op: '<', value: 20, date: day(200) } };
        const result = statusOf(strict, [{ date: day(100), value: 32.5 }], day(110));
        expect(result.projection).toBe(20);
        expect(result.status).toBe('at-risk');
    });

    it('an `=` target is missed on either side', () => {
        const exact: EffectFacts = { ...waitingTime, target: { op: '=', value: 20, date: day(200) } };
        expect(statusOf(exact, [{ date: day(100), value: 32.5 }], day(110)).status).toBe('on-track');
        expect(statusOf(exact, [{ date: day(100), value: 31.5 }], day(110))).toMatchObject({ status: 'at-risk', projection: 18 });
        expect(statusOf(exact, [{ date: day(100), value: 30 }], day(110))).toMatchObject({ status: 'off-track', projection: 15 });
    });
});

describe('statusOf: without a baseline', () => {
    const noBaseline: EffectFacts = { ...waitingTime, baseline: undefined };

    it('two measurements: the first serves as baseline for projection, progress and margin', () => {
        // First 45 on day 10, latest 40 on day 60: slope -0.1 → 26 on day 200, 6 short of 20
        // with a margin of 2.5 (10% of 45 → 20): off-track; the latest value is 5/25 of the way.
        const result = statusOf(noBaseline, [{ date: day(10), value: 45 }, { date: day(60), value: 40 }], day(70));
        expect(result.status).toBe('off-track');
        expect(result.projection).toBe(26);
        expect(result.progress).toBeCloseTo(5 / 25);
        expect(result.latest).toEqual({ date: day(60), value: 40 });
        // A faster fall (45 → 35) projects 7 on day 200: on-track.
        expect(statusOf(noBaseline, [{ date: day(10), value: 45 }, { date: day(60), value: 35 }], day(70)))
            .toMatchObject({ status: 'on-track', projection: 7 });
    });

    it('the 10% margin is measured from the first measurement', () => {
        // First 40 on day 0: distance 20, margin 2. Latest 31 on day 100 → 22 on day 200: at-risk.
        const atRisk = statusOf(noBaseline, [{ date: day(0), value: 40 }, { date: day(100), value: 31 }], day(110));
        expect(atRisk).toMatchObject({ status: 'at-risk', projection: 22 });
        // With a baseline of 45, the same 22 would also be at-risk (margin 2.5); 22.2 is beyond a margin of 2.
        const offTrack = statusOf(noBaseline, [{ date: day(0), value: 40 }, { date: day(100), value: 31.1 }], day(110));
        expect(offTrack).toMatchObject({ status: 'off-track', projection: 22.2 });
    });
});

describe('statusOf: target date passed', () => {
    const measurements = [{ date: day(100), value: 33 }, { date: day(200), value: 21 }];

    it('on the target date itself the projection still decides', () => {
        expect(statusOf(waitingTime, measurements, day(200)).status).toBe('at-risk');
    });

    it('the day after, a target not achieved is off-track', () => {
        const result = statusOf(waitingTime, measurements, day(201));
        expect(result.status).toBe('off-track');
        expect(result.latest).toEqual({ date: day(200), value: 21 });
        expect(result.progress).toBeCloseTo(24 / 25);
    });

    it('a target achieved before or after the date stays achieved', () => {
        expect(statusOf(waitingTime, [...measurements, { date: day(220), value: 20 }], day(230)).status).toBe('achieved');
    });
});

describe('statusOf: progress', () => {
    it('is clamped to 1 when the latest value goes beyond the target', () => {
        expect(statusOf(waitingTime, [{ date: day(50), value: 5 }], day(60)).progress).toBe(1);
    });

    it('is 1 when baseline and target are equal and the target is met, else 0', () => {
        const flat: EffectFacts = { ...waitingTime, baseline: { value: 20, date: day(0) } };
        expect(statusOf(flat, [{ date: day(50), value: 20 }], day(60)).progress).toBe(1);
        expect(statusOf(flat, [{ date: day(50), value: 21 }], day(60)).progress).toBe(0);
    });
});

describe('statusOf: input', () => {
    it('rejects a report date that is not a calendar date', () => {
        expect(() => statusOf(waitingTime, [], '2026-02-30')).toThrow(RangeError);
    });

    it('ignores measurements whose date is not a calendar date', () => {
        expect(statusOf(waitingTime, [{ date: '2026-02-30', value: 10 }], day(100)).status).toBe('no-data');
    });

    it('a projection cannot be drawn when every point lies on one date', () => {
        const result = statusOf(waitingTime, [{ date: day(0), value: 44 }], day(10));
        expect(result.projection).toBeNull();
        expect(result.status).toBe('off-track');
    });

    it('lists the statuses in the order of the report summary', () => {
        expect(EFFECT_STATUSES).toEqual(['achieved', 'on-track', 'at-risk', 'off-track', 'stale', 'no-data', 'not-measurable']);
    });
});

describe('projectionLineOf', () => {
    it('runs from the baseline date to the target date along the fitted line', () => {
        expect(projectionLineOf(waitingTime, [{ date: day(100), value: 32.5 }], day(110))).toEqual({
            from: { date: day(0), value: 45 },
            to: { date: day(200), value: 20 }
        });
    });

    it('is null without data', () => {
        expect(projectionLineOf(waitingTime, [], day(110))).toBeNull();
    });
});

describe('daysInMonth (arithmetic, no Date per call)', () => {
    it('gives what Date.UTC gives for every month of the years -5 to 2,500 and a few far ones', () => {
        const wrong: string[] = [];
        for (const year of [...Array.from({ length: 2506 }, (_, i) => i - 5), 9999, 10_000, 275_000]) {
            for (let month = 1; month <= 12; month++) {
                if (model.daysInMonth(year, month) !== new Date(Date.UTC(year, month, 0)).getUTCDate()) wrong.push(`${year}-${month}`);
            }
        }
        expect(wrong).toEqual([]);
    });
});

describe('statusAndProjectionLineOf (one query for a report)', () => {
    const { statusAndProjectionLineOf } = model;
    const noBaseline: EffectFacts = { target: waitingTime.target, frequency: 'monthly' };
    const rising: EffectFacts = { baseline: { value: 10, date: day(0) }, target: { op: '>=', value: 50, date: day(300) } };
    const cases: Array<[string, EffectFacts, model.Measurement[], string]> = [
        ['without data', waitingTime, [], day(110)],
        ['one measurement', waitingTime, [{ date: day(100), value: 32.5 }], day(110)],
        ['achieved', waitingTime, [{ date: day(50), value: 19 }], day(60)],
        ['stale', waitingTime, [{ date: day(10), value: 40 }], day(150)],
        ['target date passed', waitingTime, [{ date: day(100), value: 30 }], day(250)],
        ['no baseline, one date', noBaseline, [{ date: day(5), value: 40 }, { date: day(5), value: 41 }], day(10)],
        ['no baseline, a trend', noBaseline, [{ date: day(5), value: 40 }, { date: day(35), value: 36 }, { date: day(65), value: 33 }], day(70)],
        ['at risk', rising, [{ date: day(30), value: 13 }, { date: day(60), value: 17 }, { date: day(90), value: 22 }], day(95)],
        ['later measurements ignored', rising, [{ date: day(30), value: 13 }, { date: day(400), value: 90 }], day(40)]
    ];
    for (const [name, facts, measurements, asOf] of cases) {
        it(`gives exactly statusOf and projectionLineOf: ${name}`, () => {
            const both = statusAndProjectionLineOf(facts, measurements, asOf);
            const status = statusOf(facts, measurements, asOf);
            expect(both.status).toEqual(status);
            expect(both.line).toEqual(status.projection === null ? null : projectionLineOf(facts, measurements, asOf));
            expect(both.line === null).toBe(status.projection === null);
        });
    }
});

describe('effectFactsOf', () => {
    const { shared } = createKetenServices(EmptyFileSystem);

    it('turns an effect of an agreement into the facts statusOf reads', async () => {
        const text = `agreement A { effect E { baseline 45 op 2025-12-31 streefwaarde < 20 by 2027-06-30 gemeten maandelijks door P } }`;
        const document = shared.workspace.LangiumDocumentFactory.fromString<Document>(text, URI.parse('memory:///facts.keten'));
        await shared.workspace.DocumentBuilder.build([document], { validation: false });
        const effect = model.agreementsOf(document.parseResult.value).flatMap(model.effectsOf)[0];
        expect(effectFactsOf(effect)).toEqual({
            baseline: { value: 45, date: '2025-12-31' },
            target: { op: '<', value: 20, date: '2027-06-30' },
            frequency: 'monthly'
        });
    });
});
