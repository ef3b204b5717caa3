/**
 * The mandate register as Markdown, CSV or JSON (REPORTS.md, `keten register`).
 */
import { escapeMarkdown } from './escape-markdown.js';
import type { MandateRegisterRow } from './mandate-register.js';
import type { HolderView } from './chain-model.js';

export const REGISTER_COLUMNS = [
    'agreement', 'name', 'title', 'from', 'to', 'scope', 'limit', 'submandate', 'validFrom', 'validTo', 'basis', 'parents', 'file'
] as const;

const HEADINGS: Record<(typeof REGISTER_COLUMNS)[number], string> = {
    agreement: 'Agreement', name: 'Mandate', title: 'Title', from: 'From', to: 'To', scope: 'Scope', limit: 'Limit',
    submandate: 'Sub-mandate', validFrom: 'Valid from', validTo: 'Valid to', basis: 'Basis', parents: 'Parent mandate(s)', file: 'File'
};

function cellsOf(row: MandateRegisterRow): Record<(typeof REGISTER_COLUMNS)[number], string> {
    const holder = (h: HolderView | null) => (h ? h.id : '');
    return {
        agreement: row.agreement, name: row.name, title: row.title ?? '', from: holder(row.from), to: holder(row.to),
        scope: row.scope ?? '', limit: row.limit ?? '', submandate: row.submandate,
        validFrom: row.validFrom ?? '', validTo: row.validTo ?? '', basis: row.basis ?? '',
        parents: row.parents.join(', '), file: row.file
    };
}

export function renderRegisterMarkdown(rows: readonly MandateRegisterRow[]): string {
    const lines = ['# Mandate register', ''];
    if (rows.length === 0) return lines.concat('No mandates in these agreements.', '').join('\n');
    lines.push(`| ${REGISTER_COLUMNS.map(c => HEADINGS[c]).join(' | ')} |`);
    lines.push(`| ${REGISTER_COLUMNS.map(() => '---').join(' | ')} |`);
    for (const row of rows) {
        const cells = cellsOf(row);
        lines.push(`| ${REGISTER_COLUMNS.map(c => escapeMarkdown(cells[c]) || ' ').join(' | ')} |`);
    }
    return lines.join('\n') + '\n';
}

/**
 * RFC 4180 CSV with a header row. A cell that a spreadsheet would run as a formula (starting
 * with `=`, `+`, `-`, `@`) gets a leading `'`, as OWASP advises for CSV meant for spreadsheets.
 */
export function renderRegisterCsv(rows: readonly MandateRegisterRow[]): string {
    const lines = [REGISTER_COLUMNS.join(',')];
    for (const row of rows) {
        const cells = cellsOf(row);
        lines.push(REGISTER_COLUMNS.map(c => csvCell(cells[c])).join(','));
    }
    return lines.join('\r\n') + '\r\n';
}

function csvCell(text: string): string {
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function renderRegisterJson(rows: readonly MandateRegisterRow[]): string {
    return JSON.stringify({ version: 1, mandates: rows }, null, 2) + '\n';
}
