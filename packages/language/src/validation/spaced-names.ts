/**
 * A qualified name is "a dot between identifiers, no spaces" (LANGUAGE.md, Lexical rules). The
 * grammar's `QualifiedName` is made of three tokens, and the parser skips spaces, line breaks
 * and comments between any two tokens, so `Gemeente . wethouder` would parse and resolve as
 * `Gemeente.wethouder`. This check reports each such name as one `syntax-error` on the gap, the
 * text between the two parts. A name as written (`$refNode`'s text) that is longer than the
 * name it stands for (`$refText`, the parts joined) has a gap.
 */
import { CstUtils, type LangiumDocument, type Reference } from 'langium';
import { forEachReferenceOf, nodesInTreeOrder } from '../scoping/syntax-tree-walk.js';
import type { Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { Messages } from '../messages/catalogue.js';
import { ruleDocumentationUrl } from '../rules/rule-docs-url.js';
import { parsedTextOf } from '../workspace/document-text.js';

/** One `syntax-error` per qualified name with something between its parts. */
export function spacedNameDiagnostics(document: LangiumDocument, messages: Messages, references: Iterable<Pick<Reference, '$refNode' | '$refText'>>): Diagnostic[] {
    const diagnostics: Diagnostic[] = [];
    // A name being typed (`signatory JBG.` above `renewal 1 year`, the next line's word taken as
    // its second part) has the parser's error where it stops, on the rest of that line: not a
    // second one for the gap.
    const parserErrorAt = document.parseResult.parserErrors.map(error => error.token.startOffset).filter(offset => !Number.isNaN(offset));
    const text = parserErrorAt.length > 0 ? parsedTextOf(document) : '';
    for (const reference of references) {
        // A name of one part (`Gemeente`, an ID) has no gap; only `Party.role` has two parts.
        if (!reference.$refText.includes('.')) continue;
        const node = reference.$refNode;
        if (!node || node.length === reference.$refText.length) continue;
        if (parserErrorAt.length > 0) {
            const lineEnd = text.indexOf('\n', node.end);
            const until = lineEnd < 0 ? text.length : lineEnd;
            if (parserErrorAt.some(offset => offset >= node.offset && offset <= until)) continue;
        }
        const parts = CstUtils.flattenCst(node).filter(leaf => !leaf.hidden).toArray();
        for (let index = 1; index < parts.length; index++) {
            const before = parts[index - 1], after = parts[index];
            if (before.end === after.offset) continue;
            diagnostics.push({
                range: { start: before.range.end, end: after.range.start },
                severity: DiagnosticSeverity.Error,
                code: 'syntax-error',
                codeDescription: { href: ruleDocumentationUrl('syntax-error') },
                message: messages.syntaxSpacedName({ written: node.text, name: reference.$refText }),
                source: 'keten',
                data: { code: 'syntax-error' }
            });
            break;
        }
    }
    return diagnostics;
}

/** The references of a document that is parsed but maybe not linked (`document.references` is filled by linking). */
export function referencesOf(document: LangiumDocument): Reference[] {
    const references: Reference[] = [];
    for (const node of nodesInTreeOrder(document.parseResult.value)) forEachReferenceOf(node, info => references.push(info.reference));
    return references;
}
