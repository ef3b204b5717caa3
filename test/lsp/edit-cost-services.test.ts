/**
 * The services that make an edit cost the same in a workspace of one file or a thousand
 * (issue 15; keten-index-manager.ts, keten-langium-documents.ts, keten-document-builder.ts)
 * give Langium's own answers: the document list, whether a document refers into changed files,
 * and whether a document's validation results are incomplete, compared with Langium's default
 * implementations on the same documents (in-process, the examples).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DefaultDocumentBuilder, DefaultIndexManager, EmptyFileSystem, URI, type BuildOptions, type LangiumDocument } from 'langium';
import { createKetenServices } from '@keten/language';

const EXAMPLES = path.resolve(__dirname, '../../examples');
const FILES = ['partijen.keten', 'jeugdhulp.keten', 'riec.keten', 'omgevingsdienst.keten'];

async function workspace() {
    const { shared } = createKetenServices(EmptyFileSystem);
    const documents = shared.workspace.LangiumDocuments;
    const loaded = FILES.map(name => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(fs.readFileSync(path.join(EXAMPLES, name), 'utf8'), URI.file(path.join('/workspace', name)));
        documents.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(loaded, { validation: true });
    return { shared, documents, loaded };
}

describe('the services of an edit', () => {
    it('list the documents as Langium does, after adding and removing', async () => {
        const { shared, documents, loaded } = await workspace();
        const langiums = () => [...(documents as unknown as { documentTrie: { all(): LangiumDocument[] } }).documentTrie.all()].map(d => d.uri.toString());
        expect(documents.all.map(d => d.uri.toString()).toArray()).toEqual(langiums());
        expect(documents.all.count()).toBe(FILES.length);
        const extra = shared.workspace.LangiumDocumentFactory.fromString('party Extra "Extra" { type municipality }\n', URI.file('/workspace/a/extra.keten'));
        documents.addDocument(extra);
        expect(documents.all.map(d => d.uri.toString()).toArray()).toEqual(langiums());
        expect(documents.all.count()).toBe(FILES.length + 1);
        documents.deleteDocument(loaded[1].uri);
        expect(documents.all.map(d => d.uri.toString()).toArray()).toEqual(langiums());
        documents.deleteDocuments(URI.file('/workspace/a'));
        expect(documents.all.map(d => d.uri.toString()).toArray()).toEqual(langiums());
        expect(documents.all.count()).toBe(FILES.length - 1);
    });

    it('say which documents refer into the changed files as Langium does', async () => {
        const { shared, loaded } = await workspace();
        const index = shared.workspace.IndexManager;
        const uris = loaded.map(d => d.uri.toString());
        const cases = [[uris[0]], [uris[1]], [uris[0], uris[2]], [], ['file:///elsewhere.keten']].map(list => new Set(list));
        let affected = 0;
        for (const document of loaded) {
            for (const changed of cases) {
                const ours = index.isAffected(document, changed);
                expect(ours, `${document.uri.path} / ${[...changed].join(', ')}`).toBe(DefaultIndexManager.prototype.isAffected.call(index, document, changed));
                if (ours) affected++;
            }
        }
        // The agreements name the parties of partijen.keten: the comparison is not of "no" with "no".
        expect(affected).toBeGreaterThan(0);
        index.removeReferences(loaded[1].uri);
        expect(index.isAffected(loaded[1], new Set([uris[0]]))).toBe(false);
    });

    it('say whether validation results are incomplete as Langium does, for every kind of build options', async () => {
        const { shared, loaded } = await workspace();
        const builder = shared.workspace.DocumentBuilder as unknown as { resultsAreIncomplete(d: LangiumDocument, o: BuildOptions | undefined): boolean };
        const langiums = (document: LangiumDocument, options: BuildOptions | undefined) => (DefaultDocumentBuilder.prototype as unknown as typeof builder).resultsAreIncomplete.call(builder, document, options);
        const options: Array<BuildOptions | undefined> = [undefined, {}, { validation: true }, { validation: false }, { validation: { categories: ['fast'] } }, { validation: { categories: ['built-in', 'fast', 'slow'] } }, { validation: { categories: ['custom-category'] } }, { validation: {} }];
        const answers = new Set<boolean>();
        const compare = () => {
            for (const document of loaded) for (const option of options) {
                const ours = builder.resultsAreIncomplete(document, option);
                expect(ours, `${document.uri.path} ${JSON.stringify(option)}`).toBe(langiums(document, option));
                answers.add(ours);
            }
        };
        compare();
        // After a build that ran the fast checks only, and on a document that has no build state.
        await shared.workspace.DocumentBuilder.build([loaded[2]], { validation: { categories: ['fast'] } });
        shared.workspace.LangiumDocuments.deleteDocument(loaded[3].uri);
        (shared.workspace.DocumentBuilder as unknown as { buildState: Map<string, unknown> }).buildState.delete(loaded[3].uri.toString());
        compare();
        expect([...answers].sort()).toEqual([false, true]);
    });
});
