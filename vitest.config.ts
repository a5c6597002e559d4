import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Two cores: integration tests spawn processes and servers of their own.
    maxWorkers: 2,
  },
});
