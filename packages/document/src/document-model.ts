/**
 * The document model: a pure function from a checked agreement to the covenant text as plain
 * data (`CovenantDocument`), in the structure and order of DOCUMENT.md. Everything an
 * element says is read through the model queries of @keten/language; every word comes from
 * the catalogue (`messages.document`). A part with nothing to say is left out, and articles
 * are numbered consecutively.
 *
 * Runs in a browser too: no file access here.
 */
import type {
    Agreement, Amount, Body, Budget, Commitment, Condition, DataSharing, Duration, Effect, Escalation, Holder, Mandate,
    Party, Power, Role, Term
} from '@keten/language';
import { model, type ArticleKey, type ComparatorWord, type DocumentTexts, type ObligationKind } from '@keten/language';
import type { AstNode } from 'langium';
import type {
    Article, ArticlePart, CovenantDocument, Item, Paragraph, SignatureBlock, Signer, Section, SourceOf, Text
} from './covenant-document.js';
import { cleanText, docCommentOf, sourceOf } from './source-of.js';
import { blankMark, runs, strong } from './text-runs.js';

export interface DocumentOptions {
    /** The number of `error` findings of the agreement (see `draftErrorsOf`); a draft when above 0. */
    readonly errors?: number;
    /** `--place`: where it is signed. */
    readonly place?: string;
    /** `--date` (YYYY-MM-DD): when it is signed. */
    readonly date?: string;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** `a.`, `b.`, … `z.`, `aa.`, `ab.`, … */
export function letterLabel(index: number): string {
    let label = '';
    let n = index;
    do {
        label = LETTERS[n % 26] + label;
        n = Math.floor(n / 26) - 1;
    } while (n >= 0);
    return `${label}.`;
}

/** The covenant text of one agreement, worded by `texts` (the locale's `messages.document`). */
export function covenantDocumentOf(agreement: Agreement, texts: DocumentTexts, options: DocumentOptions = {}): CovenantDocument {
    return new DocumentBuilder(agreement, texts).build(options);
}

class DocumentBuilder {
    private readonly ids = new Set<string>();
    private readonly listed: readonly Party[];
    private readonly involved: readonly Party[];
    /**
     * The parties of `parties` as written, in order, each once: a name that does not resolve
     * (a draft: `unresolved-reference`, or a party left out for its syntax errors) keeps its
     * place among the undersigned and the signatures, with blanks to fill in, and counts in
     * "in N-voud" (DOCUMENT.md: N = number of parties in `parties`).
     */
    private readonly signing: ReadonlyArray<{ readonly party?: Party; readonly name: string; readonly node: AstNode }>;

    constructor(private readonly agreement: Agreement, private readonly t: DocumentTexts) {
        this.listed = model.partiesOf(agreement);
        this.involved = model.involvedPartiesOf(agreement);
        const signing: Array<{ party?: Party; name: string; node: AstNode }> = [];
        const field = model.partiesField(agreement);
        for (const ref of field?.parties ?? []) {
            const party = ref.ref;
            const name = party?.name ?? ref.$refText;
            if (name === '' || signing.some(entry => entry.name === name)) continue;
            signing.push({ party, name, node: party ?? field! });
        }
        this.signing = signing;
    }

    build(options: DocumentOptions): CovenantDocument {
        const a = this.agreement;
        const t = this.t;
        const id = this.id(a.name);
        const errors = options.errors ?? 0;
        const articles: Article[] = [];
        const add = (key: ArticleKey, parts: ArticlePart[], intro?: string) => {
            if (parts.length === 0) return;
            const number = articles.length + 1;
            articles.push({
                key, id: this.id(`${a.name}.article.${key}`), number, label: t.articleLabel({ number }),
                heading: t.article[key], intro, parts: numbered(parts)
            });
        };
        add('definitions', this.definitions(), t.definitionsIntro);
        add('objectives', this.objectives(), t.objectivesIntro);
        add('steering', this.steering());
        add('involved', this.involvedParties());
        add('obligations', this.obligations());
        add('mandates', this.mandates());
        add('conditions', this.conditions());
        add('finances', this.finances());
        add('dataSharing', this.dataSharing());
        add('escalation', this.escalation());
        add('effects', this.effects());
        add('term', this.term());
        add('amendment', this.textClause(model.amendmentField(a), 'amendment'));
        add('accession', this.textClause(model.accessionField(a), 'accession'));
        add('disputes', this.disputes());
        add('publication', this.publication());
        return {
            language: t.htmlLanguage,
            id,
            source: sourceOf(a, id),
            title: cleanText(a.title ?? '') || a.name,
            period: this.periodLine(),
            explanation: docCommentOf(a),
            explanationLabel: t.explanation,
            draft: errors > 0 ? { errors, mark: t.draftMark({ errors }) } : undefined,
            pageNumber: t.pageNumber,
            undersigned: this.undersigned(),
            whereas: this.whereas(),
            havingRegardTo: this.havingRegardTo(),
            agree: t.agree,
            articles,
            signatures: this.signatures(options)
        };
    }

    // ---------------------------------------------------------------- ids and words

    /** A unique HTML id: the element's own, with `-2`, `-3`, … when it is already taken. */
    private id(wanted: string): string {
        let id = wanted;
        for (let n = 2; this.ids.has(id); n++) id = `${wanted}-${n}`;
        this.ids.add(id);
        return id;
    }

    private source(node: AstNode | undefined, wanted: string): SourceOf | undefined {
        return node ? sourceOf(node, this.id(wanted)) : undefined;
    }

    private get blank(): string {
        return blankMark(this.t.blank);
    }

    private text(value: string | undefined): string {
        const cleaned = cleanText(value ?? '');
        return cleaned === '' ? this.blank : cleaned;
    }

    private quoted(value: string): string {
        return this.t.quoted(value);
    }

    private date(iso: string | undefined): string {
        return iso ? this.t.date(iso) : this.blank;
    }

    private duration(duration: Duration | undefined): string {
        if (!duration || typeof duration.count !== 'number') return this.blank;
        return this.t.duration(duration.count, model.durationUnit(duration.unit), duration.unit ?? '');
    }

    private amount(amount: Amount | undefined): string {
        if (!amount || typeof amount.value !== 'number') return this.blank;
        const quantity = this.t.quantity(amount.value, amount.unit);
        return amount.per ? `${quantity} ${this.t.per(amount.per)}` : quantity;
    }

    /** A party in running text: its short name once `parties` or `involving` introduced it, else its title. */
    private partyName(party: Party | undefined): string {
        if (!party) return this.blank;
        return this.listed.includes(party) || this.involved.includes(party) ? party.name : this.partyTitle(party);
    }

    private partyTitle(party: Party): string {
        return cleanText(party.title ?? '') || party.name;
    }

    private roleTitle(role: Role): string {
        return cleanText(role.title ?? '') || role.name;
    }

    private bodyTitle(body: Body): string {
        return cleanText(body.title ?? '') || body.name;
    }

    private holder(holder: Holder | undefined): string {
        if (!holder) return this.blank;
        if (model.isRole(holder)) return this.t.roleOfParty({ role: this.roleTitle(holder), party: this.partyName(holder.$container) });
        return this.bodyTitle(holder as Body);
    }

    private parties(parties: readonly Party[]): string {
        return parties.length === 0 ? this.blank : this.t.list(parties.map(party => this.partyName(party)));
    }

    private titleOf(element: { name: string; title?: string }): string {
        return cleanText(element.title ?? '') || element.name;
    }

    /** A paragraph starting with the element's title in bold. */
    private lead(element: { name: string; title?: string }, sentence: string): string {
        return `${strong(this.t.lead({ title: this.titleOf(element) }))} ${sentence}`;
    }

    // ---------------------------------------------------------------- title and preamble

    private periodLine(): string | undefined {
        const field = model.periodField(this.agreement);
        if (!field) return undefined;
        const period = field.range
            ? this.t.periodRange({ start: this.date(field.range.start), end: this.date(field.range.end) })
            : this.t.periodOpen({ start: this.date(field.start) });
        return runsText(this.t.periodLine({ period }));
    }

    private signatoriesOf(party: Party) {
        return model.signingSignatoriesOf(this.agreement).filter(signatory => model.signatoryRoleOf(signatory)?.$container === party);
    }

    private undersigned(): Section | undefined {
        const a = this.agreement;
        if (this.signing.length === 0) return undefined;
        const items: Item[] = this.signing.map(({ party, name, node }, index) => {
            const signatories = party ? this.signatoriesOf(party) : [];
            const representatives = signatories.length === 0
                ? this.blank
                : this.t.list(signatories.map(signatory => this.t.representative({
                    person: this.text(signatory.person),
                    role: this.roleTitle(model.signatoryRoleOf(signatory)!),
                    basis: signatory.pursuantTo === undefined ? undefined : this.text(signatory.pursuantTo)
                })));
            const last = index === this.signing.length - 1;
            const entry = this.t.party({ party: party ? this.partyTitle(party) : name, representatives, name: strong(name) });
            return {
                label: `${index + 1}.`,
                text: runs(`${entry}${last ? (this.signing.length > 1 ? ',' : '.') : ';'}`),
                source: this.source(node, name),
                explanation: party ? docCommentOf(party) : undefined
            };
        });
        return {
            id: this.id(`${a.name}.undersigned`),
            heading: this.t.undersigned,
            numbering: 'decimal',
            items,
            closing: this.signing.length > 1 ? `${this.t.allParties},` : undefined
        };
    }

    private whereas(): Section | undefined {
        const fields = model.allOfType(this.agreement.members, 'ConsideringField');
        if (fields.length === 0) return undefined;
        return {
            id: this.id(`${this.agreement.name}.whereas`),
            heading: this.t.whereas,
            numbering: 'letter',
            items: fields.map((field, index) => ({
                label: letterLabel(index),
                text: runs(this.t.sentence(this.text(field.text))),
                source: this.source(field, `${this.agreement.name}.considering.${index + 1}`)
            }))
        };
    }

    private havingRegardTo(): Section | undefined {
        const fields = model.allOfType(this.agreement.members, 'BasisField');
        if (fields.length === 0) return undefined;
        return {
            id: this.id(`${this.agreement.name}.basis`),
            heading: this.t.havingRegardTo,
            numbering: 'none',
            items: fields.map((field, index) => ({
                text: runs(this.text(field.text)),
                source: this.source(field, `${this.agreement.name}.basis.${index + 1}`)
            }))
        };
    }

    // ---------------------------------------------------------------- articles

    private definitions(): ArticlePart[] {
        const collator = new Intl.Collator(this.t.htmlLanguage, { sensitivity: 'base', numeric: true });
        const terms = [...model.termsOf(this.agreement)].sort((x, y) => collator.compare(x.name, y.name));
        return terms.map((term: Term) => paragraph(
            runs(this.t.definition({ term: strong(term.name), meaning: this.text(term.meaning) })),
            [], this.source(term, `${this.agreement.name}.term.${term.name}`), docCommentOf(term)
        ));
    }

    private objectives(): ArticlePart[] {
        return model.allOfType(this.agreement.members, 'GoalField').map((goal, index) =>
            paragraph(runs(this.t.sentence(this.text(goal.text))), [], this.source(goal, `${this.agreement.name}.goal.${index + 1}`)));
    }

    private steering(): ArticlePart[] {
        const a = this.agreement;
        const parts: ArticlePart[] = [];
        const steering = model.steeringField(a);
        if (steering) parts.push(paragraph(runs(this.t.steeringHolder({ holder: this.holder(steering.holder?.ref) })), [], this.source(steering, `${a.name}.steering`)));
        const accountable = model.accountableField(a);
        if (accountable) parts.push(paragraph(runs(this.t.accountableHolder({ holder: this.holder(accountable.holder?.ref) })), [], this.source(accountable, `${a.name}.accountable`)));
        const review = model.reviewField(a);
        if (review) {
            const every = review.every && typeof review.every.count === 'number'
                ? this.t.every(review.every.count, model.durationUnit(review.every.unit), review.every.unit ?? '')
                : this.blank;
            parts.push(paragraph(runs(this.t.reviewHolder({ holder: this.holder(review.holder?.ref), every })), [], this.source(review, `${a.name}.review`)));
        }
        for (const body of model.bodiesNamedIn(a)) {
            const members = model.membersOfBody(body);
            const chair = model.chairOfBody(body);
            const sentences = [this.t.bodyMembers({
                body: strong(this.bodyTitle(body)),
                members: members.length === 0 ? this.blank : this.t.list(members.map(role => this.holder(role)))
            })];
            if (chair) sentences.push(this.t.bodyChair({ chair: this.holder(chair) }));
            parts.push(paragraph(runs(sentences.join(' ')), [], this.source(body, body.name), docCommentOf(body)));
        }
        return parts;
    }

    private involvedParties(): ArticlePart[] {
        return this.involved.map(party => paragraph(
            runs(this.t.involvedParty({ party: this.partyTitle(party) === party.name ? strong(party.name) : `${this.partyTitle(party)} (${strong(party.name)})` })),
            [], this.source(party, `${this.agreement.name}.involving.${party.name}`), docCommentOf(party)
        ));
    }

    private obligations(): ArticlePart[] {
        const commitments = model.commitmentsOf(this.agreement);
        if (commitments.length === 0) return [];
        const single = commitments.filter(c => model.committingPartiesOf(c).length <= 1);
        const joint = commitments.filter(c => model.committingPartiesOf(c).length > 1);
        const owners: Array<Party | undefined> = [];
        for (const party of [...this.listed, ...this.involved]) {
            if (!owners.includes(party) && single.some(c => model.committingPartyOf(c) === party)) owners.push(party);
        }
        for (const c of single) {
            const party = model.committingPartyOf(c);
            if (!owners.includes(party)) owners.push(party);
        }
        const parts: ArticlePart[] = [];
        for (const owner of owners) {
            parts.push({ kind: 'subheading', text: owner ? this.partyTitle(owner) : this.t.blank });
            for (const c of single.filter(s => model.committingPartyOf(s) === owner)) parts.push(this.commitment(c));
        }
        if (joint.length > 0) {
            parts.push({ kind: 'subheading', text: this.t.jointly });
            for (const c of joint) parts.push(this.commitment(c));
        }
        return parts;
    }

    private commitment(commitment: Commitment): Paragraph {
        const a = this.agreement;
        const parties = model.committingPartiesOf(commitment);
        const several = parties.length > 1;
        const kind = obligationKindOf(commitment);
        const due = model.dueField(commitment);
        const dueText = !due ? undefined
            : due.date !== undefined ? this.t.dueOn({ date: this.date(due.date) })
                : this.t.dueWithin({ duration: this.duration(due.within), event: this.text(due.event) });
        const sentences = [this.t.commitment({
            parties: this.parties(parties),
            obligation: this.t.obligation({ kind, several }),
            what: this.titleOf(commitment),
            due: dueText
        })];
        const needed = model.neededConditionsOf(commitment).map(n => this.titleOf(n.condition));
        if (needed.length > 0) sentences.push(this.t.needs({ conditions: this.t.list(needed), count: needed.length }));
        const decides = model.decidesFieldOf(commitment);
        if (decides) {
            const authorities = model.decisionAuthoritiesOf(commitment).map(authority => this.authority(authority));
            sentences.push(authorities.length > 0 ? this.t.decidesUnder({ authorities: this.t.list(authorities) }) : this.t.decidesWithoutAuthority);
        }
        return paragraph(runs(sentences.join(' ')), [], this.source(commitment, `${a.name}.${commitment.name}`), docCommentOf(commitment));
    }

    private authority(authority: Mandate | Power): string {
        if (model.isPower(authority)) {
            return this.t.underPower({ power: this.quoted(this.titleOf(authority)), party: this.partyName(authority.$container) });
        }
        return this.t.underMandate({ mandate: this.quoted(this.titleOf(authority)) });
    }

    private mandates(): ArticlePart[] {
        const a = this.agreement;
        const mandates = model.mandatesOf(a);
        if (mandates.length === 0) return [];
        const parts: ArticlePart[] = mandates.map(mandate => {
            const items: Item[] = [];
            const item = (text: string, node: AstNode | undefined, field: string) =>
                items.push({ text: runs(text), source: this.source(node, `${a.name}.${mandate.name}.${field}`) });
            const limit = model.limitField(mandate);
            if (limit) item(this.t.mandateLimit({ limit: this.amount(limit.amount) }), limit, 'limit');
            const submandate = model.submandateField(mandate);
            if (submandate) item(model.allowsSubmandate(mandate) ? this.t.submandate.allowed : this.t.submandate.denied, submandate, 'submandate');
            else item(this.t.submandateByDefault, undefined, 'submandate');
            const valid = model.validField(mandate);
            if (valid) item(this.t.mandateValid({ start: this.date(valid.range?.start), end: this.date(valid.range?.end) }), valid, 'valid');
            const basis = model.basisField(mandate);
            if (basis) item(this.t.mandateBasis({ basis: this.text(basis.text) }), basis, 'basis');
            const powerField = model.mandatePowerField(mandate);
            if (powerField) {
                const power = model.mandatePowerOf(mandate);
                const powerBasis = power ? model.powerBasisField(power)?.text : undefined;
                item(this.t.mandatePower({
                    power: power ? this.quoted(this.titleOf(power)) : this.blank,
                    party: power ? this.partyName(power.$container) : this.blank,
                    basis: powerBasis === undefined ? undefined : this.text(powerBasis)
                }), powerField, 'power');
            }
            const sentence = this.t.mandate({
                giver: this.holder(model.grantorOf(mandate)),
                holder: this.holder(model.holderOf(mandate)),
                scope: this.text(model.scopeField(mandate)?.text)
            });
            return paragraph(runs(this.lead(mandate, sentence)), labelled(items), this.source(mandate, `${a.name}.${mandate.name}`), docCommentOf(mandate));
        });
        parts.push(paragraph(runs(this.t.mandateCountsAsGivers), []));
        return parts;
    }

    private conditions(): ArticlePart[] {
        const a = this.agreement;
        return model.conditionsOf(a).map((condition: Condition) => {
            const providers = model.providersOf(condition);
            const resource = model.resourceField(condition);
            const before = model.beforeField(condition)?.date;
            const sentence = this.t.condition({
                providers: this.parties(providers),
                several: providers.length > 1,
                resource: !resource ? this.blank : resource.amount ? this.amount(resource.amount) : this.text(resource.text),
                before: before === undefined ? undefined : this.date(before)
            });
            return paragraph(runs(this.lead(condition, sentence)), [], this.source(condition, `${a.name}.${condition.name}`), docCommentOf(condition));
        });
    }

    private finances(): ArticlePart[] {
        const a = this.agreement;
        return model.budgetsOf(a).map((budget: Budget) => {
            const amountField = model.amountField(budget);
            const sentences: string[] = [];
            if (amountField) sentences.push(this.t.budgetAmount({ amount: this.amount(amountField.amount) }));
            const shares = model.countedSharesOf(budget);
            const fields = model.sharesOf(budget);
            const items: Item[] = shares.map(share => {
                const money = model.shareAmountOf(budget, share);
                const amount = amountField?.amount;
                const field = fields.find(f => (f.party?.$refText ?? '') === share.partyName);
                return {
                    text: runs(this.t.budgetShare({
                        party: share.party ? this.partyName(share.party) : this.text(share.partyName),
                        percent: this.t.percent(share.percent),
                        amount: money === undefined || !amount ? undefined
                            : `${this.t.quantity(money, amount.unit)}${amount.per ? ` ${this.t.per(amount.per)}` : ''}`
                    })),
                    source: this.source(field, `${a.name}.${budget.name}.${share.partyName}`)
                };
            });
            sentences.push(items.length > 0 ? this.t.budgetShares({ afterAmount: amountField !== undefined }) : this.t.budgetWithoutShares);
            return paragraph(runs(this.lead(budget, sentences.join(' '))), labelled(items), this.source(budget, `${a.name}.${budget.name}`), docCommentOf(budget));
        });
    }

    private dataSharing(): ArticlePart[] {
        const a = this.agreement;
        return model.dataSharingsOf(a).map((data: DataSharing) => {
            const items: Item[] = [];
            const item = (text: string, node: AstNode | undefined, field: string) =>
                items.push({ text: runs(text), source: this.source(node, `${a.name}.${data.name}.${field}`) });
            const purpose = model.purposeField(data);
            if (purpose) item(this.t.dataPurpose({ text: this.text(purpose.text) }), purpose, 'purpose');
            const basis = model.dataBasisField(data);
            if (basis) item(this.t.dataBasis({ text: this.text(basis.text) }), basis, 'basis');
            const categories = model.categoriesField(data);
            if (categories) item(this.t.dataCategories({ text: this.text(categories.text) }), categories, 'categories');
            const special = model.specialField(data);
            if (special) item(this.t.dataSpecial({ text: this.text(special.text) }), special, 'special');
            const retention = model.retentionField(data);
            if (retention) item(this.t.dataRetention({ duration: this.duration(retention.duration) }), retention, 'retention');
            const controller = model.controllerField(data);
            if (controller) {
                const controllers = model.dataControllersOf(data);
                item(this.t.dataController({ controllers: this.parties(controllers), several: controllers.length > 1 }), controller, 'controller');
            }
            const providers = model.dataProvidersOf(data);
            const sentence = this.t.dataSharing({
                providers: this.parties(providers), several: providers.length > 1, recipients: this.parties(model.dataRecipientsOf(data))
            });
            return paragraph(runs(this.lead(data, sentence)), labelled(items), this.source(data, `${a.name}.${data.name}`), docCommentOf(data));
        });
    }

    private escalation(): ArticlePart[] {
        const a = this.agreement;
        return model.escalationsOf(a).map((route: Escalation) => {
            const items: Item[] = route.levels.map((level, index) => ({
                text: runs(this.t.escalationLevel({
                    holder: this.holder(level.holder?.ref),
                    within: level.within ? this.duration(level.within) : undefined,
                    decides: level.decides !== undefined,
                    last: index === route.levels.length - 1
                })),
                source: this.source(level, `${a.name}.${route.name}.${index + 1}`)
            }));
            return paragraph(runs(this.lead(route, this.t.escalation)), labelled(items), this.source(route, `${a.name}.${route.name}`), docCommentOf(route));
        });
    }

    private effects(): ArticlePart[] {
        const a = this.agreement;
        return model.effectsOf(a).map((effect: Effect) => {
            const items: Item[] = [];
            const item = (text: string, node: AstNode | undefined, field: string) =>
                items.push({ text: runs(text), source: this.source(node, `${a.name}.${effect.name}.${field}`) });
            const unit = model.unitOf(effect);
            const value = (n: number | undefined) => typeof n === 'number' ? this.t.quantity(n, unit === undefined ? undefined : cleanText(unit)) : this.blank;
            item(this.t.effectKind({ kind: model.effectKindOf(effect) }), model.kindField(effect), 'kind');
            const indicator = model.indicatorField(effect);
            if (indicator) item(this.t.effectIndicator({ text: this.text(indicator.text) }), indicator, 'indicator');
            const baseline = model.baselineField(effect);
            if (baseline) item(this.t.effectBaseline({ value: value(baseline.value), date: this.date(baseline.date) }), baseline, 'baseline');
            const target = model.targetField(effect);
            if (target && model.isComparator(target.op)) {
                item(this.t.effectTarget({ comparator: target.op as ComparatorWord, value: value(target.value), date: this.date(target.date) }), target, 'target');
            }
            const measured = model.measuredField(effect);
            if (measured) {
                item(this.t.effectMeasured({
                    frequency: model.frequencyOf(effect),
                    party: this.partyName(measured.party?.ref),
                    source: measured.source === undefined ? undefined : this.text(measured.source)
                }), measured, 'measured');
            }
            const through = model.throughField(effect);
            if (through) {
                const commitments = through.commitments.map(ref => ref.ref).filter((c): c is Commitment => c !== undefined);
                item(this.t.effectThrough({ commitments: commitments.length === 0 ? this.blank : this.t.list(commitments.map(c => this.titleOf(c))) }), through, 'through');
            }
            return paragraph(runs(strong(this.t.lead({ title: this.titleOf(effect) }))), labelled(items), this.source(effect, `${a.name}.${effect.name}`), docCommentOf(effect));
        });
    }

    private term(): ArticlePart[] {
        const a = this.agreement;
        const parts: ArticlePart[] = [];
        const period = model.periodField(a);
        if (period) {
            const text = period.range
                ? this.t.termStart({ start: this.date(period.range.start), end: this.date(period.range.end) })
                : this.t.termStart({ start: this.date(period.start) });
            parts.push(paragraph(runs(text), [], this.source(period, `${a.name}.period`)));
        }
        // COVENANT.md: `renewal` with `period from` has no effect (it has no end to renew at).
        const renewal = period?.range ? model.renewalField(a) : undefined;
        if (renewal) parts.push(paragraph(runs(this.t.renewal({ duration: this.duration(renewal.every) })), [], this.source(renewal, `${a.name}.renewal`)));
        const termination = model.terminationField(a);
        if (termination) {
            // With renewal the notice is given before an end date (COVENANT.md).
            const text = this.t.termination({ duration: this.duration(termination.notice), beforeAnEnd: renewal !== undefined });
            parts.push(paragraph(runs(text), [], this.source(termination, `${a.name}.termination`)));
        }
        return parts;
    }

    private textClause(field: { text: string } & AstNode | undefined, key: 'amendment' | 'accession'): ArticlePart[] {
        if (!field) return [];
        return [paragraph(runs(this.t.sentence(this.text(field.text))), [], this.source(field, `${this.agreement.name}.${key}`))];
    }

    private disputes(): ArticlePart[] {
        const field = model.disputesField(this.agreement);
        if (!field) return [];
        const text = field.route
            ? this.t.disputesRoute({ route: field.route.ref ? this.quoted(this.titleOf(field.route.ref)) : this.blank, known: field.route.ref !== undefined && model.escalationsOf(this.agreement).includes(field.route.ref) })
            : this.t.disputesText({ text: this.text(field.text) });
        return [paragraph(runs(text), [], this.source(field, `${this.agreement.name}.disputes`))];
    }

    private publication(): ArticlePart[] {
        const field = model.publicationField(this.agreement);
        if (!field) return [];
        const text = this.t.publication({ text: this.text(field.text), within: field.within ? this.duration(field.within) : undefined });
        return [paragraph(runs(text), [], this.source(field, `${this.agreement.name}.publication`))];
    }

    // ---------------------------------------------------------------- signatures

    private signatures(options: DocumentOptions): CovenantDocument['signatures'] {
        const a = this.agreement;
        const t = this.t;
        const place = options.place !== undefined && cleanText(options.place) !== '' ? cleanText(options.place) : this.blank;
        const date = options.date !== undefined ? t.date(options.date) : this.blank;
        const blocks: SignatureBlock[] = this.signing.map(({ party, name, node }) => {
            const signatories = party ? this.signatoriesOf(party) : [];
            const signers: Signer[] = signatories.length === 0
                ? [{ role: { text: t.blank, style: 'blank' }, person: { text: t.blank, style: 'blank' } }]
                : signatories.map((signatory, index) => {
                    const person = cleanText(signatory.person ?? '');
                    return {
                        role: { text: this.roleTitle(model.signatoryRoleOf(signatory)!) },
                        person: person === '' ? { text: t.blank, style: 'blank' } : { text: person },
                        source: this.source(signatory, `${a.name}.signatory.${name}.${index + 1}`)
                    };
                });
            const id = this.id(`${a.name}.signature.${name}`);
            return { id, party: party ? this.partyTitle(party) : name, signers, source: sourceOf(node, id) };
        });
        return {
            id: this.id(`${a.name}.signatures`),
            text: runs(t.signedAt({ copies: this.signing.length, place, date })),
            blocks,
            labels: { name: t.signatureName, role: t.signatureRole, date: t.signatureDate, signature: t.signature },
            blank: t.blank
        };
    }
}

function paragraph(text: Text, items: readonly Item[], source?: SourceOf, explanation?: string): Paragraph {
    return { kind: 'paragraph', label: '', text, items, source, explanation };
}

/** Paragraphs numbered 1., 2., … across the article (subheadings are not numbered). */
function numbered(parts: readonly ArticlePart[]): ArticlePart[] {
    let n = 0;
    return parts.map(part => part.kind === 'paragraph' ? { ...part, label: `${++n}.` } : part);
}

/** Items lettered a., b., … */
function labelled(items: readonly Item[]): Item[] {
    return items.map((item, index) => ({ ...item, label: letterLabel(index) }));
}

/** The plain text of a worded sentence (marks dropped). */
function runsText(worded: string): string {
    return runs(worded).map(run => run.text).join('');
}

function obligationKindOf(commitment: Commitment): ObligationKind {
    const value = model.firstOfType(commitment.fields, 'ObligationField')?.value;
    if (value === 'effort' || value === 'inspanning') return 'effort';
    if (value === 'result' || value === 'resultaat') return 'result';
    return 'none';
}
