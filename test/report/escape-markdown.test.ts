/**
 * The one Markdown escaper (packages/report/src/escape-markdown.ts) of the report, the
 * register, `keten diff`/`whatif` and the covenant text: agreement text stays text.
 */
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../packages/report/src/escape-markdown.js';

describe('escapeMarkdown', () => {
    it('leaves plain text and numbers as they are', () => {
        expect(escapeMarkdown('Gemeente Zutphen 2027-01-01')).toBe('Gemeente Zutphen 2027-01-01');
        expect(escapeMarkdown(12.5)).toBe('12.5');
    });

    it('escapes markup, tables, HTML and GitHub mathematics, and keeps text on one line', () => {
        expect(escapeMarkdown('*vet* | `code` [link](x) <b>&</b> # ~ ! _')).toBe('\\*vet\\* \\| \\`code\\` \\[link\\](x) &lt;b&gt;&amp;&lt;/b&gt; \\# \\~ \\! \\_');
        expect(escapeMarkdown('kosten $x$ en $$y$$')).toBe('kosten \\$x\\$ en \\$\\$y\\$\\$');
        expect(escapeMarkdown('regel een\r\nregel twee\u0007')).toBe('regel een regel twee');
    });
});
