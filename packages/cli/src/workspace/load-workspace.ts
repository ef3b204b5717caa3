/**
 * Reads the collected files and checks them as one workspace with the language package.
 */
import * as fs from 'node:fs';
import { NodeFileSystem } from 'langium/node';
import { checkWorkspace, createKetenServices, type CheckedFile, type Locale, type SourceFile } from '@keten/language';
import { CliError } from '../cli-error.js';
import { relativePath } from '../findings.js';

export interface LoadOptions {
    readonly cwd: string;
    readonly locale: Locale;
    /** Extra in-memory documents (e.g. `--stdin`), checked with the files. */
    readonly extra?: readonly SourceFile[];
}

export type KetenCliServices = ReturnType<typeof createKetenServices>;

export function createServices(locale: Locale): KetenCliServices {
    const services = createKetenServices(NodeFileSystem);
    services.Keten.keten.Settings.locale = locale;
    return services;
}

export function readSources(paths: readonly string[], cwd: string): SourceFile[] {
    return paths.map(file => {
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
