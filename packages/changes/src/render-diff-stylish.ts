/**
 * `keten diff` for people (CHANGES.md, `stylish`): changes grouped per agreement (declarations
 * of parties and bodies in a group of their own), the group with the most severe change first,
 * most severe first within a group; each change as `FILE:LINE  level  message  id` with the old
 * and the new value under it; then the summary line "3 breaking, 5 notable, 2 info".
 */
import { createColors } from 'picocolors';
import { levelRank, type ChangeLevel } from './change-catalogue.js';
import type { Change } from './compare-models.js';
import { messageOf, type DiffRenderOptions, type DiffReport } from './diff-report.js';

/** Values longer than this are cut in the terminal (the JSON and Markdown keep them whole). */
const MAX_VALUE = 160;

export function renderDiffStylish(report: DiffReport, options: DiffRenderOptions): string {
    const c = createColors(options.color ?? false);
    const { texts } = options;
    if (report.changes.length === 0) return `${c.green('✔')} ${texts.noChanges()} (${texts.diffSummary(report.summary)})\n`;
    const paint = (level: ChangeLevel, text: string) => level === 'breaking' ? c.red(text) : level === 'notable' ? c.yellow(text) : c.blue(text);
    const groups = groupsOf(report.changes);
    const lines: string[] = [];
    const levelWidth = report.changes.reduce((width, change) => Math.max(width, texts.levelWord[change.level].length), 0);
    for (const group of groups) {
        lines.push(c.underline(group.agreement === null ? texts.declarationsGroup() : texts.agreementGroup({ agreement: group.agreement })));
        const places = group.changes.map(change => `${options.fileOf(change.place.uri)}:${change.place.line}`);
        const placeWidth = places.reduce((width, place) => Math.max(width, place.length), 0);
        group.changes.forEach((change, index) => {
            const level = paint(change.level, texts.levelWord[change.level].padEnd(levelWidth));
            lines.push(`  ${c.dim(places[index].padEnd(placeWidth))}  ${level}  ${messageOf(change, texts)}  ${c.dim(change.id)}`);
            if (change.wholeElement) return;
            const indent = ' '.repeat(2 + placeWidth + 2 + levelWidth + 2);
            if (change.old !== null) lines.push(`${indent}${c.dim(`${texts.was()}:`)} ${cut(change.old)}`);
            if (change.new !== null) lines.push(`${indent}${c.dim(`${texts.now()}:`)} ${cut(change.new)}`);
        });
        lines.push('');
    }
    const mark = report.summary.breaking > 0 ? c.red('✖') : report.summary.notable > 0 ? c.yellow('●') : c.blue('ℹ');
    lines.push(`${mark} ${texts.diffSummary(report.summary)}`);
    return lines.join('\n') + '\n';
}

interface ChangeGroup {
    readonly agreement: string | null;
    readonly changes: Change[];
}

/** Per agreement; the group whose most severe change is most severe first, then by name. */
export function groupsOf(changes: readonly Change[]): ChangeGroup[] {
    const byAgreement = new Map<string | null, Change[]>();
    for (const change of changes) {
        const list = byAgreement.get(change.agreement) ?? [];
        list.push(change);
        byAgreement.set(change.agreement, list);
    }
    const groups = [...byAgreement].map(([agreement, list]) => ({ agreement, changes: list }));
    const worst = (group: ChangeGroup) => group.changes.reduce((rank, change) => Math.min(rank, levelRank(change.level)), Infinity);
    return groups.sort((a, b) => worst(a) - worst(b)
        || (a.agreement === null ? 1 : 0) - (b.agreement === null ? 1 : 0)
        || (a.agreement ?? '').localeCompare(b.agreement ?? ''));
}

function cut(text: string): string {
    return text.length <= MAX_VALUE ? text : `${text.slice(0, MAX_VALUE - 1)}…`;
}
