/**
 * Which data problems the HTML and Markdown reports list (docs/reports.md): the first hundred of
 * each reason, in file order, and for every reason with more, how many are not listed. A
 * million bad rows give a report people can open, not a page per row; `--format json` keeps
 * every problem (the machine contract).
 */
import { DATA_PROBLEM_REASONS, type DataProblem, type DataProblemReason } from './measurements/measurement.js';

export const DATA_PROBLEMS_LISTED_PER_REASON = 100;

export interface DataProblemListing {
    /** The problems to list, in the order they were found. */
    readonly listed: readonly DataProblem[];
    /** Per reason with more problems than are listed: how many more. */
    readonly notListed: ReadonlyArray<{ readonly reason: DataProblemReason; readonly count: number }>;
}

export function dataProblemListing(problems: readonly DataProblem[], perReason = DATA_PROBLEMS_LISTED_PER_REASON): DataProblemListing {
    const counts = new Map<DataProblemReason, number>();
    const listed: DataProblem[] = [];
    for (const problem of problems) {
        const count = (counts.get(problem.reason) ?? 0) + 1;
        counts.set(problem.reason, count);
        if (count <= perReason) listed.push(problem);
    }
    const notListed = DATA_PROBLEM_REASONS
        .map(reason => ({ reason, count: (counts.get(reason) ?? 0) - perReason }))
        .filter(entry => entry.count > 0);
    return { listed, notListed };
}
