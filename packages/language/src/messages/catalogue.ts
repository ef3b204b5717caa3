/**
 * The message catalogue: every text a user reads, per locale. Rules, the CLI, reports and the
 * editor take their words from here, so a language is added without touching them.
 * Each area keeps its messages in its own module under `en/` and `nl/`.
 */
import { kindsEn } from './en/kinds.js';
import { structureEn } from './en/structure.js';
import { governanceEn } from './en/governance.js';
import { mandatesEn } from './en/mandates.js';
import { conditionsEn } from './en/conditions.js';
import { escalationEn } from './en/escalation.js';
import { effectsEn } from './en/effects.js';
import { covenantEn } from './en/covenant.js';
import { dataSharingEn } from './en/data-sharing.js';
import { moneyEn } from './en/money.js';
import { suppressionsEn } from './en/suppressions.js';
import { editorEn } from './en/editor.js';
import { cliEn } from './en/cli.js';
import { reportEn } from './en/report.js';
import { reportEditorEn } from './en/report-editor.js';
import { chainDiagramEn } from './en/chain-diagram.js';
import { registerEn } from './en/register.js';
import { measurementsEn } from './en/measurements.js';
import { changesEn } from './en/changes.js';
import { quantitiesEn } from './en/quantities.js';
import type { KindName } from './en/kinds.js';
import { kindsNl } from './nl/kinds.js';
import { structureNl } from './nl/structure.js';
import { governanceNl } from './nl/governance.js';
import { mandatesNl } from './nl/mandates.js';
import { conditionsNl } from './nl/conditions.js';
import { escalationNl } from './nl/escalation.js';
import { effectsNl } from './nl/effects.js';
import { covenantNl } from './nl/covenant.js';
import { dataSharingNl } from './nl/data-sharing.js';
import { moneyNl } from './nl/money.js';
import { suppressionsNl } from './nl/suppressions.js';
import { editorNl } from './nl/editor.js';
import { cliNl } from './nl/cli.js';
import { reportNl } from './nl/report.js';
import { reportEditorNl } from './nl/report-editor.js';
import { chainDiagramNl } from './nl/chain-diagram.js';
import { registerNl } from './nl/register.js';
import { measurementsNl } from './nl/measurements.js';
import { changesNl } from './nl/changes.js';
import { quantitiesNl } from './nl/quantities.js';

export type { RuleDocText } from './en/cli.js';
export type { RegisterColumnName } from './en/register.js';
export type { JsonValueKind, RowPlaceText } from './en/measurements.js';
export type { ChangeAreaName, ChangeFacts, ChangeIdName, ChangeLevelName, ChangeText, WhatIfGroupName } from './en/changes.js';
export { formatDateFor, formatDatesInText, formatNumberFor, formatNumbersInText } from './format-values.js';
export { unitOfWord, type QuantityTexts, type QuantityUnit } from './quantities.js';

export const LOCALES = ['en', 'nl'] as const;
export type Locale = (typeof LOCALES)[number];

export const en = {
    kinds: kindsEn,
    /** Durations, units and frequencies, whatever language the agreement used (quantities.ts). */
    quantities: quantitiesEn,
    ...structureEn,
    ...governanceEn,
    ...mandatesEn,
    ...conditionsEn,
    ...escalationEn,
    ...effectsEn,
    ...covenantEn,
    ...dataSharingEn,
    ...moneyEn,
    ...suppressionsEn,
    editor: editorEn,
    cli: cliEn,
    report: reportEn,
    reportEditor: reportEditorEn,
    chainDiagram: chainDiagramEn,
    register: registerEn,
    measurements: measurementsEn,
    changes: changesEn
};

/** The shape every locale fills in: the English catalogue's keys and argument types. */
export type Messages = Omit<typeof en, 'kinds'> & { readonly kinds: Readonly<Record<KindName, string>> };

/** Dutch (DUTCH.md): typed against the English shapes, so a missing message fails the type check. */
export const nl: Messages = {
    kinds: kindsNl,
    quantities: quantitiesNl,
    ...structureNl,
    ...governanceNl,
    ...mandatesNl,
    ...conditionsNl,
    ...escalationNl,
    ...effectsNl,
    ...covenantNl,
    ...dataSharingNl,
    ...moneyNl,
    ...suppressionsNl,
    editor: editorNl,
    cli: cliNl,
    report: reportNl,
    reportEditor: reportEditorNl,
    chainDiagram: chainDiagramNl,
    register: registerNl,
    measurements: measurementsNl,
    changes: changesNl
};

const catalogues: Record<Locale, Messages> = { en, nl };

/** The messages of a locale; English when none is given. */
export function messagesFor(locale: Locale | undefined): Messages {
    return (locale && catalogues[locale]) || en;
}

export function isLocale(value: unknown): value is Locale {
    return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
