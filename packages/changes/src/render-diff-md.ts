/**
 * `keten diff --format md`: a comment for a pull request or merge request (CHANGES.md). A
 * summary table of the levels, then the changes per level, breaking ones first; a level with
 * more than FOLD_AFTER changes that is not breaking is folded in `<details>`, and so are the
 * breaking changes beyond the first FOLD_AFTER. Text from the agreements is escaped, so it never
 * becomes markup or breaks a table.
 */
import { escapeMarkdown } from '@keten/report';
import { CHANGE_LEVELS, type ChangeLevel } from './change-catalogue.js';
import type { Change } from './compare-models.js';
import { messageOf, type DiffRenderOptions, type DiffReport } from './diff-report.js';

export const FOLD_AFTER = 10;

/** Values longer than this are cut in the comment (the JSON keeps them whole). */
const MAX_VALUE = 200;

export function renderDiffMarkdown(report: DiffReport, options: DiffRenderOptions): string {
    const { texts } = options;
    const lines: string[] = [`## ${texts.markdownTitle()}`, ''];
    if (report.changes.length === 0) {
        lines.push(texts.markdownNoChanges(), '', texts.diffSummary(report.summary), '');
        return lines.join('\n');
    }
    lines.push(texts.markdownSummaryHead(), '| --- | ---: | --- |');
    for (const level of CHANGE_LEVELS) {
        const word = level === 'breaking' ? `**${texts.levelWord[level]}**` : texts.levelWord[level];
        lines.push(`| ${word} | ${report.summary[level]} | ${escapeMarkdown(texts.levelMeaning[level])} |`);
    }
    lines.push('');
    for (const level of CHANGE_LEVELS) {
        const changes = report.changes.filter(change => change.level === level);
        if (changes.length === 0) continue;
        const title = texts.markdownLevelSection({ level: texts.levelWord[level], count: changes.length });
        const folded = level !== 'breaking' && changes.length > FOLD_AFTER;
        if (folded) {
            lines.push('<details>', `<summary>${escapeMarkdown(title)}</summary>`, '');
            for (const row of table(changes, level, options)) lines.push(row);
            lines.push('', '</details>', '');
            continue;
        }
        lines.push(`### ${escapeMarkdown(title)}`, '', ...table(changes.slice(0, FOLD_AFTER), level, options), '');
        const rest = changes.slice(FOLD_AFTER);
        if (rest.length > 0) {
            lines.push('<details>', `<summary>${escapeMarkdown(texts.markdownMoreChanges({ count: rest.length }))}</summary>`, '');
            for (const row of table(rest, level, options)) lines.push(row);
            lines.push('', '</details>', '');
        }
    }
    lines.push(`${texts.diffSummary(report.summary)}`, '');
    return lines.join('\n');
}

function table(changes: readonly Change[], level: ChangeLevel, options: DiffRenderOptions): string[] {
    const { texts } = options;
    const rows = [texts.markdownTableHead(), '| --- | --- | --- | --- | --- | --- |'];
    for (const change of changes) {
        const id = level === 'breaking' ? `**\`${change.id}\`**` : `\`${change.id}\``;
        const where = `${options.fileOf(change.place.uri)}:${change.place.line}`;
        rows.push(`| ${id} | ${code(change.element)} | ${change.agreement === null ? '' : escapeMarkdown(change.agreement)} | ${value(change.old)} | ${value(change.new)} | ${escapeMarkdown(messageOf(change, texts))} (${escapeMarkdown(where)}) |`);
    }
    return rows;
}

function value(text: string | null): string {
    if (text === null) return '';
    return code(text.length <= MAX_VALUE ? text : `${text.slice(0, MAX_VALUE - 1)}…`);
}

/** Inline code that cannot be broken by backticks or pipes in the text. */
function code(text: string): string {
    const safe = text.replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|');
    const fence = safe.includes('`') ? '``' : '`';
    return `${fence}${fence === '``' ? ' ' : ''}${safe}${fence === '``' ? ' ' : ''}${fence}`;
}
