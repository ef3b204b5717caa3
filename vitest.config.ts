import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        env: { KETEN_STRICT_RULES: '1' },
        // Catch hangs only (issue 10, item 13): a loaded machine must not fail a test for being slow.
        testTimeout: 120_000,
        hookTimeout: 120_000
    }
});
