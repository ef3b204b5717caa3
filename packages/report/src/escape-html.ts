/**
 * Escaping for HTML and SVG text and attribute values. Every text that comes from an agreement
 * or a data file passes through here before it reaches the HTML report (REPORTS.md: the
 * report must be safe to open whatever the files contain).
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

// eslint-disable-next-line no-control-regex -- dropping control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const SPECIAL_CHARACTERS = /[&<>"']/g;
/** Any character that escaping changes; most texts have none and are returned as they are. */
// eslint-disable-next-line no-control-regex -- see CONTROL_CHARACTERS
const NEEDS_ESCAPING = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f&<>"']/;

/** Text and attribute values (quoted with `"`); control characters other than tab and newline are dropped. */
export function escapeHtml(text: string | number): string {
    const value = String(text);
    if (!NEEDS_ESCAPING.test(value)) return value;
    return value
        .replace(CONTROL_CHARACTERS, '')
        .replace(SPECIAL_CHARACTERS, char => ENTITIES[char]);
}
