/**
 * Dutch texts of the mandate register (see `en/register.ts`): Dutch column names in Markdown
 * and CSV, `ja`/`nee` for a permitted sub-mandate, Dutch dates in Markdown (ISO dates in CSV,
 * for spreadsheets) and limits with a decimal comma.
 */
import type { registerEn } from '../en/register.js';
import { formatDateFor } from '../format-values.js';
import { quantitiesNl } from './quantities.js';

const COLUMNS: typeof registerEn.columns = {
    agreement: 'Afspraak', name: 'Mandaat', title: 'Titel', from: 'Van', to: 'Aan', scope: 'Reikwijdte', limit: 'Limiet',
    submandate: 'Ondermandaat toegestaan', validFrom: 'Geldig van', validTo: 'Geldig tot', basis: 'Grondslag',
    parents: 'Ondermandaat van', file: 'Bestand'
};

export const registerNl: typeof registerEn = {
    heading: () => 'Mandaatregister',
    none: () => 'Geen mandaten in deze afspraken.',
    columns: COLUMNS,
    csvColumns: COLUMNS,
    submandate: { allowed: 'ja', denied: 'nee' },
    date: isoDate => formatDateFor('nl', isoDate),
    limit: text => quantitiesNl.writtenAmount(text)
};
