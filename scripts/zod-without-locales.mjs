// An esbuild plugin: zod without its 40-odd message catalogues. `import { z } from 'zod'`
// carries `z.locales` (every language's error messages, 258 kB minified), which esbuild cannot
// drop, as `z` is one namespace object; Keten never reads it (zod's English messages, which
// zod's schemas import themselves, stay; Keten's own texts come from its message catalogue).
// Used by the playground's worker and the language server's bundles (docs/playground.md).
import { fileURLToPath } from 'node:url';

const EMPTY = fileURLToPath(new URL('./zod-no-locales.js', import.meta.url));

export const zodWithoutLocales = {
    name: 'zod-without-locales',
    setup(build) {
        build.onResolve({ filter: /^\.\.\/locales\/index\.c?js$/ }, args =>
            /[\\/]zod[\\/]v4[\\/](classic|core)[\\/]/.test(args.importer) ? { path: EMPTY } : undefined);
    }
};
