/**
 * The doc comment of a declaration (`model.docCommentOf`): which comments count is decided
 * without Langium's `isJSDoc` (which builds its regular expressions for every comment), and
 * must give exactly its answer for every kind of comment before a declaration.
 */
import { describe, expect, it } from 'vitest';
import { CstUtils, EmptyFileSystem, URI, isJSDoc, parseJSDoc } from 'langium';
import { createKetenServices, model, type Document } from '@keten/language';

const COMMENTS = [
    '/** Regie op de jeugdhulp. */',
    '/**/',
    '/***/',
    '/** x **/',
    '/* geen doc-commentaar */',
    '/*\n * ook geen\n */',
    '/**\n * regel een\n * regel twee\n */',
    '/**\r\n * met CRLF\r\n */',
    '/** eindigt\n*/',
    '/* a\n/** b */',
    '/** @see iets\n * tekst */',
    '/**   */',
    '/** één — twee ≤ drie */'
];

function agreementAfter(comment: string) {
    const { shared } = createKetenServices(EmptyFileSystem);
    const text = `party P { role r }\n${comment}\nagreement A {\n  parties P\n}\n`;
    const document = shared.workspace.LangiumDocumentFactory.fromString<Document>(text, URI.parse(`memory:///doc-${COMMENTS.indexOf(comment)}.keten`));
    return model.agreementsOf(document.parseResult.value)[0];
}

/** What the product answered before: Langium's test with its default options. */
function withLangiumsTest(node: ReturnType<typeof agreementAfter>): string | undefined {
    const comment = CstUtils.findCommentNode(node.$cstNode, ['ML_COMMENT']);
    if (!comment || !isJSDoc(comment)) return undefined;
    const text = model.oneLineOfText(parseJSDoc(comment).toString());
    return text === '' ? undefined : text;
}

describe('doc comments', () => {
    it.each(COMMENTS)('%j gives what Langium\'s isJSDoc gives', comment => {
        const agreement = agreementAfter(comment);
        expect(model.docCommentOf(agreement)).toBe(withLangiumsTest(agreement));
    });

    it('reads a doc comment and leaves a plain comment out', () => {
        expect(model.docCommentOf(agreementAfter(COMMENTS[0]))).toBe('Regie op de jeugdhulp.');
        expect(model.docCommentOf(agreementAfter(COMMENTS[6]))).toBe('regel een regel twee');
        expect(model.docCommentOf(agreementAfter(COMMENTS[4]))).toBeUndefined();
        expect(model.docCommentOf(agreementAfter(COMMENTS[9]))).toBeUndefined();
    });
});
