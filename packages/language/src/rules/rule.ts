/**
 * What a rule is: its metadata (the contract of RULES.md) and its checks, one function per
 * AST type it looks at. Each rule lives in its own module under an area folder and is listed
 * in `registry.ts`; `keten rules` and `docs/rules.md` are generated from this metadata.
 */
import type { AstNode, AstNodeDescription, LangiumDocument } from 'langium';
import type { KetenAstType } from '../generated/ast.js';
import type { Range } from 'vscode-languageserver-types';
import type { Messages } from '../messages/catalogue.js';

export type Severity = 'error' | 'warning' | 'info';

export const RULE_AREAS = [
    'structure', 'governance', 'mandates', 'conditions', 'escalation', 'effects', 'covenant', 'data', 'money', 'suppressions'
] as const;
export type RuleArea = (typeof RULE_AREAS)[number];

export interface RuleMeta {
    /** The rule id of RULES.md, e.g. `missing-mandate`. */
    readonly id: string;
    /** The default severity of RULES.md. */
    readonly severity: Severity;
    readonly area: RuleArea;
    /** One line: when the rule fires. */
    readonly description: string;
    /** Why it matters: the seed text's argument, the Awb article, the RBA question. */
    readonly source: string;
}

/** Where a related element lies and what it has to do with the finding. */
export interface RelatedSpec {
    readonly node: AstNode;
    readonly property?: string;
    readonly index?: number;
    readonly keyword?: string;
    readonly message: string;
}

export interface FindingSpec {
    /** The node the finding is attached to. */
    readonly node: AstNode;
    /** Narrow the place to this property of the node (and `index` for lists). */
    readonly property?: string;
    readonly index?: number;
    /** Narrow the place to this keyword of the node. */
    readonly keyword?: string;
    /**
     * An exact range, for a place that is no single node or keyword (`within 5 workdays`: the
     * `within` keyword through its duration). Takes precedence over property and keyword.
     */
    readonly range?: Range;
    readonly message: string;
    readonly related?: readonly RelatedSpec[];
    /** Extra data for quick fixes (kept in the LSP diagnostic's `data`). */
    readonly data?: Record<string, unknown>;
}

/** A read-only view of the whole workspace, for rules that look beyond one document. */
export interface WorkspaceView {
    /** Exported (top-level and `Party.role`) declarations with this name, files in path order, then text order. */
    declarationsNamed(name: string): AstNodeDescription[];
}

export interface RuleContext {
    readonly document: LangiumDocument;
    readonly messages: Messages;
    readonly workspace: WorkspaceView;
    report(finding: FindingSpec): void;
}

export type RuleChecks = {
    [K in keyof KetenAstType]?: (node: KetenAstType[K], context: RuleContext) => void;
};

export interface Rule {
    readonly meta: RuleMeta;
    readonly checks: RuleChecks;
}

/** Declares a rule; the identity function, for type checking and readable modules. */
export function defineRule(rule: Rule): Rule {
    return rule;
}

/** Rules that are not AST checks but produced by the pipeline (parser, linker, suppressions). */
export function defineBuiltInRule(meta: RuleMeta): Rule {
    return { meta, checks: {} };
}
