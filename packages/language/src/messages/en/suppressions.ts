/** Messages of `keten-disable-…` comments (CLI.md, Suppressions). */
export const suppressionsEn = {
    unusedSuppression: (a: { rule: string; scope: 'next-line' | 'file' }) =>
        a.scope === 'next-line'
            ? `This comment silences '${a.rule}' on the next line, but '${a.rule}' reports nothing there. Remove '${a.rule}' from the comment.`
            : `This comment silences '${a.rule}' in this file, but '${a.rule}' reports nothing here. Remove '${a.rule}' from the comment.`,
    unknownSuppressedRule: (a: { rule: string; suggestion?: string }) =>
        `'${a.rule}' is not a Keten rule, so this comment silences nothing.` +
        (a.suggestion ? ` Did you mean '${a.suggestion}'?` : ` Run 'keten rules' to see the rule ids.`),
    suppressionWithoutRule: (a: { directive: string }) =>
        `'${a.directive}' names no rule, so it silences nothing. Name the rules to silence, for example '// ${a.directive} no-review -- reason'.`,
    /** Title of the quick fix that adds a `keten-disable-next-line` comment above a finding. */
    fixSuppressRule: (a: { rule: string }) => `Suppress ${a.rule} on this line`
};
