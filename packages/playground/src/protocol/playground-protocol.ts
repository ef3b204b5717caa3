/**
 * What the page and the language server in the web worker say to each other beyond LSP and the
 * server's own `keten/…` requests (report-requests.ts): the playground's measurements, the
 * language of messages, and the keyword-language switch of `keten format --locale`.
 * Shared by both sides; plain data only.
 */

/** Where the playground keeps its files: `file:///playground/<name>`, so reports name them `<name>`. */
export const WORKSPACE_FOLDER_URI = 'file:///playground';

export function uriOfFile(name: string): string {
    return `${WORKSPACE_FOLDER_URI}/${encodeURIComponent(name)}`;
}

/** Notification: the measurements the report and the effect status read (CSV or JSON text). */
export const SET_MEASUREMENTS_NOTIFICATION = 'keten/playground/setMeasurements';
export interface SetMeasurementsParams {
    readonly files: ReadonlyArray<{ readonly name: string; readonly text: string }>;
}

/** Notification: the language of every message, hover and report (`en` or `nl`). */
export const SET_LOCALE_NOTIFICATION = 'keten/playground/setLocale';
export interface SetLocaleParams {
    readonly locale: 'en' | 'nl';
}

/**
 * Request: the text of a document with every keyword in one language and in canonical layout,
 * as `keten format --locale nl|en` writes it; `text` is absent when the file has syntax errors.
 */
export const TRANSLATE_KEYWORDS_REQUEST = 'keten/playground/translateKeywords';
export interface TranslateKeywordsParams {
    readonly uri: string;
    readonly into: 'en' | 'nl';
}
export interface TranslateKeywordsResult {
    readonly text?: string;
}
