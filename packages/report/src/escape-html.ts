/**
 * Escaping for HTML and SVG text and attribute values. Every text that comes from an agreement
 * or a data file passes through here before it reaches the HTML report (REPORTS.md: the
 * report must be safe to open whatever the files contain).
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text and attribute values (quoted with `"`); control characters other than tab and newline are dropped. */
export function escapeHtml(text: string | number): string {
    return String(text)
        // eslint-disable-next-line no-control-regex -- dropping control characters is the point
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
        .replace(/[&<>"']/g, char => ENTITIES[char]);
}
