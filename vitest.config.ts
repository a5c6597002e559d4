import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Stryker's sandboxes (npm run mutate) hold a copy of every test.
    exclude: [...configDefaults.exclude, '.stryker-tmp/**'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Two cores: integration tests spawn processes and servers of their own.
    maxWorkers: 2,
  },
});
