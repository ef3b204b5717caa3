/**
 * Loads a set of `.keten` files into one workspace and validates them together: the path of
 * data from bytes to diagnostics, shared by the CLI, the tests and the benchmarks.
 * Bytes that are not UTF-8 become a `syntax-error` at the first bad byte; the rest of the
 * text is still checked, with the unreadable bytes replaced.
 */
import { URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import type { LangiumSharedServices } from 'langium/lsp';
import type { KetenServices } from '../keten-module.js';
import { compareDiagnostics } from '../validation/keten-document-validator.js';
import { ruleDocumentationUrl } from '../rules/rule-docs-url.js';
import type { Messages } from '../messages/catalogue.js';

export interface SourceFile {
    /** Absolute path (or any unique id for in-memory sources). */
    readonly path: string;
    readonly bytes: Uint8Array | string;
}

export interface CheckedFile {
    readonly path: string;
    readonly document: LangiumDocument;
    readonly diagnostics: Diagnostic[];
}

export interface DecodedText {
    readonly text: string;
    /** Offset (in the decoded text) of the first byte that is not UTF-8, if any. */
    readonly badByteOffset?: number;
}

const BOM = 0xfeff;

/** Decodes UTF-8 (a byte-order mark is dropped); reports where the first invalid byte sits. */
export function decodeUtf8(bytes: Uint8Array | string): DecodedText {
    if (typeof bytes === 'string') return { text: bytes.charCodeAt(0) === BOM ? bytes.slice(1) : bytes };
    let text: string;
    let badByteOffset: number | undefined;
    try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
        const validPrefix = firstInvalidByte(bytes);
        const prefix = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes.subarray(0, validPrefix));
        text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
        badByteOffset = prefix.length;
    }
    return { text, badByteOffset };
}

function firstInvalidByte(bytes: Uint8Array): number {
    let low = 0, high = bytes.length;
    const decoder = new TextDecoder('utf-8', { fatal: true });
    // Binary search for the longest valid prefix (a cut inside a character is retried shorter).
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        let ok = false;
        for (let cut = mid; cut >= Math.max(low, mid - 3) && !ok; cut--) {
            try { decoder.decode(bytes.subarray(0, cut)); ok = cut === mid; } catch { /* keep looking */ }
        }
        if (ok) low = mid; else high = mid - 1;
    }
    return low;
}

/** A source file added to the workspace as a document (parsed, not yet built). */
export interface LoadedSource {
    readonly path: string;
    readonly document: LangiumDocument;
    /** Offset (in the decoded text) of the first byte that is not UTF-8, if any. */
    readonly badByteOffset?: number;
}

/**
 * Builds every file into one workspace (references across files resolve) and returns the
 * diagnostics of each, sorted by position.
 */
export async function checkWorkspace(
    services: { shared: LangiumSharedServices; Keten: KetenServices }, files: readonly SourceFile[]
): Promise<CheckedFile[]> {
    return buildAndCheck(services, addSourceDocuments(services, files));
}

/** Decodes each file and adds it to the workspace as a parsed document (one of the same path is replaced). */
export function addSourceDocuments(
    services: { shared: LangiumSharedServices }, files: readonly SourceFile[]
): LoadedSource[] {
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const documents = services.shared.workspace.LangiumDocuments;
    const loaded: LoadedSource[] = [];
    for (const file of files) {
        const { text, badByteOffset } = decodeUtf8(file.bytes);
        const uri = URI.file(file.path);
        if (documents.hasDocument(uri)) documents.deleteDocument(uri);
        const document = factory.fromString(text, uri);
        documents.addDocument(document);
        loaded.push({ path: file.path, document, badByteOffset });
    }
    return loaded;
}

/**
 * Builds the documents in the order given (which decides the workspace order: the first file
 * that exports a name wins) and returns the diagnostics of each. With `validate`, every
 * document is linked but only those it selects are validated and returned (the cache's
 * recheck: the other documents are there for the names they declare).
 */
export async function buildAndCheck(
    services: { shared: LangiumSharedServices; Keten: KetenServices }, loaded: readonly LoadedSource[],
    validate?: (source: LoadedSource) => boolean
): Promise<CheckedFile[]> {
    const { shared, Keten } = services;
    const builder = shared.workspace.DocumentBuilder;
    const checked = validate ? loaded.filter(validate) : loaded;
    if (validate) {
        await builder.build(loaded.map(l => l.document), { validation: false });
        await builder.build(checked.map(l => l.document), { validation: true });
    } else {
        await builder.build(loaded.map(l => l.document), { validation: true });
    }
    const messages = Keten.keten.Settings.messages;
    return checked.map(({ path, document, badByteOffset }) => (
        { path, document, diagnostics: withInvalidUtf8Finding(document, [...(document.diagnostics ?? [])], badByteOffset, messages) }
    ));
}

/**
 * The diagnostics of a document decoded with `decodeUtf8`: when it had a byte that is not
 * UTF-8, one `syntax-error` at the first such byte (RULES.md). The syntax errors on the lines
 * that hold an unreadable byte (its replacement character, in a name or a free word: `m\uFFFDn`
 * is read as `m`, an unexpected character and `n`) are not the writer's and are left out;
 * syntax errors elsewhere in the file stay. Sorted.
 */
export function withInvalidUtf8Finding(
    document: LangiumDocument, diagnostics: Diagnostic[], badByteOffset: number | undefined, messages: Messages
): Diagnostic[] {
    if (badByteOffset === undefined) return diagnostics;
    const position = document.textDocument.positionAt(badByteOffset);
    const text = document.textDocument.getText();
    const unreadableLines = new Set<number>();
    for (let at = text.indexOf('\uFFFD', badByteOffset); at >= 0; at = text.indexOf('\uFFFD', at + 1)) {
        unreadableLines.add(document.textDocument.positionAt(at).line);
    }
    const withoutDuplicate = diagnostics.filter(d => d.code !== 'syntax-error' || !unreadableLines.has(d.range.start.line));
    withoutDuplicate.push({
        range: { start: position, end: { line: position.line, character: position.character + 1 } },
        severity: DiagnosticSeverity.Error,
        code: 'syntax-error',
        codeDescription: { href: ruleDocumentationUrl('syntax-error') },
        message: messages.invalidUtf8({ line: position.line + 1, column: position.character + 1 }),
        source: 'keten'
    });
    return withoutDuplicate.sort(compareDiagnostics);
}
