/**
 * The messages between `keten validate` and its worker threads (`validate-worker.ts`).
 * Phase 1: each worker parses its share of the files and tells what each exports and which
 * names it refers to. Phase 2: each worker gets the files that provide those names and the
 * whole workspace's export table, links and validates its share, and returns the diagnostics.
 */
import type { Locale } from '@keten/language';
import type { Diagnostic } from 'vscode-languageserver-types';

/** What every worker is started with. */
export interface WorkerSetup {
    readonly cwd: string;
    /** `--config FILE`, when given. */
    readonly config?: string;
    readonly locale: Locale;
}

/** A file of the workspace: its place in the one-thread order, its path and its bytes. */
export interface FileToCheck {
    readonly index: number;
    readonly path: string;
    readonly bytes: Uint8Array;
}

/** A declaration a file exports, as Langium's index describes it (without the node). */
export interface ExportedDeclaration {
    readonly name: string;
    readonly type: string;
    readonly path: string;
    readonly nameSegment?: {
        readonly offset: number;
        readonly end: number;
        readonly length: number;
        readonly range: { readonly start: { line: number; character: number }; readonly end: { line: number; character: number } };
    };
}

export interface ParsedFile {
    readonly index: number;
    readonly exports: readonly ExportedDeclaration[];
    /** `referredNamesOf`: the names its references are written with. */
    readonly referred: readonly string[];
}

/** One file's exports in the workspace's export table. */
export interface ExportTableEntry {
    readonly index: number;
    readonly path: string;
    readonly exports: readonly ExportedDeclaration[];
}

export type ToWorker =
    | { readonly type: 'parse'; readonly files: readonly FileToCheck[] }
    | { readonly type: 'check'; readonly load: readonly FileToCheck[]; readonly table: readonly ExportTableEntry[] };

export interface CheckedShareFile {
    readonly index: number;
    readonly diagnostics: Diagnostic[];
}

export type FromWorker =
    | { readonly type: 'parsed'; readonly files: readonly ParsedFile[] }
    /** `complete: false`: a rule looked up a name whose declarations were not all loaded (the run is redone on one thread). */
    | { readonly type: 'checked'; readonly files: readonly CheckedShareFile[]; readonly complete: boolean }
    | { readonly type: 'failed'; readonly message: string };
