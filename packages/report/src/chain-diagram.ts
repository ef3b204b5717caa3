/**
 * The chain picture as nodes, groups and edges (REPORTS.md, `keten graph`): parties with their
 * roles and `reports to` lines, bodies and their members, mandates as arrows from grantor to
 * holder labelled with the mandate and its limit, escalation routes as numbered paths ending
 * in the deciding holder. COVENANT.md adds: each power in its party with a line to the role
 * that holds it; each joint commitment as a node its parties point to, pointing to the powers
 * it decides under; each data flow as an arrow from a providing to a receiving party labelled
 * with its purpose; and the parties of `involving` framed apart from the signing parties.
 * Mermaid and DOT only write this out in their syntax.
 */
import { messagesFor, type Messages } from '@keten/language';
import type { ChainView, HolderView } from './chain-model.js';

/** The words a diagram adds, in one locale (DUTCH.md): `messagesFor(locale).chainDiagram`. */
export type DiagramTexts = Messages['chainDiagram'];

export type DiagramNodeShape = 'role' | 'body' | 'unresolved' | 'escalation' | 'power' | 'commitment';
export type DiagramEdgeKind = 'reports-to' | 'member' | 'chair' | 'mandate' | 'escalation' | 'held-by' | 'jointly' | 'decides-under' | 'data';

export interface DiagramNode {
    /** An identifier safe in every diagram syntax: letters, digits and `_`. */
    readonly id: string;
    /** Lines of the label, as plain text (each syntax escapes them). */
    readonly label: readonly string[];
    readonly shape: DiagramNodeShape;
}

export interface DiagramGroup {
    readonly id: string;
    readonly label: string;
    /** Its roles, then its powers. */
    readonly nodes: readonly DiagramNode[];
    /** A party of `involving` that signs nothing: drawn in a frame apart from the signing parties. */
    readonly involved: boolean;
}

export interface DiagramEdge {
    /** A node id, or a group id: then the edge starts (or ends) at the party's frame. */
    readonly from: string;
    readonly to: string;
    readonly label: string | null;
    readonly kind: DiagramEdgeKind;
}

export interface ChainDiagram {
    /** One group per party, holding its roles and powers. */
    readonly groups: readonly DiagramGroup[];
    /** Bodies, unresolved holders and the start of each escalation route. */
    readonly nodes: readonly DiagramNode[];
    readonly edges: readonly DiagramEdge[];
}

/** The diagram of a chain; `t` gives the words it adds (default English), names and titles stay as written. */
export function chainDiagramOf(chain: ChainView, t: DiagramTexts = messagesFor('en').chainDiagram): ChainDiagram {
    const nodeOf = new Map<string, string>();
    const groups: DiagramGroup[] = [];
    const nodes: DiagramNode[] = [];
    const edges: DiagramEdge[] = [];
    let roleCount = 0;

    const groupOf = new Map<string, string>();
    let powerCount = 0;
    chain.parties.forEach((party, partyIndex) => {
        const roleNodes = party.roles.filter(role => !nodeOf.has(role.id)).map(role => {
            const id = `r${roleCount++}`;
            nodeOf.set(role.id, id);
            return { id, label: role.title ? [role.title, role.id] : [role.id], shape: 'role' as const };
        });
        const powerNodes = party.powers.filter(power => !nodeOf.has(power.id)).map(power => {
            const id = `w${powerCount++}`;
            nodeOf.set(power.id, id);
            return { id, label: [power.title ?? power.name, power.id, ...(power.basis ? [power.basis] : [])], shape: 'power' as const };
        });
        const title = party.title ?? party.name;
        const id = `p${partyIndex}`;
        if (!groupOf.has(party.name)) groupOf.set(party.name, id);
        groups.push({ id, label: party.type ? `${title} (${party.type})` : title, nodes: [...roleNodes, ...powerNodes], involved: chain.involved.includes(party.name) });
    });
    chain.bodies.forEach((body, index) => {
        if (nodeOf.has(body.name)) return;
        const id = `b${index}`;
        nodeOf.set(body.name, id);
        nodes.push({ id, label: body.title ? [body.title, body.name] : [body.name], shape: 'body' });
    });
    /** The node of a holder; an unresolved or unknown one gets a node of its own. */
    const node = (holder: HolderView): string => {
        const known = nodeOf.get(holder.id);
        if (known) return known;
        const id = `u${nodeOf.size}`;
        nodeOf.set(holder.id, id);
        nodes.push({ id, label: [holder.title ? `${holder.title} (${holder.id})` : holder.id], shape: holder.kind === 'body' ? 'body' : 'unresolved' });
        return id;
    };

    for (const party of chain.parties) {
        for (const role of party.roles) {
            for (const superior of role.reportsTo) {
                const from = nodeOf.get(role.id);
                const to = nodeOf.get(superior);
                if (from && to) edges.push({ from, to, label: t.reportsTo(), kind: 'reports-to' });
            }
        }
        for (const power of party.powers) {
            const from = nodeOf.get(power.id);
            const to = power.holder ? nodeOf.get(power.holder) : undefined;
            if (from && to) edges.push({ from, to, label: t.heldBy(), kind: 'held-by' });
        }
    }
    for (const body of chain.bodies) {
        const bodyNode = nodeOf.get(body.name)!;
        for (const member of body.members) {
            const memberNode = nodeOf.get(member);
            if (memberNode) edges.push({ from: memberNode, to: bodyNode, label: member === body.chair ? t.chair() : t.member(), kind: member === body.chair ? 'chair' : 'member' });
        }
        if (body.chair && !body.members.includes(body.chair) && nodeOf.has(body.chair)) {
            edges.push({ from: nodeOf.get(body.chair)!, to: bodyNode, label: t.chair(), kind: 'chair' });
        }
    }
    for (const mandate of chain.mandates) {
        if (!mandate.from || !mandate.to) continue;
        const name = mandate.title ? `${mandate.name} (${mandate.title})` : mandate.name;
        edges.push({
            from: node(mandate.from), to: node(mandate.to), kind: 'mandate',
            label: t.mandate({ name, limit: mandate.limit ? t.limit(mandate.limit) : undefined, power: mandate.power ?? undefined })
        });
    }
    chain.jointCommitments.forEach((commitment, index) => {
        const id = `c${index}`;
        nodes.push({ id, label: [t.jointCommitment({ name: commitment.name }), ...(commitment.title ? [commitment.title] : [])], shape: 'commitment' });
        for (const party of commitment.by) {
            const group = groupOf.get(party);
            if (group) edges.push({ from: group, to: id, label: t.jointly(), kind: 'jointly' });
        }
        for (const power of commitment.powers) {
            const to = nodeOf.get(power);
            if (to) edges.push({ from: id, to, label: t.decidesUnder(), kind: 'decides-under' });
        }
    });
    for (const flow of chain.dataFlows) {
        const label = t.dataFlow({ name: flow.name, purpose: flow.purpose ?? undefined });
        for (const provider of flow.from) {
            for (const recipient of flow.to) {
                const from = groupOf.get(provider);
                const to = groupOf.get(recipient);
                // A party that shares with itself (`from A, B to A, B`) draws no line to itself.
                if (from && to && from !== to) edges.push({ from, to, label, kind: 'data' });
            }
        }
    }
    chain.escalations.forEach((route, routeIndex) => {
        const deciderIndex = route.levels.findIndex(level => level.decides);
        const levels = deciderIndex < 0 ? route.levels : route.levels.slice(0, deciderIndex + 1);
        const start = `e${routeIndex}`;
        nodes.push({ id: start, label: [t.escalation({ name: route.name }), ...(route.title ? [route.title] : [])], shape: 'escalation' });
        let previous = start;
        levels.forEach((level, index) => {
            if (!level.holder) return;
            const to = node(level.holder);
            const label = t.level({ route: route.name, level: index + 1, within: level.within ? t.duration(level.within) : undefined, decides: level.decides });
            edges.push({ from: previous, to, kind: 'escalation', label });
            previous = to;
        });
    });
    return { groups, nodes, edges };
}
