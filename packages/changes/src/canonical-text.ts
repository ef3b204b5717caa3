/**
 * The canonical English source text of a piece of an agreement (CHANGES.md: `old`/`new` are
 * "the field's value as source text in canonical English form", `"5000 EUR per household"`,
 * `"<= 15 by 2028-12-31"`): its tokens as written, every keyword in its English form (looked up
 * by the grammar rule that parsed it, as `format --locale en` does), one space between tokens,
 * none before `,` and none around the `.` of `Party.role`. Layout, comments and the keyword
 * language of the file leave no trace in it.
 */
import { CstUtils, type AstNode, type CstNode, type LeafCstNode } from 'langium';
import { KEYWORD_PHRASES, ruleOfKeyword, translateKeyword } from '@keten/language';

/** Keywords that begin a field in two words (`provided by`, `termination notice`, …). */
const TWO_WORD_FIELD_KEYWORDS = new Set(['provided', 'geleverd', 'held', 'berust', 'termination', 'opzegging', 'reports', 'valt']);

/** The visible tokens of a CST node, in text order. */
export function tokensOf(node: CstNode | undefined): LeafCstNode[] {
    if (!node) return [];
    return CstUtils.flattenCst(node).filter(leaf => !leaf.hidden && leaf.length > 0).toArray();
}

/** One token in its canonical English form. */
function englishToken(leaf: LeafCstNode): string {
    const rule = ruleOfKeyword(leaf);
    if (!rule) return leaf.text;
    // `%` and `percent`/`procent` mean the same (COVENANT.md, budgets).
    if (rule === 'PercentKeyword') return 'percent';
    return translateKeyword(rule, leaf.text, 'en') ?? leaf.text;
}

/** Tokens joined in the canonical way, keyword phrases (`krachtens` → `pursuant to`) translated as a whole. */
export function canonicalTokens(leaves: readonly LeafCstNode[]): string {
    const words: string[] = [];
    for (let index = 0; index < leaves.length; index++) {
        const leaf = leaves[index];
        const rule = ruleOfKeyword(leaf);
        const phrase = rule ? KEYWORD_PHRASES[rule]?.find(([, nl]) => nl.every((word, i) => leaves[index + i]?.text === word)) : undefined;
        if (phrase) {
            words.push(...phrase[0]);
            index += phrase[1].length - 1;
            continue;
        }
        words.push(englishToken(leaf));
    }
    let text = '';
    let previous: string | undefined;
    for (const word of words) {
        const glued = previous === undefined || word === ',' || word === '.' || previous === '.';
        text += (glued ? '' : ' ') + word;
        previous = word;
    }
    return text;
}

/** The canonical text of a whole node (a field, a level, a block, a reference). */
export function canonicalText(node: AstNode | CstNode | undefined): string {
    return canonicalTokens(tokensOf(cstOf(node)));
}

/**
 * The canonical text of a field's value: the field without its keyword (`limit 5000 EUR per
 * household` → `5000 EUR per household`; `provided by JBG, Zutphen` → `JBG, Zutphen`).
 */
export function valueText(field: AstNode | undefined): string {
    const leaves = tokensOf(cstOf(field));
    const skip = leaves.length > 1 && TWO_WORD_FIELD_KEYWORDS.has(leaves[0].text) && ruleOfKeyword(leaves[0]) ? 2 : 1;
    return canonicalTokens(leaves.slice(skip));
}

function cstOf(node: AstNode | CstNode | undefined): CstNode | undefined {
    if (!node) return undefined;
    return '$type' in node ? node.$cstNode : node;
}
