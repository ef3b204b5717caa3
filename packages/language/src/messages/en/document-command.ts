/**
 * Texts of `keten document` on the command line (DOCUMENT.md): its one-line errors (exit 2)
 * and the notices about drafts. Part of the CLI catalogue (`cli.ts` spreads them in).
 */
const errors = (count: number) => `${count} ${count === 1 ? 'error' : 'errors'}`;

export const documentCommandEn = {
    documentNoAgreements: () => 'No agreement found: keten document writes the text of an agreement. Name the files or folder that hold one.',
    documentUnknownAgreement: (a: { name: string; closest?: string; names: readonly string[] }) =>
        `No agreement named '${a.name}'.${a.closest ? ` Did you mean '${a.closest}'?` : ''} The agreements: ${a.names.join(', ')}.`,
    documentSeveralAgreements: (a: { count: number; names: readonly string[] }) =>
        `The files hold ${a.count} agreements (${a.names.join(', ')}): give --agreement NAME for one, or -o FOLDER to write each into FOLDER as NAME and its extension.`,
    documentNeedsOutput: (a: { format: string; example: string }) =>
        `A ${a.format} document cannot go to standard output: give -o FILE (for example -o ${a.example}).`,
    documentOutputNotAFolder: (a: { path: string }) =>
        `'${a.path}' is a file; with several agreements -o names a folder to write one document per agreement into.`,
    documentOutputIsInput: (a: { path: string }) => `'${a.path}' is one of the agreement files read; choose another -o.`,
    documentDateNotADate: (a: { value: string }) => `--date needs a calendar date written YYYY-MM-DD, not '${a.value}'.`,
    documentSourceDateEpochInvalid: (a: { value: string }) => `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC (for example $(git log -1 --format=%ct)), not '${a.value}'.`,
    documentDraftWritten: (a: { agreement: string; errors: number; mark: string }) =>
        `Agreement '${a.agreement}' has ${errors(a.errors)}: written as a draft marked "${a.mark}". Run 'keten validate' for the details.`,
    documentRefused: (a: { agreement: string; errors: number }) =>
        `Agreement '${a.agreement}' has ${errors(a.errors)}: not written (--strict). Run 'keten validate' for the details.`
};
