/**
 * Escalation routes: levels, the decider and the levels that can be reached.
 */
import type { Escalation, Level } from '../generated/ast.js';

/** Index of the first level marked `decides`, or -1. */
export function deciderIndexOf(route: Escalation): number {
    return route.levels.findIndex(level => level.decides !== undefined);
}

export function deciderOf(route: Escalation): Level | undefined {
    const index = deciderIndexOf(route);
    return index < 0 ? undefined : route.levels[index];
}

/**
 * The levels that can be reached: up to and including the decider, or all levels of a route
 * without one. Levels after the decider are skipped by the other escalation rules.
 */
export function reachableLevelsOf(route: Escalation): Level[] {
    const index = deciderIndexOf(route);
    return index < 0 ? [...route.levels] : route.levels.slice(0, index + 1);
}

/** The levels after the decider (unreachable). */
export function unreachableLevelsOf(route: Escalation): Level[] {
    const index = deciderIndexOf(route);
    return index < 0 ? [] : route.levels.slice(index + 1);
}
