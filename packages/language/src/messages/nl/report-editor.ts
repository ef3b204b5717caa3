/** Dutch texts of the effect report in the editor: the status code lens and the measurement files. */
import type { reportEditorEn } from '../en/report-editor.js';
import { formatDateFor, formatNumberFor } from '../format-values.js';

const COMPARATORS: Readonly<Record<string, string>> = { '<=': '≤', '>=': '≥', '<': '<', '>': '>', '=': '=' };

const number = (value: number) => formatNumberFor('nl', Number(value.toFixed(2)));
const date = (iso: string) => formatDateFor('nl', iso);

export const reportEditorNl: typeof reportEditorEn = {
    codeLensStatus: a => {
        const unit = a.unit ? ` ${a.unit}` : '';
        return [
            `Status: ${a.status}`,
            a.latest ? `laatste meting ${number(a.latest.value)}${unit} op ${date(a.latest.date)}` : 'nog geen meting',
            a.target ? `streefwaarde ${COMPARATORS[a.target.op] ?? a.target.op} ${number(a.target.value)}${unit} uiterlijk ${date(a.target.date)}` : undefined
        ].filter(Boolean).join(' · ');
    },
    measurementFileUnusable: a =>
        `Het meetbestand '${a.file}' (instelling keten.report.data) is niet bruikbaar: ${a.reason} De status van effecten laat het weg tot het verbeterd is.`,
    measurementPatternMatchesNothing: a =>
        `'${a.pattern}' in de instelling keten.report.data noemt geen bestand in de werkmap. Geef een pad vanaf de werkmap, of een patroon zoals 'data/*.csv'.`
};
