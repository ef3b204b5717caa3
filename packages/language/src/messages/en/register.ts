/**
 * Texts of the mandate register (REPORTS.md, `keten register`) as Markdown and CSV. The JSON
 * register keeps its English keys and values. The English CSV header is the JSON keys (a
 * machine-readable header, as before); a locale may name its columns in its own words.
 * CSV dates stay `YYYY-MM-DD` in every locale: spreadsheets read that as a date and sort it.
 */
import { quantitiesEn } from './quantities.js';

export type RegisterColumnName =
    'agreement' | 'name' | 'title' | 'from' | 'to' | 'scope' | 'limit' | 'submandate' | 'validFrom' | 'validTo' | 'basis' | 'parents' | 'file';

export const registerEn = {
    heading: () => 'Mandate register',
    none: () => 'No mandates in these agreements.',
    columns: {
        agreement: 'Agreement', name: 'Mandate', title: 'Title', from: 'From', to: 'To', scope: 'Scope', limit: 'Limit',
        submandate: 'Sub-mandate', validFrom: 'Valid from', validTo: 'Valid to', basis: 'Basis', parents: 'Parent mandate(s)', file: 'File'
    } as Readonly<Record<RegisterColumnName, string>>,
    csvColumns: {
        agreement: 'agreement', name: 'name', title: 'title', from: 'from', to: 'to', scope: 'scope', limit: 'limit',
        submandate: 'submandate', validFrom: 'validFrom', validTo: 'validTo', basis: 'basis', parents: 'parents', file: 'file'
    } as Readonly<Record<RegisterColumnName, string>>,
    submandate: { allowed: 'allowed', denied: 'denied' } as Readonly<Record<'allowed' | 'denied', string>>,
    /** A date in the Markdown register. */
    date: (isoDate: string) => isoDate,
    /** A limit as the agreement wrote it, its unit words in English (`quantities.ts`), in the Markdown and CSV register. */
    limit: (text: string) => quantitiesEn.writtenAmount(text)
};
