// The vitest configuration of mutation runs (stryker.config.mjs): the project's, with only the
// test files of the module under test (MUTATE_TESTS, comma-separated). They are chosen here and
// not with Stryker's `testFiles` option: with that option Stryker activates a static mutant (a
// module-level constant) only after the module was imported, so every such mutant survives.
import { configDefaults, defineConfig } from 'vitest/config';
import base from '../../vitest.config.ts';

const tests = process.env.MUTATE_TESTS?.split(',').filter(Boolean);
if (!tests?.length) throw new Error('MUTATE_TESTS names no test file (run npm run mutate)');

// Not mergeConfig: it would add these files to the project's include, not replace it.
export default defineConfig({
  ...base,
  test: { ...base.test, include: tests, exclude: [...configDefaults.exclude, '.stryker-tmp/**'] },
});
