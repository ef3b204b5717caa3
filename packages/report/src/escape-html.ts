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
    const value = typeof text === 'string' ? text : String(text);
    if (!NEEDS_ESCAPING.test(value)) return value;
    return value
        .replace(CONTROL_CHARACTERS, '')
        .replace(SPECIAL_CHARACTERS, char => ENTITIES[char]);
}

/** A run of this many characters without a space gets places to break (`<wbr>`). */
const LONG_RUN = /\S{41,}/g;
/** A run of 41 or more, as `/\S{41}/.test` finds it, by one scan instead of a regex that backs up at each position. */
const LONG_RUN_LENGTH = 41;
const PIECE = 20;

/**
 * Text content (never an attribute value) for the HTML page: escaped as `escapeHtml` does, and
 * a very long run without a space (a name, a pasted link, a value of thousands of characters)
 * gets a `<wbr>` every twenty characters, so it wraps inside the page instead of making it
 * thousands of pixels wide, while ordinary words never break (docs/reports.md).
 */
export function escapeHtmlText(text: string | number): string {
    // Most texts are short and need nothing: answered with one test and no further call (a
    // report of a thousand agreements asks this a few hundred thousand times, mostly in code
    // that runs too few times to be optimised; docs/performance.md, "Session 21").
    if (typeof text === 'string' && text.length < LONG_RUN_LENGTH && !NEEDS_ESCAPING.test(text)) return text;
    const value = String(text);
    if (!hasLongRun(value)) return escapeHtml(value);
    let result = '';
    let last = 0;
    for (const match of value.matchAll(LONG_RUN)) {
        const start = match.index ?? 0;
        result += escapeHtml(value.slice(last, start)) + breakable(match[0]);
        last = start + match[0].length;
    }
    return result + escapeHtml(value.slice(last));
}

function hasLongRun(value: string): boolean {
    if (value.length < LONG_RUN_LENGTH) return false;
    let run = 0;
    for (let i = 0; i < value.length; i++) {
        if (isWhiteSpace(value.charCodeAt(i))) run = 0;
        else if (++run >= LONG_RUN_LENGTH) return true;
    }
    return false;
}

/** What `\s` matches (ECMAScript WhiteSpace and LineTerminator), per UTF-16 code unit. */
function isWhiteSpace(code: number): boolean {
    if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
    if (code < 0xa0) return false;
    return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
        || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function breakable(run: string): string {
    const pieces: string[] = [];
    let start = 0;
    while (start < run.length) {
        let end = Math.min(run.length, start + PIECE);
        // Never between the two halves of a character outside the Basic Multilingual Plane.
        if (end < run.length && /[\udc00-\udfff]/.test(run[end])) end++;
        pieces.push(escapeHtml(run.slice(start, end)));
        start = end;
    }
    return pieces.join('<wbr>');
}
