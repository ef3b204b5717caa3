/**
 * A rule's description and source in the run's language: the Dutch texts of the rule
 * documentation, or the rule metadata itself for English. Shared by `keten rules` and the
 * rules that SARIF's driver lists.
 */
import type { RuleDocText, RuleMeta } from '@keten/language';
import type { CliMessages } from '../cli-error.js';

export function ruleDocOf(meta: RuleMeta, messages: CliMessages): RuleDocText {
    const translated = messages.ruleDocs[meta.id] as RuleDocText | undefined;
    return translated ?? { description: meta.description, source: meta.source };
}
