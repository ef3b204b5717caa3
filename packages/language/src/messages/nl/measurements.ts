/** Dutch texts about measurement files (see `en/measurements.ts`); column names stay as the file must have them. */
import type { JsonValueKind, RowPlaceText, measurementsEn } from '../en/measurements.js';
import { formatDateFor } from '../format-values.js';

const JSON_KINDS: Readonly<Record<JsonValueKind, string>> = {
    null: 'null', object: 'een object', string: 'een tekst', number: 'een getal', boolean: 'true of false'
};

const placeNl = (place: RowPlaceText) =>
    `${place.line !== undefined ? `regel ${place.line}` : `index ${place.index}`}${place.file !== undefined ? ` van '${place.file}'` : ''}`;

const date = (isoDate: string) => formatDateFor('nl', isoDate);

export const measurementsNl: typeof measurementsEn = {
    // ---------------------------------------------------------------- rows
    effectMissing: () => 'Het effect ontbreekt.',
    dateMissing: () => 'De datum ontbreekt.',
    valueMissing: () => 'De waarde ontbreekt.',
    notACalendarDate: a => `De datum '${a.date}' is geen bestaande datum in de vorm JJJJ-MM-DD.`,
    notANumber: a =>
        `De waarde '${a.value}' is geen getal (verwacht een getal zoals ${a.decimalComma ? '41,5 of 41.5' : '41.5'}, zonder scheidingstekens voor duizendtallen).`,
    ambiguousNumber: a =>
        `De waarde '${a.value}' is dubbelzinnig: de '${a.mark}' kan duizendtallen scheiden (${a.readings[0]}) of een decimaalteken zijn (${a.readings[1]}). Schrijf ${a.readings[0]} of ${a.readings[1]}.`,
    thousandsSeparator: a =>
        `De waarde '${a.value}' bevat een scheidingsteken voor duizendtallen, en dat mag niet in een meetbestand: schrijf ${a.write}.`,
    decimalCommaInCommaFile: a =>
        `De waarde '${a.value}' heeft een decimale komma, maar in een bestand met komma's tussen de velden is het decimaalteken een punt: schrijf ${a.write} (of sla het bestand op met ';' tussen de velden).`,
    numberSplitAtComma: a =>
        `'${a.value}' lijkt één getal dat bij de komma in twee velden is gesplitst (dit bestand scheidt velden met ','): ${a.readings
            ? `het kan ${a.readings[0]} of ${a.readings[1]} betekenen. Schrijf het bedoelde getal zonder komma.`
            : a.write !== undefined ? `schrijf het als ${a.write}.` : 'schrijf het zonder komma.'}`,
    extraFields: a =>
        `De regel heeft ${a.fields} velden, maar de kopregel noemt er ${a.columns}: een waarde met een '${a.delimiter}' zonder aanhalingstekens is in tweeën gesplitst, en Keten gokt niet welke. Zet zo'n waarde tussen dubbele aanhalingstekens.`,
    notAFiniteNumber: () => 'De waarde is geen eindig getal (te groot om mee te rekenen).',
    jsonValueNotANumber: a => `De waarde ${a.value} is geen getal.`,
    notText: a => `'${a.field}' is geen tekst; zet de waarde tussen dubbele aanhalingstekens.`,
    rowNotAnObject: () => 'De rij is geen object met effect, date en value.',
    rowNotValid: () => 'De rij is ongeldig.',
    unknownEffect: a => a.closest !== undefined
        ? `Onbekend effect '${a.effect}'; bedoelt u '${a.closest}'?`
        : `Onbekend effect '${a.effect}': geen afspraak in de werkruimte heeft dit effect (effecten heten Afspraak.Effect).`,
    afterAsOf: a => `De datum ${date(a.date)} ligt na de peildatum ${date(a.asOf)} (--as-of).`,
    duplicate: a =>
        `Een tweede waarde voor '${a.effect}' op ${date(a.date)}; de eerste, op ${placeNl(a.first)}, blijft staan.`,

    // ---------------------------------------------------------------- files
    binaryFile: a => `'${a.file}' is geen CSV- of JSON-bestand (het bevat binaire gegevens).`,
    utf16WithoutByteOrderMark: a =>
        `'${a.file}' lijkt UTF-16-tekst zonder bytevolgordemarkering. Sla het bestand op als UTF-8 (in Excel: "CSV UTF-8 (door komma's gescheiden)") en probeer het opnieuw.`,
    tabSeparated: a =>
        `'${a.file}' scheidt de velden met tabs (zoals Excels "Unicode-tekst"). Sla het bestand op als CSV UTF-8, met ',' of ';' tussen de velden, en probeer het opnieuw.`,
    notValidJson: a => `'${a.file}' is geen geldige JSON: ${a.detail}.`,
    notAJsonArray: a =>
        `'${a.file}' moet een JSON-lijst van metingen bevatten ({ "effect", "date", "value" }), niet ${JSON_KINDS[a.found]}.`,
    notReadableCsv: a => `'${a.file}' is geen leesbaar CSV-bestand: ${a.detail}.`,
    emptyCsv: a => `'${a.file}' is leeg: een meetbestand heeft een kopregel nodig met de kolommen effect, date en value.`,
    missingColumns: a =>
        `'${a.file}' heeft geen kolom ${a.columns.map(name => `'${name}'`).join(', ')}: de eerste regel moet ten minste effect, date en value noemen (gescheiden door ',' of ';').`
};
