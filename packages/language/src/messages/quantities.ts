/**
 * Durations, units and frequencies in the reader's language (issue 10, item 11; COVENANT.md:
 * "Units and durations in a report are written in the report's language, whatever language
 * the source used"). An agreement may say `binnen 5 werkdagen` or `within 5 workdays`,
 * `eenheid dagen` or `unit days`; a message, hover, inlay hint, code lens, report, diagram or
 * register in English says `5 workdays` and `days`, in Dutch `5 werkdagen` and `dagen`.
 *
 * One formatter per locale (`en/quantities.ts`, `nl/quantities.ts`, in the catalogue as
 * `messages.quantities`), built here from the words of the language. Only the words Keten
 * knows are translated: the units of time of `within`, `every` and `per` (the duration words
 * of DUTCH.md), hours and percent. Every other word (`EUR`, `per household`, `huishoudens`,
 * `"%"`) is the writer's own and stays as written.
 */
import { durationUnit, type DurationUnitName } from '../model/dates.js';
import type { FrequencyName } from '../model/effects.js';

export type QuantityUnit = DurationUnitName | 'hour' | 'percent';

/** Unit words beyond the duration words, English and Dutch. */
const OTHER_UNIT_WORDS: Readonly<Record<string, QuantityUnit>> = {
    hour: 'hour', hours: 'hour', uur: 'hour', uren: 'hour',
    percent: 'percent', procent: 'percent'
};

/** The unit a word names, in either language (`dagen`, `days`, `uren`, `percent`); else `undefined`. */
export function unitOfWord(word: string): QuantityUnit | undefined {
    const lower = word.toLowerCase();
    return durationUnit(lower) ?? OTHER_UNIT_WORDS[lower];
}

/** How one language writes units and frequencies. */
export interface QuantityWords {
    /** Singular (after 1) and plural (after other numbers, and as a label). */
    readonly units: Readonly<Record<QuantityUnit, readonly [string, string]>>;
    /** The unit after a number other than 1, where the language uses another form than its label (Dutch `16 uur`, `3 jaar`). */
    readonly afterNumber?: Partial<Readonly<Record<QuantityUnit, string>>>;
    readonly frequencies: Readonly<Record<FrequencyName, string>>;
    /** A number as this language writes it (`1,5` in Dutch). */
    readonly number: (text: string) => string;
}

export interface QuantityTexts {
    /** A unit, after `count` (singular after 1), or as a label without a count (plural). */
    unit(unit: QuantityUnit, count?: number): string;
    /** `10 workdays`, `1 jaar`. */
    duration(a: { count: number; unit: DurationUnitName }): string;
    /** A duration as an agreement wrote it (`10 werkdagen`, `6 weeks`), in this language. */
    writtenDuration(text: string): string;
    /** A unit word as written (`dagen`, `procent`, `households`), in this language when Keten knows it. */
    writtenUnit(word: string, count?: number): string;
    /** An amount as written (`16 uren per week`, `25000 EUR per household`), its unit words in this language. */
    writtenAmount(text: string): string;
    /** How often (`monthly`, `maandelijks`). */
    frequency(name: FrequencyName): string;
}

export function quantityTexts(words: QuantityWords): QuantityTexts {
    const unit = (name: QuantityUnit, count?: number): string => {
        const [singular, plural] = words.units[name];
        if (count === 1) return singular;
        return count === undefined ? plural : words.afterNumber?.[name] ?? plural;
    };
    const writtenUnit = (word: string, count?: number): string => {
        const name = unitOfWord(word);
        return name ? unit(name, count) : word;
    };
    const countOf = (text: string): number | undefined => {
        const value = Number(text);
        return Number.isFinite(value) ? value : undefined;
    };
    return {
        unit,
        duration: a => `${words.number(String(a.count))} ${unit(a.unit, a.count)}`,
        writtenDuration: text => {
            const match = /^(\S+) (\S+)$/.exec(text.trim());
            if (!match) return text;
            return `${words.number(match[1])} ${writtenUnit(match[2], countOf(match[1]))}`;
        },
        writtenUnit,
        writtenAmount: text => {
            const match = /^(\S+) (\S+)(?: per (\S+))?$/.exec(text.trim());
            if (!match) return words.number(text);
            const per = match[3] === undefined ? '' : ` per ${unitOfWord(match[3]) ? writtenUnit(match[3], 1) : match[3]}`;
            return `${words.number(match[1])} ${writtenUnit(match[2], countOf(match[1]))}${per}`;
        },
        frequency: name => words.frequencies[name]
    };
}
