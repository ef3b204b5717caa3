/**
 * Hover: a declaration's kind, name and title with its doc comment; for a role its party, whom
 * it reports to and the mandates it holds; for an effect its indicator, baseline and target;
 * for a mandate who grants and holds it; for a keyword what it means. On `Party` in
 * `Party.role` the party is shown.
 */
import { GrammarAST, type AstNode, type LangiumDocument } from 'langium';
import { MultilineCommentHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { KetenServices } from '../keten-module.js';
import type { KetenSettings } from '../config/keten-settings.js';
import {
    isAgreement, isBody, isDocument, isEffect, isMandate, isRole, type Effect, type Mandate, type Role
} from '../generated/ast.js';
import { agreementsOf } from '../model/agreements.js';
import { mandatesHeldBy, grantorOf, holderOf, limitOf, formatLimit } from '../model/mandates.js';
import { describeHolder, membersOfBody, qualifiedRoleName, superiorOf } from '../model/parties.js';
import { baselineField, effectIdOf, indicatorField, targetField, unitOf } from '../model/effects.js';
import { kindWordOf, titleOf } from './declaration-titles.js';
import { englishKeyword } from './keyword-languages.js';
import { englishFormOf } from '../formatting/keyword-translation.js';
import { partyPartAt } from './qualified-references.js';

export class KetenHoverProvider extends MultilineCommentHoverProvider {
    protected readonly settings: KetenSettings;
    protected readonly services: KetenServices;

    constructor(services: KetenServices) {
        super(services);
        this.services = services;
        this.settings = services.keten.Settings;
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const offset = document.textDocument.offsetAt(params.position);
        const partyPart = partyPartAt(document, offset);
        if (partyPart) {
            return { contents: { kind: 'markdown', value: this.getAstNodeHoverContent(partyPart.party) ?? '' }, range: partyPart.range };
        }
        return super.getHoverContent(document, params);
    }

    protected override getAstNodeHoverContent(node: AstNode): string | undefined {
        const messages = this.settings.messages;
        const name = isRole(node) ? qualifiedRoleName(node) : (node as { name?: string }).name ?? '';
        const parts = [messages.editor.hoverKind({ kind: kindWordOf(messages, node.$type), name, title: titleOf(node) })];
        const documentation = this.documentationProvider.getDocumentation(node);
        if (documentation) parts.push(documentation);
        const facts = this.factsOf(node);
        if (facts.length) parts.push(facts.map(fact => `- ${fact}`).join('\n'));
        return parts.join('\n\n');
    }

    protected factsOf(node: AstNode): string[] {
        if (isRole(node)) return this.roleFacts(node);
        if (isEffect(node)) return this.effectFacts(node);
        if (isMandate(node)) return this.mandateFacts(node);
        if (isBody(node)) return [this.settings.messages.editor.hoverBodyMembers({ members: membersOfBody(node).map(qualifiedRoleName) })];
        return [];
    }

    protected roleFacts(role: Role): string[] {
        const m = this.settings.messages.editor;
        const superior = superiorOf(role);
        const mandates = this.allAgreements().flatMap(agreement =>
            mandatesHeldBy(agreement, role).map(mandate => `\`${agreement.name}.${mandate.name}\``));
        return [
            m.hoverRoleParty({ party: `\`${role.$container.name}\`${titleOf(role.$container) ? ` (${titleOf(role.$container)})` : ''}` }),
            superior ? m.hoverRoleReportsTo({ role: `\`${qualifiedRoleName(superior)}\`` }) : m.hoverRoleTop(),
            mandates.length ? m.hoverRoleMandates({ mandates }) : m.hoverRoleNoMandates()
        ];
    }

    protected effectFacts(effect: Effect): string[] {
        const m = this.settings.messages.editor;
        const baseline = baselineField(effect);
        const target = targetField(effect);
        return [
            m.hoverEffectIndicator({ indicator: indicatorField(effect)?.text, unit: unitOf(effect) }),
            m.hoverEffectBaseline({ value: baseline ? String(baseline.value) : undefined, date: baseline?.date }),
            m.hoverEffectTarget({ op: target?.op, value: target ? String(target.value) : undefined, date: target?.date }),
            m.hoverEffectId({ id: effectIdOf(effect) })
        ];
    }

    protected mandateFacts(mandate: Mandate): string[] {
        const grantor = grantorOf(mandate);
        const holder = holderOf(mandate);
        const limit = limitOf(mandate);
        return [this.settings.messages.editor.hoverMandateSummary({
            from: grantor ? `\`${describeHolder(grantor)}\`` : undefined,
            to: holder ? `\`${qualifiedRoleName(holder)}\`` : undefined,
            limit: limit ? formatLimit(limit) : undefined
        })];
    }

    protected override getKeywordHoverContent(keyword: GrammarAST.Keyword): Hover | undefined {
        const m = this.settings.messages.editor;
        // The same Dutch word can stand for different English keywords (`soort` is `type` in a
        // party and `kind` in an effect): translate by the grammar rule the keyword belongs to.
        const meaning = m.keywordMeaning[englishFormOf(keyword)] ?? m.keywordMeaning[englishKeyword(keyword.value)];
        if (!meaning) return undefined;
        return { contents: { kind: 'markdown', value: m.hoverKeyword({ keyword: keyword.value, meaning }) } };
    }

    protected allAgreements() {
        return this.services.shared.workspace.LangiumDocuments.all
            .map(document => document.parseResult.value)
            .filter(isDocument)
            .flatMap(root => agreementsOf(root))
            .filter(isAgreement)
            .toArray();
    }
}
