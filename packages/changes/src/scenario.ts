/**
 * A `keten whatif` scenario (CHANGES.md): parties that leave, mandates revoked, roles vacant,
 * and a date by which whatever ends before it lapses. Several may be combined. Names are
 * resolved against the workspace: an unknown one is refused with the closest existing name,
 * a plain mandate (or role) name that is not unique with the candidates.
 */
import type { Agreement, Document, Mandate, Party, Role } from '@keten/language';
import { isBody, model } from '@keten/language';

export interface Scenario {
    /** Parties that leave (`--without`). */
    readonly without: readonly string[];
    /** Mandates withdrawn (`--revoke`): `Agreement.Mandate`, or a plain name unique in the workspace. */
    readonly revoke: readonly string[];
    /** Positions that are empty (`--vacant`): `Party.role`. */
    readonly vacant: readonly string[];
    /** Everything whose validity ends before this day lapses (`--expire`, `YYYY-MM-DD`). */
    readonly expire: string | null;
}

/** The scenario with each name and role once (`--without B --without B` is B leaving once). */
export function withoutRepeats(scenario: Scenario): Scenario {
    const once = (names: readonly string[]) => names.filter((name, index) => names.indexOf(name) === index);
    return { without: once(scenario.without), revoke: once(scenario.revoke), vacant: once(scenario.vacant), expire: scenario.expire };
}

export function isEmptyScenario(scenario: Scenario): boolean {
    return scenario.without.length === 0 && scenario.revoke.length === 0 && scenario.vacant.length === 0 && scenario.expire === null;
}

/** Why a scenario cannot be played; the CLI and the server say it in the reader's language. */
export type ScenarioProblem =
    /** `isA`: the name is no party but a role (then `--vacant` is meant) or a body (whose members may leave). */
    /** `suggestion`: a plausible typo of it; `nearest`: else the nearest name there is (CHANGES.md: "with the closest name"). */
    | { readonly kind: 'unknown-party'; readonly name: string; readonly suggestion?: string; readonly nearest?: string; readonly isA?: 'role' | 'body' }
    | { readonly kind: 'unknown-mandate'; readonly name: string; readonly suggestion?: string; readonly nearest?: string }
    | { readonly kind: 'ambiguous-mandate'; readonly name: string; readonly candidates: readonly string[] }
    | { readonly kind: 'unknown-role'; readonly name: string; readonly suggestion?: string; readonly nearest?: string }
    | { readonly kind: 'ambiguous-role'; readonly name: string; readonly candidates: readonly string[] }
    | { readonly kind: 'invalid-date'; readonly name: string };

export class ScenarioError extends Error {
    constructor(readonly problem: ScenarioProblem) {
        super(`${problem.kind}: ${problem.name}`);
        this.name = 'ScenarioError';
    }
}

/** The scenario with every name found: party names, the mandates and roles themselves. */
export interface ResolvedScenario {
    readonly scenario: Scenario;
    readonly parties: ReadonlySet<string>;
    readonly mandates: ReadonlySet<Mandate>;
    /** Vacant roles by qualified name (`Party.role`). */
    readonly roles: ReadonlySet<string>;
    /** `--expire` as a day number. */
    readonly expireDay: number | undefined;
}

/** Resolves every name of the scenario in the workspace, or throws a ScenarioError. */
export function resolveScenario(documents: readonly Document[], scenario: Scenario): ResolvedScenario {
    const parties = documents.flatMap(document => document.elements.filter((e): e is Party => e.$type === 'Party'));
    const agreements = documents.flatMap(document => model.agreementsOf(document));
    const partyNames = new Set(parties.map(party => party.name));
    for (const name of scenario.without) {
        if (!partyNames.has(name)) throw new ScenarioError({ kind: 'unknown-party', name, ...notAParty(documents, parties, name) });
    }
    const mandates = new Set<Mandate>();
    for (const name of scenario.revoke) for (const mandate of findMandates(agreements, name)) mandates.add(mandate);
    const roles = new Set<string>();
    for (const name of scenario.vacant) roles.add(findRole(parties, name));
    let expireDay: number | undefined;
    if (scenario.expire !== null) {
        expireDay = model.parseDate(scenario.expire)?.dayNumber;
        if (expireDay === undefined) throw new ScenarioError({ kind: 'invalid-date', name: scenario.expire });
    }
    return { scenario, parties: new Set(scenario.without), mandates, roles, expireDay };
}

function findMandates(agreements: readonly Agreement[], name: string): Mandate[] {
    const all = agreements.flatMap(agreement => model.mandatesOf(agreement));
    const qualified = (mandate: Mandate) => `${mandate.$container.name}.${mandate.name}`;
    if (name.includes('.')) {
        const found = all.filter(mandate => qualified(mandate) === name);
        if (found.length > 0) return found;
        throw new ScenarioError({ kind: 'unknown-mandate', name, ...namesLike(name, all.map(qualified)) });
    }
    const found = all.filter(mandate => mandate.name === name);
    const candidates = [...new Set(found.map(qualified))].sort();
    if (candidates.length === 1) return found;
    if (candidates.length > 1) throw new ScenarioError({ kind: 'ambiguous-mandate', name, candidates });
    throw new ScenarioError({ kind: 'unknown-mandate', name, ...namesLike(name, [...all.map(qualified), ...all.map(m => m.name)], all.map(qualified)) });
}

/** What a name given to `--without` is when it is no party: a role, a body, or else the closest party name. */
function notAParty(documents: readonly Document[], parties: readonly Party[], name: string): { suggestion?: string; isA?: 'role' | 'body' } {
    const roles = parties.flatMap(party => model.rolesOf(party));
    if (roles.some(role => model.qualifiedRoleName(role) === name || role.name === name)) return { isA: 'role' };
    if (documents.some(document => document.elements.some(element => isBody(element) && element.name === name))) return { isA: 'body' };
    return namesLike(name, parties.map(party => party.name));
}

function findRole(parties: readonly Party[], name: string): string {
    const roles: Role[] = parties.flatMap(party => model.rolesOf(party));
    const qualified = roles.map(role => model.qualifiedRoleName(role));
    if (name.includes('.')) {
        if (qualified.includes(name)) return name;
        throw new ScenarioError({ kind: 'unknown-role', name, ...namesLike(name, qualified) });
    }
    const candidates = [...new Set(roles.filter(role => role.name === name).map(role => model.qualifiedRoleName(role)))].sort();
    if (candidates.length === 1) return candidates[0];
    if (candidates.length > 1) throw new ScenarioError({ kind: 'ambiguous-role', name, candidates });
    // A plain name is compared with the plain names: `consultent` → `Kredietbank.consulent`
    // (the plain name when several parties have such a role).
    const closest = model.closestName(name, new Set(roles.map(role => role.name)));
    const meant = closest === undefined ? [] : [...new Set(roles.filter(role => role.name === closest).map(role => model.qualifiedRoleName(role)))];
    const suggestion = meant.length === 1 ? meant[0] : closest ?? model.closestName(name, qualified);
    throw new ScenarioError({ kind: 'unknown-role', name, ...(suggestion !== undefined ? { suggestion } : namesLike(name, qualified)) });
}

/**
 * What to name beside an unknown name: a plausible typo of it, or else the nearest name there
 * is (from `nearestAmong`, the names a user should write), so that the message always shows a
 * name that exists; nothing only when there is none.
 */
function namesLike(name: string, candidates: readonly string[], nearestAmong: readonly string[] = candidates): { suggestion?: string; nearest?: string } {
    const suggestion = model.closestName(name, candidates);
    if (suggestion !== undefined) return { suggestion };
    const nearest = model.nearestName(name, nearestAmong);
    return nearest === undefined ? {} : { nearest };
}
