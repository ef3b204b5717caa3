/**
 * Chevrotain's "recording phase" without running it: at every start, Chevrotain runs each rule
 * of the parser once in a recording mode to learn its structure (a tree of alternatives,
 * options, repetitions, token and rule references: its GAST). The tree only depends on the
 * grammar, so the build records it once (scripts/record-parser-rules.ts writes
 * `recorded/recorded-rules.ts`) and the bundle rebuilds the same objects from that data
 * (docs/performance.md, "One file, cold"). test/language/parser-start.test.ts compares the
 * rebuilt trees with freshly recorded ones, property by property.
 *
 * Only the bundle uses the recorded rules (running from source always records), and a rule the
 * data does not know, or whose token types differ, is recorded as before.
 */
import {
    Alternation, Alternative, NonTerminal, Option, Repetition, RepetitionMandatory, RepetitionMandatoryWithSeparator,
    RepetitionWithSeparator, Rule, Terminal, type IProduction, type TokenType
} from 'chevrotain';

/**
 * One production of a rule, as data: its class and its own properties in their order, with
 * token types by name and the children (`_definition`) in `definition`.
 */
export interface RecordedProduction {
    readonly kind: string;
    readonly properties: ReadonlyArray<readonly [string, string | number | boolean | null]>;
    readonly definition?: readonly RecordedProduction[];
}

export interface RecordedRules {
    /** The token type names the recording was made with, in order: the data fits only those. */
    readonly tokens: readonly string[];
    readonly rules: Readonly<Record<string, RecordedProduction>>;
}

const KINDS = {
    Rule, NonTerminal, Terminal, Alternation, Alternative, Option, Repetition, RepetitionMandatory,
    RepetitionMandatoryWithSeparator, RepetitionWithSeparator
} as const;
type Kind = keyof typeof KINDS;

/** Properties that hold token types (kept by name). */
const TOKEN_PROPERTIES = new Set(['terminalType', 'separator']);
/** The children; `referencedRule` is set again by Chevrotain when it resolves the grammar. */
const CHILDREN = '_definition';
const RESOLVED = 'referencedRule';

function kindOf(production: object): Kind {
    for (const kind of Object.keys(KINDS) as Kind[]) {
        if (production.constructor === KINDS[kind]) return kind;
    }
    throw new Error(`unknown grammar production: ${production.constructor.name}`);
}

/** The recorded rules of a parser (`gastProductionsCache`) as data. */
export function recordedRulesData(rules: Record<string, IProduction>, tokens: readonly TokenType[]): RecordedRules {
    const toData = (production: IProduction): RecordedProduction => {
        const properties: Array<[string, string | number | boolean | null]> = [];
        let definition: RecordedProduction[] | undefined;
        for (const [key, value] of Object.entries(production)) {
            if (key === RESOLVED) continue;
            if (key === CHILDREN) {
                definition = (value as IProduction[]).map(toData);
                properties.push([key, null]);
            } else if (TOKEN_PROPERTIES.has(key)) {
                properties.push([key, (value as TokenType).name]);
            } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
                properties.push([key, value]);
            } else {
                throw new Error(`grammar production property ${key} is not plain data`);
            }
        }
        return { kind: kindOf(production), properties, ...(definition ? { definition } : {}) };
    };
    return {
        tokens: tokens.map(token => token.name),
        rules: Object.fromEntries(Object.entries(rules).map(([name, rule]) => [name, toData(rule)]))
    };
}

/**
 * The rule `name` rebuilt from the data, or `undefined` when the data has no such rule: objects
 * of Chevrotain's classes with the recorded own properties in the recorded order (not through
 * the classes' constructors, whose option handling cost as much as recording).
 */
export function rebuildRecordedRule(data: RecordedRules, name: string, tokens: ReadonlyMap<string, TokenType>): Rule | undefined {
    const recorded = data.rules[name];
    if (!recorded) return undefined;
    const build = (production: RecordedProduction): IProduction => {
        const built = Object.create(KINDS[production.kind as Kind].prototype) as Record<string, unknown>;
        for (const [key, value] of production.properties) {
            if (key === CHILDREN) built[key] = (production.definition ?? []).map(build);
            else if (TOKEN_PROPERTIES.has(key)) built[key] = tokens.get(value as string);
            else built[key] = value;
        }
        return built as unknown as IProduction;
    };
    return build(recorded) as Rule;
}

/** The parts of Chevrotain's parser used here. */
interface RecordingRecognizer {
    topLevelRuleRecord(name: string, implementation: () => void): Rule;
    tokensMap: Record<string, TokenType>;
}

/**
 * Makes the recognizer take its rules from `data` instead of recording them, when `data` was
 * recorded with the same token types (the same names in the same order). Call before
 * `performSelfAnalysis`.
 */
export function useRecordedRules(target: unknown, data: RecordedRules | undefined, tokenTypes: readonly TokenType[]): void {
    if (!data || data.tokens.length !== tokenTypes.length || data.tokens.some((name, i) => tokenTypes[i].name !== name)) return;
    const recognizer = target as RecordingRecognizer;
    const record = recognizer.topLevelRuleRecord;
    const tokens = new Map(tokenTypes.map(token => [token.name, token]));
    recognizer.topLevelRuleRecord = function (this: RecordingRecognizer, name, implementation) {
        return rebuildRecordedRule(data, name, tokens) ?? record.call(this, name, implementation);
    };
}
