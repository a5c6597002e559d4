import { glob, isDynamicPattern } from 'tinyglobby';
import { UsageError } from '../errors.js';

/**
 * Expands `--manifest`: a plain path is returned as is (so a missing file is reported by
 * name), a glob is expanded in a stable order and must match at least one file.
 */
export async function selectManifests(pattern: string, cwd: string): Promise<string[]> {
  if (!isDynamicPattern(pattern)) return [pattern];
  const files = await glob(pattern, {
    cwd,
    onlyFiles: true,
    ignore: ['**/node_modules/**', '**/.git/**', '**/.modelgate/**'],
    expandDirectories: false,
  });
  if (files.length === 0) {
    throw new UsageError(
      `--manifest ${pattern} matches no file`,
      `the pattern is read relative to ${cwd}`,
    );
  }
  return files.sort();
}
