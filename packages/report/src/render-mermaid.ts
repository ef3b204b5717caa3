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
    for (const group of diagram.groups) {
        lines.push(`  subgraph ${group.id}["${mermaidText(group.label)}"]`);
        if (group.nodes.length === 0) lines.push(`    ${group.id}_empty["${mermaidText(t.noRoles())}"]`);
        for (const node of group.nodes) lines.push(`    ${mermaidNode(node)}`);
        lines.push('  end');
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
    'escalation': '-->'
};

function mermaidNode(node: DiagramNode): string {
    const label = node.label.map(mermaidText).join('<br/>');
    switch (node.shape) {
        case 'role': return `${node.id}["${label}"]`;
        case 'body': return `${node.id}{{"${label}"}}`;
        case 'escalation': return `${node.id}(["${label}"])`;
        case 'unresolved': return `${node.id}[/"${label}"/]`;
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
