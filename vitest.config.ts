import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests spawn real git and the built bundles; give slow machines room without hiding hangs.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One temporary folder per run, removed at its end; each file also removes its repositories.
    globalSetup: ['test/support/temp-root.ts'],
    setupFiles: ['test/support/cleanup.ts', 'test/support/fast-check.ts'],
  },
});
