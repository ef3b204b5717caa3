/**
 * The packaged extension: `npm run package -w packages/extension` builds the bundles and
 * writes a .vsix (a zip) that holds only the bundles, grammar, configuration, icon, README and
 * LICENSE (snippets come from the language server, in the file's keyword language), with
 * engines.vscode ^1.95.0 and activation only for .keten files.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const EXTENSION = join(ROOT, 'packages/extension');

/** The entries of a zip file, read from its central directory (APPNOTE.TXT, section 4.3.12). */
function readZip(buffer: Buffer): Map<string, Buffer> {
    const endOfDirectory = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const count = buffer.readUInt16LE(endOfDirectory + 10);
    let offset = buffer.readUInt32LE(endOfDirectory + 16);
    const entries = new Map<string, Buffer>();
    for (let i = 0; i < count; i++) {
        const method = buffer.readUInt16LE(offset + 10);
        const compressedSize = buffer.readUInt32LE(offset + 20);
        const nameLength = buffer.readUInt16LE(offset + 28);
        const extraLength = buffer.readUInt16LE(offset + 30);
        const commentLength = buffer.readUInt16LE(offset + 32);
        const localHeader = buffer.readUInt32LE(offset + 42);
        const name = buffer.subarray(offset + 46, offset + 46 + nameLength).toString('utf8');
        const dataStart = localHeader + 30 + buffer.readUInt16LE(localHeader + 26) + buffer.readUInt16LE(localHeader + 28);
        const data = buffer.subarray(dataStart, dataStart + compressedSize);
        entries.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
        offset += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
}

let folder: string;
let entries: Map<string, Buffer>;

beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'keten-vsix-'));
    const vsix = join(folder, 'keten-vscode.vsix');
    execFileSync(process.execPath, [join(EXTENSION, 'build.mjs')], { cwd: ROOT, stdio: 'pipe' });
    execFileSync(process.execPath, [join(EXTENSION, 'package-vsix.mjs'), '--out', vsix], { cwd: ROOT, stdio: 'pipe' });
    entries = readZip(readFileSync(vsix));
}, 60_000);

afterAll(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('the .vsix', () => {
    it('holds only the bundles, the diagram script, grammar, configuration, icon, Dutch texts, README and LICENSE', () => {
        const files = [...entries.keys()].filter(name => name.startsWith('extension/')).sort();
        expect(files).toEqual([
            'extension/LICENSE.txt',
            'extension/dist/browser/extension.js',
            'extension/dist/browser/server.js',
            'extension/dist/extension.cjs',
            'extension/dist/server.cjs',
            'extension/keten.config.schema.json',
            'extension/l10n/bundle.l10n.nl.json',
            'extension/language-configuration.json',
            'extension/media/chain-diagram.js',
            'extension/media/keten-icon.png',
            'extension/package.json',
            'extension/package.nls.json',
            'extension/package.nls.nl.json',
            'extension/readme.md',
            'extension/syntaxes/keten.tmLanguage.json'
        ]);
    });

    it('declares VS Code ^1.95.0, activates only for .keten files (and its previews after a reload) and contributes the language', () => {
        const manifest = JSON.parse(entries.get('extension/package.json')!.toString('utf8'));
        expect(manifest.name).toBe('keten-vscode');
        expect(manifest.publisher).toBe('keten');
        expect(manifest.engines.vscode).toBe('^1.95.0');
        expect(manifest.activationEvents).toEqual(['onLanguage:keten', 'onWebviewPanel:keten.effectReport', 'onWebviewPanel:keten.chainDiagram']);
        expect(manifest.contributes.languages[0].extensions).toEqual(['.keten']);
        expect(manifest.contributes.commands.map((c: { command: string }) => c.command).sort())
            .toEqual(['keten.exportMandateRegister', 'keten.formatDocument', 'keten.restartServer', 'keten.showChainDiagram', 'keten.showCovenantText', 'keten.showEffectReport', 'keten.whatIf']);
        expect(Object.keys(manifest.contributes.configuration.properties).sort())
            .toEqual(['keten.locale', 'keten.report.data', 'keten.rules', 'keten.trace.server']);
    });

    it('offers the report commands for .keten files: palette, editor title and explorer', () => {
        const manifest = JSON.parse(entries.get('extension/package.json')!.toString('utf8'));
        const nls = JSON.parse(entries.get('extension/package.nls.json')!.toString('utf8'));
        const localized = (text: string) => text.replace(/^%(.+)%$/, (_all, key: string) => nls[key]);
        const titles = Object.fromEntries(manifest.contributes.commands.map((c: { command: string; title: string; category: string }) => [c.command, `${c.category}: ${localized(c.title)}`]));
        expect(titles).toMatchObject({
            'keten.showEffectReport': 'Keten: Show Effect Report',
            'keten.showChainDiagram': 'Keten: Show Chain Diagram',
            'keten.exportMandateRegister': 'Keten: Export Mandate Register',
            'keten.showCovenantText': 'Keten: Show Covenant Text',
            'keten.whatIf': 'Keten: What If…'
        });
        const palette = Object.fromEntries(manifest.contributes.menus.commandPalette.map((m: { command: string; when: string }) => [m.command, m.when]));
        expect(palette['keten.showEffectReport']).toBe('editorLangId == keten');
        expect(palette['keten.showChainDiagram']).toBe('editorLangId == keten');
        expect(palette['keten.exportMandateRegister']).toContain('editorLangId == keten');
        expect(palette['keten.showCovenantText']).toBe('editorLangId == keten');
        expect(palette['keten.whatIf']).toContain('editorLangId == keten');
        expect(manifest.contributes.menus['editor/title']).toEqual([{ command: 'keten.showEffectReport', when: 'resourceLangId == keten', group: 'navigation' }]);
        expect(manifest.contributes.menus['explorer/context'].map((m: { when: string }) => m.when)).toEqual(['resourceExtname == .keten', 'resourceExtname == .keten']);
        // The client registers every contributed command.
        const client = entries.get('extension/dist/extension.cjs')!.toString('utf8');
        for (const command of Object.keys(titles)) expect(client).toContain(`"${command}"`);
    });

    it('runs in untrusted workspaces (it runs no code of the workspace), in virtual ones with only the open files, and indents .keten files by two spaces', () => {
        const manifest = JSON.parse(entries.get('extension/package.json')!.toString('utf8'));
        expect(manifest.capabilities.untrustedWorkspaces).toEqual({ supported: true });
        expect(manifest.capabilities.virtualWorkspaces.supported).toBe('limited');
        // The web extension (vscode.dev, github.dev): a browser entry beside the Node one.
        expect(manifest.main).toBe('./dist/extension.cjs');
        expect(manifest.browser).toBe('./dist/browser/extension.js');
        // Dutch text is full of é, ë and ö: VS Code would box each of them in Restricted Mode.
        expect(manifest.contributes.configurationDefaults['[keten]']).toEqual({ 'editor.tabSize': 2, 'editor.insertSpaces': true, 'editor.unicodeHighlight.nonBasicASCII': false });
        expect(manifest.contributes.configuration.properties['keten.report.data'].scope).toBe('resource');
    });

    it('validates keten.config.json with the schema generated from the configuration definition', () => {
        const manifest = JSON.parse(entries.get('extension/package.json')!.toString('utf8'));
        expect(manifest.contributes.jsonValidation).toEqual([{ fileMatch: 'keten.config.json', url: './keten.config.schema.json' }]);
        const schema = JSON.parse(entries.get('extension/keten.config.schema.json')!.toString('utf8'));
        expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['rules', 'locale', 'include', 'exclude']));
    });

    it('ships the grammar of the repository, and no static snippets: the server offers them in the file\'s keyword language', () => {
        const grammar = entries.get('extension/syntaxes/keten.tmLanguage.json')!.toString('utf8');
        expect(grammar).toBe(readFileSync(join(ROOT, 'syntaxes/keten.tmLanguage.json'), 'utf8'));
        // VS Code would offer a static snippet file's Dutch and English snippets in every file.
        const manifest = JSON.parse(entries.get('extension/package.json')!.toString('utf8'));
        expect(manifest.contributes.snippets).toBeUndefined();
        expect([...entries.keys()].filter(name => name.includes('snippets'))).toEqual([]);
    });

    it('bundles the client with vscode left external and the language server in one file', () => {
        const client = entries.get('extension/dist/extension.cjs')!.toString('utf8');
        expect(client).toMatch(/require\("vscode"\)/);
        const server = entries.get('extension/dist/server.cjs')!.toString('utf8');
        expect(server).not.toMatch(/require\("(langium|@keten\/language|vscode-languageserver)[/"]/);
    });
});
