/**
 * How parties take part in an agreement: every place inside an agreement that names a party
 * or a holder, and which listed parties play a part through them (RULES.md,
 * `party-not-in-agreement` and `unused-party`).
 */
import type { AstNode } from 'langium';
import type { Agreement, Body, Holder, Party, Role } from '../generated/ast.js';
import { isBody, isRole } from '../generated/ast.js';
import { involvedPartiesOf, partiesOf } from './agreements.js';
import { isSameParty, membersOfBody } from './parties.js';
import { remembered } from './query-memo.js';

/** The field through which an agreement names a party or holder. */
export type PartyMentionKind =
    | 'by' | 'provided by' | 'from' | 'to' | 'level' | 'measured by' | 'steering' | 'accountable' | 'review'
    | 'signatory' | 'data from' | 'data to' | 'controller' | 'share';

/**
 * One reference inside an agreement to a party, a role or a body, as resolved.
 * `node`, `property` and (for lists) `index` locate the reference itself (for placing findings on it).
 */
export interface PartyMention {
    readonly kind: PartyMentionKind;
    readonly node: AstNode;
    readonly property: string;
    readonly index?: number;
    /** What the reference names; unresolved references are left out. */
    readonly target: Party | Role | Body;
}

/**
 * Every resolved reference to a party, role or body inside the agreement, in text order:
 * `steering`, `accountable`, `review … by`, `signatory`, a mandate's `from` and `to`, a
 * condition's `provided by`, a commitment's `by` (every party of a joint one), an escalation
 * `level`, an effect's `measured by`, a data block's `from`, `to` and `controller`, and a
 * budget's `share`. Repeated fields are included: each of their references names someone too.
 * (`parties` and `involving` list the parties; they are not mentions.)
 */
export const partyMentionsIn = remembered((agreement: Agreement): readonly PartyMention[] => {
    const mentions: PartyMention[] = [];
    const add = (kind: PartyMentionKind, node: AstNode, property: string, target: Party | Holder | undefined, index?: number) => {
        if (target) mentions.push({ kind, node, property, index, target });
    };
    const addAll = (kind: PartyMentionKind, node: AstNode, property: string, refs: ReadonlyArray<{ ref?: Party }>) => {
        refs.forEach((ref, index) => add(kind, node, property, ref.ref, index));
    };
    // One switch on the member's type (these types have no subtypes: the same as their guards).
    for (const member of agreement.members) {
        switch (member.$type) {
            case 'SteeringField': add('steering', member, 'holder', member.holder?.ref); break;
            case 'AccountableField': add('accountable', member, 'holder', member.holder?.ref); break;
            case 'ReviewField': add('review', member, 'holder', member.holder?.ref); break;
            case 'SignatoryField': add('signatory', member, 'role', member.role?.ref); break;
            case 'Mandate':
                for (const field of member.fields) {
                    if (field.$type === 'FromField') add('from', field, 'holder', field.holder?.ref);
                    if (field.$type === 'ToField') add('to', field, 'role', field.role?.ref);
                }
                break;
            case 'Condition':
                for (const field of member.fields) {
                    if (field.$type === 'ProvidedByField') addAll('provided by', field, 'parties', field.parties);
                }
                break;
            case 'Commitment':
                for (const field of member.fields) {
                    if (field.$type === 'ByField') addAll('by', field, 'parties', field.parties);
                }
                break;
            case 'Escalation':
                for (const level of member.levels) add('level', level, 'holder', level.holder?.ref);
                break;
            case 'Effect':
                for (const field of member.fields) {
                    if (field.$type === 'MeasuredField') add('measured by', field, 'party', field.party?.ref);
                }
                break;
            case 'DataSharing':
                for (const field of member.fields) {
                    if (field.$type === 'DataFromField') addAll('data from', field, 'parties', field.parties);
                    if (field.$type === 'DataToField') addAll('data to', field, 'parties', field.parties);
                    if (field.$type === 'ControllerField') addAll('controller', field, 'parties', field.parties);
                }
                break;
            case 'Budget':
                for (const field of member.fields) {
                    if (field.$type === 'ShareField') add('share', field, 'party', field.party?.ref);
                }
                break;
            default: break;
        }
    }
    return mentions;
});

/**
 * Whether the mention names a party that may be named there (COVENANT.md): a party of
 * `parties` or `involving`; a `signatory` must be a role of a party of `parties` (parties in
 * `involving` do not sign). Mentions of bodies bind no single party and are always allowed.
 */
export function isMentionInAgreement(agreement: Agreement, mention: PartyMention): boolean {
    const party = partyOfMention(mention);
    if (!party) return true;
    // A party declared twice (`duplicate-name`) is one party: `parties JBG` and `JBG.regisseur`
    // may resolve to different declarations of it (isSameParty), which is no second finding.
    const same = (other: Party) => isSameParty(other, party);
    return partiesOf(agreement).some(same) || (mention.kind !== 'signatory' && involvedPartiesOf(agreement).some(same));
}

/**
 * The party a mention binds: the party itself, or the party of a role. A body binds no single
 * party (its members are exempt from `party-not-in-agreement`).
 */
export function partyOfMention(mention: PartyMention): Party | undefined {
    if (isBody(mention.target)) return undefined;
    return isRole(mention.target) ? mention.target.$container : mention.target;
}

/**
 * The parties that play a part in the agreement: they own a commitment or condition (alone or
 * jointly), grant or hold a mandate, hold an escalation level, measure an effect, are through a
 * role steering, accountable or reviewer, provide, receive or control data, pay a share, sign
 * (a signatory that may sign: see `isMentionInAgreement`), or one of their roles is a member of
 * a body the agreement names.
 */
export const partiesPlayingAPart = remembered((agreement: Agreement): ReadonlySet<Party> => {
    const playing = new Set<Party>();
    for (const mention of partyMentionsIn(agreement)) {
        if (mention.kind === 'signatory' && !isMentionInAgreement(agreement, mention)) continue;
        const party = partyOfMention(mention);
        if (party) playing.add(party);
        else if (isBody(mention.target)) {
            for (const role of membersOfBody(mention.target)) playing.add(role.$container);
        }
    }
    return playing;
});

/** The listed parties (resolved, without repeats) that play no part in the agreement. */
export function unusedPartiesOf(agreement: Agreement): Party[] {
    const playing = partiesPlayingAPart(agreement);
    return partiesOf(agreement).filter(party => !playing.has(party));
}

/** The parties of `involving` (resolved, without repeats) that play no part in the agreement. */
export function unusedInvolvedPartiesOf(agreement: Agreement): Party[] {
    const playing = partiesPlayingAPart(agreement);
    return involvedPartiesOf(agreement).filter(party => !playing.has(party));
}
