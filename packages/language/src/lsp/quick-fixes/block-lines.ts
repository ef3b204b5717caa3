/**
 * Where quick fixes put new lines: inside a block before its closing `}`, or among an
 * agreement's own fields (after the last one that comes before the first block).
 */
import type { AstNode, LangiumDocument } from 'langium';
import { CstUtils } from 'langium';
import { TextEdit } from 'vscode-languageserver';
import {
    isBudget, isCommitment, isCondition, isDataSharing, isEffect, isEscalation, isMandate, type Agreement
} from '../../generated/ast.js';
import { indentationOfLine, startOfLineAfter } from './quick-fix.js';

/**
 * Lines inserted before the block's closing `}`, one level deeper than the block (an empty line
 * stays empty). A block written on one line (`data X { }`) is opened up: the lines go between
 * its braces, and the brace moves to a line of its own.
 */
export function insertLinesInBlock(document: LangiumDocument, block: AstNode, lines: readonly string[]): TextEdit | undefined {
    const cst = block.$cstNode;
    if (!cst) return undefined;
    const closing = CstUtils.findLeafNodeAtOffset(cst, cst.end - 1);
    if (!closing || closing.text !== '}') return undefined;
    const outer = indentationOfLine(document, cst.range.start.line);
    const inner = `${outer}  `;
    const indented = (line: string) => (line === '' ? '\n' : `${inner}${line}\n`);
    if (closing.range.start.line === cst.range.start.line) {
        const before = document.textDocument.getText({ start: { line: closing.range.start.line, character: 0 }, end: closing.range.start });
        const gap = /[ \t]*$/.exec(before)?.[0].length ?? 0;
        const start = { line: closing.range.start.line, character: closing.range.start.character - gap };
        return TextEdit.replace({ start, end: closing.range.start }, `\n${lines.map(indented).join('')}${outer}`);
    }
    return TextEdit.insert({ line: closing.range.start.line, character: 0 }, lines.map(indented).join(''));
}

/** Whether an agreement member is a block (mandate, condition, …) rather than a field. */
export function isAgreementBlock(member: AstNode): boolean {
    return isMandate(member) || isCondition(member) || isCommitment(member) || isEscalation(member) || isEffect(member)
        || isDataSharing(member) || isBudget(member);
}

/**
 * Lines inserted among the agreement's own fields: after the last field that comes before the
 * first block, else after the line with `{`. Undefined when that line is not free for them: the
 * agreement, or that field and what follows it, written on one line (then `insertLinesInBlock`).
 */
export function insertLinesAmongAgreementFields(document: LangiumDocument, agreement: Agreement, lines: readonly string[]): TextEdit | undefined {
    const cst = agreement.$cstNode;
    if (!cst) return undefined;
    let last: AstNode | undefined;
    let next: AstNode | undefined;
    for (const member of agreement.members) {
        if (isAgreementBlock(member)) {
            next = member;
            break;
        }
        last = member;
    }
    const indent = `${indentationOfLine(document, cst.range.start.line)}  `;
    const endsOnLine = last?.$cstNode?.range.end.line ?? cst.range.start.line;
    const position = last ? startOfLineAfter(last) : { line: cst.range.start.line + 1, character: 0 };
    if (!position || cst.range.end.line <= endsOnLine) return undefined;
    if (next?.$cstNode && next.$cstNode.range.start.line <= endsOnLine) return undefined;
    return TextEdit.insert(position, lines.map(line => `${indent}${line}\n`).join(''));
}
