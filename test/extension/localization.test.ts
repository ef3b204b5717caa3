/**
 * The extension's own texts in Dutch when VS Code is Dutch: the manifest's texts (command titles,
 * setting descriptions) come from package.nls.json / package.nls.nl.json, the client's runtime
 * texts (panel titles, prompts, messages) from `vscode.l10n.t` with l10n/bundle.l10n.nl.json.
 * Every text has its Dutch form, with the same placeholders, and nothing is left over.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const EXTENSION = resolve(__dirname, '../../packages/extension');
const read = (file: string) => readFileSync(join(EXTENSION, file), 'utf8');
const manifest = JSON.parse(read('package.json'));
const nlsEnglish: Record<string, string> = JSON.parse(read('package.nls.json'));
const nlsDutch: Record<string, string> = JSON.parse(read('package.nls.nl.json'));
const bundleDutch: Record<string, string> = JSON.parse(read('l10n/bundle.l10n.nl.json'));

/** Every `%key%` the manifest uses. */
function manifestKeys(value: unknown, keys = new Set<string>()): Set<string> {
    if (typeof value === 'string') {
        const match = /^%([\w.-]+)%$/.exec(value);
        if (match) keys.add(match[1]);
    } else if (Array.isArray(value)) value.forEach(item => manifestKeys(item, keys));
    else if (value && typeof value === 'object') Object.values(value).forEach(item => manifestKeys(item, keys));
    return keys;
}

/** The first argument of every `vscode.l10n.t('…')` in the clients' sources (single-quoted literals only). */
function runtimeTexts(): Set<string> {
    const texts = new Set<string>();
    // src/ and src/browser/ (the web extension's client).
    for (const file of readdirSync(join(EXTENSION, 'src'), { recursive: true, encoding: 'utf8' }).filter(name => name.endsWith('.ts'))) {
        const source = read(join('src', file));
        const calls = source.match(/l10n\.t\(/g)?.length ?? 0;
        const literals = [...source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map(m => m[1].replace(/\\'/g, "'"));
        expect(literals.length, `${file}: vscode.l10n.t takes a string literal, so the texts can be checked`).toBe(calls);
        literals.forEach(text => texts.add(text));
    }
    return texts;
}

const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map(m => m[0]).sort();

describe('the manifest', () => {
    it('names every text by a key that both package.nls files translate, and no more', () => {
        const keys = [...manifestKeys(manifest)].sort();
        expect(keys.length).toBeGreaterThan(10);
        expect(Object.keys(nlsEnglish).sort()).toEqual(keys);
        expect(Object.keys(nlsDutch).sort()).toEqual(keys);
    });

    it('has a Dutch title for every command', () => {
        for (const command of manifest.contributes.commands) {
            const key = command.title.slice(1, -1);
            expect(nlsDutch[key], command.command).not.toBe(nlsEnglish[key]);
        }
        expect(nlsDutch['command.showEffectReport']).toBe('Effectrapportage tonen');
        expect(manifest.l10n).toBe('./l10n');
    });
});

describe('the client', () => {
    it('has a Dutch form of every runtime text, with the same placeholders, and no text left over', () => {
        const texts = [...runtimeTexts()].sort();
        expect(texts).toEqual(expect.arrayContaining(['Effect report', 'Chain diagram', 'Open a .keten file first.']));
        expect(Object.keys(bundleDutch).sort()).toEqual(texts);
        for (const text of texts) {
            expect(bundleDutch[text], text).not.toBe(text);
            expect(placeholders(bundleDutch[text]), text).toEqual(placeholders(text));
        }
    });
});
