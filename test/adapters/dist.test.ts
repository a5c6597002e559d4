import { execFileSync } from 'node:child_process';
import { cp, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, runNode, tempDir } from '../helpers/cli.js';

/**
 * The runner executes the committed dist/, not the sources: a stale bundle ships old code.
 * Rebuild into a temporary folder and compare byte for byte with what git has committed.
 */
let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('modelgate-dist-'));
  execFileSync(process.execPath, ['scripts/build.mjs', join(dir, 'dist')], {
    cwd: REPO,
    stdio: 'inherit',
  });
});
afterAll(() => cleanup());

function committed(path: string): Buffer | undefined {
  try {
    return execFileSync('git', ['show', `HEAD:${path}`], {
      cwd: REPO,
      maxBuffer: 64 * 1024 * 1024,
    });
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
    const tracked = execFileSync('git', ['ls-files', 'dist'], { cwd: REPO, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((p) => p.slice('dist/'.length))
      .sort();
    expect(tracked, 'files in dist/ differ: run `npm run build` and commit dist/').toEqual(built);
    const stale: string[] = [];
    for (const f of built) {
      const fresh = await readFile(join(dir, 'dist', f));
      if (!committed(`dist/${f}`)?.equals(fresh)) stale.push(f);
    }
    expect(stale, 'dist/ is stale: run `npm run build` and commit dist/').toEqual([]);
  });
});

describe('the bundles', () => {
  it('run with no node_modules anywhere above them', async () => {
    // A copy of the fresh build in a temp folder: nothing for Node's resolver to fall back on.
    await cp(join(REPO, 'examples/iris'), join(dir, 'iris'), { recursive: true });
    const r = await runNode(
      join(dir, 'dist/cli.js'),
      ['validate', '--manifest', join(dir, 'iris/modelgate.yaml'), '--root', dir],
      { cwd: dir },
    );
    expect(r.stderr).not.toMatch(/Cannot find (module|package)/);
    expect(r.code, r.stderr).toBe(0);
    const action = await runNode(join(dir, 'dist/index.js'), [], {
      cwd: dir,
      env: { PATH: process.env.PATH },
    });
    expect(action.stdout).toMatch(/::error::the input `command` is required: one of .*validate/);
    expect(action.stdout).not.toMatch(/internal error/);
  });

  it('are tested on Node 24, the runtime action.yml declares', async () => {
    expect(await readFile(join(REPO, 'action.yml'), 'utf8')).toMatch(/using: node24/);
    expect(process.versions.node.split('.')[0]).toBe('24');
  });
});
