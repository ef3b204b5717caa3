/**
 * One side of a diff: its files parsed (not linked: the comparison reads names as written),
 * and the files that do not parse, which make the diff refuse (CHANGES.md: exit 2, "a diff of
 * broken input would mislead"). No file access: the caller reads the bytes (from disk, from
 * git, from an editor).
 */
import { decodeUtf8, parseKetenText, syntaxErrorSummary, type Document, type KetenServices, type SourceFile } from '@keten/language';

export interface BrokenFile {
    readonly path: string;
    /** Its `syntax-error` findings, as `keten validate` counts them. */
    readonly count: number;
    /** 1-based line of the first one. */
    readonly line?: number;
    readonly notUtf8: boolean;
}

export interface ParsedSide {
    readonly documents: Document[];
    readonly broken: BrokenFile[];
}

export function parseSide(services: KetenServices, files: readonly SourceFile[]): ParsedSide {
    const documents: Document[] = [];
    const broken: BrokenFile[] = [];
    for (const file of files) {
        const decoded = decodeUtf8(file.bytes);
        if (decoded.badByteOffset !== undefined) {
            broken.push({ path: file.path, count: 1, line: decoded.text.slice(0, decoded.badByteOffset).split('\n').length, notUtf8: true });
            continue;
        }
        const document = parseKetenText(services, decoded.text, file.path);
        // Counted and placed as `keten validate` reports them: the parser's errors and an
        // escape that is no escape (`"a\q"`, LANGUAGE.md), which the parser lets pass.
        const { count, line } = syntaxErrorSummary(services, document);
        if (count > 0) {
            broken.push({ path: file.path, count, line, notUtf8: false });
            continue;
        }
        documents.push(document.parseResult.value);
    }
    return { documents, broken };
}
