/**
 * How parties take part in an agreement: every place inside an agreement that names a party
 * or a holder, and which listed parties play a part through them (RULES.md,
 * `party-not-in-agreement` and `unused-party`).
 */
import type { AstNode } from 'langium';
import type { Agreement, Body, Holder, Party, Role } from '../generated/ast.js';
import { isBody, isCommitment, isCondition, isEffect, isEscalation, isMandate, isRole } from '../generated/ast.js';
import { partiesOf } from './agreements.js';
import { membersOfBody } from './parties.js';

/** The field through which an agreement names a party or holder. */
export type PartyMentionKind =
    | 'by' | 'provided by' | 'from' | 'to' | 'level' | 'measured by' | 'steering' | 'accountable' | 'review';

/**
 * One reference inside an agreement to a party, a role or a body, as resolved.
 * `node` and `property` locate the reference itself (for placing findings on it).
 */
export interface PartyMention {
    readonly kind: PartyMentionKind;
    readonly node: AstNode;
    readonly property: string;
    /** What the reference names; unresolved references are left out. */
    readonly target: Party | Role | Body;
}

/**
 * Every resolved reference to a party, role or body inside the agreement, in text order:
 * `steering`, `accountable`, `review … by`, a mandate's `from` and `to`, a condition's
 * `provided by`, a commitment's `by`, an escalation `level` and an effect's `measured by`.
 * Repeated fields are included: each of their references names someone too.
 */
export function partyMentionsIn(agreement: Agreement): PartyMention[] {
    const mentions: PartyMention[] = [];
    const add = (kind: PartyMentionKind, node: AstNode, property: string, target: Party | Holder | undefined) => {
        if (target) mentions.push({ kind, node, property, target });
    };
    for (const member of agreement.members) {
        switch (member.$type) {
            case 'SteeringField': add('steering', member, 'holder', member.holder?.ref); break;
            case 'AccountableField': add('accountable', member, 'holder', member.holder?.ref); break;
            case 'ReviewField': add('review', member, 'holder', member.holder?.ref); break;
            default: break;
        }
        if (isMandate(member)) {
            for (const field of member.fields) {
                if (field.$type === 'FromField') add('from', field, 'holder', field.holder?.ref);
                if (field.$type === 'ToField') add('to', field, 'role', field.role?.ref);
            }
        } else if (isCondition(member)) {
            for (const field of member.fields) {
                if (field.$type === 'ProvidedByField') add('provided by', field, 'party', field.party?.ref);
            }
        } else if (isCommitment(member)) {
            for (const field of member.fields) {
                if (field.$type === 'ByField') add('by', field, 'party', field.party?.ref);
            }
        } else if (isEscalation(member)) {
            for (const level of member.levels) add('level', level, 'holder', level.holder?.ref);
        } else if (isEffect(member)) {
            for (const field of member.fields) {
                if (field.$type === 'MeasuredField') add('measured by', field, 'party', field.party?.ref);
            }
        }
    }
    return mentions;
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
 * The parties that play a part in the agreement: they own a commitment or condition, grant or
 * hold a mandate, hold an escalation level, measure an effect, are through a role steering,
 * accountable or reviewer, or one of their roles is a member of a body the agreement names.
 */
export function partiesPlayingAPart(agreement: Agreement): Set<Party> {
    const playing = new Set<Party>();
    for (const mention of partyMentionsIn(agreement)) {
        const party = partyOfMention(mention);
        if (party) playing.add(party);
        else if (isBody(mention.target)) {
            for (const role of membersOfBody(mention.target)) playing.add(role.$container);
        }
    }
    return playing;
}

/** The listed parties (resolved, without repeats) that play no part in the agreement. */
export function unusedPartiesOf(agreement: Agreement): Party[] {
    const playing = partiesPlayingAPart(agreement);
    return partiesOf(agreement).filter(party => !playing.has(party));
}
