/**
 * `missing-mandate`: add a mandate skeleton to the agreement, granted `to` a role of the
 * committing party, and link the commitment to it with `under`.
 *
 * The fix must not add an error (issue 10, item 9), so the grant is chosen, not guessed. A
 * new mandate `from G to R` changes the mandates around it:
 * - every mandate the agreement already grants `from R` becomes a sub-mandate of the new one
 *   (`submandate-denied` on those when the skeleton denies sub-mandating, and
 *   `submandate-exceeds-parent` when their validity reaches outside the new one's);
 * - when G holds mandates itself, they become the new one's parents (`submandate-denied` on
 *   the new mandate when one of them denies it, `submandate-exceeds-parent` when its validity
 *   reaches outside theirs);
 * - when R already grants, through other mandates, to G, the grants form a `mandate-cycle`;
 * - G and R must belong to parties of the agreement (`party-not-in-agreement`).
 * Grantors are tried in this order: the steering holder, the accountable holder, the roles R
 * reports to, then the top role of each listed party; holders are the committing party's
 * roles in order. The first grant that disturbs nothing is written; when every grant would,
 * no fix is offered (an unfinished skeleton that adds an error is worse than none).
 * The skeleton writes `submandate allowed` when R already grants on (those grants rest on
 * it), and a `valid` range that covers the agreement's period and those grants' validity.
 */
import { TextEdit } from 'vscode-languageserver';
import { isBody, isCommitment, isDecidesField, isRole, type Agreement, type Commitment, type Holder, type Role } from '../../generated/ast.js';
import { accountableField, isListedParty, mandatesOf, partiesOf, periodOf, steeringHolderOf } from '../../model/agreements.js';
import { formatDate, rangeCovers, type DayRange } from '../../model/dates.js';
import { allowsSubmandate, committingPartyOf, grantorOf, holderOf, mandatesHeldBy, validityOf } from '../../model/mandates.js';
import { describeHolder, qualifiedRoleName, rolesOf, superiorsOf } from '../../model/parties.js';
import { insertLinesInBlock } from './block-lines.js';
import {
    freshName, indentationOfLine, keyword, quickFixAction, type QuickFix, type QuickFixContext
} from './quick-fix.js';

export const addMandateSkeleton: QuickFix = {
    rule: 'missing-mandate',
    fixes(context) {
        const decides = isDecidesField(context.node) ? context.node : undefined;
        const commitment = decides?.$container;
        if (!decides || !isCommitment(commitment) || !decides.$cstNode) return [];
        const grant = safeGrantFor(commitment);
        if (!grant) return [];
        const agreement = commitment.$container;
        const name = freshName(`${commitment.name}${keyword(context, 'Mandate', 'Mandaat')}`, agreement.members.map(member => (member as { name?: string }).name ?? ''));
        const under = keyword(context, 'under', 'onder');
        const lines = mandateLines(context, grant, name);
        const line = commitment.$cstNode!.range.start.line;
        // Above the commitment; when the commitment shares its line with the agreement's `{`
        // (an agreement written on one line), inside the agreement before its `}`.
        const skeleton = line > (agreement.$cstNode?.range.start.line ?? line)
            ? TextEdit.insert({ line, character: 0 }, lines.map(text => `${indentationOfLine(context.document, line)}${text}\n`).join('') + '\n')
            : insertLinesInBlock(context.document, agreement, lines);
        if (!skeleton) return [];
        return [quickFixAction(context, context.messages.editor.fixAddMandate({ commitment: commitment.name, mandate: name, under }), [
            skeleton,
            TextEdit.insert(decides.$cstNode.range.end, ` ${under} ${name}`)
        ], true)];
    }
};

/** A grant the new mandate can make without a new finding on it or on the mandates around it. */
interface Grant {
    readonly grantor: Holder;
    readonly holder: Role;
    /** R already grants mandates: they become sub-mandates of the new one. */
    readonly passedOn: boolean;
    readonly valid: DayRange | undefined;
}

function safeGrantFor(commitment: Commitment): Grant | undefined {
    const agreement = commitment.$container;
    const party = committingPartyOf(commitment);
    if (!party || !isListedParty(agreement, party)) return undefined;
    for (const holder of rolesOf(party)) {
        for (const grantor of grantorCandidates(agreement, holder)) {
            const grant = grantIfSafe(agreement, grantor, holder);
            if (grant) return grant;
        }
    }
    return undefined;
}

function grantorCandidates(agreement: Agreement, holder: Role): Holder[] {
    const candidates: Array<Holder | undefined> = [
        steeringHolderOf(agreement),
        accountableField(agreement)?.holder?.ref,
        ...superiorsOf(holder),
        ...partiesOf(agreement).map(party => rolesOf(party).find(role => superiorsOf(role).length === 0))
    ];
    return [...new Set(candidates.filter((candidate): candidate is Holder => candidate !== undefined))];
}

function grantIfSafe(agreement: Agreement, grantor: Holder, holder: Role): Grant | undefined {
    if (grantor === holder || !belongsToAgreement(agreement, grantor)) return undefined;
    if (grantsReach(agreement, holder, grantor)) return undefined;
    const passedOnGrants = mandatesOf(agreement).filter(mandate => grantorOf(mandate) === holder);
    const parents = isRole(grantor) ? mandatesHeldBy(agreement, grantor) : [];
    if (parents.some(parent => !allowsSubmandate(parent))) return undefined;
    // An open-ended period (`period from S`) gives no end to copy: then only the grants passed
    // on say how long the new mandate must hold.
    const period = periodOf(agreement);
    let valid: DayRange | undefined = period?.end ? { start: period.start, end: period.end } : undefined;
    for (const child of passedOnGrants) {
        const own = validityOf(child);
        if (own) valid = valid ? covering(valid, own) : own;
    }
    for (const parent of parents) {
        const parentValidity = validityOf(parent);
        if (parentValidity && valid && !rangeCovers(parentValidity, valid)) return undefined;
    }
    return { grantor, holder, passedOn: passedOnGrants.length > 0, valid };
}

/** A holder that the agreement may name: a body, or a role of a listed party. */
function belongsToAgreement(agreement: Agreement, holder: Holder): boolean {
    return isBody(holder) || isListedParty(agreement, holder.$container);
}

/** Whether `from` grants, directly or through other mandates of the agreement, to `to`. */
function grantsReach(agreement: Agreement, from: Holder, to: Holder): boolean {
    const grants = mandatesOf(agreement);
    const seen = new Set<Holder>([from]);
    const queue: Holder[] = [from];
    while (queue.length > 0) {
        const current = queue.shift()!;
        for (const mandate of grants) {
            if (grantorOf(mandate) !== current) continue;
            const next = holderOf(mandate);
            if (!next) continue;
            if (next === to) return true;
            if (!seen.has(next)) { seen.add(next); queue.push(next); }
        }
    }
    return false;
}

function covering(a: DayRange, b: DayRange): DayRange {
    return {
        start: a.start.dayNumber <= b.start.dayNumber ? a.start : b.start,
        end: a.end.dayNumber >= b.end.dayNumber ? a.end : b.end
    };
}

function mandateLines(context: QuickFixContext, grant: Grant, name: string): string[] {
    const todo = context.messages.editor.placeholderText();
    const k = (en: string, nl: string) => keyword(context, en, nl);
    const submandate = grant.passedOn ? k('allowed', 'toegestaan') : k('denied', 'uitgesloten');
    return [
        `${k('mandate', 'mandaat')} ${name} "${todo}" {`,
        `  ${k('from', 'van')} ${describeHolder(grant.grantor)}`,
        `  ${k('to', 'aan')} ${qualifiedRoleName(grant.holder)}`,
        `  ${k('scope', 'reikwijdte')} "${todo}"`,
        `  ${k('submandate', 'ondermandaat')} ${submandate}`,
        ...(grant.valid ? [`  ${k('valid', 'geldig')} ${formatDate(grant.valid.start.dayNumber)} ${k('to', 'tot')} ${formatDate(grant.valid.end.dayNumber)}`] : []),
        '}'
    ];
}
