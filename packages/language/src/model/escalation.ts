/**
 * Escalation routes: levels, the decider, the levels that can be reached, deadlines, repeats,
 * steps down the hierarchy and the decider's authority.
 */
import type { Agreement, Escalation, Holder, Level, Role } from '../generated/ast.js';
import { isBody, isRole } from '../generated/ast.js';
import { steeringHolderOf, steeringRoleOf } from './agreements.js';
import { durationInDays } from './dates.js';
import { mandatesHeldBy } from './mandates.js';
import { holdsPower, membersOfBody, reportsTransitivelyTo } from './parties.js';

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

/**
 * The levels that must pass the matter on in time: those before the decider, or every level of
 * a route without one. Each of them needs a `within` (escalation-no-deadline); the decider
 * itself has nobody to pass the matter to.
 */
export function levelsBeforeDeciderOf(route: Escalation): Level[] {
    const index = deciderIndexOf(route);
    return index < 0 ? [...route.levels] : route.levels.slice(0, index);
}

/** A level's `within` in days, or `undefined` when it has none. */
export function withinDaysOf(level: Level): number | undefined {
    return durationInDays(level.within);
}

/** A reachable level with a `within`, and the nearest earlier level that has one. */
export interface DeadlineStep {
    readonly level: Level;
    readonly days: number;
    readonly earlier: Level;
    readonly earlierDays: number;
}

/**
 * For every reachable level with a `within` after the first one: that level with the nearest
 * earlier level that has a `within` (levels without one are passed over).
 */
export function deadlineStepsOf(route: Escalation): DeadlineStep[] {
    const steps: DeadlineStep[] = [];
    let earlier: { level: Level; days: number } | undefined;
    for (const level of reachableLevelsOf(route)) {
        const days = withinDaysOf(level);
        if (days === undefined) continue;
        if (earlier) steps.push({ level, days, earlier: earlier.level, earlierDays: earlier.days });
        earlier = { level, days };
    }
    return steps;
}

/** A reachable level whose holder already held an earlier level of the same route. */
export interface RepeatedLevel {
    readonly level: Level;
    readonly holder: Holder;
    readonly first: Level;
}

/**
 * Each reachable level whose (resolved) holder appears on an earlier reachable level, with
 * the level where it first appears. Unresolved holders are skipped.
 */
export function repeatedLevelsOf(route: Escalation): RepeatedLevel[] {
    const firstLevelOf = new Map<Holder, Level>();
    const repeats: RepeatedLevel[] = [];
    for (const level of reachableLevelsOf(route)) {
        const holder = level.holder?.ref;
        if (!holder) continue;
        const first = firstLevelOf.get(holder);
        if (first) repeats.push({ level, holder, first });
        else firstLevelOf.set(holder, level);
    }
    return repeats;
}

/** A reachable level held by a role that reports to the role of the level before it. */
export interface DownwardStep {
    readonly level: Level;
    readonly role: Role;
    readonly previous: Level;
    readonly previousRole: Role;
}

/**
 * Steps down the hierarchy: a reachable level whose role reports, directly or through others,
 * to the role of the level right before it. Only role-to-role steps count; unresolved holders
 * are skipped, and so are roles that report to each other in a cycle (`role-cycle`).
 */
export function downwardStepsOf(route: Escalation): DownwardStep[] {
    const levels = reachableLevelsOf(route);
    const steps: DownwardStep[] = [];
    for (let i = 1; i < levels.length; i++) {
        const role = levels[i].holder?.ref;
        const previousRole = levels[i - 1].holder?.ref;
        if (!isRole(role) || !isRole(previousRole) || role === previousRole) continue;
        if (reportsTransitivelyTo(role, previousRole) && !reportsTransitivelyTo(previousRole, role)) {
            steps.push({ level: levels[i], role, previous: levels[i - 1], previousRole });
        }
    }
    return steps;
}

/** Why a holder may take the final decision in an agreement. */
export type FinalAuthority =
    | 'steering-holder' | 'body-with-steering-role' | 'mandate-holder' | 'power-holder' | 'body-with-power-holder';

/**
 * Whether `holder` has the power to take the final decision (doorzettingsmacht) in the
 * agreement: it is the steering holder, or a body whose members include the steering role
 * (when steering is a role), or a role that holds (`to`) a mandate of the agreement, or a role
 * that holds a power of its party (`held by`), or a body with such a role among its members
 * (COVENANT.md). `undefined` when it has none of these.
 */
export function finalAuthorityOf(agreement: Agreement, holder: Holder): FinalAuthority | undefined {
    if (steeringHolderOf(agreement) === holder) return 'steering-holder';
    const steeringRole = steeringRoleOf(agreement);
    if (isBody(holder) && steeringRole && membersOfBody(holder).includes(steeringRole)) return 'body-with-steering-role';
    if (isRole(holder) && mandatesHeldBy(agreement, holder).length > 0) return 'mandate-holder';
    if (isRole(holder) && holdsPower(holder)) return 'power-holder';
    if (isBody(holder) && membersOfBody(holder).some(holdsPower)) return 'body-with-power-holder';
    return undefined;
}
