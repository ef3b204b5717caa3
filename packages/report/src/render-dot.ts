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
        '  graph [rankdir=LR, fontname="Helvetica", fontsize=11];',
        '  node [shape=box, style="rounded", fontname="Helvetica", fontsize=10];',
        '  edge [fontname="Helvetica", fontsize=9];'
    ];
    for (const group of diagram.groups) {
        lines.push(`  subgraph ${dotString(`cluster_${group.id}`)} {`);
        lines.push(`    label=${dotString(group.label)};`);
        if (group.nodes.length === 0) lines.push(`    ${dotString(`${group.id}_empty`)} [label=${dotString(t.noRoles())}, shape=plaintext];`);
        for (const node of group.nodes) lines.push(`    ${dotNode(node)}`);
        lines.push('  }');
    }
    for (const node of diagram.nodes) lines.push(`  ${dotNode(node)}`);
    for (const edge of diagram.edges) {
        const attributes = [...EDGE_STYLES[edge.kind], ...(edge.label ? [`label=${dotString(edge.label)}`] : [])];
        lines.push(`  ${dotString(edge.from)} -> ${dotString(edge.to)} [${attributes.join(', ')}];`);
    }
    lines.push('}');
    return lines.join('\n') + '\n';
}

const EDGE_STYLES: Record<DiagramEdgeKind, string[]> = {
    'reports-to': ['style=dashed'],
    'member': ['arrowhead=none', 'color="#888888"'],
    'chair': ['arrowhead=none', 'penwidth=2', 'color="#888888"'],
    'mandate': ['penwidth=2', 'color="#1f5fbf"'],
    'escalation': ['color="#c62828"', 'fontcolor="#c62828"']
};

const NODE_SHAPES: Record<DiagramNode['shape'], string> = {
    role: 'shape=box, style="rounded"',
    body: 'shape=hexagon',
    unresolved: 'shape=box, style="dashed"',
    escalation: 'shape=oval, style="filled", fillcolor="#fde8e8"'
};

function dotNode(node: DiagramNode): string {
    return `${dotString(node.id)} [label=${dotString(node.label.join('\n'))}, ${NODE_SHAPES[node.shape]}];`;
}

/** A DOT quoted string: `\` and `"` escaped, line ends as `\n`, control characters dropped. */
export function dotString(text: string): string {
    const escaped = text
        // eslint-disable-next-line no-control-regex -- dropping control characters is the point
        .replace(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f]/g, '')
        .replace(/\\/g, '\\\\')
        .replace(/"/g, '\\"')
        .replace(/\r?\n|\r/g, '\\n');
    return `"${escaped}"`;
}
