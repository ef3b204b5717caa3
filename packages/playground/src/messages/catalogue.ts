/** The playground's catalogue: its interface texts per locale (en/, nl/), as the language's catalogue is organised. */
import { playgroundEn, type PlaygroundMessages } from './en/playground.js';
import { playgroundNl } from './nl/playground.js';

export type { PlaygroundMessages };
export type InterfaceLocale = 'en' | 'nl';
export const INTERFACE_LOCALES: readonly InterfaceLocale[] = ['nl', 'en'];

export function isInterfaceLocale(value: unknown): value is InterfaceLocale {
    return value === 'en' || value === 'nl';
}

export function playgroundMessagesFor(locale: InterfaceLocale): PlaygroundMessages {
    return locale === 'nl' ? playgroundNl : playgroundEn;
}
