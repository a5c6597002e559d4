import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InfraError } from '../errors.js';

export const HARNESS_FILE = 'harness.py';

/**
 * The folder holding harness.py: `harness/` beside this module, which is `dist/harness/` once
 * bundled (scripts/build.mjs copies it there) and `src/compat/harness/` when run from source.
 */
export function harnessDir(moduleUrl: string = import.meta.url): string {
  const dir = join(dirname(fileURLToPath(moduleUrl)), 'harness');
  if (!existsSync(join(dir, HARNESS_FILE))) {
    throw new InfraError(
      `the compatibility harness is missing: no ${join(dir, HARNESS_FILE)}`,
      'reinstall modelgate, or run `npm run build`, which copies it next to the bundle',
    );
  }
  return dir;
}
