/**
 * `include` and `exclude` of a `keten.config.json` (CLI.md): which of the files a folder holds
 * are checked, as paths relative to the configuration's folder with `/` separators. One
 * reading for `keten validate` of a folder and for the language server's workspace. (A module
 * of its own, imported as `@keten/language/config-selects`, so the browser bundles that never
 * read a folder do not carry picomatch.)
 */
import picomatch from 'picomatch';
import type { KetenConfig } from './keten-config.js';

export function configSelects(config: KetenConfig): (relativePath: string) => boolean {
    const included = config.include && config.include.length > 0 ? picomatch([...config.include], { dot: false }) : undefined;
    const excluded = config.exclude && config.exclude.length > 0 ? picomatch([...config.exclude], { dot: true }) : undefined;
    return relative => {
        if (included && !included(relative)) return false;
        return !(excluded && excluded(relative));
    };
}
