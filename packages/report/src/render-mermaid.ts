/**
 * The chain picture as a Mermaid flowchart (renders on GitHub and GitLab). Every label is
 * quoted and every character outside a small safe set is written as a Mermaid entity
 * (`#60;`), so no text from an agreement can break the syntax or inject markup.
 */
import { messagesFor } from '@keten/language';
import { chainDiagramOf, type ChainDiagram, type DiagramEdgeKind, type DiagramNode, type DiagramTexts } from './chain-diagram.js';
import type { ChainView } from './chain-model.js';

/** `t`: the words the diagram adds, in the reader's locale (default English). */
export function renderChainMermaid(chain: ChainView, t: DiagramTexts = messagesFor('en').chainDiagram): string {
    return renderDiagramMermaid(chainDiagramOf(chain, t), t);
}

export function renderDiagramMermaid(diagram: ChainDiagram, t: DiagramTexts = messagesFor('en').chainDiagram): string {
    const lines = ['flowchart LR'];
    const group = (g: ChainDiagram['groups'][number], indent: string) => {
        lines.push(`${indent}subgraph ${g.id}["${mermaidText(g.label)}"]`);
        if (g.nodes.length === 0) lines.push(`${indent}  ${g.id}_empty["${mermaidText(t.noRoles())}"]`);
        for (const node of g.nodes) lines.push(`${indent}  ${mermaidNode(node)}`);
        lines.push(`${indent}end`);
    };
    for (const g of diagram.groups) if (!g.involved) group(g, '  ');
    // The parties of `involving` in a frame of their own, apart from the signing parties.
    const involved = diagram.groups.filter(g => g.involved);
    if (involved.length > 0) {
        lines.push(`  subgraph involved["${mermaidText(t.involvedGroup())}"]`);
        for (const g of involved) group(g, '    ');
        lines.push('  end');
        lines.push('  style involved stroke-dasharray: 5 5');
    }
    for (const node of diagram.nodes) lines.push(`  ${mermaidNode(node)}`);
    for (const edge of diagram.edges) {
        const label = edge.label ? `|"${mermaidText(edge.label)}"|` : '';
        lines.push(`  ${edge.from} ${ARROWS[edge.kind]}${label} ${edge.to}`);
    }
    return lines.join('\n') + '\n';
}

const ARROWS: Record<DiagramEdgeKind, string> = {
    'reports-to': '-.->',
    'member': '---',
    'chair': '---',
    'mandate': '==>',
    'escalation': '-->',
    'held-by': '-.-',
    'jointly': '-->',
    'decides-under': '-.->',
    'data': '-.->'
};

function mermaidNode(node: DiagramNode): string {
    const label = node.label.map(mermaidText).join('<br/>');
    switch (node.shape) {
        case 'role': return `${node.id}["${label}"]`;
        case 'body': return `${node.id}{{"${label}"}}`;
        case 'escalation': return `${node.id}(["${label}"])`;
        case 'unresolved': return `${node.id}[/"${label}"/]`;
        case 'power': return `${node.id}[["${label}"]]`;
        case 'commitment': return `${node.id}("${label}")`;
    }
}

/** Letters (any script), digits, space and harmless punctuation stay; the rest become `#code;`. */
export function mermaidText(text: string): string {
    let out = '';
    for (const char of text.replace(/[\r\n\t]+/g, ' ')) {
        const code = char.codePointAt(0)!;
        if (code < 0x20 || code === 0x7f) continue;
        out += /[\p{L}\p{N} .,:()_\-/€]/u.test(char) ? char : `#${code};`;
    }
    return out;
}
