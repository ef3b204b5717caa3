/**
 * Runs the rules of the registry as Langium validation checks: each rule's checks are
 * registered for their AST types, and each finding becomes a diagnostic whose `code` is the
 * rule id, with a link to the rule's documentation and related locations.
 */
import {
    AstUtils, DocumentState, getDiagnosticRange, type AstNode, type AstNodeDescription, type DocumentBuilder,
    type IndexManager, type ValidationAcceptor, type ValidationChecks
} from 'langium';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import type { KetenAstType } from '../generated/ast.js';
import type { KetenSettings } from '../config/keten-settings.js';
import { ALL_RULES } from '../rules/registry.js';
import type { FindingSpec, RelatedSpec, Rule, RuleContext, WorkspaceView } from '../rules/rule.js';
import { ruleDocumentationUrl } from '../rules/rule-docs-url.js';

export interface RuleRunnerServices {
    validation: { ValidationRegistry: { register<T>(checks: ValidationChecks<T>, thisObj?: unknown, category?: 'fast' | 'slow' | 'built-in'): void } };
    shared: { workspace: { IndexManager: IndexManager; DocumentBuilder: DocumentBuilder } };
    keten: { Settings: KetenSettings };
}

export function registerRules(services: RuleRunnerServices, rules: readonly Rule[] = ALL_RULES): void {
    const workspace = new IndexWorkspaceView(services.shared.workspace.IndexManager, services.shared.workspace.DocumentBuilder);
    const settings = services.keten.Settings;
    for (const rule of rules) {
        const checks: Record<string, (node: AstNode, accept: ValidationAcceptor) => void> = {};
        for (const [type, check] of Object.entries(rule.checks) as Array<[string, (node: AstNode, ctx: RuleContext) => void]>) {
            checks[type] = (node, accept) => {
                const context: RuleContext = {
                    document: AstUtils.getDocument(node),
                    messages: settings.messages,
                    workspace,
                    report: finding => reportFinding(rule, finding, accept)
                };
                try {
                    check(node, context);
                } catch (error) {
                    // A rule must never take the whole validation down: on text that did not
                    // parse, nodes can lack parts every rule would otherwise rely on.
                    if (process.env.KETEN_STRICT_RULES === '1') throw error;
                    if (process.env.KETEN_DEBUG === '1') console.error(`rule ${rule.meta.id} failed:`, error);
                }
            };
        }
        services.validation.ValidationRegistry.register(checks as ValidationChecks<KetenAstType>, undefined, 'fast');
    }
}

function reportFinding(rule: Rule, finding: FindingSpec, accept: ValidationAcceptor): void {
    accept(rule.meta.severity, finding.message, {
        node: finding.node,
        property: finding.property as never,
        index: finding.index,
        keyword: finding.keyword,
        range: finding.range,
        code: rule.meta.id,
        codeDescription: { href: ruleDocumentationUrl(rule.meta.id) },
        relatedInformation: finding.related?.map(toRelatedInformation),
        data: { ...finding.data, code: rule.meta.id }
    });
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

    constructor(private readonly indexManager: IndexManager, documentBuilder: DocumentBuilder) {
        const forget = () => {
            this.byName = undefined;
            this.sortedNames.clear();
        };
        documentBuilder.onUpdate(forget);
        documentBuilder.onBuildPhase(DocumentState.IndexedContent, forget);
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
