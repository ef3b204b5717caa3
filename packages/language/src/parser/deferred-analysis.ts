/**
 * Two parts of Chevrotain's self-analysis of the parser, done when the parser first needs them
 * instead of at every start (docs/performance.md, "One file, cold"). The results are the same
 * objects Chevrotain computes, by its own code; only the moment differs.
 *
 * - The lookahead functions of a rule (which alternative, whether an option or a repetition
 *   goes on) are built the first time the parser looks ahead in that rule. A file uses a part
 *   of the grammar's rules; building all of them took ~40 ms of every cold `keten validate`.
 * - The follow sets of error recovery (resynchronisation) are computed the first time recovery
 *   needs one, so a file without syntax errors never pays for them (~25 ms).
 *
 * Chevrotain keeps one analysis step per `TRACE_INIT` phase and reads the lookahead functions
 * and follow sets through one method each (`getLaFuncFromCache`, `getFollowSetFromFollowKey`);
 * those are what is replaced on the parser object, before its analysis runs.
 */

/** The parts of Chevrotain's parser (the `EmbeddedActionsParser` Langium wraps) used here. */
interface AnalysedRecognizer {
    TRACE_INIT<T>(phase: string, implementation: () => T): T;
    preComputeLookaheadFunctions(rules: readonly unknown[]): void;
    getLaFuncFromCache(key: number): unknown;
    getFollowSetFromFollowKey(followKey: unknown): unknown;
    shortRuleNameToFull: Record<number, string>;
    gastProductionsCache: Record<string, unknown>;
}

/** The low bits of a lookahead key: the production's kind and occurrence (Chevrotain's keys.js). */
const RULE_KEY_MASK = ~0xfff;

/** Call on the recognizer after its rules are defined and before `performSelfAnalysis`. */
export function deferParserAnalysis(target: unknown): void {
    const recognizer = target as AnalysedRecognizer;
    const traceInit = recognizer.TRACE_INIT;
    const precompute = recognizer.preComputeLookaheadFunctions;
    const cachedLookahead = recognizer.getLaFuncFromCache;
    const followSet = recognizer.getFollowSetFromFollowKey;

    let computeFollows: (() => void) | undefined;
    recognizer.TRACE_INIT = function <T>(this: AnalysedRecognizer, phase: string, implementation: () => T): T {
        if (phase === 'computeAllProdsFollows') {
            computeFollows = () => { traceInit.call(this, phase, implementation); };
            // Chevrotain ignores the result of this phase (it sets `resyncFollows` itself).
            return undefined as unknown as T;
        }
        return traceInit.call(this, phase, implementation) as T;
    };
    recognizer.getFollowSetFromFollowKey = function (this: AnalysedRecognizer, followKey: unknown): unknown {
        if (computeFollows) {
            const compute = computeFollows;
            computeFollows = undefined;
            compute();
        }
        return followSet.call(this, followKey);
    };

    /** Rules whose lookahead functions are not built yet, by rule name. */
    const pendingRules = new Map<string, unknown>();
    recognizer.preComputeLookaheadFunctions = function (this: AnalysedRecognizer, rules: readonly unknown[]): void {
        for (const name of Object.keys(this.gastProductionsCache)) pendingRules.set(name, this.gastProductionsCache[name]);
        // Every rule Chevrotain passes is one of the recorded rules; any other is built now.
        const others = rules.filter(rule => !pendingRules.has((rule as { name: string }).name));
        if (others.length > 0) precompute.call(this, others);
    };
    recognizer.getLaFuncFromCache = function (this: AnalysedRecognizer, key: number): unknown {
        const found = cachedLookahead.call(this, key);
        if (found !== undefined || pendingRules.size === 0) return found;
        const name = this.shortRuleNameToFull[key & RULE_KEY_MASK];
        const rule = name === undefined ? undefined : pendingRules.get(name);
        if (rule === undefined) return found;
        pendingRules.delete(name);
        precompute.call(this, [rule]);
        return cachedLookahead.call(this, key);
    };
}
