/**
 * Hover: a declaration's kind, name and title with its doc comment; for a role its party, whom
 * it reports to and the mandates it holds; for an effect its indicator, baseline and target;
 * for a mandate who grants and holds it; for a power its party, holder, basis and the mandates
 * that hand it on; for a data block its parties, purpose, basis, special categories, retention
 * and controllers; for a budget its amount and shares; for a term its meaning; on a signatory
 * (its role or its texts) who signs for whom and on what ground; for a keyword what it means.
 * On `Party` in `Party.role` and `Party.power` the party is shown.
 */
import { AstUtils, CstUtils, GrammarAST, type AstNode, type LangiumDocument } from 'langium';
import { MultilineCommentHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { KetenServices } from '../keten-module.js';
import type { KetenSettings } from '../config/keten-settings.js';
import {
    isAgreement, isBody, isBudget, isDataSharing, isDocument, isEffect, isMandate, isPower, isRole, isSignatoryField, isTerm,
    type Budget, type DataSharing, type Effect, type Mandate, type Power, type Role, type SignatoryField
} from '../generated/ast.js';
import { amountField, countedSharesOf, shareAmountOf, shareTotalOf } from '../model/budgets.js';
import {
    dataBasisField, dataControllersOf, dataProvidersOf, dataRecipientsOf, purposeField, retentionField, specialField
} from '../model/data-sharing.js';
import { mandatePowerOf } from '../model/mandates.js';
import { powerBasisField, powerHolderOf } from '../model/parties.js';
import { agreementsOf, mandatesOf } from '../model/agreements.js';
import { mandatesHeldBy, grantorOf, holderOf, limitOf, formatLimit } from '../model/mandates.js';
import { describeHolder, membersOfBody, qualifiedPowerName, qualifiedRoleName, superiorOf } from '../model/parties.js';
import { baselineField, effectIdOf, indicatorField, targetField, unitOf } from '../model/effects.js';
import { kindWordOf, titleOf } from './declaration-titles.js';
import { keywordMeaningOf } from './keyword-meaning.js';
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
        const signatory = this.signatoryAt(document, offset);
        if (signatory) return { contents: { kind: 'markdown', value: signatory } };
        return super.getHoverContent(document, params);
    }

    /**
     * On a signatory's role (its role half) or its texts: who signs for whom and on what ground,
     * then the role. On its keyword the keyword's meaning is shown, as everywhere.
     */
    protected signatoryAt(document: LangiumDocument, offset: number): string | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = root ? CstUtils.findLeafNodeAtOffset(root, offset) : undefined;
        if (!leaf || GrammarAST.isKeyword(leaf.grammarSource)) return undefined;
        const field = AstUtils.getContainerOfType(leaf.astNode, isSignatoryField);
        if (!field) return undefined;
        const role = field.role?.ref;
        const summary = this.signatorySummary(field);
        return role ? `${summary}\n\n${this.getAstNodeHoverContent(role) ?? ''}` : summary;
    }

    protected signatorySummary(field: SignatoryField): string {
        const role = field.role?.ref;
        const party = role?.$container;
        return this.settings.messages.editor.hoverSignatory({
            role: `\`${role ? qualifiedRoleName(role) : field.role?.$refText ?? ''}\`${titleOf(role) ? ` (${titleOf(role)})` : ''}`,
            party: party ? `\`${party.name}\`${titleOf(party) ? ` (${titleOf(party)})` : ''}` : undefined,
            person: field.person,
            pursuantTo: field.pursuantTo
        });
    }

    protected override getAstNodeHoverContent(node: AstNode): string | undefined {
        const messages = this.settings.messages;
        const name = isRole(node) ? qualifiedRoleName(node) : isPower(node) ? qualifiedPowerName(node) : (node as { name?: string }).name ?? '';
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
        if (isPower(node)) return this.powerFacts(node);
        if (isDataSharing(node)) return this.dataFacts(node);
        if (isBudget(node)) return this.budgetFacts(node);
        if (isTerm(node)) return [this.settings.messages.editor.hoverTermMeaning({ meaning: node.meaning })];
        return [];
    }

    protected powerFacts(power: Power): string[] {
        const m = this.settings.messages.editor;
        const party = power.$container;
        const holder = powerHolderOf(power);
        const mandates = this.allAgreements().flatMap(agreement =>
            mandatesOf(agreement).filter(mandate => mandatePowerOf(mandate) === power).map(mandate => `\`${agreement.name}.${mandate.name}\``));
        return [
            m.hoverPowerParty({ party: `\`${party.name}\`${titleOf(party) ? ` (${titleOf(party)})` : ''}` }),
            m.hoverPowerHolder({ role: holder ? `\`${qualifiedRoleName(holder)}\`${titleOf(holder) ? ` (${titleOf(holder)})` : ''}` : undefined }),
            m.hoverPowerBasis({ basis: powerBasisField(power)?.text }),
            ...(mandates.length ? [m.hoverPowerMandates({ mandates })] : [])
        ];
    }

    protected dataFacts(data: DataSharing): string[] {
        const m = this.settings.messages.editor;
        const names = (parties: ReadonlyArray<{ name: string }>) => parties.map(party => `\`${party.name}\``);
        const retention = retentionField(data)?.duration;
        const special = specialField(data)?.text;
        return [
            m.hoverDataParties({ from: names(dataProvidersOf(data)), to: names(dataRecipientsOf(data)) }),
            m.hoverDataPurpose({ purpose: purposeField(data)?.text }),
            m.hoverDataBasis({ basis: dataBasisField(data)?.text }),
            ...(special ? [m.hoverDataSpecial({ special })] : []),
            m.hoverDataRetention({ retention: retention ? `${retention.count} ${retention.unit}` : undefined }),
            m.hoverDataControllers({ controllers: names(dataControllersOf(data)) })
        ];
    }

    protected budgetFacts(budget: Budget): string[] {
        const m = this.settings.messages.editor;
        const quantities = this.settings.messages.quantities;
        const amount = amountField(budget)?.amount;
        const amountText = amount && typeof amount.value === 'number' ? `${amount.value} ${amount.unit}${amount.per ? ` per ${amount.per}` : ''}` : undefined;
        const shares = countedSharesOf(budget).map(share => {
            const money = shareAmountOf(budget, share);
            return m.hoverBudgetShare({
                party: `\`${share.partyName}\``,
                percent: share.percent,
                amount: money !== undefined && amount ? quantities.writtenAmount(`${money} ${amount.unit}${amount.per ? ` per ${amount.per}` : ''}`) : undefined
            });
        });
        return [m.hoverBudgetAmount({ amount: amountText }), m.hoverBudgetShares({ shares, total: shareTotalOf(budget) })];
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
        // By the grammar rule the keyword stands in: `from` in a mandate is not `from` after `measured`.
        const meaning = keywordMeaningOf(m, keyword);
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
