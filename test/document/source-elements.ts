/**
 * What a covenant text must hold of its source (issue 12): every party, signatory,
 * consideration, commitment, mandate, condition, data block, budget share, escalation route,
 * effect and clause — as the texts the source wrote (titles, names, strings). Read straight
 * from the syntax tree, not through the document model, so the model cannot leave one out
 * unnoticed.
 */
import { model, type Agreement, type DocumentTexts } from '@keten/language';

export interface SourceElement {
    readonly what: string;
    readonly text: string;
}

const titleOf = (element: { name: string; title?: string }) => element.title?.trim() ? element.title : element.name;

export function sourceElementsOf(agreement: Agreement, texts: DocumentTexts): SourceElement[] {
    const out: SourceElement[] = [];
    const add = (what: string, text: string | undefined) => {
        if (text !== undefined && text.trim() !== '') out.push({ what, text });
    };
    for (const party of model.partiesOf(agreement)) add('party', titleOf(party));
    for (const party of model.involvedPartiesOf(agreement)) add('involved party', titleOf(party));
    for (const signatory of model.signatoriesOf(agreement)) {
        const role = model.signatoryRoleOf(signatory);
        if (role && model.partiesOf(agreement).includes(role.$container)) {
            add('signatory role', titleOf(role));
            add('signatory', signatory.person);
            add('signatory basis', signatory.pursuantTo);
        }
    }
    for (const text of model.considerationsOf(agreement)) add('consideration', text);
    for (const text of model.agreementBasesOf(agreement)) add('basis', text);
    for (const term of model.termsOf(agreement)) {
        add('term', term.name);
        add('term meaning', term.meaning);
    }
    for (const goal of model.goalsOf(agreement)) add('goal', goal);
    for (const commitment of model.commitmentsOf(agreement)) {
        add('commitment', titleOf(commitment));
        const due = model.dueField(commitment);
        add('commitment event', due?.event);
    }
    for (const mandate of model.mandatesOf(agreement)) {
        add('mandate', titleOf(mandate));
        add('mandate scope', model.scopeField(mandate)?.text);
        add('mandate basis', model.basisField(mandate)?.text);
    }
    for (const condition of model.conditionsOf(agreement)) {
        add('condition', titleOf(condition));
        add('condition resource', model.resourceField(condition)?.text);
    }
    for (const data of model.dataSharingsOf(agreement)) {
        add('data block', titleOf(data));
        add('data purpose', model.purposeField(data)?.text);
        add('data basis', model.dataBasisField(data)?.text);
        add('data categories', model.categoriesField(data)?.text);
        add('data special', model.specialField(data)?.text);
    }
    for (const budget of model.budgetsOf(agreement)) {
        add('budget', titleOf(budget));
        for (const share of model.countedSharesOf(budget)) {
            // A party the agreement introduces goes by its short name, another by its title.
            const party = !share.party ? share.partyName
                : model.isPartyInAgreement(agreement, share.party) ? share.party.name : titleOf(share.party);
            add('budget share', `${party}: ${texts.percent(share.percent)}`);
        }
    }
    for (const route of model.escalationsOf(agreement)) {
        add('escalation route', titleOf(route));
        for (const level of route.levels) {
            const holder = level.holder?.ref;
            if (holder) add('escalation level', titleOf(holder));
        }
    }
    for (const effect of model.effectsOf(agreement)) {
        add('effect', titleOf(effect));
        add('effect indicator', model.indicatorField(effect)?.text);
        add('effect source', model.measuredField(effect)?.source);
    }
    add('amendment', model.amendmentField(agreement)?.text);
    add('accession', model.accessionField(agreement)?.text);
    const disputes = model.disputesField(agreement);
    add('disputes', disputes?.text ?? (disputes?.route?.ref ? titleOf(disputes.route.ref) : undefined));
    add('publication', model.publicationField(agreement)?.text);
    return out;
}
