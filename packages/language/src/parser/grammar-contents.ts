/**
 * The keywords and rule calls of each rule of the grammar, found in one walk per rule and kept,
 * in the order of Langium's `AstUtils.streamAllContents` (depth first, each node before its
 * contents). Building the lexer asked for them three times at every start, each a walk through
 * Langium's streams over the whole grammar: together a tenth of a cold `keten validate`
 * (docs/performance.md, "One file, cold"). test/language/parser-start.test.ts compares the
 * lists with Langium's walks.
 */
import { GrammarAST, type AstNode } from 'langium';

export interface RuleContents {
    /** Every keyword in the rule, in the order of the text (repeated keywords repeated). */
    readonly keywords: readonly GrammarAST.Keyword[];
    /** Every rule call in the rule, in the order of the text. */
    readonly ruleCalls: readonly GrammarAST.RuleCall[];
}

const contentsByRule = new WeakMap<GrammarAST.AbstractRule, RuleContents>();

export function contentsOfRule(rule: GrammarAST.AbstractRule): RuleContents {
    let contents = contentsByRule.get(rule);
    if (!contents) {
        const keywords: GrammarAST.Keyword[] = [];
        const ruleCalls: GrammarAST.RuleCall[] = [];
        forEachContainedNode(rule, node => {
            if (GrammarAST.isKeyword(node)) keywords.push(node);
            else if (GrammarAST.isRuleCall(node)) ruleCalls.push(node);
        });
        contents = { keywords, ruleCalls };
        contentsByRule.set(rule, contents);
    }
    return contents;
}

const isNode = (value: unknown): value is AstNode =>
    typeof value === 'object' && value !== null && typeof (value as { $type?: unknown }).$type === 'string';

/** Calls `visit` for every node contained in `root` (not `root` itself), as `streamAllContents` orders them. */
function forEachContainedNode(root: AstNode, visit: (node: AstNode) => void): void {
    const record = root as unknown as Record<string, unknown>;
    for (const property of Object.keys(record)) {
        if (property.startsWith('$')) continue;
        const value = record[property];
        if (isNode(value)) {
            visit(value);
            forEachContainedNode(value, visit);
        } else if (Array.isArray(value)) {
            for (const element of value) {
                if (!isNode(element)) continue;
                visit(element);
                forEachContainedNode(element, visit);
            }
        }
    }
}
