/** Where a rule's documentation lives; the diagnostics' `codeDescription` and SARIF `helpUri`. */
export const RULE_DOCS_BASE = 'https://github.com/keten-lang/keten/blob/main/docs/rules.md';

/** The Dutch page, with the same anchors (`docs/rules.nl.md`). */
export const RULE_DOCS_BASE_NL = RULE_DOCS_BASE.replace(/\.md$/, '.nl.md');

export function ruleDocumentationUrl(ruleId: string): string {
    return `${RULE_DOCS_BASE}#${ruleId}`;
}

/** A rule documentation link in the language of the messages: the Dutch page for `nl` (DUTCH.md). */
export function ruleDocumentationUrlIn(locale: string, href: string): string {
    return locale === 'nl' && href.startsWith(`${RULE_DOCS_BASE}#`) ? RULE_DOCS_BASE_NL + href.slice(RULE_DOCS_BASE.length) : href;
}
