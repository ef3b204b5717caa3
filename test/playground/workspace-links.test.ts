/**
 * What the playground takes from outside: share links and .zip files are untrusted. Every
 * file comes back from a link; a link that inflates past the limit, broken base64 or JSON,
 * and unsafe names are refused or made safe before anything is shown.
 */
import { deflateSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { shareFragment, workspaceOfFragment, SHARE_PREFIX } from '../../packages/playground/src/page/workspace/share-link.js';
import { workspaceOfZip, workspaceZip } from '../../packages/playground/src/page/workspace/workspace-zip.js';
import { checkedWorkspace, fileNameProblem, safeFileName, WORKSPACE_LIMITS } from '../../packages/playground/src/page/workspace/workspace-state.js';

const WORKSPACE = {
    files: [
        { name: 'partijen.keten', text: 'party Zutphen "Gemeente Zutphen" {\n  type municipality\n}\n' },
        { name: 'afspraak.keten', text: 'agreement A "Één plan, één regisseur — ü ß 漢字" {\n}\n' }
    ],
    active: 'afspraak.keten',
    measurements: [{ name: 'metingen.csv', text: 'effect;datum;waarde\nA.B;2026-01-31;41,5\n' }]
};

const base64Url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

describe('share links', () => {
    it('bring back every file, the active tab and the measurements', () => {
        const fragment = shareFragment(WORKSPACE);
        expect(fragment.startsWith(SHARE_PREFIX)).toBe(true);
        expect(fragment).toMatch(/^w=[A-Za-z0-9_-]+$/);
        expect(workspaceOfFragment(`#${fragment}`)).toEqual(WORKSPACE);
    });

    it('are not links to a workspace when the fragment is something else', () => {
        expect(workspaceOfFragment('')).toBeUndefined();
        expect(workspaceOfFragment('#section-2')).toBeUndefined();
    });

    it('refuse broken base64, broken compression and broken JSON', () => {
        expect(workspaceOfFragment('#w=not base64!')).toEqual({ refused: 'not-a-workspace' });
        expect(workspaceOfFragment(`#w=${base64Url(strToU8('plain text, not deflated'))}`)).toEqual({ refused: 'not-a-workspace' });
        expect(workspaceOfFragment(`#w=${base64Url(deflateSync(strToU8('{"f": [["a.keten"')))}`)).toEqual({ refused: 'not-a-workspace' });
        expect(workspaceOfFragment(`#w=${base64Url(deflateSync(strToU8('{"f": []}')))}`)).toEqual({ refused: 'not-a-workspace' });
        expect(workspaceOfFragment(`#w=${base64Url(deflateSync(strToU8('{"f": [["a.keten", 42]]}')))}`)).toEqual({ refused: 'not-a-workspace' });
    });

    it('stop inflating a small link that would become too much text', () => {
        // 40 MB of spaces (past the limit of 12 M characters, 3 bytes each) deflate to about 40 kB.
        const bomb = deflateSync(new Uint8Array(40 * 1024 * 1024).fill(0x20), { level: 1 });
        expect(bomb.length).toBeLessThan(200_000);
        expect(workspaceOfFragment(`#w=${base64Url(bomb)}`)).toEqual({ refused: 'too-large' });
    });

    it('refuse more text or more files than the limits', () => {
        const big = 'x'.repeat(WORKSPACE_LIMITS.totalCharacters / 2 + 1);
        expect(workspaceOfFragment(`#${shareFragment({ files: [{ name: 'a.keten', text: big }, { name: 'b.keten', text: big }], measurements: [] })}`)).toEqual({ refused: 'too-large' });
        const many = Array.from({ length: WORKSPACE_LIMITS.files + 1 }, (_, i) => ({ name: `f${i}.keten`, text: '' }));
        expect(workspaceOfFragment(`#${shareFragment({ files: many, measurements: [] })}`)).toEqual({ refused: 'too-many-files' });
    });

    it('make file names safe: no folders, no markup, the extension, no duplicates', () => {
        const shared = checkedWorkspace({
            files: [
                { name: '../../etc/passwd', text: '' },
                { name: '<script>alert(1)</script>.keten', text: '' },
                { name: 'a.keten', text: '' },
                { name: 'A.keten', text: '' }
            ]
        });
        if ('refused' in shared) throw new Error('refused');
        const names = shared.files.map(file => file.name);
        expect(names).toEqual(['passwd.keten', 'script-.keten', 'a.keten', 'A-2.keten']);
        for (const name of names) expect(fileNameProblem(name)).toBeUndefined();
        expect(safeFileName('', new Set())).toBe('file.keten');
    });
});

describe('workspace .zip files', () => {
    it('hold the .keten files at the top and the measurements in data/, and open again as they were', () => {
        const zip = workspaceZip(WORKSPACE);
        const opened = workspaceOfZip(zip);
        expect(opened).toEqual({ ...WORKSPACE, active: 'afspraak.keten', files: [...WORKSPACE.files].sort((a, b) => a.name.localeCompare(b.name)) });
    });

    it('skip other files and refuse what is not a zip or not UTF-8', () => {
        const zip = zipSync({ 'a.keten': strToU8('agreement A {\n}\n'), 'notes.docx': new Uint8Array([1, 2, 3]), '.git/config': strToU8('x'), '__MACOSX/a.keten': strToU8('x') });
        const opened = workspaceOfZip(zip);
        expect('refused' in opened ? opened : opened.files.map(file => file.name)).toEqual(['a.keten']);
        expect(workspaceOfZip(strToU8('not a zip'))).toEqual({ refused: 'not-a-workspace' });
        expect(workspaceOfZip(zipSync({ 'a.keten': new Uint8Array([0xff, 0xfe, 0x00]) }))).toEqual({ refused: 'not-text' });
    });
});
