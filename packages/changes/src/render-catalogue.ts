/**
 * The change catalogue as a page (the generated part of docs/changes.md and its Dutch twin) and
 * as a terminal list (`keten diff --catalogue`): every id with its level and meaning, per area.
 */
import { CHANGE_AREAS, CHANGE_IDS, CHANGE_KINDS, CHANGE_LEVELS } from './change-catalogue.js';
import type { ChangeTexts } from './diff-report.js';

export function renderCatalogueMarkdown(texts: ChangeTexts): string {
    const lines: string[] = [...texts.cataloguePageHead()];
    lines.push(texts.catalogueLevelHead(), '| --- | --- |');
    for (const level of CHANGE_LEVELS) {
        const word = texts.levelWord[level];
        lines.push(`| \`${level}\`${word === level ? '' : ` (${word})`} | ${texts.levelMeaning[level]} |`);
    }
    lines.push('');
    for (const area of CHANGE_AREAS) {
        const ids = CHANGE_IDS.filter(id => CHANGE_KINDS[id].area === area);
        if (ids.length === 0) continue;
        lines.push(`### ${texts.catalogueArea[area]}`, '', texts.catalogueTableHead(), '| --- | --- | --- |');
        for (const id of ids) lines.push(`| \`${id}\` | ${CHANGE_KINDS[id].level} | ${texts.changes[id].description.replace(/\|/g, '\\|')} |`);
        lines.push('');
    }
    lines.push(texts.catalogueSummary({ count: CHANGE_IDS.length }), '');
    return lines.join('\n');
}

export function renderCatalogueText(texts: ChangeTexts): string {
    const width = Math.max(...CHANGE_IDS.map(id => id.length));
    const levelWidth = Math.max(...CHANGE_LEVELS.map(level => level.length));
    const lines: string[] = [];
    for (const area of CHANGE_AREAS) {
        lines.push(texts.catalogueArea[area]);
        for (const id of CHANGE_IDS.filter(id => CHANGE_KINDS[id].area === area)) {
            lines.push(`  ${id.padEnd(width)}  ${CHANGE_KINDS[id].level.padEnd(levelWidth)}  ${texts.changes[id].description.replace(/`/g, '')}`);
        }
        lines.push('');
    }
    lines.push(texts.catalogueSummary({ count: CHANGE_IDS.length }));
    return lines.join('\n') + '\n';
}
