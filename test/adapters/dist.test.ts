import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, tempDir } from '../helpers/cli.js';

/**
 * The runner executes the committed dist/, not the sources: a stale bundle ships old code.
 * Rebuild into a temporary folder and compare byte for byte with what git has committed.
 */
let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('modelgate-dist-'));
  execFileSync(process.execPath, ['scripts/build.mjs', join(dir, 'dist')], { cwd: REPO, stdio: 'inherit' });
});
afterAll(() => cleanup());

function committed(path: string): Buffer | undefined {
  try {
    return execFileSync('git', ['show', `HEAD:${path}`], { cwd: REPO, maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

describe('dist/', () => {
  it('is committed and matches a fresh build of the sources', async () => {
    const built = (await readdir(join(dir, 'dist'), { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(join(dir, 'dist').length + 1))
      .sort();
    expect(built).toContain('index.js');
    expect(built).toContain('cli.js');
    const tracked = execFileSync('git', ['ls-files', 'dist'], { cwd: REPO, encoding: 'utf8' }).split('\n').filter(Boolean).map((p) => p.slice('dist/'.length)).sort();
    expect(tracked, 'files in dist/ differ: run `npm run build` and commit dist/').toEqual(built);
    const stale: string[] = [];
    for (const f of built) {
      const fresh = await readFile(join(dir, 'dist', f));
      if (!committed(`dist/${f}`)?.equals(fresh)) stale.push(f);
    }
    expect(stale, 'dist/ is stale: run `npm run build` and commit dist/').toEqual([]);
  });
});
