/**
 * Run-time settings that change what the checker reports, not what a file means:
 * the locale of messages, and per-document rule severities (from `keten.config.json`,
 * `--config`, or the editor's settings). The CLI and the language server fill them in.
 */
import type { URI } from 'langium';
import { messagesFor, type Locale, type Messages } from '../messages/catalogue.js';
import type { Severity } from '../rules/rule.js';

export type ConfiguredSeverity = Severity | 'off';

/** Answers the configured severity of a rule in one document, or `undefined` for its default. */
export type SeverityResolver = (documentUri: URI, ruleId: string) => ConfiguredSeverity | undefined;

export class KetenSettings {
    locale: Locale = 'en';
    severityResolver: SeverityResolver = () => undefined;

    get messages(): Messages {
        return messagesFor(this.locale);
    }
}
