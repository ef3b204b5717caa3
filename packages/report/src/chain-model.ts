/**
 * The chain of one agreement or of a whole workspace as plain data: parties with their roles
 * and `reports to` lines, bodies and their members, mandates from grantor to holder, and
 * escalation routes. The diagrams (Mermaid, DOT), the HTML and Markdown reports and the
 * mandate register are drawn from this; none of them reads the AST.
 */
import type { Agreement, Body, Document, Holder, Mandate, Party } from '@keten/language';
import { isBody, isParty, isRole, model } from '@keten/language';

export type HolderKind = 'role' | 'body' | 'unresolved';

/** A role or body as named in an agreement (`Party.role` or the body's name). */
export interface HolderView {
    readonly id: string;
    readonly title: string | null;
    readonly kind: HolderKind;
}

export interface RoleView {
    readonly id: string;
    readonly name: string;
    readonly title: string | null;
    readonly reportsTo: readonly string[];
}

export interface PartyView {
    readonly name: string;
    readonly title: string | null;
    readonly type: string | null;
    readonly roles: readonly RoleView[];
}

export interface BodyView {
    readonly name: string;
    readonly title: string | null;
    readonly members: readonly string[];
    readonly chair: string | null;
}

export interface MandateView {
    readonly agreement: string;
    readonly name: string;
    readonly title: string | null;
    readonly from: HolderView | null;
    readonly to: HolderView | null;
    readonly scope: string | null;
    readonly limit: string | null;
    readonly submandate: 'allowed' | 'denied';
    readonly validFrom: string | null;
    readonly validTo: string | null;
    readonly basis: string | null;
    /** Names of the mandates of the same agreement held by this mandate's grantor. */
    readonly parents: readonly string[];
}

export interface EscalationLevelView {
    readonly holder: HolderView | null;
    /** As written, e.g. `5 workdays`. */
    readonly within: string | null;
    readonly decides: boolean;
}

export interface EscalationView {
    readonly agreement: string;
    readonly name: string;
    readonly title: string | null;
    readonly levels: readonly EscalationLevelView[];
}

export interface ChainView {
    readonly parties: readonly PartyView[];
    readonly bodies: readonly BodyView[];
    readonly mandates: readonly MandateView[];
    readonly escalations: readonly EscalationView[];
}

export function holderView(holder: Holder | undefined, reference?: { readonly $refText: string }): HolderView | null {
    if (isRole(holder)) return { id: model.qualifiedRoleName(holder), title: holder.title ?? null, kind: 'role' };
    if (isBody(holder)) return { id: holder.name, title: holder.title ?? null, kind: 'body' };
    if (reference?.$refText) return { id: reference.$refText, title: null, kind: 'unresolved' };
    return null;
}

export function partyView(party: Party): PartyView {
    return {
        name: party.name,
        title: party.title ?? null,
        type: model.partyTypeOf(party) ?? null,
        roles: model.rolesOf(party).map(role => ({
            id: model.qualifiedRoleName(role),
            name: role.name,
            title: role.title ?? null,
            reportsTo: role.reportsTo.map(line => line.role.ref).filter(isRole).map(model.qualifiedRoleName)
        }))
    };
}

export function bodyView(body: Body): BodyView {
    const chair = model.chairOfBody(body);
    return {
        name: body.name,
        title: body.title ?? null,
        members: model.membersOfBody(body).map(model.qualifiedRoleName),
        chair: chair ? model.qualifiedRoleName(chair) : null
    };
}

export function mandateView(mandate: Mandate): MandateView {
    const from = model.fromField(mandate);
    const to = model.toField(mandate);
    const limit = model.limitOf(mandate);
    const valid = model.validField(mandate)?.range;
    return {
        agreement: mandate.$container.name,
        name: mandate.name,
        title: mandate.title ?? null,
        from: from ? holderView(from.holder.ref, from.holder) : null,
        to: to ? holderView(to.role.ref, to.role) : null,
        scope: model.scopeField(mandate)?.text ?? null,
        limit: limit ? model.formatLimit(limit) : null,
        submandate: model.allowsSubmandate(mandate) ? 'allowed' : 'denied',
        validFrom: valid?.start ?? null,
        validTo: valid?.end ?? null,
        basis: model.basisField(mandate)?.text ?? null,
        parents: model.parentMandatesOf(mandate).map(parent => parent.name)
    };
}

export function escalationViewsOf(agreement: Agreement): EscalationView[] {
    return model.escalationsOf(agreement).map(route => ({
        agreement: agreement.name,
        name: route.name,
        title: route.title ?? null,
        levels: route.levels.map(level => ({
            holder: holderView(level.holder.ref, level.holder),
            within: level.within ? `${level.within.count} ${level.within.unit}` : null,
            decides: level.decides !== undefined
        }))
    }));
}

/**
 * The chain as one agreement sees it: its listed parties and the parties of every role it
 * names, the bodies it names, its mandates and escalation routes.
 */
export function chainOfAgreement(agreement: Agreement): ChainView {
    const parties: Party[] = [...model.partiesOf(agreement)];
    const bodies: Body[] = [...model.bodiesNamedIn(agreement)];
    for (const mention of model.partyMentionsIn(agreement)) {
        const party = model.partyOfMention(mention);
        if (party && !parties.includes(party)) parties.push(party);
        if (isBody(mention.target) && !bodies.includes(mention.target)) bodies.push(mention.target);
    }
    for (const body of bodies) {
        for (const role of model.membersOfBody(body)) if (!parties.includes(role.$container)) parties.push(role.$container);
    }
    return {
        parties: parties.map(partyView),
        bodies: bodies.map(bodyView),
        mandates: model.mandatesOf(agreement).map(mandateView),
        escalations: escalationViewsOf(agreement)
    };
}

/** The chain of a whole workspace: every party, body, mandate and escalation route, in file order. */
export function chainOfWorkspace(documents: readonly Document[]): ChainView {
    const elements = documents.flatMap(document => document.elements);
    const agreements = elements.filter((element): element is Agreement => element.$type === 'Agreement');
    return {
        parties: elements.filter(isParty).map(partyView),
        bodies: elements.filter(isBody).map(bodyView),
        mandates: agreements.flatMap(agreement => model.mandatesOf(agreement).map(mandateView)),
        escalations: agreements.flatMap(escalationViewsOf)
    };
}

/** A holder as people read it: its title with its id, or the id alone. */
export function describeHolderView(holder: HolderView | null): string {
    if (!holder) return '—';
    return holder.title ? `${holder.title} (${holder.id})` : holder.id;
}
