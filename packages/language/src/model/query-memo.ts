/**
 * A memo for the model queries that several rules ask of the same node (`partiesOf`,
 * `partyMentionsIn`, …), active only while the rules of one document run synchronously
 * (`rememberingQueries`, called by the document validator around each stretch of nodes it
 * checks without yielding). Outside that stretch every query computes afresh, as before.
 *
 * The memo must never outlive the stretch: the language server relinks a document without
 * parsing it again when another file changes, so an agreement's nodes stay the same objects
 * while what their references name changes. A memo kept on the nodes (a WeakMap) would then
 * answer with the parties of the previous link. Queries that are remembered return read-only
 * values: every rule of the stretch gets the same array.
 */

type Query = (node: never) => unknown;

let memo: Map<Query, Map<object, unknown>> | undefined;

/** `query`, answering from the memo while one is active (the same node gives the same value). */
export function remembered<N extends object, R>(query: (node: N) => R): (node: N) => R {
    return (node: N): R => {
        if (!memo) return query(node);
        let answers = memo.get(query as Query) as Map<N, R> | undefined;
        if (!answers) {
            answers = new Map<N, R>();
            memo.set(query as Query, answers as Map<object, unknown>);
        }
        let answer = answers.get(node);
        if (answer === undefined && !answers.has(node)) {
            answer = query(node);
            answers.set(node, answer);
        }
        return answer as R;
    };
}

/**
 * Runs `run` (synchronous: nothing may change the workspace while it runs) with a fresh memo
 * for remembered queries, dropped when it returns or throws. Nested calls share the outer memo.
 */
export function rememberingQueries<T>(run: () => T): T {
    if (memo) return run();
    memo = new Map();
    try {
        return run();
    } finally {
        memo = undefined;
    }
}
