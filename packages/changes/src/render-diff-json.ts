/** `keten diff --format json` (CHANGES.md): the machine contract, version 1. */
import type { ChangeId, ChangeLevel } from './change-catalogue.js';
import { messageOf, type DiffRenderOptions, type DiffReport, type DiffSummary } from './diff-report.js';

export interface JsonChange {
    readonly id: ChangeId;
    readonly level: ChangeLevel;
    readonly element: string;
    readonly agreement: string | null;
    readonly old: string | null;
    readonly new: string | null;
    readonly message: string;
    readonly file: string;
    readonly line: number;
}

export interface JsonDiff {
    readonly version: 1;
    readonly changes: readonly JsonChange[];
    readonly summary: DiffSummary;
}

export function toJsonDiff(report: DiffReport, options: DiffRenderOptions): JsonDiff {
    return {
        version: 1,
        changes: report.changes.map(change => ({
            id: change.id,
            level: change.level,
            element: change.element,
            agreement: change.agreement,
            old: change.old,
            new: change.new,
            message: messageOf(change, options.texts),
            file: options.fileOf(change.place.uri),
            line: change.place.line
        })),
        summary: report.summary
    };
}

export function renderDiffJson(report: DiffReport, options: DiffRenderOptions): string {
    return JSON.stringify(toJsonDiff(report, options), null, 2) + '\n';
}
