/**
 * Escaping for GitHub and GitLab Markdown: text from agreements and data files is shown as
 * text, never as markup, links, mathematics (`$…$` on GitHub) or HTML, and never breaks a table.
 * The report, the register, `keten diff`/`whatif` and the covenant text (`keten document -f md`) use it.
 */
export function escapeMarkdown(text: string | number): string {
    const plain = String(text);
    // Most texts (dates, numbers, names) need nothing: one test instead of seven replacements.
    // eslint-disable-next-line no-control-regex -- the characters replaced below
    if (!/[\u0000-\u001f\u007f&<>\\`*_[\]|~!#$]/.test(plain)) return plain;
    return plain
        // eslint-disable-next-line no-control-regex -- dropping control characters is the point
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
        .replace(/\r?\n|\r/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]|~!#$]/g, char => `\\${char}`);
}
