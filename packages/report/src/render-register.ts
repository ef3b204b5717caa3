/**
 * The mandate register as Markdown, CSV or JSON (REPORTS.md, `keten register`).
 */
import { messagesFor, type Messages, type RegisterColumnName } from '@keten/language';
import { escapeMarkdown } from './escape-markdown.js';
import type { MandateRegisterRow } from './mandate-register.js';
import type { HolderView } from './chain-model.js';

/** The words of the register in one locale (DUTCH.md): `messagesFor(locale).register`. */
export type RegisterTexts = Messages['register'];

export const REGISTER_COLUMNS = [
    'agreement', 'name', 'title', 'from', 'to', 'scope', 'limit', 'submandate', 'validFrom', 'validTo', 'basis', 'parents', 'file'
] as const satisfies readonly RegisterColumnName[];

/** The cells of a row for people; `date` writes the dates (Dutch in Markdown, ISO in CSV). */
function cellsOf(row: MandateRegisterRow, t: RegisterTexts, date: (isoDate: string) => string): Record<RegisterColumnName, string> {
    const holder = (h: HolderView | null) => (h ? h.id : '');
    return {
        agreement: row.agreement, name: row.name, title: row.title ?? '', from: holder(row.from), to: holder(row.to),
        scope: row.scope ?? '', limit: row.limit ? t.limit(row.limit) : '', submandate: t.submandate[row.submandate],
        validFrom: row.validFrom ? date(row.validFrom) : '', validTo: row.validTo ? date(row.validTo) : '', basis: row.basis ?? '',
        parents: row.parents.join(', '), file: row.file
    };
}

export function renderRegisterMarkdown(rows: readonly MandateRegisterRow[], t: RegisterTexts = messagesFor('en').register): string {
    const lines = [`# ${t.heading()}`, ''];
    if (rows.length === 0) return lines.concat(t.none(), '').join('\n');
    lines.push(`| ${REGISTER_COLUMNS.map(c => escapeMarkdown(t.columns[c])).join(' | ')} |`);
    lines.push(`| ${REGISTER_COLUMNS.map(() => '---').join(' | ')} |`);
    for (const row of rows) {
        const cells = cellsOf(row, t, t.date);
        lines.push(`| ${REGISTER_COLUMNS.map(c => escapeMarkdown(cells[c]) || ' ').join(' | ')} |`);
    }
    return lines.join('\n') + '\n';
}

/**
 * RFC 4180 CSV with a header row. A cell that a spreadsheet would run as a formula (starting
 * with `=`, `+`, `-`, `@`) gets a leading `'`, as OWASP advises for CSV meant for spreadsheets.
 * Dates stay `YYYY-MM-DD` in every locale, so a spreadsheet reads them as dates; the header and
 * the words follow `t`.
 */
export function renderRegisterCsv(rows: readonly MandateRegisterRow[], t: RegisterTexts = messagesFor('en').register): string {
    const lines = [REGISTER_COLUMNS.map(c => csvCell(t.csvColumns[c])).join(',')];
    for (const row of rows) {
        const cells = cellsOf(row, t, isoDate => isoDate);
        lines.push(REGISTER_COLUMNS.map(c => csvCell(cells[c])).join(','));
    }
    return lines.join('\r\n') + '\r\n';
}

function csvCell(text: string): string {
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The JSON register: English keys and values in every locale (DUTCH.md, the machine contract). */
export function renderRegisterJson(rows: readonly MandateRegisterRow[]): string {
    return JSON.stringify({ version: 1, mandates: rows }, null, 2) + '\n';
}
