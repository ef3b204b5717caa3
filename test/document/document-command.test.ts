/**
 * `keten document` through the real binary (DOCUMENT.md, "Command"): one document per agreement,
 * `--agreement`, the four formats, html and md to standard output with one agreement, docx and
 * pdf only with `-o`, a folder with one file per agreement (`JeugdhulpNoord.docx`), `--locale`,
 * `--date`/`--place` on the signing line, drafts marked and exit 1, `--strict` writing nothing
 * for an agreement with errors, exit 2 with one line for every usage error, and an output that
 * is one of the inputs refused with the file untouched; with SOURCE_DATE_EPOCH the same DOCX and
 * PDF bytes on every run.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runKeten, REPO_ROOT } from '../support/run-keten.js';
import { CLEAN_AGREEMENT, ensureKetenBuilt, makeWorkspace } from '../support/cli-workspace.js';
import { docxPart } from './document-text.js';

const JEUGDHULP = ['examples/jeugdhulp.keten', 'examples/partijen.keten'];
const WITH_ERROR = CLEAN_AGREEMENT.replace(/\n {4}decides under Inzet\n/, '\n    decides\n');

beforeAll(() => ensureKetenBuilt(), 300_000);

function expectOneLine(stderr: string) {
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^keten: /);
    expect(stderr).not.toMatch(/\bat .*\.(c?js|ts):\d+/);
}

// Every run starts the real binary; on a busy machine a test of several runs takes a while.
describe('keten document', { timeout: 300_000 }, () => {
    it('writes the HTML of one agreement to standard output, in the language asked for', () => {
        const run = runKeten(['document', ...JEUGDHULP, '--locale', 'nl']);
        expect(run.code, run.stderr).toBe(0);
        expect(run.stderr).toBe('');
        expect(run.stdout).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
        for (const phrase of ['De ondergetekenden', 'te dezen rechtsgeldig vertegenwoordigd door', 'hierna te noemen', 'Komen het volgende overeen', 'Artikel 1', 'Aldus overeengekomen en in 3-voud ondertekend te']) {
            expect(run.stdout).toContain(phrase);
        }
        expect(run.stdout).toContain('id="JeugdhulpNoord.Intake"');
        const english = runKeten(['document', ...JEUGDHULP, '--locale', 'en', '-f', 'md']);
        expect(english.code, english.stderr).toBe(0);
        expect(english.stdout).toMatch(/^# Convenant Integrale Jeugdhulp Regio Noord\n/);
        for (const phrase of ['## The undersigned', 'Agree as follows', '### Article 1 ', 'five working days']) expect(english.stdout).toContain(phrase);
    });

    it('fills the signing line with --place and --date', () => {
        const run = runKeten(['document', ...JEUGDHULP, '--locale', 'nl', '-f', 'md', '--place', 'Zutphen', '--date', '2026-12-01']);
        expect(run.code, run.stderr).toBe(0);
        expect(run.stdout).toContain('Aldus overeengekomen en in 3-voud ondertekend te Zutphen op 1 december 2026.');
    });

    it('writes DOCX and PDF to the file -o names, and refuses them without -o (exit 2)', () => {
        const folder = makeWorkspace({});
        for (const format of ['docx', 'pdf']) {
            const refused = runKeten(['document', ...JEUGDHULP, '-f', format]);
            expect(refused.code).toBe(2);
            expectOneLine(refused.stderr);
            expect(refused.stderr).toContain(`-o JeugdhulpNoord.${format}`);
            expect(refused.stdout).toBe('');
            const out = path.join(folder, `convenant.${format}`);
            const written = runKeten(['document', ...JEUGDHULP, '-f', format, '-o', out]);
            expect(written.code, written.stderr).toBe(0);
            const bytes = fs.readFileSync(out);
            expect(bytes.subarray(0, 4).toString('latin1')).toBe(format === 'pdf' ? '%PDF' : 'PK\u0003\u0004');
        }
    });

    it('with SOURCE_DATE_EPOCH writes the same DOCX and PDF bytes on every run and in every time zone, dated that day', () => {
        const folder = makeWorkspace({});
        const epoch = '1764547200'; // 2025-12-01T00:00:00Z
        for (const format of ['docx', 'pdf']) {
            const bytes = ['UTC', 'Europe/Amsterdam', 'America/New_York'].map((zone, index) => {
                const out = path.join(folder, `run-${index}.${format}`);
                const run = runKeten(['document', ...JEUGDHULP, '-f', format, '-o', out], { env: { SOURCE_DATE_EPOCH: epoch, TZ: zone } });
                expect(run.code, run.stderr).toBe(0);
                return fs.readFileSync(out);
            });
            expect(bytes[1].equals(bytes[0]), `${format}: the same bytes in another time zone`).toBe(true);
            expect(bytes[2].equals(bytes[0]), `${format}: the same bytes in another time zone`).toBe(true);
            if (format === 'docx') {
                expect(docxPart(bytes[0], 'docProps/core.xml')).toMatch(/<dcterms:created [^>]*>2025-12-01T00:00:00\.000Z<\/dcterms:created><dcterms:modified [^>]*>2025-12-01T00:00:00\.000Z</);
            } else {
                expect(bytes[0].toString('latin1')).toContain('(D:20251201000000Z)');
            }
        }
        // Not a number of seconds: exit 2 with one line, nothing written.
        const refused = runKeten(['document', ...JEUGDHULP, '-f', 'pdf', '-o', path.join(folder, 'x.pdf')], { env: { SOURCE_DATE_EPOCH: 'yesterday' } });
        expect(refused.code).toBe(2);
        expectOneLine(refused.stderr);
        expect(refused.stderr).toContain("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC");
        expect(fs.existsSync(path.join(folder, 'x.pdf'))).toBe(false);
        // html and md carry no date: an odd SOURCE_DATE_EPOCH does not stop them.
        expect(runKeten(['document', ...JEUGDHULP, '-f', 'md'], { env: { SOURCE_DATE_EPOCH: 'yesterday' } }).code).toBe(0);
    });

    it('writes every agreement of a workspace into the folder -o names, one file each, named after it', () => {
        const folder = makeWorkspace({});
        const out = path.join(folder, 'teksten');
        const run = runKeten(['document', 'examples', '-f', 'docx', '-o', out]);
        // The examples folder holds the flawed pilot: written as a draft, exit 1.
        expect(run.code).toBe(1);
        expect(fs.readdirSync(out).sort()).toEqual(['JeugdhulpNoord.docx', 'Ondermijning.docx', 'PilotVallei.docx', 'ToezichtZorg.docx', 'VTH.docx', 'Vroeg.docx']);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
        expect(run.stderr).toMatch(/^keten: Agreement 'PilotVallei' has \d+ errors: written as a draft marked "Draft — \d+ errors"/);
        // A path ending in `/` is a folder, also for one agreement and before it exists.
        const slash = runKeten(['document', 'examples', '--agreement', 'Vroeg', '-f', 'md', '-o', `${path.join(folder, 'een')}/`]);
        expect(slash.code, slash.stderr).toBe(0);
        expect(fs.readdirSync(path.join(folder, 'een'))).toEqual(['Vroeg.md']);
        const several = runKeten(['document', 'examples']);
        expect(several.code).toBe(2);
        expectOneLine(several.stderr);
        expect(several.stderr).toContain('--agreement');
        const one = runKeten(['document', 'examples', '--agreement', 'Vroeg', '-f', 'md']);
        expect(one.code, one.stderr).toBe(0);
        expect(one.stdout).toMatch(/^# Convenant Vroegsignalering/);
    });

    it('marks a draft on every page and exits 1; --strict writes nothing for it', () => {
        const folder = makeWorkspace({ 'convenant.keten': WITH_ERROR });
        const draft = runKeten(['document', 'convenant.keten', '--locale', 'nl', '-f', 'pdf', '-o', 'convenant.pdf'], { cwd: folder });
        expect(draft.code).toBe(1);
        expect(draft.stderr).toContain('Concept — bevat 1 fout');
        expect(fs.existsSync(path.join(folder, 'convenant.pdf'))).toBe(true);
        const html = runKeten(['document', 'convenant.keten', '--locale', 'nl'], { cwd: folder });
        expect(html.code).toBe(1);
        expect(html.stdout).toContain('<p class="draft-mark" role="note">Concept — bevat 1 fout</p>');
        expect(html.stdout).toContain('@top-center { content: "Concept — bevat 1 fout"');

        const strict = runKeten(['document', 'convenant.keten', '--strict', '-f', 'docx', '-o', 'strict.docx'], { cwd: folder });
        expect(strict.code).toBe(1);
        expect(strict.stderr).toMatch(/^keten: Agreement 'Convenant' has 1 error: not written \(--strict\)/);
        expect(fs.existsSync(path.join(folder, 'strict.docx'))).toBe(false);
        const strictStdout = runKeten(['document', 'convenant.keten', '--strict'], { cwd: folder });
        expect(strictStdout.code).toBe(1);
        expect(strictStdout.stdout).toBe('');

        const clean = makeWorkspace({ 'convenant.keten': CLEAN_AGREEMENT });
        const sound = runKeten(['document', 'convenant.keten', '--strict', '-f', 'md'], { cwd: clean });
        expect(sound.code, sound.stderr).toBe(0);
        expect(sound.stdout).not.toContain('Draft');
    });

    it('says which files have syntax errors, leaves their declarations out and marks the text that misses them as a draft', () => {
        // A party with a syntax error: left out, so the agreement's text lacks it and is a draft.
        const brokenParty = makeWorkspace({ 'a.keten': CLEAN_AGREEMENT.replace('  type provider\n', '  type ???\n') });
        const draft = runKeten(['document', '.', '-f', 'md'], { cwd: brokenParty });
        expect(draft.code).toBe(1);
        const lines = draft.stderr.trim().split('\n');
        expect(lines[0]).toMatch(/^keten: a\.keten: \d+ syntax errors? \(.*line 12\); left out because incomplete: party 'Aanbieder'/);
        expect(lines[1]).toMatch(/^keten: Agreement 'Convenant' has \d+ errors?: written as a draft/);
        expect(draft.stdout).toMatch(/^> \*\*Draft — \d+ errors?\*\*/);
        // The agreement itself broken: nothing to write, the syntax line says why, exit 1.
        const brokenAgreement = makeWorkspace({ 'a.keten': CLEAN_AGREEMENT.replace('    due 2026-03-01\n', '    due 2026-03-01 ???\n') });
        const none = runKeten(['document', '.', '-f', 'md'], { cwd: brokenAgreement });
        expect(none.code).toBe(1);
        expect(none.stdout).toBe('');
        expectOneLine(none.stderr);
        expect(none.stderr).toMatch(/left out because incomplete: agreement 'Convenant'/);
    });

    it('exits 2 with one line for every usage error', () => {
        const folder = makeWorkspace({ 'convenant.keten': CLEAN_AGREEMENT, 'leeg.keten': 'party P "P" { role r "R" }\n' });
        const cases: Array<[string[], RegExp]> = [
            [['document', 'convenant.keten', '-f', 'odt'], /Unknown format 'odt'. Choose one of: html, docx, pdf, md\./],
            [['document', 'convenant.keten', '--agreement', 'Convenat'], /No agreement named 'Convenat'\. Did you mean 'Convenant'\?/],
            [['document', 'convenant.keten', '--date', '2026-02-30'], /--date needs a calendar date written YYYY-MM-DD, not '2026-02-30'\./],
            [['document', 'convenant.keten', '--locale', 'de'], /Unknown locale 'de'/],
            [['document', 'leeg.keten'], /No agreement found/],
            [['document', 'bestaat-niet.keten'], /Path not found/],
            [['document', 'convenant.keten', '--onbekend'], /unknown option '--onbekend'/]
        ];
        for (const [args, message] of cases) {
            const run = runKeten(args, { cwd: folder });
            expect(run.code, args.join(' ')).toBe(2);
            expectOneLine(run.stderr);
            expect(run.stderr, args.join(' ')).toMatch(message);
            expect(run.stdout).toBe('');
        }
        const dutch = runKeten(['document', 'convenant.keten', '--agreement', 'Convenat', '--locale', 'nl'], { cwd: folder });
        expect(dutch.stderr).toMatch(/^keten: Er is geen afspraak met de naam 'Convenat'\. Bedoelt u 'Convenant'\?/);
    });

    it('refuses to write over one of the agreement files, leaving it untouched', () => {
        const folder = makeWorkspace({ 'convenant.keten': CLEAN_AGREEMENT });
        const run = runKeten(['document', 'convenant.keten', '-f', 'md', '-o', 'convenant.keten'], { cwd: folder });
        expect(run.code).toBe(2);
        expectOneLine(run.stderr);
        expect(fs.readFileSync(path.join(folder, 'convenant.keten'), 'utf8')).toBe(CLEAN_AGREEMENT);
    });

    it('is listed in the help', () => {
        const help = runKeten(['help', 'document']);
        expect(help.code).toBe(0);
        for (const option of ['--agreement', '--format', '--out', '--locale', '--date', '--place', '--strict']) expect(help.stdout).toContain(option);
        expect(fs.existsSync(path.join(REPO_ROOT, 'packages/cli/src/commands/document.ts'))).toBe(true);
    });
});
