/**
 * The seed of the property and fuzz suites. `npm test` (and so CI) runs one fixed seed, so a
 * run that passed passes again and a red CI run means the change broke something, not that
 * this run happened to draw a new case. New cases are looked for by `npm run bench` (the fuzz
 * suite at 10,000 workspaces with a new seed each run) and by `KETEN_FUZZ_SEED=random`.
 *
 *   KETEN_FUZZ_SEED=123      replays a run (fast-check prints the seed of a failure)
 *   KETEN_FUZZ_SEED=random   a new seed each run
 */
export const FIXED_SEED = 20261201;

export function propertySeed(): number | undefined {
    const chosen = process.env.KETEN_FUZZ_SEED;
    if (chosen === 'random') return undefined;
    if (chosen !== undefined && chosen !== '') {
        const seed = Number(chosen);
        if (!Number.isInteger(seed)) throw new Error(`KETEN_FUZZ_SEED must be a whole number or "random", not ${JSON.stringify(chosen)}`);
        return seed;
    }
    return FIXED_SEED;
}
