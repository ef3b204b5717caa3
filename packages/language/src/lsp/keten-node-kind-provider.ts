/**
 * The symbol and completion kinds of declarations, so outline, breadcrumbs, workspace symbols
 * and completion show a party, a role and a mandate with different icons. Chosen for what a
 * policy writer reads in the icon (VS Code's codicons), not for programming-language meaning
 * (issue 10, item 12: a mandate showed as "abc", an effect as "#"); docs/editor.md lists them:
 * - party: Class — an organisation with positions inside it;
 * - role: Field — one position in its party;
 * - body: Struct — built from roles of several parties;
 * - agreement: Module — the block that holds all the rest;
 * - mandate: Interface — a grant between two roles, the agreement's contract between them;
 * - condition: Property (the wrench) — a resource that must be in place;
 * - commitment: Function — something a party does;
 * - escalation route: Event (the lightning bolt) — a matter that goes up;
 * - effect: Operator (±) — a target that measurements are compared with.
 */
import type { AstNode, AstNodeDescription } from 'langium';
import { DefaultNodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';

const SYMBOL_KINDS: Record<string, SymbolKind> = {
    Party: SymbolKind.Class,
    Role: SymbolKind.Field,
    Body: SymbolKind.Struct,
    Agreement: SymbolKind.Module,
    Mandate: SymbolKind.Interface,
    Condition: SymbolKind.Property,
    Commitment: SymbolKind.Function,
    Escalation: SymbolKind.Event,
    Effect: SymbolKind.Operator
};

/** The same icons in completion. */
const COMPLETION_KINDS: Record<string, CompletionItemKind> = {
    Party: CompletionItemKind.Class,
    Role: CompletionItemKind.Field,
    Body: CompletionItemKind.Struct,
    Agreement: CompletionItemKind.Module,
    Mandate: CompletionItemKind.Interface,
    Condition: CompletionItemKind.Property,
    Commitment: CompletionItemKind.Function,
    Escalation: CompletionItemKind.Event,
    Effect: CompletionItemKind.Operator
};

function typeOf(node: AstNode | AstNodeDescription): string {
    return 'type' in node && typeof node.type === 'string' ? node.type : (node as AstNode).$type;
}

export class KetenNodeKindProvider extends DefaultNodeKindProvider {
    override getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return SYMBOL_KINDS[typeOf(node)] ?? SymbolKind.Field;
    }

    override getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return COMPLETION_KINDS[typeOf(node)] ?? CompletionItemKind.Reference;
    }
}
