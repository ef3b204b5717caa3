/**
 * What a scenario takes out of the agreements (CHANGES.md, `keten whatif`), as removals of
 * syntax: whole declarations, fields, levels and parts, or entries of a list.
 *
 * - A party that leaves is taken out of `parties`/`involving`; a mandate whose `from` or `to`
 *   names the party or one of its roles is revoked; every other place that names the party,
 *   one of its roles or one of its powers (`Party.power`) loses that entry: from a list only
 *   the entry goes; a field whose list becomes empty, or that named only it, goes.
 * - A vacant role is taken out the same way as a leaving party's roles, in agreements and in
 *   party and body declarations alike: it leaves bodies' `members`/`chair` and `reports to`; a
 *   power it held stays, without its `held by`; a mandate from or to it is revoked.
 * - A revoked mandate goes with every `under` entry that names it; a `decides under` left with
 *   no name becomes a bare `decides`.
 * - `--expire DATE` revokes the mandates whose `valid` ends before DATE, and leaves out every
 *   agreement whose period ends before DATE and that has no `renewal` (open-ended ones never end).
 *
 * References are matched by what they resolve to; one that does not resolve, by its text
 * (`Party` or `Party.role` as written).
 */
import { AstUtils, type AstNode, type Reference } from 'langium';
import { isParty, isPower, isRole, type Agreement, type DecidesField, type Document, type Mandate } from '@keten/language';
import { model } from '@keten/language';
import type { ResolvedScenario } from './scenario.js';

export type Removal =
    /** A declaration, member, field, level or part, with its text. */
    | { readonly kind: 'node'; readonly node: AstNode }
    /** Some entries of a list of references (not all of them). */
    | { readonly kind: 'entries'; readonly container: AstNode; readonly property: string; readonly indices: readonly number[] }
    /** Every name after `under`: `decides under M` becomes `decides`. */
    | { readonly kind: 'under'; readonly field: DecidesField };

export function removalsOf(documents: readonly Document[], scenario: ResolvedScenario): Removal[] {
    const removals: Removal[] = [];
    const agreements = documents.flatMap(document => model.agreementsOf(document));
    const dropped = new Set(agreements.filter(agreement => endsBefore(agreement, scenario.expireDay)));
    for (const agreement of dropped) removals.push({ kind: 'node', node: agreement });

    const names = new NamesHit(scenario);
    const revoked = new Set<Mandate>();
    for (const agreement of agreements) {
        if (dropped.has(agreement)) continue;
        for (const mandate of model.mandatesOf(agreement)) {
            const from = model.fromField(mandate)?.holder;
            const to = model.toField(mandate)?.role;
            if (scenario.mandates.has(mandate) || validityEndsBefore(mandate, scenario.expireDay)
                || (from && names.hits(from)) || (to && names.hits(to))) revoked.add(mandate);
        }
    }
    for (const mandate of revoked) removals.push({ kind: 'node', node: mandate });

    // Every reference that names what the scenario takes away, per list (container and property).
    const hits = new Map<AstNode, Map<string, Set<number> | 'single'>>();
    for (const document of documents) {
        for (const node of AstUtils.streamAst(document)) {
            if (removedWith(node, dropped, revoked)) continue;
            for (const info of AstUtils.streamReferences(node)) {
                const reference = info.reference as Reference;
                const named = info.container.$type === 'DecidesField' ? names.hitsAuthority(reference, revoked, info.container) : names.hits(reference);
                if (!named) continue;
                const byProperty = hits.get(info.container) ?? new Map<string, Set<number> | 'single'>();
                hits.set(info.container, byProperty);
                if (info.index === undefined) {
                    byProperty.set(info.property, 'single');
                } else {
                    const indices = byProperty.get(info.property);
                    const set = indices instanceof Set ? indices : new Set<number>();
                    set.add(info.index);
                    byProperty.set(info.property, set);
                }
            }
        }
    }
    for (const [container, byProperty] of hits) {
        for (const [property, indices] of byProperty) {
            if (indices === 'single') {
                removals.push({ kind: 'node', node: container });
                continue;
            }
            const length = (container as unknown as Record<string, unknown[]>)[property]?.length ?? 0;
            if (indices.size < length) {
                removals.push({ kind: 'entries', container, property, indices: [...indices].sort((a, b) => a - b) });
            } else if (container.$type === 'DecidesField') {
                removals.push({ kind: 'under', field: container as DecidesField });
            } else {
                removals.push({ kind: 'node', node: container });
            }
        }
    }
    return removals;
}

/** An agreement whose period ends before the day and that is not renewed tacitly. */
function endsBefore(agreement: Agreement, day: number | undefined): boolean {
    if (day === undefined || model.renewalField(agreement)) return false;
    const end = model.periodOf(agreement)?.end;
    return end !== undefined && end.dayNumber < day;
}

function validityEndsBefore(mandate: Mandate, day: number | undefined): boolean {
    if (day === undefined) return false;
    const end = model.validityOf(mandate)?.end ?? model.parseDate(model.validField(mandate)?.range?.end);
    return end !== undefined && end.dayNumber < day;
}

/** Whether the node lies in an agreement that is left out or a mandate that is revoked. */
function removedWith(node: AstNode, dropped: ReadonlySet<Agreement>, revoked: ReadonlySet<Mandate>): boolean {
    for (let current: AstNode | undefined = node; current; current = current.$container) {
        if (dropped.has(current as Agreement) || revoked.has(current as Mandate)) return true;
    }
    return false;
}

/** Which references name a leaving party (or its roles or powers), a vacant role, or a revoked mandate. */
class NamesHit {
    constructor(private readonly scenario: ResolvedScenario) {}

    /** A reference to a leaving party, one of its roles or powers, or a vacant role. */
    hits(reference: Reference): boolean {
        const target = reference.ref;
        if (isParty(target)) return this.scenario.parties.has(target.name);
        if (isRole(target)) return this.scenario.parties.has(target.$container.name) || this.scenario.roles.has(model.qualifiedRoleName(target));
        if (isPower(target)) return this.scenario.parties.has(target.$container.name);
        if (target) return false;
        // Not resolved: matched by what is written (`Party` or `Party.role`).
        const text = reference.$refText.replace(/\s+/g, '');
        return this.scenario.parties.has(text.split('.')[0]) || this.scenario.roles.has(text);
    }

    /** An entry after `decides under`: a revoked mandate, or a leaving party's power. */
    hitsAuthority(reference: Reference, revoked: ReadonlySet<Mandate>, field: AstNode): boolean {
        const target = reference.ref;
        if (target?.$type === 'Mandate') return revoked.has(target as Mandate);
        if (target) return this.hits(reference);
        const text = reference.$refText.replace(/\s+/g, '');
        if (text.includes('.')) return this.hits(reference);
        const agreement = AstUtils.getContainerOfType(field, (node): node is Agreement => node.$type === 'Agreement');
        return [...revoked].some(mandate => mandate.name === text && mandate.$container === agreement);
    }
}
