/**
 * Runs the rules of the registry as Langium validation checks: each rule's checks are
 * registered for their AST types, and each finding becomes a diagnostic whose `code` is the
 * rule id, with a link to the rule's documentation and related locations.
 */
import {
    AstUtils, getDiagnosticRange, type AstNode, type AstNodeDescription, type IndexManager,
    type ValidationAcceptor, type ValidationChecks
} from 'langium';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import type { KetenAstType } from '../generated/ast.js';
import type { KetenSettings } from '../config/keten-settings.js';
import { ALL_RULES } from '../rules/registry.js';
import type { FindingSpec, RelatedSpec, Rule, RuleContext, WorkspaceView } from '../rules/rule.js';
import { ruleDocumentationUrl } from '../rules/rule-docs-url.js';

export interface RuleRunnerServices {
    validation: { ValidationRegistry: { register<T>(checks: ValidationChecks<T>, thisObj?: unknown, category?: 'fast' | 'slow' | 'built-in'): void } };
    shared: { workspace: { IndexManager: IndexManager } };
    keten: { Settings: KetenSettings };
}

export function registerRules(services: RuleRunnerServices, rules: readonly Rule[] = ALL_RULES): void {
    const workspace = new IndexWorkspaceView(services.shared.workspace.IndexManager);
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

/** Workspace-wide lookups from Langium's index of exported declarations. */
class IndexWorkspaceView implements WorkspaceView {
    constructor(private readonly indexManager: IndexManager) {}

    declarationsNamed(name: string): AstNodeDescription[] {
        return this.indexManager.allElements()
            .filter(d => d.name === name)
            .toArray()
            .sort((a, b) => {
                const pa = a.documentUri.path, pb = b.documentUri.path;
                if (pa !== pb) return pa < pb ? -1 : 1;
                return (a.nameSegment?.offset ?? 0) - (b.nameSegment?.offset ?? 0);
            });
    }
}
