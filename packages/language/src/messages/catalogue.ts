/**
 * The message catalogue: every text a user reads, per locale. Rules, the CLI, reports and the
 * editor take their words from here, so a language is added without touching them.
 * Each area keeps its messages in its own module under `en/` (and later `nl/`).
 */
import { kindsEn } from './en/kinds.js';
import { structureEn } from './en/structure.js';
import { governanceEn } from './en/governance.js';
import { mandatesEn } from './en/mandates.js';
import { conditionsEn } from './en/conditions.js';
import { escalationEn } from './en/escalation.js';
import { effectsEn } from './en/effects.js';
import { suppressionsEn } from './en/suppressions.js';
import { editorEn } from './en/editor.js';

export const LOCALES = ['en', 'nl'] as const;
export type Locale = (typeof LOCALES)[number];

export const en = {
    kinds: kindsEn,
    ...structureEn,
    ...governanceEn,
    ...mandatesEn,
    ...conditionsEn,
    ...escalationEn,
    ...effectsEn,
    editor: editorEn
};

export type Messages = typeof en;

const catalogues: Partial<Record<Locale, Messages>> = { en };

/** The messages of a locale; English where a locale has no catalogue yet. */
export function messagesFor(locale: Locale | undefined): Messages {
    return (locale && catalogues[locale]) || en;
}

export function isLocale(value: unknown): value is Locale {
    return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
