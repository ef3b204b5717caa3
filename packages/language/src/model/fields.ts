/**
 * Fields of a block. Blocks hold their fields as a list in any order (the grammar does not
 * limit how often a field appears); these queries pick the field a block means: the first one
 * given. Repeats are reported by the `duplicate-field` rule and otherwise ignored.
 */
import type { AstNode } from 'langium';

/** The first element of `items` of the given `$type`, or `undefined`. */
export function firstOfType<T extends AstNode, K extends T['$type']>(
    items: readonly T[], type: K
): Extract<T, { $type: K }> | undefined {
    return items.find(item => item.$type === type) as Extract<T, { $type: K }> | undefined;
}

/** Every element of `items` of the given `$type`, in text order. */
export function allOfType<T extends AstNode, K extends T['$type']>(
    items: readonly T[], type: K
): Array<Extract<T, { $type: K }>> {
    return items.filter(item => item.$type === type) as Array<Extract<T, { $type: K }>>;
}
