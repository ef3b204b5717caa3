/**
 * The mandate register as Markdown, CSV or JSON (REPORTS.md, `keten register`): the mandates,
 * then the powers the parties hold by law (COVENANT.md). Markdown has a heading per table; CSV
 * writes the powers table after one empty line, with its own header row; JSON has `mandates`
 * and `powers`.
 */
import { messagesFor, type Messages, type PowerRegisterColumnName, type RegisterColumnName } from '@keten/language';
import { escapeMarkdown } from './escape-markdown.js';
import type { MandateRegister, MandateRegisterRow, PowerRegisterRow } from './mandate-register.js';
import type { HolderView } from './chain-model.js';

/** The words of the register in one locale (DUTCH.md): `messagesFor(locale).register`. */
export type RegisterTexts = Messages['register'];

export const REGISTER_COLUMNS = [
    'agreement', 'name', 'title', 'from', 'to', 'scope', 'limit', 'submandate', 'validFrom', 'validTo', 'basis', 'power', 'parents', 'file'
] as const satisfies readonly RegisterColumnName[];

export const POWER_REGISTER_COLUMNS = ['party', 'power', 'title', 'holder', 'basis', 'file'] as const satisfies readonly PowerRegisterColumnName[];

/** The cells of a row for people; `date` writes the dates (Dutch in Markdown, ISO in CSV). */
function cellsOf(row: MandateRegisterRow, t: RegisterTexts, date: (isoDate: string) => string): Record<RegisterColumnName, string> {
    const holder = (h: HolderView | null) => (h ? h.id : '');
    return {
        agreement: row.agreement, name: row.name, title: row.title ?? '', from: holder(row.from), to: holder(row.to),
        scope: row.scope ?? '', limit: row.limit ? t.limit(row.limit) : '',
        submandate: row.submandateDefault ? t.submandateDefault() : t.submandate[row.submandate],
        validFrom: row.validFrom ? date(row.validFrom) : '', validTo: row.validTo ? date(row.validTo) : '', basis: row.basis ?? '',
        power: row.power ?? '', parents: row.parents.join(', '), file: row.file
    };
}

function powerCellsOf(row: PowerRegisterRow): Record<PowerRegisterColumnName, string> {
    return { party: row.party, power: row.id, title: row.title ?? '', holder: row.holder ?? '', basis: row.basis ?? '', file: row.file };
}

export function renderRegisterMarkdown(register: MandateRegister, t: RegisterTexts = messagesFor('en').register): string {
    const lines = [`# ${t.heading()}`, ''];
    if (register.mandates.length === 0) lines.push(t.none());
    else {
        lines.push(`| ${REGISTER_COLUMNS.map(c => escapeMarkdown(t.columns[c])).join(' | ')} |`);
        lines.push(`| ${REGISTER_COLUMNS.map(() => '---').join(' | ')} |`);
        for (const row of register.mandates) {
            const cells = cellsOf(row, t, t.date);
            lines.push(`| ${REGISTER_COLUMNS.map(c => escapeMarkdown(cells[c]) || ' ').join(' | ')} |`);
        }
    }
    // The powers only when a party has one: a register of mandates alone reads as before.
    if (register.powers.length > 0) {
        lines.push('', `## ${t.powersHeading()}`, '');
        lines.push(`| ${POWER_REGISTER_COLUMNS.map(c => escapeMarkdown(t.powerColumns[c])).join(' | ')} |`);
        lines.push(`| ${POWER_REGISTER_COLUMNS.map(() => '---').join(' | ')} |`);
        for (const row of register.powers) {
            const cells = powerCellsOf(row);
            lines.push(`| ${POWER_REGISTER_COLUMNS.map(c => escapeMarkdown(cells[c]) || ' ').join(' | ')} |`);
        }
    }
    return lines.join('\n') + '\n';
}

/**
 * RFC 4180 CSV with a header row. A cell that a spreadsheet would run as a formula (starting
 * with `=`, `+`, `-`, `@`) gets a leading `'`, as OWASP advises for CSV meant for spreadsheets.
 * Dates stay `YYYY-MM-DD` in every locale, so a spreadsheet reads them as dates; the header and
 * the words follow `t`.
 */
export function renderRegisterCsv(register: MandateRegister, t: RegisterTexts = messagesFor('en').register): string {
    const lines = [REGISTER_COLUMNS.map(c => csvCell(t.csvColumns[c])).join(',')];
    for (const row of register.mandates) {
        const cells = cellsOf(row, t, isoDate => isoDate);
        lines.push(REGISTER_COLUMNS.map(c => csvCell(cells[c])).join(','));
    }
    // The powers: a second table after one empty line, so a spreadsheet shows it below the first.
    if (register.powers.length > 0) {
        lines.push('', POWER_REGISTER_COLUMNS.map(c => csvCell(t.powerCsvColumns[c])).join(','));
        for (const row of register.powers) {
            const cells = powerCellsOf(row);
            lines.push(POWER_REGISTER_COLUMNS.map(c => csvCell(cells[c])).join(','));
        }
    }
    return lines.join('\r\n') + '\r\n';
}

function csvCell(text: string): string {
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The JSON register: English keys and values in every locale (DUTCH.md, the machine contract). */
export function renderRegisterJson(register: MandateRegister): string {
    return JSON.stringify({ version: 1, mandates: register.mandates, powers: register.powers }, null, 2) + '\n';
}
