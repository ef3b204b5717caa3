/**
 * How the editor names a declaration to a person: its kind in plain words and its title.
 * Shared by completion, hover, the outline and workspace symbols.
 */
import type { AstNode, AstNodeDescription } from 'langium';
import type { Messages } from '../messages/catalogue.js';

/** The title (the string after the name) of a declaration, when it has one. */
export function titleOf(node: AstNode | undefined): string | undefined {
    const title = (node as { title?: unknown } | undefined)?.title;
    return typeof title === 'string' && title.length > 0 ? title : undefined;
}

export function titleOfDescription(description: AstNodeDescription): string | undefined {
    return titleOf(description.node);
}

/** `party`, `role`, `escalation route`, … for an AST type. */
export function kindWordOf(messages: Messages, type: string): string {
    return (messages.kinds as Record<string, string>)[type] ?? type.toLowerCase();
}
