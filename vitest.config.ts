import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vitest/config';

/** Font files imported as their bytes, as esbuild's `binary` loader does in the bundles (scripts/build.mjs). */
function fontFilesAsBytes(): Plugin {
    return {
        name: 'keten-font-files-as-bytes',
        enforce: 'pre',
        load(id) {
            const file = id.split('?')[0];
            if (!file.endsWith('.woff')) return undefined;
            return `export default new Uint8Array(Buffer.from(${JSON.stringify(readFileSync(file).toString('base64'))}, 'base64'));`;
        }
    };
}

export default defineConfig({
    plugins: [fontFilesAsBytes()],
    test: {
        include: ['test/**/*.test.ts'],
        env: { KETEN_STRICT_RULES: '1' },
        // Two test files at a time on CI's two cores (Vitest's default leaves one core to the
        // system): most files wait on a real binary, server or browser they started.
        maxWorkers: 2,
        // Catch hangs only (issue 10, item 13): a loaded machine must not fail a test for being slow.
        testTimeout: 120_000,
        hookTimeout: 120_000
    }
});
