/**
 * `npm run test:e2e`: the VS Code extension in a real VS Code (code-server, driven by headless
 * Chromium). Scenario files are `test/e2e/scenarios/*.e2e.ts` (the default `vitest run` takes only
 * `*.test.ts`, so they never run inside `npm test`); they run one after another, on one shared
 * code-server, each in a workspace folder of its own.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/e2e/scenarios/**/*.e2e.ts'],
        globalSetup: ['test/e2e/support/global-setup.ts'],
        fileParallelism: false,
        // Against hangs only; a first run also installs code-server (minutes).
        testTimeout: 180_000,
        hookTimeout: 900_000,
        teardownTimeout: 60_000,
        reporters: ['default']
    }
});
