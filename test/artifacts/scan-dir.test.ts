import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, runCli, tempDir } from '../helpers/cli.js';

const CORPUS = join(REPO, 'test/fixtures/artifacts/corpus');
const EVIL = join(CORPUS, 'pickle/evil-os-system-p0.pkl');
const BENIGN = join(CORPUS, 'pickle/sklearn-p4.pkl');

interface ScanJson {
  verdict: string;
  files: {
    path: string;
    format: string;
    size?: number;
    sha256?: string;
    verdict: string;
    findings: { severity: string; rule: string; message: string; loader?: string }[];
  }[];
  skipped?: { path: string; reason: string }[];
}

/** `modelgate scan --json` run from `cwd`, as a user would; a hang fails the test. */
async function scan(
  cwd: string,
  ...paths: string[]
): Promise<{ code: number | null; json: ScanJson }> {
  const r = await runCli(['scan', '--json', ...paths], { cwd, timeoutMs: 20_000 });
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return { code: r.code, json: JSON.parse(r.stdout) as ScanJson };
}

const file = (json: ScanJson, path: string) => {
  const f = json.files.find((x) => x.path === path);
  expect(f, `${path} in ${json.files.map((x) => x.path).join(', ')}`).toBeDefined();
  return f!;
};

describe('scan DIR skips nothing silently', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('modelgate-scan-dir-'));
  });
  afterAll(() => cleanup());

  /** A fresh folder under the test's temporary folder. */
  async function tree(name: string): Promise<string> {
    const root = join(dir, name);
    await mkdir(root, { recursive: true });
    return root;
  }

  it('fails on a malicious pickle in a hidden folder and scans node_modules and .modelgate', async () => {
    const root = await tree('hidden');
    await mkdir(join(root, 'm/.cache'), { recursive: true });
    await copyFile(EVIL, join(root, 'm/.cache/weights.pkl'));
    await mkdir(join(root, 'm/node_modules/pkg'), { recursive: true });
    await copyFile(EVIL, join(root, 'm/node_modules/pkg/model.pkl'));
    await mkdir(join(root, 'm/.modelgate'), { recursive: true });
    await copyFile(BENIGN, join(root, 'm/.modelgate/blob'));
    await copyFile(BENIGN, join(root, 'm/model.pkl'));
    const r = await scan(root, 'm');
    expect(r.code).toBe(1);
    expect(r.json.verdict).toBe('fail');
    expect(r.json.files.map((f) => [f.path, f.verdict])).toEqual([
      ['m/.cache/weights.pkl', 'unsafe'],
      ['m/.modelgate/blob', 'safe'],
      ['m/model.pkl', 'safe'],
      ['m/node_modules/pkg/model.pkl', 'unsafe'],
    ]);
    expect(file(r.json, 'm/.cache/weights.pkl').findings[0]).toMatchObject({
      rule: 'pickle-unsafe-global',
    });
  });

  it('lists .git as skipped, with the reason, in the JSON and the text report', async () => {
    const root = await tree('git');
    await mkdir(join(root, 'm/.git/objects'), { recursive: true });
    await copyFile(EVIL, join(root, 'm/.git/objects/evil.pkl'));
    await copyFile(BENIGN, join(root, 'm/model.pkl'));
    const r = await scan(root, 'm');
    expect(r.code).toBe(0);
    expect(r.json.files.map((f) => f.path)).toEqual(['m/model.pkl']);
    expect(r.json.skipped).toEqual([{ path: 'm/.git', reason: expect.stringContaining('git') }]);
    const text = await runCli(['scan', 'm'], { cwd: root });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^- m\/\.git {2}skipped: .*git/m);
  });

  it('follows links inside the root, under the link path, and ends cycles', async () => {
    const root = await tree('links');
    await mkdir(join(root, 'm/real'), { recursive: true });
    await copyFile(EVIL, join(root, 'm/real/evil.pkl'));
    await symlink('real/evil.pkl', join(root, 'm/alias.pkl'));
    await symlink('..', join(root, 'm/real/parent')); // a cycle
    await symlink('.', join(root, 'm/self')); // another
    await mkdir(join(root, 'elsewhere'));
    await copyFile(EVIL, join(root, 'elsewhere/hidden.pkl'));
    const r = await scan(root, 'm');
    expect(r.code).toBe(1);
    expect(r.json.files.map((f) => [f.path, f.format, f.verdict])).toEqual([
      ['m/alias.pkl', 'pickle', 'unsafe'],
      ['m/real/evil.pkl', 'pickle', 'unsafe'],
    ]);
    expect(file(r.json, 'm/alias.pkl').sha256).toBe(file(r.json, 'm/real/evil.pkl').sha256);
    expect(r.json.skipped).toEqual([
      { path: 'm/real/parent', reason: 'a symbolic link to m, scanned there' },
      { path: 'm/self', reason: 'a symbolic link to m, scanned there' },
    ]);
  });

  it('scans a linked folder inside the root under the link path', async () => {
    const root = await tree('linked-folder');
    await mkdir(join(root, 'm/weights'), { recursive: true });
    await copyFile(EVIL, join(root, 'm/weights/evil.pkl'));
    await mkdir(join(root, 'm/a'));
    // `a/link` sorts before `weights`: the folder is scanned through the link, then listed.
    await symlink('../weights', join(root, 'm/a/link'));
    const r = await scan(root, 'm');
    expect(r.code).toBe(1);
    expect(r.json.files.map((f) => [f.path, f.verdict])).toEqual([['m/a/link/evil.pkl', 'unsafe']]);
    expect(r.json.skipped).toEqual([
      { path: 'm/weights', reason: 'the same folder as m/a/link, scanned there' },
    ]);
  });

  it('does not follow links leaving the root: unsafe, even to / or to a malicious pickle', async () => {
    const root = await tree('outside');
    await mkdir(join(root, 'm'));
    await copyFile(EVIL, join(root, 'outside.pkl'));
    await symlink('../outside.pkl', join(root, 'm/model.pkl'));
    await symlink('/', join(root, 'm/root'));
    await symlink(join(root, 'm'), join(root, 'm/absolute-inside')); // absolute, but inside
    const r = await scan(root, 'm');
    expect(r.code).toBe(1);
    expect(r.json.files).toEqual([
      {
        path: 'm/model.pkl',
        format: 'symlink',
        verdict: 'unsafe',
        findings: [
          {
            severity: 'error',
            rule: 'symlink-outside-root',
            message: expect.stringContaining('"../outside.pkl"'),
            loader: 'scan',
          },
        ],
      },
      {
        path: 'm/root',
        format: 'symlink',
        verdict: 'unsafe',
        findings: [expect.objectContaining({ rule: 'symlink-outside-root', loader: 'scan' })],
      },
    ]);
    expect(r.json.skipped).toEqual([
      { path: 'm/absolute-inside', reason: 'a symbolic link to m, scanned there' },
    ]);
  });

  it('reports a dangling link, a link loop and a FIFO as errors without opening them', async () => {
    const root = await tree('special');
    await mkdir(join(root, 'm'));
    await copyFile(BENIGN, join(root, 'm/model.pkl'));
    await symlink('missing.pkl', join(root, 'm/dangling.pkl'));
    await symlink('loop-b', join(root, 'm/loop-a'));
    await symlink('loop-a', join(root, 'm/loop-b'));
    execFileSync('mkfifo', [join(root, 'm/pipe')]); // opening it would block the scan forever
    await symlink('pipe', join(root, 'm/pipe-link'));
    const r = await scan(root, 'm');
    expect(r.code).toBe(1);
    expect(r.json.files.map((f) => [f.path, f.format, f.verdict, f.findings[0]?.rule])).toEqual([
      ['m/dangling.pkl', 'symlink', 'error', 'symlink-dangling'],
      ['m/loop-a', 'symlink', 'error', 'symlink-dangling'],
      ['m/loop-b', 'symlink', 'error', 'symlink-dangling'],
      ['m/model.pkl', 'pickle', 'safe', undefined],
      ['m/pipe', 'fifo', 'error', 'not-regular-file'],
      ['m/pipe-link', 'fifo', 'error', 'not-regular-file'],
    ]);
    expect(file(r.json, 'm/pipe').size).toBeUndefined();
  });

  it('lists files in the same order on every run', async () => {
    const root = await tree('order');
    for (const name of ['b', 'a', 'B', 'a.b', 'a-b', '_x', '.y'])
      await writeFile(join(root, name), name);
    await mkdir(join(root, 'a0'));
    await writeFile(join(root, 'a0/z'), 'z');
    const first = await scan(root, '.');
    const second = await scan(root, '.');
    expect(first.json.files.map((f) => f.path)).toEqual([
      '.y',
      'B',
      '_x',
      'a',
      'a-b',
      'a.b',
      'a0/z',
      'b',
    ]);
    expect(second.json).toEqual(first.json);
  });
});
