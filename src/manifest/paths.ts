import { realpath } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

export type Resolved = { ok: true; path: string; exists: boolean } | { ok: false; reason: string };

function inside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel));
}

/**
 * Resolves `rel` (as written in a manifest, relative to `baseDir`) and proves it stays inside
 * `root`, first lexically and then after following symbolic links. Nothing is opened: only
 * the link targets are resolved, so no file outside the repository is read.
 */
export async function resolveInside(root: string, baseDir: string, rel: string): Promise<Resolved> {
  if (rel.includes('\0')) return { ok: false, reason: 'the path contains a NUL byte' };
  if (isAbsolute(rel) || /^[A-Za-z]:[\\/]/.test(rel) || rel.startsWith('\\')) {
    return {
      ok: false,
      reason: 'absolute paths are not allowed; write it relative to the manifest',
    };
  }
  const lexical = resolve(baseDir, rel);
  if (!inside(root, lexical)) {
    return { ok: false, reason: `it resolves to ${lexical}, outside the repository ${root}` };
  }
  let realRoot: string;
  try {
    realRoot = await realpath(root);
  } catch {
    return { ok: false, reason: `the repository root ${root} cannot be resolved` };
  }
  let real: string;
  try {
    real = await realpath(lexical);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
      return { ok: false, reason: `it cannot be resolved: ${(err as Error).message}` };
    }
    // A missing file can still hide behind a link in a parent folder.
    const parent = await realpath(dirname(lexical)).catch(() => undefined);
    if (parent !== undefined && !inside(realRoot, parent)) {
      return {
        ok: false,
        reason: `a symbolic link in its path points outside the repository (${parent})`,
      };
    }
    return { ok: true, path: lexical, exists: false };
  }
  if (!inside(realRoot, real)) {
    return { ok: false, reason: `it is a symbolic link to ${real}, outside the repository` };
  }
  return { ok: true, path: real, exists: true };
}

/** The nearest folder up from `from` holding `.git`, or undefined outside any checkout. */
export function findGitRoot(from: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** The repository a manifest belongs to: the nearest folder up with `.git`, else its own. */
export function findRepositoryRoot(from: string): string {
  return findGitRoot(from) ?? resolve(from);
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
