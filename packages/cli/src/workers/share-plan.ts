/**
 * Which files each worker checks (its share) and which it loads besides to check them
 * exactly as one thread would: every file that declares a name its files refer to or
 * declare (for `duplicate-name`), and, in turn, every file that declares a name those refer to.
 */
import type { ParsedFile } from './worker-protocol.js';

/** Contiguous shares of about equal size (in bytes), in the one-thread order; none empty. */
export function splitIntoShares(sizes: readonly number[], workers: number): number[][] {
    const total = sizes.reduce((sum, size) => sum + size, 0);
    const shares: number[][] = [];
    let current: number[] = [];
    let done = 0;
    for (let index = 0; index < sizes.length; index++) {
        current.push(index);
        done += sizes[index];
        const left = sizes.length - index - 1;
        const sharesLeft = workers - shares.length - 1;
        if (sharesLeft > 0 && (done >= (total * (shares.length + 1)) / workers || left === sharesLeft)) {
            shares.push(current);
            current = [];
        }
    }
    if (current.length > 0) shares.push(current);
    return shares;
}

/** Per name, the files that declare it, in the one-thread order. */
export function declarersByName(parsed: readonly ParsedFile[]): Map<string, number[]> {
    const byName = new Map<string, number[]>();
    for (const file of [...parsed].sort((a, b) => a.index - b.index)) {
        for (const declaration of file.exports) {
            const files = byName.get(declaration.name);
            if (!files) byName.set(declaration.name, [file.index]);
            else if (files[files.length - 1] !== file.index) files.push(file.index);
        }
    }
    return byName;
}

/** The files a worker loads for `share` (the share included), in the one-thread order. */
export function filesToLoad(share: readonly number[], parsedByIndex: ReadonlyMap<number, ParsedFile>, declarers: ReadonlyMap<string, number[]>): number[] {
    const loaded = new Set<number>(share);
    const queue = [...share];
    const namesSeen = new Set<string>();
    const need = (name: string) => {
        if (namesSeen.has(name)) return;
        namesSeen.add(name);
        for (const index of declarers.get(name) ?? []) {
            if (!loaded.has(index)) {
                loaded.add(index);
                queue.push(index);
            }
        }
    };
    for (const index of share) for (const declaration of parsedByIndex.get(index)?.exports ?? []) need(declaration.name);
    while (queue.length > 0) {
        const file = parsedByIndex.get(queue.pop()!);
        for (const name of file?.referred ?? []) need(name);
    }
    return [...loaded].sort((a, b) => a - b);
}
