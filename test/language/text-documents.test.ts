/**
 * KetenTextDocuments (packages/language/src/lsp/keten-text-documents.ts) answers "no open
 * document" without normalising the address when none is open, and otherwise as Langium does
 * (an address written differently finds the same document).
 */
import { describe, expect, it } from 'vitest';
import { TextDocument, URI } from 'langium';
import { NormalizedTextDocuments } from 'langium/lsp';
import { KetenTextDocuments } from '../../packages/language/src/lsp/keten-text-documents.js';

describe('the open documents', () => {
    it('answer as Langium does, with and without open documents', () => {
        const ours = new KetenTextDocuments();
        const langiums = new NormalizedTextDocuments(TextDocument);
        const uri = URI.file('/workspace/Map met spatie/a.keten');
        const written = 'file:///workspace/Map%20met%20spatie/a.keten';
        expect(ours.get(uri)).toBeUndefined();
        expect(ours.get(written)).toBe(langiums.get(written));
        const document = TextDocument.create(uri.toString(), 'keten', 1, 'party P {}\n');
        ours.set(document);
        langiums.set(document);
        for (const address of [uri, written, uri.toString(), 'file:///workspace/Map met spatie/a.keten', 'file:///elders.keten']) {
            expect(ours.get(address)).toBe(langiums.get(address));
        }
        expect(ours.get(written)).toBe(document);
        ours.delete(uri);
        expect(ours.get(uri)).toBeUndefined();
    });
});
