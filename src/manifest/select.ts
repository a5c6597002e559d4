import { UsageError } from '../errors.js';

/** Every character that picomatch reads as glob syntax (or an escape) is one of these. */
const MAY_BE_GLOB = /[*?[\]{}()!+@\\]/;

/**
 * Expands `--manifest`: a plain path is returned as is (so a missing file is reported by
 * name), a glob is expanded in a stable order and must match at least one file.
 */
export async function selectManifests(pattern: string, cwd: string): Promise<string[]> {
  // Most runs name one file, and tinyglobby takes longer to load than validate takes to check
  // it: it is loaded only for a pattern with a character that can make it a glob.
  if (!MAY_BE_GLOB.test(pattern)) return [pattern];
  const { glob, isDynamicPattern } = await import('tinyglobby');
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
