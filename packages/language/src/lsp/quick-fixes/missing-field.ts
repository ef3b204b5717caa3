/**
 * `missing-field`: insert the missing field(s) right after the block's opening line, in the
 * file's keywords, with values that add no error (issue 10, items 9 and 12):
 * - `parties`: every party the agreement already names (through a role, `by`, `provided by`,
 *   `measured by`, …), in the order they are first named — listing fewer would make each
 *   other one a `party-not-in-agreement`. Not offered when the agreement names no party.
 * - `period`: from the earliest `valid` start (else 1 January of the year of the earliest
 *   deadline, else of this year) to the latest `valid` end or deadline (`due`, `before`,
 *   `target … by`; else 31 December of next year), so the dates already written fall inside it.
 * - a commitment's `by`: the party holding the mandate it decides under (any other party would
 *   be `mandate-holder-mismatch`), else the agreement's first listed party.
 */
import { AstUtils } from 'langium';
import { TextEdit } from 'vscode-languageserver';
import {
    isAgreement, isBeforeField, isCommitment, isDateRange, isDueField, isTargetField, type Agreement, type Commitment, type Party
} from '../../generated/ast.js';
import { partiesField, partiesOf, periodField } from '../../model/agreements.js';
import { formatDate, parseDate, type CalendarDate } from '../../model/dates.js';
import { firstOfType } from '../../model/fields.js';
import { decidingMandateOf, holderPartyOf } from '../../model/mandates.js';
import { partyMentionsIn, partyOfMention } from '../../model/party-involvement.js';
import { innerIndentation, keyword, quickFixAction, type QuickFix, type QuickFixContext } from './quick-fix.js';

export const insertMissingFields: QuickFix = {
    rule: 'missing-field',
    fixes(context) {
        const block = isAgreement(context.node) || isCommitment(context.node) ? context.node : undefined;
        const start = block?.$cstNode?.range.start;
        if (!block || !start) return [];
        const lines = isAgreement(block) ? agreementLines(context, block) : commitmentLines(context, block);
        if (lines.length === 0) return [];
        const indent = innerIndentation(context.document, block);
        return [quickFixAction(context, context.messages.editor.fixInsertMissingFields({ fields: lines.map(line => line.field) }), [
            TextEdit.insert({ line: start.line + 1, character: 0 }, lines.map(line => `${indent}${line.text}\n`).join(''))
        ], true)];
    }
};

interface FieldLine { readonly field: string; readonly text: string }

function agreementLines(context: QuickFixContext, agreement: Agreement): FieldLine[] {
    const k = (en: string, nl: string) => keyword(context, en, nl);
    const lines: FieldLine[] = [];
    if (!partiesField(agreement)) {
        const named = namedParties(agreement);
        if (named.length > 0) lines.push({ field: k('parties', 'partijen'), text: `${k('parties', 'partijen')} ${named.map(party => party.name).join(', ')}` });
    }
    if (!periodField(agreement)) {
        const { start, end } = periodAround(agreement);
        lines.push({ field: k('period', 'looptijd'), text: `${k('period', 'looptijd')} ${start} ${k('to', 'tot')} ${end}` });
    }
    return lines;
}

function commitmentLines(context: QuickFixContext, commitment: Commitment): FieldLine[] {
    if (firstOfType(commitment.fields, 'ByField')) return [];
    const mandate = decidingMandateOf(commitment);
    const party = (mandate ? holderPartyOf(mandate) : undefined) ?? partiesOf(commitment.$container)[0];
    if (!party) return [];
    const by = keyword(context, 'by', 'door');
    return [{ field: by, text: `${by} ${party.name}` }];
}

/** The parties the agreement names, in the order first named. */
function namedParties(agreement: Agreement): Party[] {
    const parties: Party[] = [];
    for (const mention of partyMentionsIn(agreement)) {
        const party = partyOfMention(mention);
        if (party && !parties.includes(party)) parties.push(party);
    }
    return parties;
}

function periodAround(agreement: Agreement): { start: string; end: string } {
    const validStarts: CalendarDate[] = [];
    const ends: CalendarDate[] = [];
    const deadlines: CalendarDate[] = [];
    for (const node of AstUtils.streamAllContents(agreement)) {
        if (isDateRange(node)) {
            const start = parseDate(node.start);
            const end = parseDate(node.end);
            if (start && end && start.dayNumber <= end.dayNumber) { validStarts.push(start); ends.push(end); }
        } else if (isDueField(node) || isBeforeField(node) || isTargetField(node)) {
            const date = parseDate(node.date);
            if (date) deadlines.push(date);
        }
    }
    const earliest = (dates: CalendarDate[]) => dates.reduce<CalendarDate | undefined>((a, b) => (!a || b.dayNumber < a.dayNumber ? b : a), undefined);
    const latest = (dates: CalendarDate[]) => dates.reduce<CalendarDate | undefined>((a, b) => (!a || b.dayNumber > a.dayNumber ? b : a), undefined);
    const thisYear = new Date().getUTCFullYear();
    const firstStart = earliest(validStarts);
    const firstDeadline = earliest(deadlines);
    const start = firstStart ? formatDate(firstStart.dayNumber) : `${firstDeadline?.year ?? thisYear}-01-01`;
    const last = latest([...ends, ...deadlines]);
    const end = last ? formatDate(last.dayNumber) : `${thisYear + 1}-12-31`;
    return start <= end ? { start, end } : { start, end: `${start.slice(0, 4)}-12-31` };
}
