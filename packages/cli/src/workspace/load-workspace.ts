/**
 * Reads the collected files and checks them as one workspace with the language package.
 */
import * as fs from 'node:fs';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { checkWorkspace, createKetenServices, withoutReferenceIndex, type CheckedFile, type Locale, type SourceFile } from '@keten/language';
import { CliError } from '../cli-error.js';
import { recordInput } from '../command-output/inputs-read.js';
import { relativePath } from '../findings.js';

export interface LoadOptions {
    readonly cwd: string;
    readonly locale: Locale;
    /** Extra in-memory documents (e.g. `--stdin`), checked with the files. */
    readonly extra?: readonly SourceFile[];
}

export type KetenCliServices = ReturnType<typeof createKetenServices>;

/** The services of one command: it checks once and exits, so no reference index is kept. */
export function createServices(locale: Locale): KetenCliServices {
    const services = createKetenServices(NodeFileSystem);
    withoutReferenceIndex(services.shared);
    services.Keten.keten.Settings.locale = locale;
    return services;
}

/**
 * The largest agreement file read (4 MiB, some 50,000 lines). Real agreements are a few
 * kilobytes; a file of tens of megabytes is a mistake or hostile, and checking it would take
 * minutes and gigabytes, so it is refused with exit 2 and a clear line (docs/performance.md).
 */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

export function checkFileSize(file: string, cwd: string): void {
    let size: number;
    try {
        size = fs.statSync(file).size;
    } catch {
        return; // reading it reports the problem
    }
    if (size > MAX_FILE_BYTES) {
        throw new CliError(m => m.fileTooLarge({ path: relativePath(cwd, file), megabytes: (size / 1024 / 1024).toFixed(1), limit: MAX_FILE_BYTES / 1024 / 1024 }));
    }
}

export function readSources(paths: readonly string[], cwd: string): SourceFile[] {
    return paths.map(file => {
        checkFileSize(file, cwd);
        recordInput(file, 'agreement');
        try {
            return { path: file, bytes: fs.readFileSync(file) };
        } catch (error) {
            const denied = (error as NodeJS.ErrnoException).code === 'EACCES';
            throw new CliError(m => m.cannotRead({ path: relativePath(cwd, file), reason: denied ? m.permissionDenied() : (error as Error).message }));
        }
    });
}

export async function loadAndCheck(services: KetenCliServices, paths: readonly string[], options: LoadOptions): Promise<CheckedFile[]> {
    const sources = [...readSources(paths, options.cwd), ...(options.extra ?? [])];
    return checkWorkspace(services, sources);
}

/** Texts parsed and linked as one workspace, without validation (what a command presents, already checked once). */
export async function buildWithoutChecks(
    services: KetenCliServices, texts: ReadonlyArray<{ readonly path: string; readonly bytes: string }>
): Promise<Array<{ readonly path: string; readonly document: LangiumDocument }>> {
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    const built = texts.map(({ path, bytes }) => {
        const document = LangiumDocumentFactory.fromString(bytes, URI.file(path));
        LangiumDocuments.addDocument(document);
        return { path, document };
    });
    await DocumentBuilder.build(built.map(file => file.document), { validation: false });
    return built;
}
