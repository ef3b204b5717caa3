/**
 * Runs the rules of the registry as validation checks: each rule's checks are listed for their
 * AST types (`RuleDispatch`, called by the document validator), and each finding becomes a
 * diagnostic whose `code` is the rule id, with a link to the rule's documentation and related
 * locations.
 */
import {
    AstUtils, CstUtils, DocumentState, getDiagnosticRange, type AstNode, type AstNodeDescription, type AstReflection,
    type DocumentBuilder, type IndexManager, type LangiumDocument, type ValidationAcceptor, type ValidationChecks
} from 'langium';
import type { DiagnosticRelatedInformation, Position, Range } from 'vscode-languageserver-types';
import type { KetenAstType } from '../generated/ast.js';
import type { KetenSettings } from '../config/keten-settings.js';
import { ALL_RULES } from '../rules/registry.js';
import type { FindingSpec, RelatedSpec, Rule, RuleContext, WorkspaceView } from '../rules/rule.js';
import { ruleDocumentationUrl } from '../rules/rule-docs-url.js';

export interface RuleRunnerServices {
    validation: {
        ValidationRegistry: { register<T>(checks: ValidationChecks<T>, thisObj?: unknown, category?: 'fast' | 'slow' | 'built-in'): void };
        DocumentValidator: unknown;
    };
    shared: { workspace: { IndexManager: IndexManager; DocumentBuilder: DocumentBuilder }; AstReflection: AstReflection };
    keten: { Settings: KetenSettings };
}

/** One rule's check of one node type, called with the node's document (no walk up to find it). */
export type RuleCheck = (node: AstNode, accept: ValidationAcceptor, document: LangiumDocument) => void;

/**
 * The checks of every rule by the node type they apply to (a check of an abstract type is
 * listed under each of its concrete types), in the order Langium's ValidationRegistry would
 * call them: rules in registry order, each rule's types in its `checks` order. The document
 * validator walks every node once and calls these directly (`keten-document-validator.ts`);
 * Langium's registry would wrap each check in two promises per node.
 */
export class RuleDispatch {
    private readonly byType = new Map<string, RuleCheck[]>();
    /** Checks of `AstNode` itself: after each type's own, as in Langium's registry. */
    private readonly ofEveryNode: RuleCheck[] = [];
    private readonly merged = new Map<string, readonly RuleCheck[]>();

    constructor(private readonly reflection: AstReflection) {}

    add(type: string, check: RuleCheck): void {
        this.merged.clear();
        if (type === 'AstNode') {
            this.ofEveryNode.push(check);
            return;
        }
        for (const subtype of this.reflection.getAllSubTypes(type)) {
            const checks = this.byType.get(subtype);
            if (checks) checks.push(check);
            else this.byType.set(subtype, [check]);
        }
    }

    checksOf(type: string): readonly RuleCheck[] {
        let checks = this.merged.get(type);
        if (!checks) {
            checks = [...(this.byType.get(type) ?? []), ...this.ofEveryNode];
            this.merged.set(type, checks);
        }
        return checks;
    }
}

/** A document validator that runs the rules itself (`KetenDocumentValidator`). */
export interface RunsRules {
    useRules(rules: RuleDispatch): void;
}

function runsRules(validator: unknown): validator is RunsRules {
    return typeof (validator as Partial<RunsRules> | undefined)?.useRules === 'function';
}

/** Workspace lookups seen by the rules, per document (what the cache and the workers record). */
export type WorkspaceLookupListener = (document: LangiumDocument, name: string) => void;

export function registerRules(services: RuleRunnerServices, rules: readonly Rule[] = ALL_RULES): void {
    const workspace = new IndexWorkspaceView(services.shared.workspace.IndexManager, services.shared.workspace.DocumentBuilder);
    workspaceViews.set(services.keten.Settings, workspace);
    const settings = services.keten.Settings;
    const dispatch = new RuleDispatch(services.shared.AstReflection);
    const validator = services.validation.DocumentValidator;
    for (const rule of rules) {
        const checks: Record<string, (node: AstNode, accept: ValidationAcceptor) => void> = {};
        for (const [type, check] of Object.entries(rule.checks) as Array<[string, (node: AstNode, ctx: RuleContext) => void]>) {
            // One context per rule and document (and acceptor: one per validation), not one per call.
            let context: RuleContext | undefined;
            let contextAccept: ValidationAcceptor | undefined;
            const run: RuleCheck = (node, accept, document) => {
                if (!context || context.document !== document || contextAccept !== accept || context.messages !== settings.messages) {
                    contextAccept = accept;
                    context = {
                        document,
                        messages: settings.messages,
                        workspace: workspace.seenFrom(document),
                        report: finding => reportFinding(rule, finding, accept)
                    };
                }
                try {
                    check(node, context);
                } catch (error) {
                    // A rule must never take the whole validation down: on text that did not
                    // parse, nodes can lack parts every rule would otherwise rely on.
                    if (process.env.KETEN_STRICT_RULES === '1') reportCheckFailure(error, accept, node);
                    else if (process.env.KETEN_DEBUG === '1') console.error(`rule ${rule.meta.id} failed:`, error);
                }
            };
            dispatch.add(type, run);
            checks[type] = (node, accept) => run(node, accept, AstUtils.getDocument(node));
        }
        // Another document validator: the rules go through Langium's registry, as 'fast' checks.
        if (!runsRules(validator)) services.validation.ValidationRegistry.register(checks as ValidationChecks<KetenAstType>, undefined, 'fast');
    }
    if (runsRules(validator)) validator.useRules(dispatch);
}

/**
 * With KETEN_STRICT_RULES=1 a failing rule is reported as Langium reports a check that threw
 * (the fuzz tests collect these): on standard error, and as an error on the node.
 */
function reportCheckFailure(error: unknown, accept: ValidationAcceptor, node: AstNode): void {
    const context = 'An error occurred during validation';
    console.error(`${context}:`, error);
    if (error instanceof Error && error.stack) console.error(error.stack);
    accept('error', `${context}: ${error instanceof Error ? error.message : String(error)}`, { node });
}

const workspaceViews = new WeakMap<KetenSettings, IndexWorkspaceView>();

/**
 * Tells `listener` every workspace-wide name a rule looks up while validating a document
 * (`WorkspaceView.declarationsNamed`): what a file's findings depend on beyond its references.
 */
export function listenToWorkspaceLookups(settings: KetenSettings, listener: WorkspaceLookupListener | undefined): void {
    const view = workspaceViews.get(settings);
    if (view) view.listener = listener;
}

function reportFinding(rule: Rule, finding: FindingSpec, accept: ValidationAcceptor): void {
    accept(rule.meta.severity, finding.message, {
        node: finding.node,
        property: finding.property as never,
        index: finding.index,
        keyword: finding.keyword,
        range: onItsFirstLine(finding),
        code: rule.meta.id,
        codeDescription: { href: ruleDocumentationUrl(rule.meta.id) },
        relatedInformation: finding.related?.map(toRelatedInformation),
        data: { ...finding.data, code: rule.meta.id }
    });
}

/**
 * A finding's place on the line it starts on (RULES.md: "a field means that field's keyword
 * through its value on that line"): a field whose value goes on over the next lines (`parties
 * A,` with `B` below it, a string of two lines, `within` with its duration on the next line) is
 * placed from its keyword to the last thing written on that line, not over every line it takes.
 * A place on one line is left as it is; so is one with nothing but a comment on its first line.
 */
function onItsFirstLine(finding: FindingSpec): Range | undefined {
    const range = finding.range ?? getDiagnosticRange({ node: finding.node, property: finding.property as never, index: finding.index, keyword: finding.keyword });
    if (range.start.line === range.end.line || !finding.node.$cstNode) return finding.range;
    const line = range.start.line;
    let end: Position | undefined;
    for (const leaf of CstUtils.flattenCst(finding.node.$cstNode)) {
        if (leaf.hidden || leaf.range.start.line !== line) {
            if (leaf.range.start.line > line) break;
            continue;
        }
        if (comparePositions(leaf.range.start, range.start) < 0) continue;
        end = leaf.range.end.line === line ? leaf.range.end : endOfLine(finding.node, line);
    }
    return end ? { start: range.start, end } : range;
}

function comparePositions(a: Position, b: Position): number {
    return a.line === b.line ? a.character - b.character : a.line - b.line;
}

/** The end of the text on a line, without the spaces after it (a string that goes on below ends here). */
function endOfLine(node: AstNode, line: number): Position {
    const text = AstUtils.getDocument(node).textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    return { line, character: text.replace(/\s+$/, '').length };
}

function toRelatedInformation(related: RelatedSpec): DiagnosticRelatedInformation {
    return {
        location: {
            uri: AstUtils.getDocument(related.node).uri.toString(),
            range: getDiagnosticRange({ node: related.node, property: related.property as never, index: related.index, keyword: related.keyword })
        },
        message: related.message
    };
}

/**
 * Workspace-wide lookups from Langium's index of exported declarations. The index is grouped
 * by name once per build (scanning it for every declaration made a workspace of n files cost
 * n² steps); the grouping is dropped whenever documents change or the index is rebuilt.
 */
class IndexWorkspaceView implements WorkspaceView {
    private byName: Map<string, AstNodeDescription[]> | undefined;
    private readonly sortedNames = new Set<string>();
    listener: WorkspaceLookupListener | undefined;

    constructor(private readonly indexManager: IndexManager, documentBuilder: DocumentBuilder) {
        const forget = () => {
            this.byName = undefined;
            this.sortedNames.clear();
        };
        documentBuilder.onUpdate(forget);
        documentBuilder.onBuildPhase(DocumentState.IndexedContent, forget);
    }

    /** The view as the rules of one document see it: lookups are told to the listener, if any. */
    seenFrom(document: LangiumDocument): WorkspaceView {
        const listener = this.listener;
        if (!listener) return this;
        return { declarationsNamed: name => { listener(document, name); return this.declarationsNamed(name); } };
    }

    declarationsNamed(name: string): AstNodeDescription[] {
        const byName = this.byName ??= this.groupByName();
        const declarations = byName.get(name);
        if (!declarations) return [];
        if (!this.sortedNames.has(name)) {
            declarations.sort(inPathThenTextOrder);
            this.sortedNames.add(name);
        }
        return [...declarations];
    }

    private groupByName(): Map<string, AstNodeDescription[]> {
        const byName = new Map<string, AstNodeDescription[]>();
        for (const description of this.indexManager.allElements()) {
            const named = byName.get(description.name);
            if (named) named.push(description);
            else byName.set(description.name, [description]);
        }
        return byName;
    }
}

function inPathThenTextOrder(a: AstNodeDescription, b: AstNodeDescription): number {
    const pa = a.documentUri.path, pb = b.documentUri.path;
    if (pa !== pb) return pa < pb ? -1 : 1;
    return (a.nameSegment?.offset ?? 0) - (b.nameSegment?.offset ?? 0);
}
