// Writes the change catalogue (`keten diff --catalogue -f md`, generated from
// packages/changes/src/change-catalogue.ts and the message catalogue) into docs/changes.md and
// docs/changes.nl.md, between the markers `<!-- change catalogue -->` and
// `<!-- end of change catalogue -->`; the rest of each page is written by hand.
// `npm run docs` runs it; test/changes/change-docs.test.ts fails when a page is stale.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

export const START = '<!-- change catalogue -->';
export const END = '<!-- end of change catalogue -->';

/** The page with its catalogue section replaced by `catalogue`. */
export function withCatalogue(page, catalogue) {
    const start = page.indexOf(START);
    const end = page.indexOf(END);
    if (start < 0 || end < start) throw new Error(`the page has no '${START}' … '${END}' section`);
    return `${page.slice(0, start + START.length)}\n${catalogue}${page.slice(end)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
    for (const [file, locale] of [['docs/changes.md', 'en'], ['docs/changes.nl.md', 'nl']]) {
        const catalogue = execFileSync(process.execPath, ['packages/cli/bin/keten.cjs', 'diff', '--catalogue', '-f', 'md', '--locale', locale], { encoding: 'utf8' });
        writeFileSync(file, withCatalogue(readFileSync(file, 'utf8'), catalogue));
    }
}
