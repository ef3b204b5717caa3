/**
 * The folder an output goes into, made with its missing parents one at a time. Node's own
 * `mkdirSync(folder, { recursive: true })` never returns where the system answers ENOENT for a
 * folder whose parent exists (a path under /proc): `keten … -o /proc/x/report.html` hung at full
 * CPU instead of exiting 2 with one line. Here the first folder that cannot be made throws, with
 * the system's reason, and the caller says it in one line.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export function makeFolders(folder: string): void {
    const missing: string[] = [];
    for (let current = path.resolve(folder); !exists(current); current = path.dirname(current)) {
        missing.push(current);
        if (path.dirname(current) === current) break;
    }
    for (const dir of missing.reverse()) {
        try {
            fs.mkdirSync(dir);
        } catch (error) {
            // Made meanwhile by another process: as good as made here.
            if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !fs.statSync(dir).isDirectory()) throw error;
        }
    }
}

function exists(file: string): boolean {
    try {
        fs.statSync(file);
        return true;
    } catch {
        return false;
    }
}
