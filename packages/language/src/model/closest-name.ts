/**
 * "Did you mean …?": the closest candidate to a misspelt name, for unresolved references,
 * unknown rule ids in configuration and unknown effect ids in measurement files.
 */
import { distance } from 'fastest-levenshtein';

/**
 * The candidate nearest to `name` by edit distance (case-insensitive), or `undefined` when
 * nothing is close enough to be a plausible typo (more than 40% of the longer word differs,
 * with at least 2 edits allowed).
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
    const best = nearestName(name, candidates);
    if (best === undefined) return undefined;
    const allowed = Math.max(2, Math.floor(Math.max(name.length, best.length) * 0.4));
    return distance(name.toLowerCase(), best.toLowerCase()) <= allowed ? best : undefined;
}

/**
 * The candidate nearest to `name` by edit distance (case-insensitive; ties go to the first in
 * code-point order), however far: for a command line that names what exists even when the
 * name given resembles nothing (`keten whatif --vacant Gem`). `undefined` only without candidates.
 */
export function nearestName(name: string, candidates: Iterable<string>): string | undefined {
    let best: string | undefined;
    let bestDistance = Infinity;
    const lower = name.toLowerCase();
    for (const candidate of candidates) {
        if (typeof candidate !== 'string' || candidate === name) continue;
        const d = distance(lower, candidate.toLowerCase());
        if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}
