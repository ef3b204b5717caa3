/**
 * The keyword(s) that open a field, as written in the file (`provided by`, `geleverd door`,
 * `valid`), for messages that name a field the way the writer wrote it.
 */
import type { AstNode } from 'langium';
import { CstUtils, GrammarAST } from 'langium';

/** First words of the two-word field openers (`reports to`, `provided by` and Dutch forms). */
const TWO_WORD_OPENERS = new Set(['reports', 'provided', 'valt', 'geleverd', 'held', 'berust', 'termination', 'opzegging']);

export function fieldKeywordText(field: AstNode): string {
    const cst = field.$cstNode;
    if (!cst) return field.$type;
    const words: string[] = [];
    for (const leaf of CstUtils.flattenCst(cst)) {
        if (leaf.hidden) continue;
        if (!GrammarAST.isKeyword(leaf.grammarSource)) break;
        words.push(leaf.text);
        if (!TWO_WORD_OPENERS.has(words[0]) || words.length === 2) break;
    }
    return words.length > 0 ? words.join(' ') : field.$type;
}
