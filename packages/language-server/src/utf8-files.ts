/**
 * Files read from disk as `keten validate` reads them: bytes that are not UTF-8 are one
 * `syntax-error` at the first bad byte (RULES.md), in the editor too. Langium's file system
 * decodes with replacement characters and says nothing, so the server reads the bytes itself
 * (`decodeUtf8`), remembers where a file's first bad byte sat, and its validator adds the
 * finding for as long as the document still holds the text that was read (an edit in the
 * editor, which has its own decoding, ends it).
 */
import { type LangiumDocument, type URI } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { CancellationToken } from 'vscode-languageserver';
import { decodeUtf8, KetenDocumentValidator, withInvalidUtf8Finding, type KetenServices } from '@keten/language';
import type { ValidationOptions } from 'langium';

/** Where the first byte that is not UTF-8 sat in each file read, with the text it was read as. */
export class BadBytes {
    private readonly files = new Map<string, { readonly text: string; readonly offset: number }>();

    record(uri: URI, text: string, offset: number | undefined): void {
        if (offset === undefined) this.files.delete(uri.toString());
        else this.files.set(uri.toString(), { text, offset });
    }

    offsetIn(document: LangiumDocument): number | undefined {
        const read = this.files.get(document.uri.toString());
        return read && read.text === document.textDocument.getText() ? read.offset : undefined;
    }
}

export class Utf8FileSystemProvider extends NodeFileSystemProvider {
    constructor(private readonly badBytes: BadBytes) {
        super();
    }

    override async readFile(uri: URI): Promise<string> {
        return this.decoded(uri, await this.readBinary(uri));
    }

    override readFileSync(uri: URI): string {
        return this.decoded(uri, this.readBinarySync(uri));
    }

    private decoded(uri: URI, bytes: Uint8Array): string {
        const { text, badByteOffset } = decodeUtf8(bytes);
        this.badBytes.record(uri, text, badByteOffset);
        return text;
    }
}

export class Utf8CheckingDocumentValidator extends KetenDocumentValidator {
    constructor(services: KetenServices, private readonly badBytes: BadBytes) {
        super(services);
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        const offset = this.badBytes.offsetIn(document);
        return offset === undefined ? diagnostics : withInvalidUtf8Finding(document, diagnostics, offset, this.settings.messages);
    }
}
