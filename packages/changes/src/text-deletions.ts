/**
 * A scenario's removals as deletions of text, and positions of the changed text mapped back to
 * the unchanged files. Only deletions: what stays is byte for byte what the user wrote, so every
 * finding on the changed text has a place in the unchanged file.
 *
 * - A node on lines of its own goes with those lines, and with the comment lines directly above
 *   it (a doc comment, a `// keten-disable-next-line …` that meant it); a node that shares its
 *   line goes with the spaces before it.
 * - Entries of a list go with their commas: a run of entries at the start up to the next kept
 *   entry, any other run from the end of the kept entry before it.
 * - `under …` goes from the end of `decides` to the end of its last name.
 */
import { CstUtils, type AstNode, type CstNode } from 'langium';
import type { Removal } from './scenario-removals.js';

/** Text from `start` to `end` (offsets in the unchanged text) is taken out. */
export interface Deletion {
    readonly start: number;
    readonly end: number;
}

export function deletionsFor(text: string, removals: readonly Removal[]): Deletion[] {
    const deletions: Deletion[] = [];
    for (const removal of removals) {
        if (removal.kind === 'node') {
            const cst = removal.node.$cstNode;
            if (cst) deletions.push(nodeDeletion(text, cst.offset, cst.end));
        } else if (removal.kind === 'entries') {
            for (const deletion of entryDeletions(removal.container, removal.property, removal.indices)) deletions.push(deletion);
        } else {
            const keyword = removal.field.$cstNode ? CstUtils.flattenCst(removal.field.$cstNode).head() : undefined;
            const last = removal.field.authorities[removal.field.authorities.length - 1]?.$refNode;
            if (keyword && last) deletions.push({ start: keyword.end, end: last.end });
        }
    }
    return merged(deletions);
}

/** The text with the deletions (sorted, not overlapping) taken out. */
export function applyDeletions(text: string, deletions: readonly Deletion[]): string {
    let result = '';
    let position = 0;
    for (const deletion of deletions) {
        result += text.slice(position, deletion.start);
        position = deletion.end;
    }
    return result + text.slice(position);
}

/**
 * The offset in the unchanged text of an offset in the changed one. At a point where text was
 * taken out, the start of a range is the text after it and the end of a range the text before.
 */
export function originalOffset(deletions: readonly Deletion[], offset: number, edge: 'start' | 'end'): number {
    let removed = 0;
    for (const deletion of deletions) {
        const at = deletion.start - removed;
        if (edge === 'start' ? at <= offset : at < offset) removed += deletion.end - deletion.start;
        else break;
    }
    return offset + removed;
}

function nodeDeletion(text: string, start: number, end: number): Deletion {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const before = text.slice(lineStart, start);
    const lineEnd = endOfLine(text, end);
    const after = text.slice(end, lineEnd.contentEnd);
    if (/^[ \t]*$/.test(before) && /^[ \t]*(\/\/[^\n\r]*)?$/.test(after)) {
        return { start: commentLinesAbove(text, lineStart), end: lineEnd.next };
    }
    // On a line shared with other code: the spaces before it go too.
    let from = start;
    while (from > lineStart && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
    if (from === lineStart) {
        let to = end;
        while (to < text.length && (text[to] === ' ' || text[to] === '\t')) to++;
        return { start, end: to };
    }
    return { start: from, end };
}

/** The end of the line's content and the start of the next line. */
function endOfLine(text: string, offset: number): { contentEnd: number; next: number } {
    const newline = text.indexOf('\n', offset);
    if (newline < 0) return { contentEnd: text.length, next: text.length };
    return { contentEnd: text[newline - 1] === '\r' ? newline - 1 : newline, next: newline + 1 };
}

/** The start of the comment lines directly above `lineStart` (no blank line between). */
function commentLinesAbove(text: string, lineStart: number): number {
    let start = lineStart;
    while (start > 0) {
        const previousStart = text.lastIndexOf('\n', start - 2) + 1;
        const line = text.slice(previousStart, start).trim();
        if (line.startsWith('//')) {
            start = previousStart;
            continue;
        }
        if (line.endsWith('*/')) {
            const open = text.lastIndexOf('/*', start - 1);
            const openLine = text.lastIndexOf('\n', open - 1) + 1;
            if (open >= 0 && /^[ \t]*$/.test(text.slice(openLine, open)) && !text.slice(open + 2, start).trimEnd().slice(0, -2).includes('*/')) {
                start = openLine;
                continue;
            }
        }
        break;
    }
    return start;
}

function entryDeletions(container: AstNode, property: string, indices: readonly number[]): Deletion[] {
    const list = (container as unknown as Record<string, Array<{ $refNode?: CstNode }>>)[property] ?? [];
    const nodes = list.map(entry => entry.$refNode);
    const removed = new Set(indices);
    const deletions: Deletion[] = [];
    let index = 0;
    while (index < nodes.length) {
        if (!removed.has(index)) {
            index++;
            continue;
        }
        const runStart = index;
        while (index < nodes.length && removed.has(index)) index++;
        const runEnd = index - 1;
        const first = nodes[runStart], last = nodes[runEnd];
        if (!first || !last) continue;
        if (runStart === 0) {
            const next = nodes[runEnd + 1];
            if (next) deletions.push({ start: first.offset, end: next.offset });
        } else {
            const previous = nodes[runStart - 1];
            if (previous) deletions.push({ start: previous.end, end: last.end });
        }
    }
    return deletions;
}

/** Sorted, with overlapping and nested deletions joined. */
function merged(deletions: readonly Deletion[]): Deletion[] {
    const sorted = [...deletions].sort((a, b) => a.start - b.start || b.end - a.end);
    const result: Deletion[] = [];
    for (const deletion of sorted) {
        const last = result[result.length - 1];
        if (last && deletion.start < last.end) {
            result[result.length - 1] = { start: last.start, end: Math.max(last.end, deletion.end) };
        } else if (deletion.end > deletion.start) {
            result.push(deletion);
        }
    }
    return result;
}
