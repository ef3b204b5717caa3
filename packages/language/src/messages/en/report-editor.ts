/**
 * Texts of the effect report in the editor (EDITOR.md): the status code lens above an effect and
 * what the language server tells the user about the measurement files of `keten.report.data`.
 * Values arrive unformatted (numbers, `YYYY-MM-DD` dates); each locale writes them its own way.
 * The status word itself comes from the report's texts (`report.statusLabel`).
 */

/** A number as the report shows it: at most two decimals, no trailing zeros. */
function reportNumber(value: number): string {
    return String(Number(value.toFixed(2)));
}

const COMPARATORS: Readonly<Record<string, string>> = { '<=': '≤', '>=': '≥', '<': '<', '>': '>', '=': '=' };

export interface CodeLensStatusArgs {
    /** The status in words, from `report.statusLabel`. */
    readonly status: string;
    readonly unit?: string;
    readonly latest?: { readonly value: number; readonly date: string };
    readonly target?: { readonly op: string; readonly value: number; readonly date: string };
}

export const reportEditorEn = {
    /** The code lens above an effect: `Status: on track · latest 41.5 days on 2026-02-28 · target ≤ 20 days by 2027-06-30`. */
    codeLensStatus: (a: CodeLensStatusArgs) => {
        const unit = a.unit ? ` ${a.unit}` : '';
        return [
            `Status: ${a.status}`,
            a.latest ? `latest ${reportNumber(a.latest.value)}${unit} on ${a.latest.date}` : 'no measurement yet',
            a.target ? `target ${COMPARATORS[a.target.op] ?? a.target.op} ${reportNumber(a.target.value)}${unit} by ${a.target.date}` : undefined
        ].filter(Boolean).join(' · ');
    },
    /** A file named in `keten.report.data` that is not CSV or JSON, or cannot be read. */
    measurementFileUnusable: (a: { file: string; reason: string }) =>
        `The measurement file '${a.file}' (setting keten.report.data) cannot be used: ${a.reason} Effect statuses leave it out until it is corrected.`,
    /** A path or pattern in `keten.report.data` that names no file in the workspace. */
    measurementPatternMatchesNothing: (a: { pattern: string }) =>
        `'${a.pattern}' in the setting keten.report.data names no file in the workspace. Give a path relative to the workspace folder, or a pattern such as 'data/*.csv'.`
};
