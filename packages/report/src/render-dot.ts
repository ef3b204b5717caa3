/**
 * The chain picture in Graphviz DOT. Every identifier and label is a quoted string with `\`
 * and `"` escaped, so no text from an agreement can break the syntax.
 */
import { messagesFor } from '@keten/language';
import { chainDiagramOf, type ChainDiagram, type DiagramEdgeKind, type DiagramNode, type DiagramTexts } from './chain-diagram.js';
import type { ChainView } from './chain-model.js';

/** `t`: the words the diagram adds, in the reader's locale (default English). */
export function renderChainDot(chain: ChainView, t: DiagramTexts = messagesFor('en').chainDiagram): string {
    return renderDiagramDot(chainDiagramOf(chain, t), t);
}

export function renderDiagramDot(diagram: ChainDiagram, t: DiagramTexts = messagesFor('en').chainDiagram): string {
    const lines = [
        'digraph keten {',
        '  graph [rankdir=LR, compound=true, fontname="Helvetica", fontsize=11];',
        '  node [shape=box, style="rounded", fontname="Helvetica", fontsize=10];',
        '  edge [fontname="Helvetica", fontsize=9];'
    ];
    // An edge to or from a party (a joint commitment, a data flow) is drawn between a node of its
    // cluster and clipped at the cluster's frame (`compound`, `ltail`/`lhead`).
    const anchorOf = new Map(diagram.groups.map(g => [g.id, g.nodes[0]?.id ?? `${g.id}_empty`]));
    const group = (g: ChainDiagram['groups'][number], indent: string) => {
        lines.push(`${indent}subgraph ${dotString(`cluster_${g.id}`)} {`);
        lines.push(`${indent}  label=${dotString(g.label)};`);
        if (g.nodes.length === 0) lines.push(`${indent}  ${dotString(`${g.id}_empty`)} [label=${dotString(t.noRoles())}, shape=plaintext];`);
        for (const node of g.nodes) lines.push(`${indent}  ${dotNode(node)}`);
        lines.push(`${indent}}`);
    };
    for (const g of diagram.groups) if (!g.involved) group(g, '  ');
    // The parties of `involving` in a dashed frame of their own, apart from the signing parties.
    const involved = diagram.groups.filter(g => g.involved);
    if (involved.length > 0) {
        lines.push(`  subgraph ${dotString('cluster_involved')} {`);
        lines.push(`    label=${dotString(t.involvedGroup())};`, '    style=dashed;');
        for (const g of involved) group(g, '    ');
        lines.push('  }');
    }
    for (const node of diagram.nodes) lines.push(`  ${dotNode(node)}`);
    for (const edge of diagram.edges) {
        const from = anchorOf.get(edge.from);
        const to = anchorOf.get(edge.to);
        const clip = [...(from ? [`ltail=${dotString(`cluster_${edge.from}`)}`] : []), ...(to ? [`lhead=${dotString(`cluster_${edge.to}`)}`] : [])];
        const attributes = [...EDGE_STYLES[edge.kind], ...clip, ...(edge.label ? [`label=${dotString(edge.label)}`] : [])];
        lines.push(`  ${dotString(from ?? edge.from)} -> ${dotString(to ?? edge.to)} [${attributes.join(', ')}];`);
    }
    lines.push('}');
    return lines.join('\n') + '\n';
}

const EDGE_STYLES: Record<DiagramEdgeKind, string[]> = {
    'reports-to': ['style=dashed'],
    'member': ['arrowhead=none', 'color="#888888"'],
    'chair': ['arrowhead=none', 'penwidth=2', 'color="#888888"'],
    'mandate': ['penwidth=2', 'color="#1f5fbf"'],
    'escalation': ['color="#c62828"', 'fontcolor="#c62828"'],
    'held-by': ['arrowhead=none', 'style=dotted'],
    'jointly': ['color="#2e7d32"', 'fontcolor="#2e7d32"'],
    'decides-under': ['style=dashed', 'color="#2e7d32"'],
    'data': ['style=dashed', 'color="#6a1b9a"', 'fontcolor="#6a1b9a"']
};

const NODE_SHAPES: Record<DiagramNode['shape'], string> = {
    role: 'shape=box, style="rounded"',
    body: 'shape=hexagon',
    unresolved: 'shape=box, style="dashed"',
    escalation: 'shape=oval, style="filled", fillcolor="#fde8e8"',
    power: 'shape=box, style="filled", fillcolor="#fff4d6"',
    commitment: 'shape=box, style="rounded,filled", fillcolor="#e3f2e5"'
};

function dotNode(node: DiagramNode): string {
    return `${dotString(node.id)} [label=${dotString(node.label.join('\n'))}, ${NODE_SHAPES[node.shape]}];`;
}

/**
 * A DOT quoted string: `\` and `"` escaped, line ends as `\n`, control characters dropped, and
 * the `&` of anything that reads as a character reference (`&amp;`, `&#60;`): Graphviz would
 * draw `&#60;b&#62;` in a title as `<b>`, so it becomes `&amp;#60;b&amp;#62;` and is drawn as written.
 */
export function dotString(text: string): string {
    const escaped = text
        // eslint-disable-next-line no-control-regex -- dropping control characters is the point
        .replace(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]/g, '')
        .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
        .replace(/\\/g, '\\\\')
        .replace(/"/g, '\\"')
        .replace(/\r?\n|\r/g, '\\n');
    return `"${escaped}"`;
}
