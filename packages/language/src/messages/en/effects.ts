/** Messages of the effects rules (Results-Based Accountability). */

/** What each missing part of an effect would say, for `unmeasuredEffect`. */
const MEASUREMENT_PART_HINTS: Record<string, string> = {
    indicator: `'indicator "…"' (what is counted)`,
    unit: `'unit …' (in what unit, for example days or percent)`,
    target: `'target <= … by DATE' (the value to reach, and when)`,
    measured: `'measured monthly by PARTY' (who measures it, and how often)`
};

function listOfWords(words: readonly string[]): string {
    if (words.length <= 1) return words.join('');
    return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

export const effectsEn = {
    noEffects: (a: { agreement: string }) =>
        `Agreement '${a.agreement}' declares no effect: it states intentions, but nothing that can be counted. Add at least one 'effect' with an indicator, a target and who measures it.`,
    unmeasuredEffect: (a: { effect: string; missing: readonly string[] }) =>
        `Effect '${a.effect}' cannot be measured: it lacks ${listOfWords(a.missing.map(part => `'${part}'`))}. Add ${listOfWords(a.missing.map(part => MEASUREMENT_PART_HINTS[part] ?? `'${part}'`))}.`,
    effectWithoutBaseline: (a: { effect: string }) =>
        `Effect '${a.effect}' has no baseline, so nobody can tell how far the chain has come. Add the starting value and when it was measured, for example 'baseline 45 on 2025-12-31'.`,
    targetAlreadyMet: (a: { effect: string; baseline: number; op: string; target: number }) =>
        `The target of effect '${a.effect}' (${a.op} ${a.target}) is already met by its baseline (${a.baseline}): the agreement promises nothing that is not already there. Set a target that asks for a change, or correct the baseline.`,
    targetAlreadyMetRelated: (a: { effect: string }) => `The baseline of effect '${a.effect}'.`,
    effectDeadlineOutsidePeriod: (a: { effect: string; date: string; agreement: string; start: string; end?: string }) =>
        `The target date of effect '${a.effect}' (${a.date}) lies outside the period of agreement '${a.agreement}' (${a.end === undefined ? `from ${a.start}` : `${a.start} to ${a.end}`}): nobody is bound to reach it. Move the target date into the period, or extend the period.`,
    effectWithoutCommitment: (a: { effect: string }) =>
        `Effect '${a.effect}' is not linked to any commitment: it is not said what work should bring it about. Add 'through' with the commitments meant to achieve it.`,
    noOutcomeEffect: (a: { agreement: string }) =>
        `Every effect of agreement '${a.agreement}' counts how much was done or how well ('output' or 'quality'); none checks whether anyone is better off. Add an effect of kind 'outcome'.`
};
