/**
 * The chain of one agreement or of a whole workspace as plain data: parties with their roles,
 * `reports to` lines and powers, bodies and their members, mandates from grantor to holder,
 * escalation routes, joint commitments and data flows, and which parties take part without
 * signing (`involving`). The diagrams (Mermaid, DOT), the HTML and Markdown reports and the
 * mandate register are drawn from this; none of them reads the AST.
 */
import type { Agreement, Body, Commitment, DataSharing, Document, Holder, Mandate, Party, Power } from '@keten/language';
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

/** A power the party has by law (COVENANT.md): `Party.power`, the role that holds it, its basis. */
export interface PowerView {
    readonly id: string;
    readonly name: string;
    readonly title: string | null;
    /** The holding role as `Party.role`; `null` without `held by` (or when it does not resolve). */
    readonly holder: string | null;
    readonly basis: string | null;
}

export interface PartyView {
    readonly name: string;
    readonly title: string | null;
    /** The doc comment above the declaration (LANGUAGE.md: shown on hover and in reports); `null` without one. */
    readonly doc: string | null;
    readonly type: string | null;
    readonly roles: readonly RoleView[];
    readonly powers: readonly PowerView[];
}

export interface BodyView {
    readonly name: string;
    readonly title: string | null;
    readonly doc: string | null;
    readonly members: readonly string[];
    readonly chair: string | null;
}

export interface MandateView {
    readonly agreement: string;
    readonly name: string;
    readonly title: string | null;
    readonly doc: string | null;
    readonly from: HolderView | null;
    readonly to: HolderView | null;
    readonly scope: string | null;
    readonly limit: string | null;
    readonly submandate: 'allowed' | 'denied';
    /** No `submandate` field was written: denied by default (Awb 10:9). */
    readonly submandateDefault: boolean;
    readonly validFrom: string | null;
    readonly validTo: string | null;
    readonly basis: string | null;
    /** The power the mandate hands on (`power Party.power`), as `Party.power`; `null` when not given. */
    readonly power: string | null;
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

/** A commitment made by more than one party together (*gezamenlijk*, COVENANT.md). */
export interface JointCommitmentView {
    readonly agreement: string;
    readonly name: string;
    readonly title: string | null;
    /** The parties that make it, by name, in text order. */
    readonly by: readonly string[];
    /** The powers it decides under, as `Party.power`. */
    readonly powers: readonly string[];
    /** The mandates it decides under, by name. */
    readonly mandates: readonly string[];
}

/** A `data` block: who provides personal data to whom, and for what. */
export interface DataFlowView {
    readonly agreement: string;
    readonly name: string;
    readonly title: string | null;
    readonly from: readonly string[];
    readonly to: readonly string[];
    readonly purpose: string | null;
    readonly controllers: readonly string[];
}

export interface ChainView {
    readonly parties: readonly PartyView[];
    readonly bodies: readonly BodyView[];
    readonly mandates: readonly MandateView[];
    readonly escalations: readonly EscalationView[];
    readonly jointCommitments: readonly JointCommitmentView[];
    readonly dataFlows: readonly DataFlowView[];
    /**
     * Parties (by name) that take part without signing: in the agreement's `involving` and not
     * in its `parties`; for a workspace, in some agreement's `involving` and in no agreement's
     * `parties`. The diagrams draw them apart from the signing parties.
     */
    readonly involved: readonly string[];
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
        doc: model.docCommentOf(party) ?? null,
        type: model.partyTypeOf(party) ?? null,
        roles: model.rolesOf(party).map(role => ({
            id: model.qualifiedRoleName(role),
            name: role.name,
            title: role.title ?? null,
            reportsTo: role.reportsTo.map(line => line.role.ref).filter(isRole).map(model.qualifiedRoleName)
        })),
        powers: model.powersOf(party).map(powerView)
    };
}

export function powerView(power: Power): PowerView {
    const holder = model.powerHolderOf(power);
    return {
        id: model.qualifiedPowerName(power),
        name: power.name,
        title: power.title ?? null,
        holder: holder ? model.qualifiedRoleName(holder) : null,
        basis: model.powerBasisField(power)?.text ?? null
    };
}

export function bodyView(body: Body): BodyView {
    const chair = model.chairOfBody(body);
    return {
        name: body.name,
        title: body.title ?? null,
        doc: model.docCommentOf(body) ?? null,
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
        doc: model.docCommentOf(mandate) ?? null,
        from: from ? holderView(from.holder.ref, from.holder) : null,
        to: to ? holderView(to.role.ref, to.role) : null,
        scope: model.scopeField(mandate)?.text ?? null,
        limit: limit ? model.formatLimit(limit) : null,
        submandate: model.allowsSubmandate(mandate) ? 'allowed' : 'denied',
        submandateDefault: !model.submandateField(mandate),
        validFrom: valid?.start ?? null,
        validTo: valid?.end ?? null,
        basis: model.basisField(mandate)?.text ?? null,
        power: powerName(model.mandatePowerField(mandate)?.power),
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
            within: level.within ? model.durationText(level.within) : null,
            decides: level.decides !== undefined
        }))
    }));
}

/** A reference to a power as written: `Party.power` when it resolved, else its text; `null` when absent. */
function powerName(reference: { readonly ref?: Power; readonly $refText: string } | undefined): string | null {
    if (!reference) return null;
    return reference.ref ? model.qualifiedPowerName(reference.ref) : reference.$refText || null;
}

export function jointCommitmentViewsOf(agreement: Agreement): JointCommitmentView[] {
    return model.commitmentsOf(agreement).filter(model.isJointCommitment).map((commitment: Commitment) => ({
        agreement: agreement.name,
        name: commitment.name,
        title: commitment.title ?? null,
        by: model.committingPartiesOf(commitment).map(party => party.name),
        powers: model.decidingPowersOf(commitment).map(model.qualifiedPowerName),
        mandates: model.decidingMandatesOf(commitment).map(mandate => mandate.name)
    }));
}

export function dataFlowView(data: DataSharing): DataFlowView {
    return {
        agreement: data.$container.name,
        name: data.name,
        title: data.title ?? null,
        from: model.dataProvidersOf(data).map(party => party.name),
        to: model.dataRecipientsOf(data).map(party => party.name),
        purpose: model.purposeField(data)?.text ?? null,
        controllers: model.dataControllersOf(data).map(party => party.name)
    };
}

/** The parties of `involving` that are not also in `parties` (that is `duplicate-name`, and they sign). */
function involvedOnlyIn(agreement: Agreement): Party[] {
    const listed = model.partiesOf(agreement);
    return model.involvedPartiesOf(agreement).filter(party => !listed.includes(party));
}

/**
 * The views of parties and bodies, each made once: the parties file of a workspace is shared
 * by every agreement, and a report of a thousand agreements would otherwise describe the same
 * parties a thousand times. Kept for one report (the syntax trees do not change meanwhile).
 */
export class ChainViews {
    private readonly parties = new Map<Party, PartyView>();
    private readonly bodies = new Map<Body, BodyView>();

    partyView(party: Party): PartyView {
        let view = this.parties.get(party);
        if (!view) this.parties.set(party, view = partyView(party));
        return view;
    }

    bodyView(body: Body): BodyView {
        let view = this.bodies.get(body);
        if (!view) this.bodies.set(body, view = bodyView(body));
        return view;
    }
}

/**
 * The chain as one agreement sees it: its listed and involved parties and the parties of every
 * role it names, the bodies it names, its mandates, escalation routes, joint commitments and
 * data flows.
 */
export function chainOfAgreement(agreement: Agreement, views: ChainViews = new ChainViews()): ChainView {
    const parties: Party[] = [...model.partiesOf(agreement)];
    for (const party of involvedOnlyIn(agreement)) if (!parties.includes(party)) parties.push(party);
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
        parties: parties.map(party => views.partyView(party)),
        bodies: bodies.map(body => views.bodyView(body)),
        mandates: model.mandatesOf(agreement).map(mandateView),
        escalations: escalationViewsOf(agreement),
        jointCommitments: jointCommitmentViewsOf(agreement),
        dataFlows: model.dataSharingsOf(agreement).map(dataFlowView),
        involved: involvedOnlyIn(agreement).map(party => party.name)
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
        escalations: agreements.flatMap(escalationViewsOf),
        jointCommitments: agreements.flatMap(jointCommitmentViewsOf),
        dataFlows: agreements.flatMap(agreement => model.dataSharingsOf(agreement).map(dataFlowView)),
        involved: involvedInWorkspace(agreements).map(party => party.name)
    };
}

/**
 * Several agreements' chains as one (the editor's diagram of a file with more than one
 * agreement): each party and body once, every mandate, route, joint commitment and data flow;
 * a party is drawn apart as involved only when no agreement lists it in `parties`.
 */
export function mergeChains(chains: readonly ChainView[]): ChainView {
    const unique = <T>(items: T[], key: (item: T) => string) => [...new Map(items.map(item => [key(item), item])).values()];
    const signing = new Set(chains.flatMap(chain => chain.parties.map(party => party.name).filter(name => !chain.involved.includes(name))));
    return {
        parties: unique(chains.flatMap(chain => chain.parties), party => party.name),
        bodies: unique(chains.flatMap(chain => chain.bodies), body => body.name),
        mandates: chains.flatMap(chain => chain.mandates),
        escalations: chains.flatMap(chain => chain.escalations),
        jointCommitments: chains.flatMap(chain => chain.jointCommitments),
        dataFlows: chains.flatMap(chain => chain.dataFlows),
        involved: [...new Set(chains.flatMap(chain => chain.involved))].filter(name => !signing.has(name))
    };
}

/** Parties in some agreement's `involving` and in no agreement's `parties`: they sign nothing. */
function involvedInWorkspace(agreements: readonly Agreement[]): Party[] {
    const signing = new Set(agreements.flatMap(model.partiesOf));
    const involved: Party[] = [];
    for (const party of agreements.flatMap(model.involvedPartiesOf)) {
        if (!signing.has(party) && !involved.includes(party)) involved.push(party);
    }
    return involved;
}

/** A holder as people read it: its title with its id, or the id alone. */
export function describeHolderView(holder: HolderView | null): string {
    if (!holder) return '—';
    return holder.title ? `${holder.title} (${holder.id})` : holder.id;
}
