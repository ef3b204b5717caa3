/**
 * What **Keten: What If…** offers and sends (CHANGES.md): the quick pick built from the server's
 * `keten/whatIfChoices` (parties that can leave, mandates that can be revoked, roles that can
 * fall vacant, and a date), the `keten/whatIf` parameters of a pick, the check of a typed date
 * and the title of the report. The texts come from the change catalogue, in the editor's
 * language (`keten.locale`, else VS Code's display language), as the server chooses its own.
 *
 * Pure functions without `vscode`, so they are tested without VS Code; what-if-command.ts shows
 * them. The catalogue files are plain objects, so the client bundle takes only them.
 */
import { changesEn } from '../../language/src/messages/en/changes.js';
import { changesNl } from '../../language/src/messages/nl/changes.js';

export type WhatIfTexts = typeof changesEn;

/** The answer of `keten/whatIfChoices`. */
export interface WhatIfChoices {
    readonly parties: readonly string[];
    readonly mandates: readonly string[];
    readonly roles: readonly string[];
}

/** The parameters of `keten/whatIf` (without `format`). */
export interface WhatIfScenario {
    readonly without?: readonly string[];
    readonly revoke?: readonly string[];
    readonly vacant?: readonly string[];
    readonly expire?: string;
}

/** One row of the quick pick: a heading, a scenario, or the row that asks for a date. */
export type WhatIfPick =
    | { readonly kind: 'heading'; readonly label: string }
    | { readonly kind: 'scenario'; readonly label: string; readonly description: string; readonly scenario: WhatIfScenario }
    | { readonly kind: 'date'; readonly label: string };

/** The texts in the editor's language: the `keten.locale` setting, else the display language. */
export function whatIfTexts(setting: string | undefined, displayLanguage: string): WhatIfTexts {
    const locale = setting === 'nl' || setting === 'en' ? setting : displayLanguage.toLowerCase().startsWith('nl') ? 'nl' : 'en';
    return locale === 'nl' ? changesNl : changesEn;
}

/** The quick pick: parties, mandates and roles under their headings, then the date row. */
export function whatIfPicks(choices: WhatIfChoices, texts: WhatIfTexts): WhatIfPick[] {
    const group = (heading: string, names: readonly string[], description: string, scenario: (name: string) => WhatIfScenario): WhatIfPick[] =>
        names.length === 0 ? [] : [
            { kind: 'heading', label: heading },
            ...names.map(name => ({ kind: 'scenario' as const, label: name, description, scenario: scenario(name) }))
        ];
    return [
        ...group(texts.whatIfPartiesHeading(), choices.parties, texts.whatIfLeaves(), name => ({ without: [name] })),
        ...group(texts.whatIfMandatesHeading(), choices.mandates, texts.whatIfIsRevoked(), name => ({ revoke: [name] })),
        ...group(texts.whatIfRolesHeading(), choices.roles, texts.whatIfIsVacant(), name => ({ vacant: [name] })),
        { kind: 'heading', label: texts.whatIfDateHeading() },
        { kind: 'date', label: texts.whatIfExpireItem() }
    ];
}

/** Whether the choices name anything a scenario can take away. */
export function hasChoices(choices: WhatIfChoices): boolean {
    return choices.parties.length + choices.mandates.length + choices.roles.length > 0;
}

/** Why a typed date cannot be used (a calendar date written YYYY-MM-DD), or undefined. */
export function expireDateProblem(value: string, texts: WhatIfTexts): string | undefined {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
    if (match) {
        const [year, month, day] = match.slice(1).map(Number);
        const date = new Date(Date.UTC(year, month - 1, day));
        if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return undefined;
    }
    return texts.whatIfExpireInvalid({ value });
}

/** The title of the report: "What if: Kredietbank leaves", with the summary's own words. */
export function whatIfTitle(scenario: WhatIfScenario, texts: WhatIfTexts): string {
    const parts = [
        ...(scenario.without ?? []).map(party => texts.scenarioWithout({ party })),
        ...(scenario.revoke ?? []).map(mandate => texts.scenarioRevoke({ mandate })),
        ...(scenario.vacant ?? []).map(role => texts.scenarioVacant({ role })),
        ...(scenario.expire ? [texts.scenarioExpire({ date: scenario.expire.trim() })] : [])
    ];
    return texts.whatIfPanelTitle({ scenario: texts.joinScenario(parts) });
}
