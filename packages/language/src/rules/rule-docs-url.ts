/** Where a rule's documentation lives; the diagnostics' `codeDescription` and SARIF `helpUri`. */
export const RULE_DOCS_BASE = 'https://github.com/keten-lang/keten/blob/main/docs/rules.md';

export function ruleDocumentationUrl(ruleId: string): string {
    return `${RULE_DOCS_BASE}#${ruleId}`;
}
