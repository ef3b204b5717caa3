/**
 * Text from an agreement in GitHub and GitLab Markdown: shown as text, never as markup, a link,
 * HTML or a template (`{{ … }}` stays text: Markdown gives braces no meaning).
 */
export function escapeMarkdown(text: string): string {
    return text
        // eslint-disable-next-line no-control-regex -- dropping control characters is the point
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
        .replace(/\r?\n|\r/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]|~!#$]/g, char => `\\${char}`);
}
