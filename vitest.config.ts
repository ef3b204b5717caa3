import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        env: { KETEN_STRICT_RULES: '1' },
        testTimeout: 30_000,
        hookTimeout: 60_000
    }
});
