/**
 * The symbol and completion kinds of declarations, so outline, workspace symbols and
 * completion show a party, a role and a mandate with different icons.
 */
import type { AstNode, AstNodeDescription } from 'langium';
import { DefaultNodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';

const SYMBOL_KINDS: Record<string, SymbolKind> = {
    Party: SymbolKind.Class,
    Role: SymbolKind.Property,
    Body: SymbolKind.Struct,
    Agreement: SymbolKind.Namespace,
    Mandate: SymbolKind.Key,
    Condition: SymbolKind.Constant,
    Commitment: SymbolKind.Method,
    Escalation: SymbolKind.Event,
    Effect: SymbolKind.Number
};

const COMPLETION_KINDS: Record<string, CompletionItemKind> = {
    Party: CompletionItemKind.Class,
    Role: CompletionItemKind.Property,
    Body: CompletionItemKind.Struct,
    Agreement: CompletionItemKind.Module,
    Mandate: CompletionItemKind.Value,
    Condition: CompletionItemKind.Constant,
    Commitment: CompletionItemKind.Method,
    Escalation: CompletionItemKind.Event,
    Effect: CompletionItemKind.Unit
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
