/**
 * What `keten diff` reports: the changes and their count per level. The renderers format this
 * and compute nothing; `fileOf` turns a document URI into the path a reader knows.
 */
import type { Messages } from '@keten/language';
import type { ChangeLevel } from './change-catalogue.js';
import type { Change } from './compare-models.js';

export interface DiffSummary {
    readonly breaking: number;
    readonly notable: number;
    readonly info: number;
}

export interface DiffReport {
    readonly changes: readonly Change[];
    readonly summary: DiffSummary;
}

export function diffReportOf(changes: readonly Change[]): DiffReport {
    const count = (level: ChangeLevel) => changes.filter(change => change.level === level).length;
    return { changes, summary: { breaking: count('breaking'), notable: count('notable'), info: count('info') } };
}

export type ChangeTexts = Messages['changes'];

export interface DiffRenderOptions {
    readonly texts: ChangeTexts;
    /** The path of a document as the reader knows it (relative, with `/`). */
    readonly fileOf: (uri: string) => string;
    readonly color?: boolean;
}

/** The message of one change in the texts' language. */
export function messageOf(change: Change, texts: ChangeTexts): string {
    return texts.changes[change.id].message({ element: change.element, agreement: change.agreement, old: change.old, new: change.new });
}
